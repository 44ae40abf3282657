import { defineRule } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix, TextEdit } from '../engine/types';
import { setMigrationAttribute } from '../fixes/migrationEdits';
import { indexTable, modelTable } from '../fixes/constraintFixes';
import { OncePerOperation, factsOfKind } from './migrationRuleUtils';
import { concurrentCallEdits, moveToConcurrentMigration, runSqlConcurrentlyFix } from './require-concurrent-index';

function indexOpsOnly(ops: Operation[]): boolean {
  return ops.every((o) => (o.kind === 'AddIndex' || o.kind === 'RemoveIndex') && !o.concurrently);
}

export default defineRule({
  id: 'require-concurrent-index-removal',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'An index is dropped without CONCURRENTLY on a table that already exists.',
  docs: {
    whatItDoes: 'Flags `RemoveIndex` and `DROP INDEX` in `RunSQL` without `CONCURRENTLY`, on tables that existed before the migration.',
    whyUnsafe:
      'DROP INDEX takes an ACCESS EXCLUSIVE lock on the table. The drop itself is quick, but the lock must wait for every running query on the table, and every query that arrives meanwhile (reads included) queues behind it; in an atomic migration the lock is then held until the migration commits.',
    example: "migrations.RemoveIndex(\n    model_name='order',\n    name='order_created_idx',\n)",
    useInstead:
      "from django.contrib.postgres.operations import RemoveIndexConcurrently\n\nclass Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        RemoveIndexConcurrently(\n            model_name='order',\n            name='order_created_idx',\n        ),\n    ]",
    fixSafety:
      'Safe: `RemoveIndexConcurrently` has the same state effect as `RemoveIndex`. A concurrent drop cannot run in a transaction, so the fix sets `atomic = False` when the migration only holds index operations, and otherwise moves the removal into its own new non-atomic migration right after this one (the migrations that depended on this one are repointed to it; this assumes the migration is not applied anywhere yet). In `RunSQL` holding a single `DROP INDEX` of one index, the fix inserts CONCURRENTLY and sets `atomic = False` when it is the only operation.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    const ops = ctx.entry.migration.operations;
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'dropIndex')) {
      if (fact.concurrently) continue;
      const op = statement.op;
      const fromRemoveIndex = op.kind === 'RemoveIndex' && !op.concurrently;
      if (!fromRemoveIndex && statement.origin !== 'runsql') continue;
      const table =
        fact.indexes.map((i) => indexTable(ctx.analysis, statement, i.name)).find((t) => t !== undefined) ??
        (op.kind === 'RemoveIndex' ? modelTable(ctx.replay, statement.opIndex, ctx.entry.app, op.modelName) : undefined);
      // Indexes of tables created earlier in this migration are on empty tables.
      if ((table && statement.createdEarlier.has(table)) || !once.first(statement)) continue;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const fixes: Fix[] = [];
      if (fromRemoveIndex && statement.topOp === op) {
        if (indexOpsOnly(ops)) {
          const edits = ops.flatMap((o) => concurrentCallEdits(ctx, o, o.kind === 'AddIndex' ? 'AddIndexConcurrently' : 'RemoveIndexConcurrently'));
          const atomic = setMigrationAttribute(ctx.entry, 'atomic', 'False');
          if (atomic) edits.push(atomic);
          fixes.push({ title: 'Use RemoveIndexConcurrently and set atomic = False', safety: 'safe', edits: dedupe(edits) });
        } else {
          const moved = moveToConcurrentMigration(ctx, op, 'RemoveIndexConcurrently', `${op.modelName.toLowerCase()}_remove_index_concurrently`);
          if (moved) fixes.push(moved);
        }
      } else if (op.kind === 'RunSQL' && fact.indexes.length === 1 && !fact.cascade) {
        const fix = runSqlConcurrentlyFix(ctx, statement, fact.concurrentlyInsertAt, op);
        if (fix) fixes.push(fix);
      }
      const what = op.kind === 'RemoveIndex' ? `RemoveIndex ${op.name}` : 'DROP INDEX';
      const where = table ? `table "${table}"` : `the table of index "${fact.indexes[0].name}"`;
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${what} takes an ACCESS EXCLUSIVE lock on ${where}: it waits for running queries, and every read and write queues behind it.`,
        help: 'Drop it concurrently (RemoveIndexConcurrently or DROP INDEX CONCURRENTLY) in a non-atomic migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: table ?? fact.indexes[0].name },
      });
    }
  },
});

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.file}:${e.start}:${e.end}:${e.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
