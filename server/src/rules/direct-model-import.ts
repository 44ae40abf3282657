import { defineRule } from '../engine/rule';
import { ImportBinding } from '../python/ast';
import { resolveRelative } from '../python/module';
import { TsNode, parseTree } from '../python/treeSitter';
import { ProjectIndex } from '../engine/projectIndex';

/** Imports inside functions (where data migrations usually import), which the module AST does not keep. */
function nestedImports(text: string): ImportBinding[] {
  // Cheap pre-check: no indented import statement, nothing to parse.
  if (!/^[ \t]+(from|import)[ \t]/m.test(text)) return [];
  const out: ImportBinding[] = [];
  const tree = parseTree(text);
  try {
    const walk = (node: TsNode) => {
      for (const child of node.namedChildren) {
        if (!child) continue;
        if ((child.type === 'import_statement' || child.type === 'import_from_statement') && node.type !== 'module') out.push(...bindingsOf(child));
        else walk(child);
      }
    };
    walk(tree.rootNode);
  } finally {
    tree.delete();
  }
  return out;
}

function bindingsOf(node: TsNode): ImportBinding[] {
  const out: ImportBinding[] = [];
  const span = (n: TsNode) => ({ start: n.startIndex, end: n.endIndex });
  let module = '';
  let level = 0;
  const moduleNode = node.type === 'import_from_statement' ? node.childForFieldName('module_name') : null;
  if (moduleNode) {
    const m = /^(\.*)(.*)$/.exec(moduleNode.text.replace(/\s+/g, ''))!;
    level = m[1].length;
    module = m[2];
  }
  for (const c of node.namedChildren) {
    if (!c || (moduleNode && c.startIndex === moduleNode.startIndex)) continue;
    const aliased = c.type === 'aliased_import';
    const nameNode = aliased ? c.childForFieldName('name') : c.type === 'dotted_name' ? c : null;
    const alias = aliased ? c.childForFieldName('alias')?.text : undefined;
    if (!nameNode) continue;
    if (moduleNode) out.push({ ...span(c), local: alias ?? nameNode.text, module, name: nameNode.text, level });
    else out.push({ ...span(c), local: alias ?? nameNode.text.split('.')[0], module: nameNode.text, name: undefined, level: 0 });
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names of the models defined in a models module or package (`shop.models` covers `shop.models.order`). */
function modelsIn(index: ProjectIndex, module: string): Set<string> {
  const names = new Set<string>();
  for (const m of index.models) {
    const own = m.module.moduleName;
    if (own && (own === module || own.startsWith(`${module}.`))) names.add(m.name);
  }
  return names;
}

export default defineRule({
  id: 'direct-model-import',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: "A migration imports the project's models instead of using apps.get_model(), so it replays with today's models.",
  docs: {
    whatItDoes:
      "Flags imports of model classes from the project's models modules in a migration file, at module level or inside functions: `from shop.models import Order`, `from shop.models import *`, and module imports (`import shop.models`, `from shop import models`) that are used to reach a model class. Module imports used only for custom fields, callables or managers (which `makemigrations` itself writes) are not flagged.",
    whyUnsafe:
      "A migration runs against the historical state of the models at its place in the history. An imported model is today's class: its fields, table name and managers follow the current models.py, so the migration breaks (or silently writes wrong data) as soon as the model changes, typically when a fresh database is migrated from scratch or the history is squashed.",
    example: 'from shop.models import Order\n\n\ndef fill_totals(apps, schema_editor):\n    Order.objects.update(total=0)',
    useInstead: 'def fill_totals(apps, schema_editor):\n    Order = apps.get_model("shop", "Order")\n    Order.objects.update(total=0)',
    fixSafety: 'No automatic fix: replacing the import needs `apps` in scope, which only RunPython functions receive.',
  },
  check(ctx) {
    const module = ctx.entry.migration.module;
    const modelsModules = new Set<string>();
    for (const m of ctx.index.models) if (m.module.moduleName) modelsModules.add(m.module.moduleName);
    for (const app of ctx.project.apps) modelsModules.add(`${app.module}.models`);
    const isModelsModule = (path: string) => modelsModules.has(path) || [...modelsModules].some((m) => path.startsWith(`${m}.`) && m.endsWith('.models'));
    // Migration modules are not importable by name here: rebuild `<app>.migrations.<name>` for relative imports.
    const app = ctx.project.appByLabel(ctx.entry.app);
    const migrationsModule = ctx.project.discovered.settings.migrationModules[ctx.entry.app] ?? (app ? `${app.module}.migrations` : undefined);
    const moduleName = ctx.project.moduleNameOf(ctx.file) ?? module.moduleName ?? (migrationsModule ? `${migrationsModule}.${ctx.entry.name}` : undefined);
    const bindings = [...module.body.imports, ...nestedImports(ctx.text)];
    const reported = new Set<number>();
    for (const binding of bindings) {
      if (reported.has(binding.start)) continue;
      const base = resolveRelative(binding.module, binding.level, moduleName, false);
      if (base === undefined) continue;
      let found: string | undefined;
      if (binding.name !== undefined && isModelsModule(base)) {
        const models = modelsIn(ctx.index, base);
        if (binding.name === '*' || models.has(binding.name)) found = binding.name === '*' ? `every model of ${base}` : `${binding.name} from ${base}`;
      } else {
        // A module binding: flagged when the file reaches a model class through it.
        const target = binding.name === undefined ? base : `${base}.${binding.name}`;
        if (!isModelsModule(target)) continue;
        const prefix = binding.name === undefined && binding.local === target.split('.')[0] ? target : binding.local;
        const models = modelsIn(ctx.index, target);
        const uses = ctx.text.matchAll(new RegExp(`(?:^|[^\\w.])${escapeRegExp(prefix)}\\.(\\w+)`, 'g'));
        const model = [...uses].map((u) => u[1]).find((n) => models.has(n));
        if (model) found = `${model} through ${target}`;
      }
      if (!found) continue;
      reported.add(binding.start);
      ctx.report({
        start: binding.start,
        end: binding.end,
        message: `This migration imports ${found}: it runs with today's model instead of the historical one, and breaks when the model changes later.`,
        help: 'Inside RunPython functions, use apps.get_model("app_label", "ModelName") to get the historical model.',
      });
    }
  },
});
