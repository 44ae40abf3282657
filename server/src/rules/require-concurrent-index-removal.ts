import { defineRule } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix, TextEdit } from '../engine/types';
import { setMigrationAttribute } from '../fixes/migrationEdits';
import { indexTable, modelTable } from '../fixes/constraintFixes';
import { OncePerOperation, factsOfKind } from './migrationRuleUtils';
import { AnalyzedStatement } from '../engine/migrationAnalysis';
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
    whatItDoes:
      'Flags `RemoveIndex` and `DROP INDEX` in `RunSQL` without `CONCURRENTLY`, on tables that existed before the migration. Also flags the `DROP INDEX` other operations run (`RemoveConstraint` of a conditional or expression `UniqueConstraint`, `AlterField` dropping `db_index`, `index_together` changes) when it is the only ACCESS EXCLUSIVE lock that operation takes on the table; those get no fix.',
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
      const table =
        fact.indexes.map((i) => indexTable(ctx.analysis, statement, i.name)).find((t) => t !== undefined) ??
        (op.kind === 'RemoveIndex' ? modelTable(ctx.replay, statement.opIndex, ctx.entry.app, op.modelName) : undefined);
      // Other operations drop indexes too (RemoveConstraint of a conditional or expression UniqueConstraint,
      // AlterField losing db_index): flagged when the DROP INDEX is the only ACCESS EXCLUSIVE lock the operation
      // takes on the table. When it also runs an ALTER TABLE there (DROP CONSTRAINT before dropping the _like
      // index), a concurrent drop would not shorten the lock.
      const fromOtherOperation = !fromRemoveIndex && statement.origin === 'django' && table !== undefined && !otherExclusiveLock(ctx.analysis.statements, statement, table);
      if (!fromRemoveIndex && !fromOtherOperation && statement.origin !== 'runsql') continue;
      // Indexes of tables created earlier in this migration are on empty tables; so are the tables of a squash.
      if ((table && statement.createdEarlier.has(table)) || (fromOtherOperation && ctx.analysis.freshDatabaseOnly) || !once.first(statement)) continue;
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
      const where = table ? `table "${table}"` : `the table of index "${fact.indexes[0].name}"`;
      const lock = `an ACCESS EXCLUSIVE lock on ${where}: it waits for running queries, and every read and write queues behind it.`;
      const message = fromOtherOperation
        ? `${describeOperation(op)} drops index "${fact.indexes[0].name}" without CONCURRENTLY, which takes ${lock}`
        : `${op.kind === 'RemoveIndex' ? `RemoveIndex ${op.name}` : 'DROP INDEX'} takes ${lock}`;
      ctx.report({
        start: span.start,
        end: span.end,
        message,
        help: fromOtherOperation
          ? "Drop the index with DROP INDEX CONCURRENTLY in a non-atomic migration that runs just before this one: this operation's DROP INDEX IF EXISTS then has nothing left to drop."
          : 'Drop it concurrently (RemoveIndexConcurrently or DROP INDEX CONCURRENTLY) in a non-atomic migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: table ?? fact.indexes[0].name },
      });
    }
  },
});

/** Another statement of the same operation takes an ACCESS EXCLUSIVE lock on the table (not a DROP INDEX). */
function otherExclusiveLock(statements: AnalyzedStatement[], statement: AnalyzedStatement, table: string): boolean {
  return statements.some(
    (s) =>
      s !== statement &&
      s.opIndex === statement.opIndex &&
      s.op === statement.op &&
      !s.facts.every((f) => f.kind === 'dropIndex') &&
      s.lock.locks.some((l) => l.role === 'table' && l.table.name === table && l.lock === 'ACCESS EXCLUSIVE'),
  );
}

function describeOperation(op: Operation): string {
  switch (op.kind) {
    case 'AddField':
    case 'AlterField':
      return `${op.kind} ${op.modelName}.${op.name}`;
    case 'RemoveConstraint':
      return `RemoveConstraint ${op.name}`;
    default:
      return op.kind;
  }
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.file}:${e.start}:${e.end}:${e.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
