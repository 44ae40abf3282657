import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { OncePerOperation } from './migrationRuleUtils';
import { SlowKind, slowStepsUnderExclusiveLock, splitMigration, statementLabel, statementSpan } from '../fixes/sqlFixes';

const SLOW_VERBS: Record<SlowKind, string> = {
  rewrites: 'rewrites',
  buildsIndex: 'builds an index on',
  scans: 'reads every row of',
};

export default defineRule({
  id: 'lock-then-slow-work',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A slow step runs after an ACCESS EXCLUSIVE lock in the same atomic migration, which holds the lock for its whole duration.',
  docs: {
    whatItDoes:
      'In an atomic migration, flags a slow statement (a table rewrite, an index build, a validating scan, an `UPDATE`/`DELETE` without `WHERE`) on an existing table that runs after another operation took an ACCESS EXCLUSIVE lock on an existing table. The finding points at the slow step, with the earlier locking statement as related information. Tables created in the same migration are empty and are ignored; the statements of a single Django operation are left to that operation\'s own rule, unless both come from `RunSQL`.',
    whyUnsafe:
      'A migration is one transaction: every lock is held until its last operation ends. A short `ALTER TABLE` (adding a column, renaming) takes ACCESS EXCLUSIVE for a moment, but when an index build or a backfill follows in the same migration, the table stays locked for reads and writes for the whole slow step.',
    example:
      "operations = [\n    migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),\n    migrations.AddIndex(model_name='order', index=models.Index(fields=['reference'], name='order_ref_idx')),\n]",
    useInstead:
      'Split the migration: the locking operation in one migration, the slow step in the next one (ideally done concurrently, or in batches for data).',
    fixSafety:
      'Safe for the schema: the operations from the slow step on move, in order, into a new migration that depends on this one (helper functions they use move with them; later migrations are repointed to the new one). The two parts then commit separately. It rewrites this migration, so apply it before the migration is deployed anywhere. No fix when the lock and the slow step are in the same operation.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const found of slowStepsUnderExclusiveLock(ctx.analysis)) {
      const { slow, locker } = found;
      if (!once.first(slow)) continue;
      const fixes: Fix[] = [];
      if (slow.opIndex > locker.opIndex) {
        const split = splitMigration(ctx, slow.opIndex);
        if (split) {
          fixes.push({
            title: `Split the migration: move ${split.moved === 1 ? 'this operation' : `the ${split.moved} operations from here on`} into ${split.name}`,
            safety: 'safe',
            edits: split.edits,
            creates: split.creates,
          });
        }
      }
      const lockLabel = statementLabel(locker);
      const span = statementSpan(slow);
      const lockSpan = statementSpan(locker);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${statementLabel(slow)} ${SLOW_VERBS[found.kind]} "${found.slowTable}" while the ACCESS EXCLUSIVE lock that ${lockLabel} took on "${found.lockedTable}" is still held: reads and writes on "${found.lockedTable}" wait for the whole step.`,
        help: 'Move the slow step into a later migration, so that the lock is released when the quick change commits.',
        related: [{ file: ctx.file, start: lockSpan.start, end: lockSpan.end, message: `${lockLabel} takes ACCESS EXCLUSIVE on "${found.lockedTable}" here` }],
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: found.lockedTable },
      });
    }
  },
});
