import { defineRule } from '../engine/rule';
import { fieldOption } from '../django/fields';
import { Value, lastSegment } from '../python/values';
import { addedColumns } from '../fixes/fieldFixes';
import { Apps } from '../django/render';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

/** Django database functions that compile to volatile SQL (evaluated once per row). */
const VOLATILE_FUNCTIONS = new Set(['Random', 'RandomUUID', 'UUID4', 'UUID7']);

function volatileCall(value: Value | undefined): string | undefined {
  if (value?.t !== 'call') return undefined;
  const name = lastSegment(value.func);
  if (VOLATILE_FUNCTIONS.has(name)) return `${name}()`;
  for (const arg of [...value.args, ...value.kwargs.map(([, v]) => v)]) {
    const inner = volatileCall(arg);
    if (inner) return inner;
  }
  return undefined;
}

export default defineRule({
  id: 'adding-volatile-default',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: 'A column with a volatile default, or a stored generated column, is added to an existing table: the whole table is rewritten.',
  docs: {
    whatItDoes:
      'Flags `AddField` with a volatile `db_default` (`RandomUUID()`, `Random()`, `UUID4()`…), stored `GeneratedField`s added to existing tables, and `ADD COLUMN … DEFAULT <volatile>` or `GENERATED ALWAYS AS (…) STORED` in `RunSQL`. Stable defaults such as `now()` / `Now()` are stored once in the catalog and are not flagged; functions of unknown volatility count as volatile.',
    whyUnsafe:
      'PostgreSQL stores a non-volatile default in the catalog (11+), but a volatile default or a stored generated column must be computed for every existing row: the table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks every read and write.',
    example: "migrations.AddField(\n    model_name='order',\n    name='token',\n    field=models.UUIDField(db_default=RandomUUID()),\n)",
    useInstead:
      "# 1. add the column without a default (nullable)\nmigrations.AddField(model_name='order', name='token', field=models.UUIDField(null=True))\n# 2. set the default for new rows only: RunSQL('ALTER TABLE … ALTER COLUMN token SET DEFAULT gen_random_uuid()')\n# 3. backfill existing rows in batches, then set NOT NULL in a later migration",
    fixSafety: 'No fix: the safe sequence needs a batched backfill that depends on the table.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    const reported = new Set<number>();
    for (const { statement, fact } of addedColumns(ctx.analysis)) {
      if (!onExistingTable(statement, fact.table)) continue;
      const volatileDefault = fact.hasDefault && fact.defaultVolatility === 'volatile' && !fact.serial && !fact.identity;
      if (!fact.generatedStored && !volatileDefault) continue;
      if (!once.first(statement)) continue;
      reported.add(statement.opIndex);
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const what = fact.generatedStored ? `Stored generated column "${fact.column.name}"` : `Column "${fact.column.name}" with the volatile default ${fact.default?.text ?? ''}`.trimEnd();
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${what} is computed for every row of existing table "${fact.table.name}": the whole table is rewritten under an ACCESS EXCLUSIVE lock.`,
        help: 'Add the column without the default (nullable), set the default for new rows, backfill in batches, then set NOT NULL in a later migration.',
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
      });
    }
    // A db_default the SQL layer cannot render still reveals itself in the operation.
    for (const opSql of ctx.replay.sql.operations) {
      const op = opSql.op;
      if (op.kind !== 'AddField' || reported.has(opSql.index) || !op.call.funcSpan) continue;
      const fn = volatileCall(fieldOption(op.field, 'db_default'));
      const table = fn ? new Apps(opSql.before).getModel(ctx.entry.app, op.modelName)?.dbTable : undefined;
      if (!table || ctx.analysis.statements.some((s) => s.opIndex === opSql.index && s.facts.length > 0)) continue;
      const created = ctx.analysis.statements.some((s) => s.opIndex < opSql.index && s.facts.some((f) => f.kind === 'createTable' && f.table.name === table));
      if (created) continue;
      ctx.report({
        start: op.call.funcSpan.start,
        end: op.call.funcSpan.end,
        message: `Column "${op.name}" with the volatile default ${fn} is computed for every row of existing table "${table}": the whole table is rewritten under an ACCESS EXCLUSIVE lock.`,
        help: 'Add the column without the default (nullable), set the default for new rows, backfill in batches, then set NOT NULL in a later migration.',
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table },
      });
    }
  },
});
