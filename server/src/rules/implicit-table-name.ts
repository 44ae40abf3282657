import { defineRule } from '../engine/rule';
import { hasManagedTable, modelDbTable } from '../django/models';
import { explicitTablesFix } from './implicitTableFix';
import { Fix } from '../engine/types';

// The project-wide fix is the same for every finding of one index: build it once.
const projectFixes = new WeakMap<object, { fix: Fix; count: number } | null>();

export default defineRule({
  id: 'implicit-table-name',
  scope: 'model',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A concrete model has no Meta.db_table, so its table name depends on the app label and class name.',
  docs: {
    whatItDoes: 'Flags concrete, managed models that do not set `Meta.db_table`.',
    whyUnsafe:
      'Django names the table `<app_label>_<model name>`. Renaming the app or the class then renames the table: an ACCESS EXCLUSIVE lock, and running code (and every warehouse, report or service that reads the table) breaks until it is deployed everywhere.',
    example: 'class Order(models.Model):\n    total = models.DecimalField(max_digits=10, decimal_places=2)',
    useInstead: 'class Order(models.Model):\n    total = models.DecimalField(max_digits=10, decimal_places=2)\n\n    class Meta:\n        db_table = "shop_order"',
    fixSafety:
      'Safe: the fix writes the name Django uses today, so nothing changes in the database, and adds the `AlterModelTable` migration the autodetector will expect (a no-op in the database) so `makemigrations --check` stays clean.',
  },
  check(ctx) {
    const implicit = ctx.models.filter((m) => hasManagedTable(m) && !modelDbTable(m).explicit);
    if (implicit.length === 0) return;
    // Fixes are built on demand (writing their migrations is the costly part); the "fix all" ones once.
    let fileFix: Fix | undefined;
    const fileWide = (): Fix | undefined => (fileFix ??= implicit.length > 1 ? explicitTablesFix(ctx.project, implicit, 'Set Meta.db_table on every model in this file', 'file') : undefined);
    const projectFix = (): Fix | undefined => {
      let projectWide = projectFixes.get(ctx.index);
      if (projectWide === undefined) {
        const models = ctx.index.models.filter((m) => hasManagedTable(m) && !modelDbTable(m).explicit && m.file);
        projectWide = models.length ? { fix: explicitTablesFix(ctx.project, models, 'Set Meta.db_table on every model in the project', 'project'), count: models.length } : null;
        projectFixes.set(ctx.index, projectWide);
      }
      // Only when it does more than the file-wide fix.
      return projectWide && projectWide.count > implicit.length ? projectWide.fix : undefined;
    };
    for (const model of implicit) {
      const { table } = modelDbTable(model);
      ctx.report({
        start: model.classDef.nameSpan.start,
        end: model.classDef.nameSpan.end,
        message: `Model ${model.name} has an implicit table name "${table}": renaming the app or the class renames the table and breaks running code.`,
        help: `Pin it with Meta.db_table = "${table}".`,
        fixes: () => [explicitTablesFix(ctx.project, [model], `Set Meta.db_table = "${table}"`), fileWide(), projectFix()].filter((f): f is Fix => !!f),
        data: { table },
      });
    }
  },
});
