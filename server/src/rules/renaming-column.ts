import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation, pyStrRepr } from '../django/operations';
import { hasExplicitOption } from '../django/fields';
import { canonicalPath } from '../django/canonical';
import { getField, listOption, normalizeTogether, option } from '../django/state';
import { newImports, serializeValue } from '../django/writer';
import { Fix, TextEdit } from '../engine/types';
import { setCallKeyword } from '../fixes/pythonEdits';
import { fieldUnchangedLater, importEdits, localName, modelFieldSource, operationSource, renderCall, replaceOperation } from '../fixes/fieldFixes';
import { Value, asItems, asString, kwarg } from '../python/values';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type RenameField = Extract<Operation, { kind: 'RenameField' }>;

/** Field names an Index or constraint lists in `fields=` (Django's state rename does not follow them). */
function namedFields(obj: Value): string[] {
  if (obj.t !== 'call') return [];
  return (asItems(kwarg(obj, 'fields')) ?? []).map((v) => (asString(v) ?? '').replace(/^-/, ''));
}

/** `to='shop.Writer'` as Field.deconstruct() writes it: `'shop.writer'`. */
function lowerModelLabel(v: Value): Value {
  if (v.t !== 'str' || !v.v.includes('.')) return v;
  const dot = v.v.indexOf('.');
  return { t: 'str', v: `${v.v.slice(0, dot)}.${v.v.slice(dot + 1).toLowerCase()}` };
}

/** "Keep the column": a state-only rename plus db_column pinned to the old column, here and in models.py. */
function keepColumnFix(ctx: MigrationRuleContext, op: RenameField, oldColumn: string): Fix | undefined {
  const app = ctx.entry.app;
  const model = ctx.replay.after.get(app, op.modelName);
  const field = model && getField(model, op.newName);
  if (!model || !field || hasExplicitOption(field, 'db_column') || !fieldUnchangedLater(ctx.project, ctx.replay.after, app, op.modelName, op.newName)) return undefined;
  // Django's state rename leaves Meta.indexes/constraints on the old name (the autodetector re-creates
  // them after the rename): while the state still names the old field, the models and state disagree.
  const together = ['unique_together', 'index_together'].flatMap((o) => normalizeTogether(option(model, o)).flat());
  const listed = [...listOption(model, 'indexes'), ...listOption(model, 'constraints')].flatMap(namedFields);
  if ([...together, ...listed].includes(op.oldName)) return undefined;
  const source = modelFieldSource(ctx.index, app, op.modelName, op.newName);
  const migrations = localName(ctx.entry, 'django.db.migrations');
  const original = operationSource(ctx.entry, op);
  if (!source || hasExplicitOption(source.field.def, 'db_column') || !migrations || !original) return undefined;
  const imports = newImports();
  const fieldValue: Value = {
    t: 'call',
    func: canonicalPath(field.cls),
    args: field.args,
    kwargs: [...field.kwargs.filter(([k]) => k !== 'db_column').map(([k, v]) => [k, k === 'to' ? lowerModelLabel(v) : v] as [string, Value]), ['db_column', { t: 'str', v: oldColumn }]],
  };
  const fieldSource = serializeValue(fieldValue, imports);
  const added = importEdits(ctx.entry, imports);
  if (!added.ok) return undefined;
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
                func: `${migrations}.AlterField`,
                kwargs: [
                  ['model_name', pyStrRepr(op.modelName)],
                  ['name', pyStrRepr(op.newName)],
                  ['field', fieldSource],
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
  const edits: TextEdit[] = [replacement, ...added.edits, setCallKeyword(source.file, source.text, source.call, 'db_column', JSON.stringify(oldColumn))];
  return { title: `Keep the column "${oldColumn}": rename in Python only (db_column="${oldColumn}")`, safety: 'safe', edits };
}

export default defineRule({
  id: 'renaming-column',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A column of an existing table is renamed while the code still running uses the old name.',
  docs: {
    whatItDoes: 'Flags `RenameField`, `AlterField` that changes `db_column`, and `ALTER TABLE … RENAME COLUMN` in `RunSQL`, on tables that existed before the migration.',
    whyUnsafe:
      'Django selects and writes every column it knows by name. As soon as the migration renames the column, the code deployed before it fails on every query of the model until the new code runs; the rename also takes an ACCESS EXCLUSIVE lock.',
    example: "migrations.RenameField(\n    model_name='order',\n    old_name='reference',\n    new_name='code',\n)",
    useInstead:
      "# Rename in Python only: the column keeps its name\nmigrations.SeparateDatabaseAndState(\n    state_operations=[\n        migrations.RenameField(model_name='order', old_name='reference', new_name='code'),\n        migrations.AlterField(model_name='order', name='code', field=models.CharField(db_column='reference', max_length=20)),\n    ],\n)\n# and in models.py: code = models.CharField(max_length=20, db_column=\"reference\")",
    fixSafety:
      'Safe: the fix makes the RenameField state-only and pins `db_column` to the old column name in the migration and in models.py, so the database does not change and `makemigrations` stays clean. Indexes, constraints and `unique_together` that name the field are fine (checked on Django 5.2 and 6.1 with the RemoveIndex/AddIndex pairs makemigrations writes around a rename); the fix is not offered while the state at the end of the migration still names the old field, or when a later migration changes the field again. Checked with real Django on a migration not yet applied.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind !== 'renameColumn' || !onExistingTable(statement, fact.table) || !once.first(statement)) continue;
        const op = statement.op;
        // Columns of M2M tables renamed by RenameModel/AlterModelTable are renaming-table's finding.
        if (statement.origin !== 'runsql' && op.kind !== 'RenameField' && op.kind !== 'AlterField') continue;
        const column = fact.column.name;
        const fixes = (): Fix[] => {
          if (statement.origin !== 'django' || op.kind !== 'RenameField' || statement.topOp !== op) return [];
          const fix = keepColumnFix(ctx, op, column);
          return fix ? [fix] : [];
        };
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `Renaming column "${fact.column.name}" of existing table "${fact.table.name}" to "${fact.newName.name}" breaks the code still running, which uses the old name.`,
          help: 'Rename the field in Python only and keep the column: db_column="<old name>" with a state-only RenameField.',
          fixes,
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
        });
      }
    }
  },
});
