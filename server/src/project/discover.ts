// Finds Django projects and apps in a folder without running anything: app folders (models.py,
// models/ or migrations/), their labels (apps.py), settings (INSTALLED_APPS, DEFAULT_AUTO_FIELD,
// AUTH_USER_MODEL, MIGRATION_MODULES, USE_TZ) and the Django version the project pins.
import * as path from 'node:path';
import { PyModule, findAssign, parseModule } from '../python/module';
import { EvalScope, Value, asItems, asString, evaluate, isTruthy } from '../python/values';
import { FileSystem } from './fs';

export interface AppInfo {
  label: string;
  /** Dotted module path, e.g. `shop` or `project.shop`. */
  module: string;
  dir: string;
  modelFiles: string[];
  migrationsDir: string | undefined;
  /** Migration module names (file stems), sorted as Django sorts them. */
  migrationNames: string[];
  appsFile: string | undefined;
  /** Migrations folder exists but is not a package (no __init__.py): Django treats the app as unmigrated. */
  migrationsNotPackage: boolean;
  /** AppConfig.default_auto_field, when set. */
  defaultAutoField: string | undefined;
}

export interface ProjectSettings {
  file: string | undefined;
  installedApps: string[] | undefined;
  defaultAutoField: string | undefined;
  authUserModel: string | undefined;
  useTz: boolean | undefined;
  migrationModules: Record<string, string | null>;
}

export interface DjangoVersionInfo {
  major: number;
  minor: number;
  source: string;
}

export interface DiscoveredProject {
  root: string;
  /** Directories module names are relative to (manage.py folder, the root, src/). */
  sourceRoots: string[];
  apps: AppInfo[];
  settings: ProjectSettings;
  djangoVersion: DjangoVersionInfo | undefined;
  /** Dotted module name -> file, for every Python file found. */
  modules: Map<string, string>;
  pyprojectFile: string | undefined;
  requirementFiles: string[];
  problems: Array<{ file: string; message: string }>;
}

const IGNORED_DIRS = new Set([
  'node_modules',
  '__pycache__',
  'site-packages',
  'dist-packages',
  'venv',
  'env',
  'virtualenv',
  'static',
  'staticfiles',
  'media',
  'htmlcov',
  'build',
  'dist',
]);

const MAX_DEPTH = 12;
const MAX_FILES = 200_000;

interface Scan {
  pythonFiles: string[];
  manageFiles: string[];
  pyprojects: string[];
  requirementFiles: string[];
}

function scan(fs: FileSystem, root: string, excluded: (p: string) => boolean): Scan {
  const out: Scan = { pythonFiles: [], manageFiles: [], pyprojects: [], requirementFiles: [] };
  const stack: Array<[string, number]> = [[root, 0]];
  let count = 0;
  while (stack.length) {
    const [dir, depth] = stack.pop()!;
    for (const entry of fs.readDir(dir)) {
      if (++count > MAX_FILES) return out;
      const full = path.join(dir, entry.name);
      if (excluded(full)) continue;
      if (entry.isDirectory) {
        if (entry.name.startsWith('.') || IGNORED_DIRS.has(entry.name) || depth >= MAX_DEPTH) continue;
        if (fs.isFile(path.join(full, 'pyvenv.cfg'))) continue;
        stack.push([full, depth + 1]);
      } else if (entry.name.endsWith('.py')) {
        out.pythonFiles.push(full);
        if (entry.name === 'manage.py') out.manageFiles.push(full);
      } else if (entry.name === 'pyproject.toml') out.pyprojects.push(full);
      else if (/^requirements.*\.(txt|in)$/.test(entry.name) || entry.name === 'Pipfile' || entry.name === 'Pipfile.lock' || entry.name === 'poetry.lock' || entry.name === 'uv.lock' || entry.name === 'setup.cfg' || entry.name === 'setup.py') {
        out.requirementFiles.push(full);
      } else if (entry.name === 'requirements' && entry.isDirectory) {
        // handled by the directory walk
      }
    }
  }
  out.pythonFiles.sort();
  return out;
}

/** The dotted module name of a file under the nearest source root where every folder is a package (or a namespace). */
function moduleNameFor(file: string, sourceRoots: string[]): string | undefined {
  let best: string | undefined;
  for (const root of sourceRoots) {
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (best === undefined || root.length > best.length) best = root;
  }
  if (best === undefined) return undefined;
  const rel = path.relative(best, file).replace(/\.py$/, '');
  const parts = rel.split(path.sep);
  if (parts[parts.length - 1] === '__init__') parts.pop();
  // Migration modules (`0001_initial`) start with a digit: Django imports them with import_module.
  const migration = parts.length >= 2 && parts[parts.length - 2] === 'migrations';
  if (parts.some((p, i) => !(migration && i === parts.length - 1 ? /^\w+$/ : /^[A-Za-z_][A-Za-z0-9_]*$/).test(p))) return undefined;
  return parts.join('.');
}

export function discoverProjects(fs: FileSystem, root: string, options: { exclude?: (p: string) => boolean } = {}): DiscoveredProject[] {
  const excluded = options.exclude ?? (() => false);
  const found = scan(fs, root, excluded);
  const manageDirs = found.manageFiles.map((f) => manageProjectRoot(fs, f)).sort((a, b) => a.length - b.length);
  // Nested manage.py folders each make a project; files belong to the deepest one containing them.
  const projectRoots = manageDirs.length ? [...new Set(manageDirs)] : [root];
  if (manageDirs.length && !projectRoots.includes(root)) {
    // Apps outside every manage.py folder still get analysed, as part of a project at the root.
    const outside = found.pythonFiles.some((f) => !projectRoots.some((r) => f.startsWith(r + path.sep)));
    if (outside) projectRoots.unshift(root);
  }
  const ownerOf = (file: string): string => {
    let owner = projectRoots[0];
    for (const r of projectRoots) if ((file.startsWith(r + path.sep) || file === r) && r.length >= owner.length) owner = r;
    return owner;
  };
  const projects: DiscoveredProject[] = [];
  for (const projectRoot of projectRoots) {
    const files = found.pythonFiles.filter((f) => ownerOf(f) === projectRoot);
    projects.push(buildProject(fs, projectRoot, root, files, found));
  }
  return projects.filter((p) => p.apps.length > 0 || p.settings.file !== undefined);
}

/**
 * The folder Python runs a manage.py from is normally its own, but a manage.py inside a package
 * (`wagtail/test/manage.py` with DJANGO_SETTINGS_MODULE = "wagtail.test.settings") belongs to the
 * folder its settings module is importable from.
 */
function manageProjectRoot(fs: FileSystem, manageFile: string): string {
  const dir = path.dirname(manageFile);
  const text = fs.readFile(manageFile) ?? '';
  const match = /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([A-Za-z_][\w.]*)['"]/.exec(text);
  if (!match) return dir;
  const parts = match[1].split('.');
  if (fs.isFile(path.join(dir, ...parts) + '.py') || fs.isFile(path.join(dir, ...parts, '__init__.py'))) return dir;
  // Strip the package path the manage.py folder itself is part of.
  for (let keep = parts.length - 1; keep >= 1; keep--) {
    const pkg = parts.slice(0, keep);
    if (dir.split(path.sep).slice(-keep).join('.') !== pkg.join('.')) continue;
    const root = dir.split(path.sep).slice(0, -keep).join(path.sep) || path.sep;
    if (fs.isFile(path.join(root, ...parts) + '.py') || fs.isFile(path.join(root, ...parts, '__init__.py'))) return root;
  }
  return dir;
}

function buildProject(fs: FileSystem, projectRoot: string, workspaceRoot: string, files: string[], found: Scan): DiscoveredProject {
  const sourceRoots = [projectRoot];
  if (projectRoot !== workspaceRoot) sourceRoots.push(workspaceRoot);
  for (const r of [projectRoot, workspaceRoot]) {
    const src = path.join(r, 'src');
    if (fs.isDirectory(src)) sourceRoots.push(src);
  }
  const modules = new Map<string, string>();
  for (const file of files) {
    const name = moduleNameFor(file, sourceRoots);
    if (name && !modules.has(name)) modules.set(name, file);
  }
  const problems: Array<{ file: string; message: string }> = [];
  const settings = readSettings(fs, files, modules, problems);
  const apps = findApps(fs, files, modules, sourceRoots, settings);
  // Top-level dependency files only: nested ones belong to templates, docs or vendored code.
  const topLevel = new Set([projectRoot, workspaceRoot].flatMap((r) => [r, path.join(r, 'requirements'), path.join(r, 'reqs')]));
  const requirementFiles = found.requirementFiles.filter((f) => topLevel.has(path.dirname(f)));
  const pyprojects = found.pyprojects.filter((f) => f.startsWith(projectRoot + path.sep) || path.dirname(f) === workspaceRoot || path.dirname(f) === projectRoot);
  const djangoVersion = detectDjangoVersion(fs, [...pyprojects, ...requirementFiles]);
  const pyprojectFile = pyprojects.sort((a, b) => b.length - a.length).find((f) => projectRoot.startsWith(path.dirname(f))) ?? pyprojects[0];
  return { root: projectRoot, sourceRoots, apps, settings, djangoVersion, modules, pyprojectFile, requirementFiles, problems };
}

function parseFile(fs: FileSystem, file: string, moduleName?: string): PyModule | undefined {
  const text = fs.readFile(file);
  if (text === undefined) return undefined;
  return parseModule(text, { moduleName, isPackage: file.endsWith('__init__.py') }).module;
}

// ---- settings ----

function readSettings(fs: FileSystem, files: string[], modules: Map<string, string>, problems: Array<{ file: string; message: string }>): ProjectSettings {
  const empty: ProjectSettings = { file: undefined, installedApps: undefined, defaultAutoField: undefined, authUserModel: undefined, useTz: undefined, migrationModules: {} };
  // Candidates: files named settings*.py or inside a settings/ package that assign INSTALLED_APPS.
  const candidates = files.filter((f) => /(^|[\\/])settings([\\/]|[^\\/]*\.py$)/.test(path.relative(path.dirname(path.dirname(f)), f)) || path.basename(f).startsWith('settings'));
  let best: { file: string; values: Map<string, Value> } | undefined;
  for (const file of candidates.sort((a, b) => settingsRank(a) - settingsRank(b) || a.localeCompare(b))) {
    const text = fs.readFile(file);
    if (!text || !text.includes('INSTALLED_APPS')) continue;
    const moduleName = [...modules].find(([, f]) => f === file)?.[0];
    const values = settingsValues(fs, file, moduleName, modules, new Set());
    if (values.has('INSTALLED_APPS')) {
      best = { file, values };
      break;
    }
  }
  if (!best) return empty;
  const installed = best.values.get('INSTALLED_APPS');
  const installedApps = asItems(installed)?.map((v) => asString(v)).filter((s): s is string => s !== undefined);
  if (installed && !asItems(installed)) problems.push({ file: best.file, message: 'INSTALLED_APPS cannot be read statically; every app found is assumed installed' });
  const migrationModules: Record<string, string | null> = {};
  const mm = best.values.get('MIGRATION_MODULES');
  if (mm?.t === 'dict') for (const [k, v] of mm.entries) if (k.t === 'str') migrationModules[k.v] = v.t === 'none' ? null : asString(v) ?? null;
  return {
    file: best.file,
    installedApps,
    defaultAutoField: asString(best.values.get('DEFAULT_AUTO_FIELD')),
    authUserModel: asString(best.values.get('AUTH_USER_MODEL')),
    useTz: isTruthy(best.values.get('USE_TZ')),
    migrationModules,
  };
}

function settingsRank(file: string): number {
  const base = path.basename(file);
  if (base === 'settings.py') return 0;
  if (/base|common|default/.test(base)) return 1;
  if (/prod/.test(base)) return 2;
  if (/test|dev|local|ci/.test(base)) return 4;
  return 3;
}

const SETTING_NAMES = ['INSTALLED_APPS', 'DEFAULT_AUTO_FIELD', 'AUTH_USER_MODEL', 'USE_TZ', 'MIGRATION_MODULES'];

/** Module-level setting values, following `from .base import *` into project modules. */
function settingsValues(fs: FileSystem, file: string, moduleName: string | undefined, modules: Map<string, string>, seen: Set<string>): Map<string, Value> {
  const values = new Map<string, Value>();
  if (seen.has(file) || seen.size > 10) return values;
  seen.add(file);
  const module = parseFile(fs, file, moduleName);
  if (!module) return values;
  for (const star of module.starImports) {
    const target = modules.get(star);
    if (target) for (const [k, v] of settingsValues(fs, target, star, modules, seen)) values.set(k, v);
  }
  const scope: EvalScope = { module };
  // Statements of every branch (if/else, try/except) count, in source order: an app appended in
  // any branch may be installed.
  const listCalls = module.body.expressions.filter(
    (e): e is Extract<typeof e, { kind: 'call' }> =>
      e.kind === 'call' && e.func.kind === 'attr' && e.func.object.kind === 'name' && SETTING_NAMES.includes(e.func.object.id) && ['append', 'insert', 'extend'].includes(e.func.name),
  );
  const statements = [...module.body.assigns.map((a) => ({ start: a.start, assign: a })), ...listCalls.map((c) => ({ start: c.start, call: c }))].sort((a, b) => a.start - b.start);
  for (const statement of statements) {
    if ('call' in statement && statement.call) {
      const call = statement.call;
      if (call.func.kind !== 'attr' || call.func.object.kind !== 'name') continue;
      const target = call.func.object.id;
      const prev = asItems(values.get(target));
      if (!prev) continue;
      const arg = call.args[call.func.name === 'insert' ? 1 : 0];
      if (!arg) continue;
      const value = evaluate(arg, scope);
      const added = call.func.name === 'extend' ? asItems(partialList(value)) ?? [] : [value];
      const at = call.func.name === 'insert' ? evaluate(call.args[0], scope) : undefined;
      const index = at?.t === 'int' ? (at.v < 0 ? Math.max(0, prev.length + at.v) : Math.min(at.v, prev.length)) : prev.length;
      values.set(target, { t: 'list', items: [...prev.slice(0, index), ...added, ...prev.slice(index)] });
      continue;
    }
    if (!('assign' in statement)) continue;
    const assign = statement.assign;
    for (const target of assign.targets) {
      if (!SETTING_NAMES.includes(target) || !assign.value) continue;
      const value = evaluate(assign.value, scope);
      if (assign.augmented === '+=' && values.has(target)) {
        const prev = values.get(target)!;
        const items = [...(asItems(prev) ?? []), ...(asItems(value) ?? [])];
        values.set(target, { t: 'list', items });
      } else values.set(target, partialList(value));
    }
  }
  return values;
}

/** `[...] + [a for a in ...]`: keep the statically known part of a list expression. */
function partialList(value: Value): Value {
  if (value.t === 'op' && value.op === '+') {
    const left = partialList(value.args[0]);
    const right = partialList(value.args[1]);
    const items = [...(asItems(left) ?? []), ...(asItems(right) ?? [])];
    if (asItems(left) || asItems(right)) return { t: 'list', items, span: value.span };
  }
  return value;
}

// ---- apps ----

function findApps(fs: FileSystem, files: string[], modules: Map<string, string>, sourceRoots: string[], settings: ProjectSettings): AppInfo[] {
  const appDirs = new Map<string, { models: string[]; migrationsDir?: string; apps?: string }>();
  const entry = (dir: string) => {
    let e = appDirs.get(dir);
    if (!e) appDirs.set(dir, (e = { models: [] }));
    return e;
  };
  for (const file of files) {
    const dir = path.dirname(file);
    const base = path.basename(file);
    const parentName = path.basename(dir);
    if (base === 'models.py') entry(dir).models.push(file);
    else if (parentName === 'models' && fs.isFile(path.join(dir, '__init__.py'))) entry(path.dirname(dir)).models.push(file);
    else if (parentName === 'migrations' && path.basename(path.dirname(dir)) !== 'migrations') {
      entry(path.dirname(dir)).migrationsDir = dir;
    } else if (base === 'apps.py') {
      if (appDirs.has(dir) || files.some((f) => path.dirname(f) === dir && (path.basename(f) === 'models.py'))) entry(dir).apps = file;
    }
  }
  for (const file of files) {
    if (path.basename(file) === 'apps.py' && appDirs.has(path.dirname(file))) appDirs.get(path.dirname(file))!.apps = file;
  }
  const installedLabels = new Map<string, string>();
  for (const installed of settings.installedApps ?? []) installedLabels.set(installed, installed);
  const apps: AppInfo[] = [];
  for (const [dir, info] of [...appDirs].sort(([a], [b]) => a.localeCompare(b))) {
    const module = moduleNameFor(path.join(dir, '__init__.py'), sourceRoots) ?? path.basename(dir);
    if (!info.models.length && !info.migrationsDir) continue;
    // A folder with only a "migrations" dir and no models is still an app if it is installed.
    const config = info.apps ? appConfig(fs, info.apps, module, settings) : undefined;
    const label = config?.label ?? module.split('.').pop()!;
    const migrationsInit = info.migrationsDir ? path.join(info.migrationsDir, '__init__.py') : undefined;
    const migrationNames = info.migrationsDir
      ? files
          .filter((f) => path.dirname(f) === info.migrationsDir)
          .map((f) => path.basename(f, '.py'))
          .filter((n) => !n.startsWith('_') && !n.startsWith('~'))
          .sort()
      : [];
    apps.push({
      label,
      module,
      dir,
      modelFiles: info.models.sort(),
      migrationsDir: info.migrationsDir,
      migrationNames,
      appsFile: info.apps,
      migrationsNotPackage: !!migrationsInit && !fs.isFile(migrationsInit),
      defaultAutoField: config?.defaultAutoField,
    });
  }
  void modules;
  return apps;
}

function appConfig(fs: FileSystem, appsFile: string, module: string, settings: ProjectSettings): { label?: string; defaultAutoField?: string } | undefined {
  const parsed = parseFile(fs, appsFile, `${module}.apps`);
  if (!parsed) return undefined;
  const configs = parsed.body.classes.filter((c) => c.bases.some((b) => /AppConfig$/.test(parsed.text.slice(b.start, b.end))));
  // Prefer the config INSTALLED_APPS names, then the default one.
  const installed = settings.installedApps ?? [];
  const chosen =
    configs.find((c) => installed.includes(`${module}.apps.${c.name}`)) ??
    configs.find((c) => {
      const d = findAssign(c.body, 'default');
      const v = d?.value ? evaluate(d.value, { module: parsed }) : undefined;
      return v?.t === 'bool' && v.v;
    }) ??
    configs[0];
  if (!chosen) return undefined;
  const read = (name: string): string | undefined => {
    const a = findAssign(chosen.body, name);
    const v = a?.value ? evaluate(a.value, { module: parsed }) : undefined;
    return v?.t === 'str' ? v.v : undefined;
  };
  return { label: read('label') ?? read('name')?.split('.').pop(), defaultAutoField: read('default_auto_field') };
}

// ---- Django version ----

export function parseVersion(text: string): { major: number; minor: number } | undefined {
  const m = /(\d+)\.(\d+)/.exec(text);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

function detectDjangoVersion(fs: FileSystem, files: string[]): DjangoVersionInfo | undefined {
  // Lock files pin exact versions; prefer them.
  const ordered = [...files].sort((a, b) => lockRank(a) - lockRank(b));
  for (const file of ordered) {
    const text = fs.readFile(file);
    if (!text) continue;
    const version = versionFromText(path.basename(file), text);
    if (version) return { ...version, source: file };
  }
  return undefined;
}

function lockRank(file: string): number {
  const base = path.basename(file);
  if (base === 'uv.lock' || base === 'poetry.lock' || base === 'Pipfile.lock') return 0;
  if (base.startsWith('requirements')) return 1;
  return 2;
}

function versionFromText(base: string, text: string): { major: number; minor: number } | undefined {
  if (base === 'uv.lock' || base === 'poetry.lock') {
    const m = /\[\[package\]\]\s*\nname\s*=\s*"django"\s*\nversion\s*=\s*"([^"]+)"/i.exec(text);
    return m ? parseVersion(m[1]) : undefined;
  }
  if (base === 'Pipfile.lock') {
    const m = /"django"\s*:\s*\{[^}]*"version"\s*:\s*"==([^"]+)"/i.exec(text);
    return m ? parseVersion(m[1]) : undefined;
  }
  // requirements, pyproject, setup.cfg, Pipfile: `Django==5.2.1`, `django>=5.2,<6`, `django = "^5.2"`.
  const re = /(?:^|["'\s,[(])django\s*(?:\[[^\]]*\])?\s*(?:==|~=|>=|===|=\s*"[\^~>=]*|\^)\s*([0-9]+\.[0-9]+)/gim;
  const m = re.exec(text);
  return m ? parseVersion(m[1]) : undefined;
}
