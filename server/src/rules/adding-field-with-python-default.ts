import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { fieldOption, hasDbDefault, isRelation } from '../django/fields';
import { Fix } from '../engine/types';
import { setCallKeyword } from '../fixes/pythonEdits';
import { addedColumns, fieldUnchangedLater, isConstant, keepsPythonDefault, keyword, migrationFieldCall, modelFieldSource, sourceText } from '../fixes/fieldFixes';
import { valuesEqual } from '../python/values';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type AddField = Extract<Operation, { kind: 'AddField' | 'AlterField' }>;

/** Why no db_default fix can exist, from the operation alone (cheap: decides the help text). */
function noFixReason(ctx: MigrationRuleContext, op: AddField): string | undefined {
  if (ctx.project.versions.djangoVersion < 5) return 'db_default needs Django 5.0+.';
  if (!isConstant(fieldOption(op.field, 'default'))) return 'The default is not a constant, so it has no equivalent db_default: use a database expression (e.g. db_default=Now()), or add the column nullable, backfill, and set NOT NULL later.';
  if (isRelation(op.field)) return 'Add the column nullable, backfill, and set NOT NULL later.';
  return undefined;
}

/** Why no fix is offered, or the fix. */
function dbDefaultFix(ctx: MigrationRuleContext, op: AddField): Fix | string {
  const reason = noFixReason(ctx, op);
  if (reason) return reason;
  const value = fieldOption(op.field, 'default');
  const fieldCall = migrationFieldCall(ctx.entry, op);
  const defaultKw = fieldCall && keyword(fieldCall, 'default');
  const model = modelFieldSource(ctx.index, ctx.entry.app, op.modelName, op.name);
  const modelDefault = model && keyword(model.call, 'default');
  const unchanged = fieldUnchangedLater(ctx.project, ctx.replay.after, ctx.entry.app, op.modelName, op.name);
  if (!fieldCall || !defaultKw || !model || !modelDefault || hasDbDefault(model.field.def) || !unchanged || !valuesEqual(fieldOption(model.field.def, 'default'), value)) {
    return 'Add db_default= with the same value to the field here and in models.py.';
  }
  const migrationValue = sourceText(ctx.entry.migration.module.text, defaultKw.value);
  return {
    title: `Add db_default=${migrationValue} (keep default=)`,
    safety: 'safe',
    edits: [
      setCallKeyword(ctx.entry.file!, ctx.entry.migration.module.text, fieldCall, 'db_default', migrationValue),
      setCallKeyword(model.file, model.text, model.call, 'db_default', sourceText(model.text, modelDefault.value)),
    ],
  };
}

export default defineRule({
  id: 'adding-field-with-python-default',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A NOT NULL field with a Python default is added to an existing table: Django drops the column default right after adding it.',
  docs: {
    whatItDoes: 'Flags `AddField` of a non-null field with `default=` and no `db_default` on a table that existed before the migration.',
    whyUnsafe:
      'Django runs `ADD COLUMN … DEFAULT x NOT NULL` and then `ALTER COLUMN … DROP DEFAULT`: the default lives only in Python. Between the migration and the deploy of the new code, every INSERT from the code still running without this field fails with a NOT NULL violation. Before PostgreSQL 11 the ADD COLUMN with a default also rewrote the whole table.',
    example: "migrations.AddField(\n    model_name='order',\n    name='status',\n    field=models.CharField(default='new', max_length=20),\n)",
    useInstead: "migrations.AddField(\n    model_name='order',\n    name='status',\n    field=models.CharField(db_default='new', default='new', max_length=20),\n)",
    fixSafety:
      'Safe (Django 5.0+, constant defaults): the fix adds `db_default=` with the same value to the field in the migration and in models.py and keeps `default=`, so Python behaves as before and the column keeps its default in the database. Callable or computed defaults get no fix: they have no constant database equivalent. Checked with real Django: `makemigrations --check` is clean and the state matches the database.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact, defaultDropped } of addedColumns(ctx.analysis)) {
      const op = statement.op;
      if (statement.origin !== 'django' || op.kind !== 'AddField' || !keepsPythonDefault(op)) continue;
      if (!fact.notNull || !defaultDropped || !onExistingTable(statement, fact.table) || !once.first(statement)) continue;
      const reason = statement.topOp === op ? noFixReason(ctx, op) : 'Add db_default= with the same value.';
      const table = fact.table.name;
      ctx.report({
        start: statement.span.start,
        end: statement.span.end,
        message: `Field "${op.name}" is added to existing table "${table}" with a Python-only default: Django drops the column default right away, so INSERTs from the code still running without this field fail.`,
        help: reason ?? 'Keep the default in the database with db_default= (Django 5.0+).',
        // Built on demand: checking that later migrations keep the field costs a replay to the end.
        fixes: () => {
          if (reason) return [];
          const fix = dbDefaultFix(ctx, op);
          return typeof fix === 'string' ? [] : [fix];
        },
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table },
      });
    }
  },
});
