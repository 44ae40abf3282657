import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';
import { keywordOutsideTransactionFix } from '../fixes/sqlFixes';

export default defineRule({
  id: 'require-concurrent-detach-partition',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'DETACH PARTITION without CONCURRENTLY locks the whole partitioned table (PostgreSQL 14+).',
  docs: {
    whatItDoes:
      '`ALTER TABLE ... DETACH PARTITION` without `CONCURRENTLY` in `RunSQL`, when the target PostgreSQL version is 14 or later (where the concurrent form exists), on a partitioned table that existed before the migration.',
    whyUnsafe:
      'A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table and the partition: every query on any partition waits, and in an atomic migration the lock is held until the migration commits. `DETACH PARTITION ... CONCURRENTLY` only takes SHARE UPDATE EXCLUSIVE.',
    example: 'migrations.RunSQL(\n    "ALTER TABLE shop_event DETACH PARTITION shop_event_2023;",\n    "ALTER TABLE shop_event ATTACH PARTITION shop_event_2023 FOR VALUES FROM (2023) TO (2024);",\n)',
    useInstead:
      'class Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        migrations.RunSQL(\n            "ALTER TABLE shop_event DETACH PARTITION shop_event_2023 CONCURRENTLY;",\n            "ALTER TABLE shop_event ATTACH PARTITION shop_event_2023 FOR VALUES FROM (2023) TO (2024);",\n        ),\n    ]',
    fixSafety:
      'Unsafe: the fix appends `CONCURRENTLY` and sets `atomic = False` (the concurrent form runs in two transactions, so not in a transaction block); it is offered only when the statement is alone in its string and the `RunSQL` is the only operation. PostgreSQL refuses the concurrent form when the partitioned table has a default partition, and an interrupted detach must be completed with `DETACH PARTITION ... FINALIZE`: review before applying.',
  },
  check(ctx) {
    if (ctx.project.versions.pgVersion < 14) return;
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'detachPartition')) {
      if (statement.origin !== 'runsql' || fact.concurrently || fact.finalize || !onExistingTable(statement, fact.table)) continue;
      if (!once.first(statement)) continue;
      const span = statement.factSpan(fact);
      const fix = keywordOutsideTransactionFix(ctx, statement, fact.concurrentlyInsertAt, 'CONCURRENTLY', 'unsafe');
      const fixes: Fix[] = fix ? [fix] : [];
      ctx.report({
        start: span.start,
        end: span.end,
        message: `DETACH PARTITION takes an ACCESS EXCLUSIVE lock on "${fact.table.name}": every query on the partitioned table waits until the migration commits.`,
        help: 'Use DETACH PARTITION ... CONCURRENTLY in a non-atomic migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
      });
    }
  },
});
