import { defineRule } from '../engine/rule';
import { Fix, TextEdit } from '../engine/types';
import { setMigrationAttribute } from '../fixes/migrationEdits';
import { OncePerOperation } from './migrationRuleUtils';

export default defineRule({
  id: 'concurrent-in-atomic-migration',
  scope: 'migration',
  defaultSeverity: 'error',
  fixable: true,
  summary: 'A concurrent index operation runs inside an atomic migration, where PostgreSQL refuses it.',
  docs: {
    whatItDoes: 'Flags `AddIndexConcurrently`, `RemoveIndexConcurrently` and `CREATE/DROP INDEX CONCURRENTLY`, `REINDEX CONCURRENTLY` or `DETACH PARTITION CONCURRENTLY` in `RunSQL`, in a migration that is atomic (the default).',
    whyUnsafe:
      'PostgreSQL cannot run these inside a transaction block: the migration fails at deploy time ("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"; Django raises NotSupportedError for its concurrent operations), often after earlier migrations were already applied.',
    example: "class Migration(migrations.Migration):\n    operations = [\n        AddIndexConcurrently(model_name='order', index=models.Index(fields=['created'], name='order_created_idx')),\n    ]",
    useInstead: "class Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        AddIndexConcurrently(model_name='order', index=models.Index(fields=['created'], name='order_created_idx')),\n    ]",
    fixSafety:
      'Safe when the migration holds only concurrent operations: the fix sets `atomic = False`. When other operations share the migration they would then run without a transaction, so the fix is marked unsafe: move the concurrent operation to its own migration instead.',
  },
  check(ctx) {
    if (!ctx.entry.migration.atomic) return;
    const once = new OncePerOperation();
    const ops = ctx.entry.migration.operations;
    const concurrentOps = new Set(ops.filter((o) => (o.kind === 'AddIndex' || o.kind === 'RemoveIndex') && o.concurrently));
    const flagged = new Set<number>();
    const report = (start: number, end: number, what: string, opIndex: number) => {
      const others = ops.filter((o, i) => i !== opIndex && !concurrentOps.has(o));
      const edit: TextEdit | undefined = setMigrationAttribute(ctx.entry, 'atomic', 'False');
      const fixes: Fix[] = edit ? [{ title: 'Set atomic = False on this migration', safety: others.length ? 'unsafe' : 'safe', edits: [edit] }] : [];
      ctx.report({
        start,
        end,
        message: `${what} cannot run inside a transaction, and this migration is atomic: it fails when it is applied.`,
        help: 'Set atomic = False and keep the concurrent operation in a migration of its own.',
        fixes,
        data: { unsafeOperation: true },
      });
    };
    ops.forEach((op, i) => {
      const span = op.call.funcSpan ?? op.span;
      if (concurrentOps.has(op) && span) {
        flagged.add(i);
        report(span.start, span.end, op.kind === 'AddIndex' ? 'AddIndexConcurrently' : 'RemoveIndexConcurrently', i);
      }
    });
    for (const statement of ctx.analysis.statements) {
      if (statement.origin !== 'runsql' || flagged.has(statement.opIndex)) continue;
      for (const fact of statement.facts) {
        const concurrent =
          ((fact.kind === 'createIndex' || fact.kind === 'dropIndex' || fact.kind === 'reindex' || fact.kind === 'detachPartition') && fact.concurrently);
        if (!concurrent || !once.first(statement)) continue;
        const span = statement.factSpan(fact);
        const what = fact.kind === 'createIndex' ? 'CREATE INDEX CONCURRENTLY' : fact.kind === 'dropIndex' ? 'DROP INDEX CONCURRENTLY' : fact.kind === 'reindex' ? 'REINDEX CONCURRENTLY' : 'DETACH PARTITION CONCURRENTLY';
        report(span.start, span.end, what, statement.opIndex);
      }
    }
  },
});
