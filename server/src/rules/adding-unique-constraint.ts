import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix } from '../engine/types';
import { removeOperation, setMigrationAttribute } from '../fixes/migrationEdits';
import {
  OPERATION_INDENT,
  RewrittenStep,
  concurrentIndexStep,
  copiedImports,
  exactStatements,
  insertMigrationsAfter,
  migrationsName,
  nameFragment,
  operationSql,
  separateSource,
  sourceOf,
  stepsSource,
  uniqueUsingIndexSteps,
} from '../fixes/constraintFixes';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';
import { objectName } from '../django/state';
import { lastSegment } from '../python/values';

/** The statements of the operation rewritten: unique constraints built concurrently, then attached; other indexes built concurrently. */
function concurrentSteps(ctx: MigrationRuleContext, opIndex: number): RewrittenStep[] | undefined {
  const statements = exactStatements(operationSql(ctx.replay, opIndex));
  if (!statements?.length) return undefined;
  const steps: RewrittenStep[] = [];
  for (const sql of statements) {
    const rewritten = uniqueUsingIndexSteps(sql) ?? (/^CREATE INDEX /.test(sql) ? [concurrentIndexStep(sql)] : undefined);
    if (!rewritten || rewritten.some((s) => !s)) return undefined;
    steps.push(...(rewritten as RewrittenStep[]));
  }
  return steps;
}

/** Operations the fix rewrites: a unique field, a UniqueConstraint on plain fields, unique_together. */
function rewritable(op: Operation): boolean {
  if (op.kind === 'AlterField' || op.kind === 'AlterUniqueTogether') return true;
  if (op.kind !== 'AddConstraint' || op.notValid || op.constraint.t !== 'call' || lastSegment(op.constraint.func) !== 'UniqueConstraint') return false;
  return op.constraint.args.length === 0 && op.constraint.kwargs.every(([k]) => ['fields', 'name', 'violation_error_message', 'violation_error_code', 'deferrable'].includes(k));
}

/** What the fix rewrites, for its title and the new migration's name. */
function subject(op: Operation): string {
  if (op.kind === 'AddConstraint') return objectName(op.constraint) ?? 'unique';
  if (op.kind === 'AlterField') return `${op.modelName}.${op.name}`;
  if (op.kind === 'AlterUniqueTogether') return `unique_together of ${op.name}`;
  return op.kind;
}

function uniqueFix(ctx: MigrationRuleContext, op: Operation, opIndex: number): Fix | undefined {
  const entry = ctx.entry;
  if (!rewritable(op) || !op.span) return undefined;
  const steps = concurrentSteps(ctx, opIndex);
  if (!steps) return undefined;
  const migrations = migrationsName(entry);
  const alone = entry.migration.operations.length === 1;
  const indent = alone ? sourceOf(entry, op).indent : OPERATION_INDENT;
  const database = stepsSource(migrations.local, steps, indent + '        ');
  const wrapped = separateSource(migrations.local, indent, [sourceOf(entry, op)], database);
  const what = subject(op);
  if (alone) {
    const atomic = setMigrationAttribute(entry, 'atomic', 'False');
    return {
      title: `Build the unique index of ${what} concurrently, then attach it (UNIQUE USING INDEX), and set atomic = False`,
      safety: 'safe',
      edits: [{ file: entry.file!, start: op.span.start, end: op.span.end, newText: wrapped }, ...(atomic ? [atomic] : []), ...(migrations.edit ? [migrations.edit] : [])],
    };
  }
  const removal = removeOperation(entry, op);
  if (!removal) return undefined;
  const suffix = nameFragment(subject(op).replace(/ of /, '_'), 'concurrently');
  const inserted = insertMigrationsAfter(ctx.project, entry, [{ suffix, atomic: false, imports: copiedImports(entry, [wrapped]), operations: [wrapped] }]);
  return {
    title: `Move ${what} to a new non-atomic migration ${inserted.names[0]} that builds its unique index concurrently`,
    safety: 'safe',
    edits: [removal, ...inserted.edits],
    creates: inserted.creates,
  };
}

function describe(op: Operation, origin: string): string {
  switch (op.kind) {
    case 'AlterField':
    case 'AddField':
      return `${op.kind} ${op.modelName}.${op.name}`;
    case 'AddConstraint':
      return `AddConstraint ${objectName(op.constraint) ?? ''}`.trim();
    case 'AlterUniqueTogether':
      return `unique_together on ${op.name}`;
    default:
      return origin === 'runsql' ? 'ADD CONSTRAINT … UNIQUE' : op.kind;
  }
}

export default defineRule({
  id: 'adding-unique-constraint',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A unique constraint is added to an existing table, building its index under an ACCESS EXCLUSIVE lock.',
  docs: {
    whatItDoes:
      'Flags unique constraints added to tables that existed before the migration: `unique=True` added to a field, `AddConstraint(UniqueConstraint(...))`, new `unique_together` pairs, and `ADD CONSTRAINT … UNIQUE` in `RunSQL` (unless it attaches an existing index with `USING INDEX`). Unique constraints with a condition, expressions or included columns are built by `CREATE UNIQUE INDEX` and reported by `require-concurrent-index`.',
    whyUnsafe:
      'ADD CONSTRAINT … UNIQUE builds the unique index while holding an ACCESS EXCLUSIVE lock: nothing can read or write the table for the whole build, and in an atomic migration until it commits. Duplicates written by the old code meanwhile make the migration fail.',
    example: "migrations.AlterField(\n    model_name='customer',\n    name='code',\n    field=models.CharField(max_length=20, unique=True),\n)",
    useInstead:
      "class Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        migrations.SeparateDatabaseAndState(\n            state_operations=[\n                migrations.AlterField(\n                    model_name='customer',\n                    name='code',\n                    field=models.CharField(max_length=20, unique=True),\n                ),\n            ],\n            database_operations=[\n                migrations.RunSQL(\n                    sql='CREATE UNIQUE INDEX CONCURRENTLY \"shop_customer_code_a46664c8_uniq\" ON \"shop_customer\" (\"code\")',\n                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS \"shop_customer_code_a46664c8_uniq\"',\n                ),\n                migrations.RunSQL(\n                    sql='ALTER TABLE \"shop_customer\" ADD CONSTRAINT \"shop_customer_code_a46664c8_uniq\" UNIQUE USING INDEX \"shop_customer_code_a46664c8_uniq\"',\n                    reverse_sql='ALTER TABLE \"shop_customer\" DROP CONSTRAINT \"shop_customer_code_a46664c8_uniq\"',\n                ),\n            ],\n        ),\n    ]",
    fixSafety:
      'Safe: the state operation stays as written, and the database gets the constraint under exactly the name Django would give it (`_uniq` names for fields and `unique_together`, plus the `_like` index Django adds for varchar and text columns, built concurrently too), so later migrations and `makemigrations` see no difference. The fix is offered for AlterField, UniqueConstraint on plain fields and AlterUniqueTogether when every statement Django would run can be rewritten. The index is built with CREATE UNIQUE INDEX CONCURRENTLY (SHARE UPDATE EXCLUSIVE: reads and writes continue) in a non-atomic migration: in place when the operation is alone in its migration, otherwise in a new migration right after it (the migrations that depended on this one are repointed to it; this assumes the migration is not applied anywhere yet). A failed concurrent build leaves an INVALID index behind: drop it before retrying.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'addConstraint')) {
      if (fact.constraintType !== 'unique' || fact.usingIndex || !onExistingTable(statement, fact.table)) continue;
      if (!once.first(statement)) continue;
      const op = statement.op;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const fixes: Fix[] = [];
      if (statement.origin !== 'runsql' && statement.topOp === op) {
        const fix = uniqueFix(ctx, op, statement.opIndex);
        if (fix) fixes.push(fix);
      }
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${describe(op, statement.origin)} builds a unique index on existing table "${fact.table.name}" under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.`,
        help: 'Build the unique index with CREATE UNIQUE INDEX CONCURRENTLY in a non-atomic migration, then attach it with ADD CONSTRAINT … UNIQUE USING INDEX.',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
      });
    }
  },
});
