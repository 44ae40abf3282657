import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { Operation } from '../django/operations';
import { AnalyzedStatement } from '../engine/migrationAnalysis';
import { lastSegment } from '../python/values';
import { calleeSpan, databaseOperations, setOperationArgument, statementLabel } from '../fixes/sqlFixes';

/** `RunPython(fill_totals)`, `RunSQL (UPDATE on "shop_order")`: tells the operations of one migration apart. */
function describe(op: Operation, statements: AnalyzedStatement[]): string {
  if (op.kind === 'RunPython') return op.code.t === 'ref' ? `RunPython(${lastSegment(op.code.path)})` : 'RunPython';
  const own = statements.filter((s) => s.op === op);
  const first = own.find((s) => s.lock.locks.length) ?? own[0];
  if (!first) return 'RunSQL';
  const table = first.lock.locks[0]?.table.name;
  return `RunSQL (${statementLabel(first)}${table ? ` on "${table}"` : ''})`;
}

export default defineRule({
  id: 'irreversible-data-migration',
  scope: 'migration',
  defaultSeverity: 'info',
  fixable: true,
  summary: 'RunPython without reverse_code or RunSQL without reverse_sql: the migration cannot be unapplied.',
  docs: {
    whatItDoes:
      'Flags `RunPython` without `reverse_code` and `RunSQL` without `reverse_sql` (also inside `SeparateDatabaseAndState`). Reported as information by default: it blocks rollbacks, not deploys.',
    whyUnsafe:
      'Django raises `IrreversibleError` when such a migration is unapplied, so `migrate app <earlier>` stops there: rolling back a bad deploy, or switching a development database to another branch, needs manual work. Saying what the reverse is (even "nothing to do") is a decision the author should take when writing the migration.',
    example: 'migrations.RunPython(fill_totals)',
    useInstead:
      'migrations.RunPython(fill_totals, reverse_code=clear_totals)  # or migrations.RunPython.noop when nothing needs undoing',
    fixSafety:
      'Unsafe: the fix adds `reverse_code=migrations.RunPython.noop` / `reverse_sql=migrations.RunSQL.noop`, which declares the operation reversible without undoing anything. Prefer writing the real reverse when the forward step changes data that the previous code relies on.',
  },
  check(ctx) {
    for (const op of databaseOperations(ctx.entry.migration.operations)) {
      if (op.kind !== 'RunPython' && op.kind !== 'RunSQL') continue;
      const missing = op.kind === 'RunPython' ? op.reverseCode === undefined : op.reverseSql === undefined;
      const span = calleeSpan(op);
      if (!missing || !span) continue;
      const keyword = op.kind === 'RunPython' ? 'reverse_code' : 'reverse_sql';
      // The callee as written (`migrations.RunPython`, `RunSQL`...) also names its noop.
      const noop = `${ctx.text.slice(span.start, span.end)}.noop`;
      const edit = setOperationArgument(ctx.entry, op, 1, keyword, noop);
      const fixes: Fix[] = edit ? [{ title: `Add ${keyword}=${noop} (declares that nothing needs undoing)`, safety: 'unsafe', edits: [edit] }] : [];
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${describe(op, ctx.analysis.statements)} has no ${keyword}: this migration cannot be unapplied, so rolling back stops with IrreversibleError.`,
        help: `Pass ${keyword}= with the operation that undoes it, or ${noop} when nothing needs undoing.`,
        fixes,
      });
    }
  },
});
