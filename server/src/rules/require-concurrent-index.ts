import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix, TextEdit } from '../engine/types';
import { ensureImport, followUpMigration, importBlock, operationIndent, operationText, removeOperation, setMigrationAttribute } from '../fixes/migrationEdits';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';
import { sourceOffsetOf } from '../python/ast';
import { AnalyzedStatement } from '../engine/migrationAnalysis';

const POSTGRES_OPS = 'django.contrib.postgres.operations';

/** AddIndex -> AddIndexConcurrently, RemoveIndex -> RemoveIndexConcurrently: the replacement of the callee. */
export function concurrentCallEdits(ctx: MigrationRuleContext, op: Operation, cls: 'AddIndexConcurrently' | 'RemoveIndexConcurrently'): TextEdit[] {
  const file = ctx.entry.file!;
  const funcSpan = op.call.funcSpan;
  if (!funcSpan) return [];
  const imported = ensureImport(ctx.entry, POSTGRES_OPS, cls);
  return [{ file, start: funcSpan.start, end: funcSpan.end, newText: imported.local }, ...(imported.edit ? [imported.edit] : [])];
}

/** Moves one index operation into a new non-atomic migration, as its concurrent variant. */
export function moveToConcurrentMigration(ctx: MigrationRuleContext, op: Operation, cls: 'AddIndexConcurrently' | 'RemoveIndexConcurrently', suffix: string): Fix | undefined {
  const entry = ctx.entry;
  const removal = removeOperation(entry, op);
  if (!removal || !op.span || !op.call.funcSpan) return undefined;
  const text = operationText(entry, op);
  const funcStart = op.call.funcSpan.start - op.span.start;
  const funcEnd = op.call.funcSpan.end - op.span.start;
  const rewritten = `${text.slice(0, funcStart)}${cls}${text.slice(funcEnd)}`;
  const imports = `${importBlock(entry)}\nfrom ${POSTGRES_OPS} import ${cls}`;
  const { created, edits } = followUpMigration(ctx.project, entry, suffix, [{ text: rewritten, indent: operationIndent(entry, op) }], { atomic: false, imports });
  return {
    title: `Move to a new non-atomic migration ${created.name} as ${cls}`,
    safety: 'safe',
    edits: [removal, ...edits],
    creates: [created.create],
  };
}

function indexOpsOnly(ops: Operation[]): boolean {
  return ops.every((o) => (o.kind === 'AddIndex' || o.kind === 'RemoveIndex') && !o.concurrently);
}

export default defineRule({
  id: 'require-concurrent-index',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'An index is built without CONCURRENTLY on a table that already exists.',
  docs: {
    whatItDoes: 'Flags index builds on existing tables that take a SHARE lock: `AddIndex`, `db_index=True`, `index_together`, the implicit index of a new foreign key, and `CREATE INDEX` in `RunSQL` without `CONCURRENTLY`. Tables created earlier in the same migration are empty and are not flagged.',
    whyUnsafe:
      'CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table. In an atomic migration the lock is held until the migration commits.',
    example: "migrations.AddIndex(\n    model_name='order',\n    index=models.Index(fields=['created'], name='order_created_idx'),\n)",
    useInstead:
      "from django.contrib.postgres.operations import AddIndexConcurrently\n\nclass Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        AddIndexConcurrently(\n            model_name='order',\n            index=models.Index(fields=['created'], name='order_created_idx'),\n        ),\n    ]",
    fixSafety:
      'Safe: `AddIndexConcurrently` has the same state effect as `AddIndex`, so `makemigrations` sees no change. A concurrent build cannot run in a transaction, so the fix sets `atomic = False` when the migration only holds index operations, and otherwise moves the index into its own new non-atomic migration (the migrations that depended on this one are repointed to the new one). In `RunSQL`, the fix inserts CONCURRENTLY.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    const ops = ctx.entry.migration.operations;
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'createIndex')) {
      if (fact.concurrently || !onExistingTable(statement, fact.table)) continue;
      if (!once.first(statement)) continue;
      const op = statement.op;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const fixes: Fix[] = [];
      if (op.kind === 'AddIndex' && !op.concurrently && statement.topOp === op) {
        if (indexOpsOnly(ops)) {
          const edits = ops.flatMap((o) => concurrentCallEdits(ctx, o, o.kind === 'AddIndex' ? 'AddIndexConcurrently' : 'RemoveIndexConcurrently'));
          const atomic = setMigrationAttribute(ctx.entry, 'atomic', 'False');
          if (atomic) edits.push(atomic);
          fixes.push({ title: 'Use AddIndexConcurrently and set atomic = False', safety: 'safe', edits: dedupe(edits) });
        } else {
          const moved = moveToConcurrentMigration(ctx, op, 'AddIndexConcurrently', `${op.modelName.toLowerCase()}_index_concurrently`);
          if (moved) fixes.push(moved);
        }
      } else if (statement.origin === 'runsql' && op.kind === 'RunSQL') {
        const fix = runSqlConcurrentlyFix(ctx, statement, fact.concurrentlyInsertAt, op);
        if (fix) fixes.push(fix);
      }
      const origin = op.kind === 'AddIndex' ? 'AddIndex' : statement.origin === 'runsql' ? 'CREATE INDEX' : `the index of ${describeOrigin(op)}`;
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${origin} on existing table "${fact.table.name}" holds a SHARE lock for the whole build: writes to the table wait until it finishes.`,
        help: 'Build it concurrently (AddIndexConcurrently or CREATE INDEX CONCURRENTLY) in a non-atomic migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'SHARE', table: fact.table.name },
      });
    }
  },
});

function describeOrigin(op: Operation): string {
  switch (op.kind) {
    case 'AddField':
    case 'AlterField':
      return `${op.kind} ${op.modelName}.${op.name}`;
    case 'AlterIndexTogether':
      return `index_together on ${op.name}`;
    default:
      return op.kind;
  }
}

/** Inserts CONCURRENTLY into a single-statement RunSQL string and makes the migration non-atomic. */
export function runSqlConcurrentlyFix(ctx: MigrationRuleContext, statement: AnalyzedStatement, insertAt: number, op: Extract<Operation, { kind: 'RunSQL' }>): Fix | undefined {
  const piece = op.sql.pieces.find((p) => p.source?.expr && statement.span.start >= p.source.expr.start && statement.span.end <= p.source.expr.end);
  if (!piece?.source?.expr || op.sql.pieces.length !== 1) return undefined;
  const statementsInPiece = ctx.analysis.statements.filter((s) => s.op === op);
  if (statementsInPiece.length !== 1) return undefined;
  const at = sourceOffsetOf(piece.source.expr, insertAt);
  const edits: TextEdit[] = [{ file: ctx.entry.file!, start: at, end: at, newText: ' CONCURRENTLY' }];
  const others = ctx.entry.migration.operations.filter((o) => o !== statement.topOp);
  if (others.length === 0) {
    const atomic = setMigrationAttribute(ctx.entry, 'atomic', 'False');
    if (atomic) edits.push(atomic);
    return { title: 'Add CONCURRENTLY and set atomic = False', safety: 'safe', edits };
  }
  return undefined;
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
