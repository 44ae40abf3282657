import { PhysicalSchema } from '../django/physical';
import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation, pyStrRepr } from '../django/operations';
import { Apps, RModel } from '../django/render';
import { Fix } from '../engine/types';
import { setMetaOption } from '../fixes/pythonEdits';
import { localName, modelUnchangedLater, operationSource, renderCall, replaceOperation } from '../fixes/fieldFixes';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type RenameModel = Extract<Operation, { kind: 'RenameModel' }>;

/** Auto-created M2M tables name their columns after the models: a state-only rename would change those. */
function hasAutoCreatedManyToMany(apps: Apps, model: RModel): boolean {
  if (model.localManyToMany.some((f) => apps.throughModel(f)?.autoCreatedFrom)) return true;
  return apps.relatedFields(model).some((f) => f.model.autoCreatedFrom || (f.def.kind.relation === 'm2m' && apps.throughModel(f)?.autoCreatedFrom));
}

/** "Pin db_table": a state-only RenameModel plus AlterModelTable back to the old table, and Meta.db_table in models.py. */
function pinTableFix(ctx: MigrationRuleContext, op: RenameModel, oldTable: string): Fix | undefined {
  const app = ctx.entry.app;
  const opSql = ctx.replay.sql.operations.find((o) => o.op === op);
  const before = opSql && new Apps(opSql.before).getModel(app, op.oldName);
  if (!before || before.dbTable !== oldTable || hasAutoCreatedManyToMany(new Apps(opSql.before), before)) return undefined;
  if (!modelUnchangedLater(ctx.project, ctx.replay.after, app, op.newName)) return undefined;
  const model = ctx.index.get(app, op.newName);
  const migrations = localName(ctx.entry, 'django.db.migrations');
  const original = operationSource(ctx.entry, op);
  if (!model?.file || model.options.has('db_table') || !migrations || !original) return undefined;
  const replacement = replaceOperation(ctx.entry, op, (indent) =>
    renderCall(
      {
        func: `${migrations}.SeparateDatabaseAndState`,
        kwargs: [
          [
            'state_operations',
            [
              original,
              {
                func: `${migrations}.AlterModelTable`,
                kwargs: [
                  ['name', pyStrRepr(op.newName.toLowerCase())],
                  ['table', pyStrRepr(oldTable)],
                ],
              },
            ],
          ],
        ],
      },
      indent,
    ),
  );
  if (!replacement) return undefined;
  const inherited = !model.meta ? [...model.options.values()][0]?.from : undefined;
  const meta = setMetaOption(model.file, model.module.text, model.classDef, 'db_table', JSON.stringify(oldTable), inherited ? `${inherited.name}.Meta` : undefined);
  return { title: `Keep the table "${oldTable}": rename in Python only (Meta.db_table = "${oldTable}")`, safety: 'safe', edits: [replacement, meta] };
}

export default defineRule({
  id: 'renaming-table',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A table is renamed while the code still running uses the old name.',
  docs: {
    whatItDoes:
      'Flags `RenameModel` of a model whose table name is implicit, `AlterModelTable` to a different name, and `ALTER TABLE … RENAME TO` in `RunSQL`, on tables that existed before the migration. The auto-created many-to-many tables named after the model are renamed with it. Renaming a sequence with `ALTER TABLE … RENAME` is not flagged: defaults refer to sequences by OID.',
    whyUnsafe:
      'As soon as the migration renames the table, the code deployed before it fails on every query of the model until the new code runs; warehouses and other services reading the table break too. The rename takes an ACCESS EXCLUSIVE lock.',
    example: "migrations.RenameModel(\n    old_name='Order',\n    new_name='Purchase',\n)",
    useInstead:
      "# Rename in Python only: the table keeps its name\nmigrations.SeparateDatabaseAndState(\n    state_operations=[\n        migrations.RenameModel(old_name='Order', new_name='Purchase'),\n        migrations.AlterModelTable(name='purchase', table='shop_order'),\n    ],\n)\n# and in models.py: class Meta: db_table = \"shop_order\"",
    fixSafety:
      'Safe: for `RenameModel`, the fix makes the rename state-only and pins `Meta.db_table` to the old table name in the migration and in models.py; foreign keys keep their constraints and the database does not change. It is not offered when auto-created many-to-many tables involve the model (their column names follow the model name), when models.py already sets `db_table`, or when a later migration changes the model. `AlterModelTable` and RunSQL renames are explicit and get no fix. Checked with real Django on a migration not yet applied.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind !== 'renameTable' || !onExistingTable(statement, fact.table) || isSequence(ctx.analysis.physicalBefore, fact.table.name) || !once.first(statement)) continue;
        const op = statement.op;
        const oldTable = fact.table.name;
        const fixes = (): Fix[] => {
          if (statement.origin !== 'django' || op.kind !== 'RenameModel' || statement.topOp !== op) return [];
          const fix = pinTableFix(ctx, op, oldTable);
          return fix ? [fix] : [];
        };
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `Renaming existing table "${fact.table.name}" to "${fact.newName.name}" breaks the code still running, which uses the old name, and takes an ACCESS EXCLUSIVE lock.`,
          help: 'Rename the model in Python only and keep the table: Meta.db_table = "<old table>" with a state-only RenameModel.',
          fixes,
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
        });
      }
    }
  },
});

/**
 * `ALTER TABLE <sequence> RENAME TO …` (PostgreSQL accepts ALTER TABLE on sequences): column defaults and identity
 * columns refer to their sequence by OID, so the code still running is not affected by the new name. A sequence the
 * history knows, or a relation it does not know whose name ends in `_seq` (the name PostgreSQL gives owned
 * sequences; netbox renames pre-2.10 ones with `ALTER TABLE IF EXISTS …_id_seq`).
 */
function isSequence(physical: PhysicalSchema, name: string): boolean {
  if (physical.table(name)) return false;
  for (const table of physical.tables.values()) if (table.sequences.some((s) => s.name === name)) return true;
  return name.endsWith('_seq');
}
