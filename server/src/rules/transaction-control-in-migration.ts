import { defineRule } from '../engine/rule';
import { AnalyzedStatement } from '../engine/migrationAnalysis';
import { Fix, TextEdit } from '../engine/types';
import { TransactionFact } from '../sql/index';
import { deleteSqlStatement, pieceOf } from '../fixes/sqlFixes';

const ATOMIC_MESSAGES: Partial<Record<TransactionFact['transactionKind'], string>> = {
  begin: 'BEGIN inside an atomic migration is ignored, and a COMMIT or ROLLBACK written to pair with it ends Django\'s transaction early.',
  commit: 'COMMIT inside an atomic migration commits Django\'s transaction early: what follows runs without a transaction, so a failure leaves the migration half applied.',
  rollback: 'ROLLBACK inside an atomic migration silently undoes the operations before it, while Django still records the migration as applied.',
  prepare: 'PREPARE TRANSACTION inside an atomic migration detaches Django\'s transaction from the session: what follows runs without it and the migration is never committed by Django.',
  commitPrepared: 'COMMIT PREPARED cannot run inside a transaction block: this atomic migration fails.',
  rollbackPrepared: 'ROLLBACK PREPARED cannot run inside a transaction block: this atomic migration fails.',
};

type Located = { statement: AnalyzedStatement; fact: TransactionFact };

/** Deletes a leading BEGIN and a trailing COMMIT of one RunSQL, when they are its only transaction statements. */
function unwrapFix(file: string, all: Located[]): Fix | undefined {
  if (all.length !== 2) return undefined;
  const [first, last] = all;
  if (first.fact.transactionKind !== 'begin' || last.fact.transactionKind !== 'commit') return undefined;
  const edits: TextEdit[] = [];
  for (const { statement, fact } of all) {
    const piece = pieceOf(statement);
    const edit = piece && deleteSqlStatement(file, piece, fact.statementSpan);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return { title: 'Remove BEGIN and COMMIT: the migration already runs in a transaction', safety: 'safe', edits };
}

export default defineRule({
  id: 'transaction-control-in-migration',
  scope: 'migration',
  defaultSeverity: 'error',
  fixable: true,
  summary: "BEGIN, COMMIT or ROLLBACK in RunSQL fight with Django's own transaction handling.",
  docs: {
    whatItDoes:
      "In an atomic migration, flags `BEGIN`, `COMMIT`, `ROLLBACK`, `PREPARE TRANSACTION`, `COMMIT PREPARED` and `ROLLBACK PREPARED` in `RunSQL`. In a non-atomic migration, flags a `BEGIN` that the same `RunSQL` does not close with `COMMIT` or `ROLLBACK`. `SAVEPOINT` and `RELEASE` are fine.",
    whyUnsafe:
      "Django wraps an atomic migration in a transaction and records it as applied at the end. A COMMIT in the SQL ends that transaction early: the rest runs in autocommit and a failure leaves the migration half applied and unrecorded. A ROLLBACK undoes the earlier operations while Django records the migration as applied. In a non-atomic migration, a BEGIN without COMMIT leaves a transaction open: nothing after it is committed, and its locks stay until the connection closes.",
    example: 'migrations.RunSQL("BEGIN; UPDATE shop_order SET status = \'new\'; COMMIT;", migrations.RunSQL.noop)',
    useInstead: "migrations.RunSQL(\"UPDATE shop_order SET status = 'new';\", migrations.RunSQL.noop)  # the atomic migration is the transaction",
    fixSafety:
      'Safe: when a `RunSQL` of an atomic migration is wrapped in `BEGIN; ... COMMIT;`, the fix removes both statements; the migration\'s own transaction already makes the SQL atomic (and now together with the rest of the migration). Other cases have no automatic fix.',
  },
  check(ctx) {
    const byOperation = new Map<AnalyzedStatement['op'], Located[]>();
    for (const statement of ctx.analysis.statements) {
      if (statement.origin !== 'runsql') continue;
      for (const fact of statement.facts) {
        if (fact.kind !== 'transaction') continue;
        byOperation.set(statement.op, [...(byOperation.get(statement.op) ?? []), { statement, fact }]);
      }
    }
    for (const located of byOperation.values()) {
      const control = located.filter((l) => l.fact.transactionKind !== 'savepoint' && l.fact.transactionKind !== 'release' && l.fact.transactionKind !== 'rollbackTo');
      if (ctx.analysis.atomic) {
        const fix = unwrapFix(ctx.file, control);
        for (const { statement, fact } of control) {
          const message = ATOMIC_MESSAGES[fact.transactionKind];
          if (!message) continue;
          const span = statement.factSpan(fact);
          ctx.report({ start: span.start, end: span.end, message, help: 'Remove transaction control from RunSQL: an atomic migration is already one transaction (use atomic = False to manage transactions yourself).', fixes: fix ? [fix] : [] });
        }
        continue;
      }
      control.forEach(({ statement, fact }, i) => {
        if (fact.transactionKind !== 'begin') return;
        const closed = control.slice(i + 1).some((l) => l.fact.transactionKind === 'commit' || l.fact.transactionKind === 'rollback');
        if (closed) return;
        const span = statement.factSpan(fact);
        ctx.report({
          start: span.start,
          end: span.end,
          message: 'BEGIN without COMMIT leaves a transaction open in this non-atomic migration: the statements after it are never committed, and hold their locks until the connection closes.',
          help: 'End the transaction with COMMIT in the same RunSQL, or make the migration atomic and drop BEGIN.',
        });
      });
    }
  },
});
