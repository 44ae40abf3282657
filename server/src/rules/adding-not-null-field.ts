import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { fieldOption, hasDbDefault, isPrimaryKey, isRelation } from '../django/fields';
import { Fix, TextEdit } from '../engine/types';
import { setCallKeyword } from '../fixes/pythonEdits';
import { addedColumns, fieldUnchangedLater, isConstant, keepsPythonDefault, keyword, migrationFieldCall, modelFieldSource, operationCall, removeKeyword, sourceText } from '../fixes/fieldFixes';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type FieldOp = Extract<Operation, { kind: 'AddField' | 'AlterField' }>;

/** "Use db_default=<value>": the one-off default of the migration becomes the column's database default. */
function dbDefaultFix(ctx: MigrationRuleContext, op: FieldOp): Fix | undefined {
  if (ctx.project.versions.djangoVersion < 5 || isRelation(op.field) || op.preserveDefault) return undefined;
  const fieldCall = migrationFieldCall(ctx.entry, op);
  const opCall = operationCall(ctx.entry, op);
  const defaultKw = fieldCall && keyword(fieldCall, 'default');
  const preserveKw = opCall && keyword(opCall, 'preserve_default');
  if (!fieldCall || !opCall || !defaultKw || !preserveKw || !isConstant(fieldOption(op.field, 'default'))) return undefined;
  const model = modelFieldSource(ctx.index, ctx.entry.app, op.modelName, op.name);
  if (!model || fieldOption(model.field.def, 'default') !== undefined || hasDbDefault(model.field.def)) return undefined;
  const file = ctx.entry.file!;
  const text = ctx.entry.migration.module.text;
  const value = sourceText(text, defaultKw.value);
  const removal = removeKeyword(file, text, opCall, 'preserve_default');
  if (!removal) return undefined;
  return {
    title: `Use db_default=${value}`,
    safety: 'unsafe',
    edits: [{ file, start: defaultKw.nameSpan.start, end: defaultKw.nameSpan.end, newText: 'db_default' }, removal, setCallKeyword(model.file, model.text, model.call, 'db_default', value)],
  };
}

function nullableFix(ctx: MigrationRuleContext, op: FieldOp): Fix | undefined {
  if (isPrimaryKey(op.field)) return undefined;
  const fieldCall = migrationFieldCall(ctx.entry, op);
  const model = modelFieldSource(ctx.index, ctx.entry.app, op.modelName, op.name);
  if (!fieldCall || !model) return undefined;
  const edits: TextEdit[] = [setCallKeyword(ctx.entry.file!, ctx.entry.migration.module.text, fieldCall, 'null', 'True'), setCallKeyword(model.file, model.text, model.call, 'null', 'True')];
  return { title: 'Make it nullable now (null=True), set NOT NULL in a later migration', safety: 'unsafe', edits };
}

export default defineRule({
  id: 'adding-not-null-field',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A NOT NULL column is added to an existing table without a database default that stays.',
  docs: {
    whatItDoes:
      'Flags `AddField` of a non-null field without `db_default` on a table that existed before the migration, and `ADD COLUMN … NOT NULL` without `DEFAULT` in `RunSQL`. A field that keeps a Python `default=` is reported by `adding-field-with-python-default` instead; tables created in the same migration are empty and are not flagged.',
    whyUnsafe:
      'Without a default, `ADD COLUMN … NOT NULL` fails as soon as the table has a row. With a one-off default (`preserve_default=False`, or the empty string Django uses for `blank=True` text fields) Django adds the column with that default and drops it right away: from then on every INSERT from the code still running without this field fails until the new code is deployed.',
    example: "migrations.AddField(\n    model_name='order',\n    name='quantity',\n    field=models.IntegerField(default=1),\n    preserve_default=False,\n)",
    useInstead:
      "# Django 5.0+: a database default that stays\nmigrations.AddField(\n    model_name='order',\n    name='quantity',\n    field=models.IntegerField(db_default=1),\n)\n\n# or: nullable first, backfill, then NOT NULL in a later migration\nmigrations.AddField(\n    model_name='order',\n    name='quantity',\n    field=models.IntegerField(null=True),\n)",
    fixSafety:
      'Both fixes are unsafe because they change the model: "Use db_default=…" (Django 5.0+, constant one-off defaults) turns the one-off default into a permanent `db_default` in the migration and in models.py; "Make it nullable now" sets `null=True` in the migration and in models.py, and you set NOT NULL again after a backfill. Checked with real Django: `makemigrations --check` is clean and the state matches the database.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact, defaultDropped } of addedColumns(ctx.analysis)) {
      if (!fact.notNull || fact.generated !== undefined || fact.primaryKey || !onExistingTable(statement, fact.table)) continue;
      if (fact.hasDefault && !defaultDropped) continue;
      const op = statement.op;
      // A kept Python default that Django adds then drops is adding-field-with-python-default's finding.
      if (statement.origin === 'django' && keepsPythonDefault(op) && defaultDropped) continue;
      if (!once.first(statement)) continue;
      const topLevel = statement.origin === 'django' && op === statement.topOp && op.kind === 'AddField';
      // Built on demand: checking later migrations costs a replay to the end of the history.
      const fixes = (): Fix[] => {
        if (!topLevel || !fieldUnchangedLater(ctx.project, ctx.replay.after, ctx.entry.app, op.modelName, op.name)) return [];
        return [dbDefaultFix(ctx, op), nullableFix(ctx, op)].filter((f): f is Fix => !!f);
      };
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const column = fact.column.name;
      const table = fact.table.name;
      ctx.report({
        start: span.start,
        end: span.end,
        message: fact.hasDefault
          ? `NOT NULL column "${column}" is added to existing table "${table}" and its default is dropped right away: INSERTs from the code still running without this field fail.`
          : `NOT NULL column "${column}" is added to existing table "${table}" without a default: this fails as soon as the table has rows.`,
        help: 'Give the column a db_default (Django 5.0+), or add it nullable, backfill, and set NOT NULL in a later migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table },
      });
    }
  },
});
