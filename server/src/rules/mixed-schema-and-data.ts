import { defineRule } from '../engine/rule';
import { AnalyzedStatement } from '../engine/migrationAnalysis';
import { Operation } from '../django/operations';
import { Fix } from '../engine/types';
import { LOCK_MODES } from '../sql/index';
import { PhysicalSchema } from '../django/physical';
import { calleeSpan, databaseOperations, isNoopRef, lockedTable, operationLabel, slowStepsUnderExclusiveLock, splitMigration, statementSpan } from '../fixes/sqlFixes';

const DML = new Set(['update', 'delete', 'insert']);

function isDml(statement: AnalyzedStatement): boolean {
  return statement.origin === 'runsql' && statement.facts.some((f) => DML.has(f.kind));
}

/** The lock a schema change takes on a table that existed before the migration (SHARE or stronger: it blocks writes). */
function schemaLock(statement: AnalyzedStatement, physical: PhysicalSchema): { table: string; lock: string } | undefined {
  for (const l of statement.lock.locks) {
    const table = lockedTable(l, physical);
    if (!table || statement.createdEarlier.has(table)) continue;
    if (LOCK_MODES.indexOf(l.lock) >= LOCK_MODES.indexOf('SHARE')) return { table, lock: l.lock };
  }
  return undefined;
}

/** The RunPython of an operation (directly or inside SeparateDatabaseAndState) that does real work. */
function runPythonOf(op: Operation): Operation | undefined {
  return databaseOperations([op]).find((o) => o.kind === 'RunPython' && !isNoopRef(o.code));
}

export default defineRule({
  id: 'mixed-schema-and-data',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A data migration (RunPython, or RunSQL that changes rows) shares an atomic migration with schema changes on existing tables.',
  docs: {
    whatItDoes:
      'In an atomic migration, flags `RunPython` (other than `RunPython.noop`) and `RunSQL` that runs `UPDATE`, `DELETE` or `INSERT` when another operation of the migration changes the schema of a table that existed before it (any lock that blocks writes: SHARE and stronger). Schema changes on tables created in the same migration do not count. A backfill that `lock-then-slow-work` already reports is not reported again.',
    whyUnsafe:
      'The whole migration is one transaction. Locks taken by the schema operations (often ACCESS EXCLUSIVE) stay held while the data migration walks the table, so the application waits for the data work too; and rows changed before an `ALTER TABLE` can make PostgreSQL refuse it ("cannot ALTER TABLE because it has pending trigger events"). Django\'s documentation advises against combining schema changes and RunPython in one migration.',
    example:
      "operations = [\n    migrations.AddField(model_name='order', name='total', field=models.IntegerField(null=True)),\n    migrations.RunPython(fill_totals, migrations.RunPython.noop),\n]",
    useInstead:
      'Put the data migration in a migration of its own, after the schema change (and process large tables in batches).',
    fixSafety:
      'Safe for the schema: the fix splits the migration in two, in order. When schema changes come first, the data operation and what follows move into a new migration; when the data operation comes first, the schema changes after it move. Helper functions move with the operations that use them and later migrations are repointed to the new one. The two parts commit separately. It rewrites this migration, so apply it before the migration is deployed anywhere.',
  },
  check(ctx) {
    if (!ctx.analysis.atomic) return;
    const ops = ctx.entry.migration.operations;
    const physical = ctx.analysis.physicalBefore;
    const statementsOf = (i: number) => ctx.analysis.statements.filter((s) => s.opIndex === i);
    const schemaOps = new Map<number, AnalyzedStatement>();
    ops.forEach((_, i) => {
      const first = statementsOf(i).find((s) => schemaLock(s, physical));
      if (first) schemaOps.set(i, first);
    });
    if (schemaOps.size === 0) return;
    // Backfills after an ACCESS EXCLUSIVE lock are lock-then-slow-work's findings.
    const slowDml = new Set(slowStepsUnderExclusiveLock(ctx.analysis).map((x) => x.slow).filter(isDml));
    ops.forEach((op, d) => {
      const runPython = runPythonOf(op);
      const dml = statementsOf(d).filter(isDml);
      if (!runPython && (dml.length === 0 || dml.some((s) => slowDml.has(s)))) return;
      const before = [...schemaOps.keys()].filter((i) => i < d);
      const after = [...schemaOps.keys()].filter((i) => i > d);
      const nearest = before.length ? before[before.length - 1] : after.length ? after[0] : schemaOps.has(d) ? d : undefined;
      if (nearest === undefined) return;
      const schemaStatement = schemaOps.get(nearest)!;
      const lock = schemaLock(schemaStatement, physical)!;
      const label = runPython ? operationLabel(runPython) : 'RunSQL';
      const span = runPython ? calleeSpan(runPython) : statementSpan(dml[0]);
      if (!span) return;
      const fixes: Fix[] = [];
      const boundary = before.length ? d : after.length ? after[0] : undefined;
      const split = boundary === undefined ? undefined : splitMigration(ctx, boundary);
      if (split) {
        const first = boundary === d ? label : operationLabel(ops[boundary!]);
        const what = `${first}${split.moved > 1 ? ' and the operations after it' : ''}`;
        fixes.push({ title: `Split the migration: move ${what} into ${split.name}`, safety: 'safe', edits: split.edits, creates: split.creates });
      }
      const schemaSpan = statementSpan(schemaStatement);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${label} runs in the same transaction as schema changes on "${lock.table}": the locks they take are held until the whole migration, data work included, commits.`,
        help: 'Move the data migration into a migration of its own, after the schema change.',
        related: [{ file: ctx.file, start: schemaSpan.start, end: schemaSpan.end, message: `${operationLabel(ops[nearest])} takes ${lock.lock} on "${lock.table}"` }],
        fixes,
        data: { unsafeOperation: true, lock: lock.lock, table: lock.table },
      });
    });
  },
});
