import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { OncePerOperation, factsOfKind } from './migrationRuleUtils';
import { keywordOutsideTransactionFix } from '../fixes/sqlFixes';

export default defineRule({
  id: 'require-concurrent-reindex',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'REINDEX without CONCURRENTLY blocks writes to the table, and queries that use its indexes, for the whole rebuild (PostgreSQL 12+).',
  docs: {
    whatItDoes:
      '`REINDEX INDEX`, `REINDEX TABLE`, `REINDEX SCHEMA` or `REINDEX DATABASE` without `CONCURRENTLY` in `RunSQL`, when the target PostgreSQL version is 12 or later (where `REINDEX CONCURRENTLY` exists). Tables created earlier in the same migration are not flagged. `REINDEX SYSTEM` cannot be concurrent and is not flagged.',
    whyUnsafe:
      'A plain REINDEX takes a SHARE lock on the table (writes wait) and an ACCESS EXCLUSIVE lock on each index it rebuilds: queries whose plan would use the index wait too, which in practice stalls most traffic on the table until the rebuild ends.',
    example: 'migrations.RunSQL("REINDEX INDEX shop_order_ref_idx;", migrations.RunSQL.noop)',
    useInstead:
      'class Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        migrations.RunSQL("REINDEX INDEX CONCURRENTLY shop_order_ref_idx;", migrations.RunSQL.noop),\n    ]',
    fixSafety:
      'Safe: the fix inserts `CONCURRENTLY` and sets `atomic = False` (REINDEX CONCURRENTLY cannot run in a transaction). It is offered only when the statement is alone in its string and the `RunSQL` is the only operation of the migration; otherwise move it into a non-atomic migration of its own. Indexes of exclusion constraints cannot be rebuilt concurrently.',
  },
  check(ctx) {
    if (ctx.project.versions.pgVersion < 12) return;
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'reindex')) {
      if (statement.origin !== 'runsql' || fact.concurrently || fact.target === 'system') continue;
      if (fact.target === 'table' && fact.name && statement.createdEarlier.has(fact.name.name)) continue;
      if (!once.first(statement)) continue;
      const span = statement.factSpan(fact);
      const fix = keywordOutsideTransactionFix(ctx, statement, fact.concurrentlyInsertAt, 'CONCURRENTLY', 'safe');
      const fixes: Fix[] = fix ? [fix] : [];
      const what =
        fact.target === 'index'
          ? `REINDEX INDEX "${fact.name?.name}" blocks writes to its table and the queries that use the index`
          : fact.target === 'table'
            ? `REINDEX TABLE "${fact.name?.name}" blocks writes to the table and the queries that use its indexes`
            : `REINDEX ${fact.target.toUpperCase()} blocks writes to every table it processes, and the queries that use their indexes,`;
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${what} until the rebuild finishes.`,
        help: 'Use REINDEX ... CONCURRENTLY in a non-atomic migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'SHARE', table: fact.name?.name },
      });
    }
  },
});
