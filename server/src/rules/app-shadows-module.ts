import * as path from 'node:path';
import { defineRule } from '../engine/rule';
import { STDLIB_MODULES } from './stdlib';
import { PyModule } from '../python/module';
import { parse as parseToml } from 'smol-toml';

/** Distribution names whose import name differs. */
const DIST_TO_MODULE: Record<string, string> = {
  djangorestframework: 'rest_framework',
  pillow: 'PIL',
  'psycopg2-binary': 'psycopg2',
  'psycopg-binary': 'psycopg',
  'python-dateutil': 'dateutil',
  pyyaml: 'yaml',
  beautifulsoup4: 'bs4',
  'django-filter': 'django_filters',
  'django-cors-headers': 'corsheaders',
  'django-environ': 'environ',
  'python-decouple': 'decouple',
  'django-redis': 'django_redis',
  scikit_learn: 'sklearn',
  'scikit-learn': 'sklearn',
  'google-cloud-storage': 'google',
  'python-jose': 'jose',
  'python-slugify': 'slugify',
  'attrs': 'attr',
};

function moduleOf(requirement: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement);
  if (!m) return undefined;
  const dist = m[1].toLowerCase();
  return DIST_TO_MODULE[dist] ?? dist.replace(/[-.]/g, '_');
}

/** Top-level modules of the dependencies a requirements file declares. */
function requirementsModules(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('-')) continue;
    const mod = moduleOf(trimmed);
    if (mod) out.push(mod);
  }
  return out;
}

/** Top-level modules of [project] dependencies and [tool.poetry] dependencies in pyproject.toml. */
function pyprojectModules(text: string): string[] {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const out: string[] = [];
  const project = data.project as Record<string, unknown> | undefined;
  // The project's own distribution is not a dependency of itself (extras often name it).
  const own = typeof project?.name === 'string' ? moduleOf(project.name) : undefined;
  const lists = [project?.dependencies, ...Object.values((project?.['optional-dependencies'] as Record<string, unknown>) ?? {})];
  for (const list of lists) if (Array.isArray(list)) for (const r of list) if (typeof r === 'string') out.push(moduleOf(r) ?? '');
  const poetry = (data.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined;
  for (const group of [poetry?.dependencies, poetry?.['dev-dependencies']]) {
    if (group && typeof group === 'object') for (const name of Object.keys(group)) if (name !== 'python') out.push(moduleOf(name) ?? '');
  }
  return out.filter((m) => m && m !== own);
}

/** The `name = "..."` of the AppConfig, else the first line of the file. */
function appNameSpan(module: PyModule | undefined): { start: number; end: number } {
  for (const cls of module?.body.classes ?? []) {
    const name = cls.body.assigns.find((a) => a.targets.includes('name'));
    if (name?.value) return { start: name.value.start, end: name.value.end };
  }
  const text = module?.text ?? '';
  const nl = text.indexOf('\n');
  return { start: 0, end: nl === -1 ? text.length : nl };
}

export default defineRule({
  id: 'app-shadows-module',
  scope: 'project',
  defaultSeverity: 'warning',
  summary: 'A top-level app package has the name of a standard-library module or of a dependency.',
  docs: {
    whatItDoes: 'Flags apps whose package sits at the top level of the import path with the name of a Python standard-library module or of a top-level module of a declared dependency (for example an app called `analytics`, `calendar` or `queue`).',
    whyUnsafe:
      'Imports then resolve to whichever package comes first on `sys.path`: the app hides the library (or the reverse), sometimes only in one environment (tests, workers, management commands), which breaks code far from the cause.',
    example: 'INSTALLED_APPS = ["calendar", ...]  # calendar/models.py',
    useInstead: 'Move apps inside the project package (`myproject.calendar`) and keep the app label with `AppConfig.label = "calendar"` so table names do not change.',
    fixSafety: 'No fix: moving a package changes import paths across the project.',
  },
  check(ctx) {
    const declared = new Set<string>();
    const pyproject = ctx.project.discovered.pyprojectFile;
    const pyprojectText = pyproject ? ctx.project.fileText(pyproject) : undefined;
    if (pyprojectText) for (const m of pyprojectModules(pyprojectText)) declared.add(m);
    for (const file of ctx.project.requirementFiles()) {
      const text = ctx.project.fileText(file);
      if (text && path.basename(file).startsWith('requirements')) for (const m of requirementsModules(text)) declared.add(m);
    }
    for (const app of ctx.project.apps) {
      if (app.module.includes('.')) continue;
      const clash = STDLIB_MODULES.has(app.module) ? 'the standard-library module' : declared.has(app.module) ? 'a module of a declared dependency' : undefined;
      if (!clash) continue;
      const file = app.appsFile ?? app.modelFiles[0] ?? (app.migrationsDir ? path.join(app.migrationsDir, '__init__.py') : undefined);
      if (!file) continue;
      const span = appNameSpan(ctx.project.parse(file));
      ctx.report({
        file,
        start: span.start,
        end: span.end,
        message: `App package "${app.module}" has the name of ${clash} "${app.module}": imports may resolve to the wrong package.`,
        help: `Move it inside the project package and keep AppConfig.label = "${app.label}".`,
      });
    }
  },
});
