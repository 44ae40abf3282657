import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { factsOfKind } from './migrationRuleUtils';
import { nonAtomicWhenAlone, pieceOf, statementSpan, statementsOfPiece } from '../fixes/sqlFixes';

export default defineRule({
  id: 'enum-add-value',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'ALTER TYPE ... ADD VALUE fails inside a transaction before PostgreSQL 12, and the new value cannot be used in the transaction that adds it.',
  docs: {
    whatItDoes:
      'Flags `ALTER TYPE ... ADD VALUE` in `RunSQL`. Before PostgreSQL 12: when it runs inside a transaction block (an atomic migration, or a string with several statements). From PostgreSQL 12 on, where it may run in a transaction: when a later statement of the same transaction uses the new value.',
    whyUnsafe:
      'Before PostgreSQL 12, `ALTER TYPE ... ADD VALUE cannot run inside a transaction block`: the migration fails at deploy time. Since PostgreSQL 12 it runs in a transaction, but the new value cannot be used until that transaction commits: an INSERT or UPDATE using it later in the same atomic migration fails with "unsafe use of new value".',
    example: 'migrations.RunSQL("ALTER TYPE shop_status ADD VALUE \'archived\';", migrations.RunSQL.noop)  # PostgreSQL 11, atomic migration',
    useInstead:
      "class Migration(migrations.Migration):\n    atomic = False\n\n    operations = [\n        migrations.RunSQL(\"ALTER TYPE shop_status ADD VALUE 'archived';\", migrations.RunSQL.noop),\n    ]",
    fixSafety:
      'Safe: before PostgreSQL 12, when the statement is alone in its string and the `RunSQL` is the only operation, the fix sets `atomic = False`. Using the new value in the same transaction has no automatic fix: move that use into a later migration.',
  },
  check(ctx) {
    const pg = ctx.project.versions.pgVersion;
    const statements = ctx.analysis.statements;
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'alterTypeAddValue')) {
      if (statement.origin !== 'runsql') continue;
      const span = statement.factSpan(fact);
      const piece = pieceOf(statement);
      const sharedString = !!piece && statementsOfPiece(ctx.analysis, piece).length > 1;
      if (pg < 12) {
        if (!ctx.analysis.atomic && !sharedString) continue;
        const fixes: Fix[] = [];
        const atomic = ctx.analysis.atomic && !sharedString ? nonAtomicWhenAlone(ctx.entry, statement.op) : undefined;
        if (atomic && atomic !== 'not-alone' && statement.topOp === statement.op) fixes.push({ title: 'Set atomic = False on this migration', safety: 'safe', edits: [atomic] });
        ctx.report({
          start: span.start,
          end: span.end,
          message: `ALTER TYPE "${fact.type.name}" ADD VALUE cannot run inside a transaction block before PostgreSQL 12: this migration fails when it runs it in one.`,
          help: 'Run it alone in its RunSQL string, in a non-atomic migration (atomic = False).',
          fixes,
        });
        continue;
      }
      // Same transaction: the rest of an atomic migration, or the rest of the string otherwise.
      const literal = `'${fact.value.replace(/'/g, "''")}'`;
      const later = statements.slice(statements.indexOf(statement) + 1).filter((s) => (ctx.analysis.atomic ? true : piece && pieceOf(s) === piece));
      const use = later.find((s) => s.origin === 'runsql' && s.sql.includes(literal));
      if (!use) continue;
      const useSpan = statementSpan(use);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `The value ${literal} added to type "${fact.type.name}" is used later in the same transaction, which PostgreSQL refuses until the transaction commits ("unsafe use of new value").`,
        help: 'Use the new value in a later migration (or make this one non-atomic, with ADD VALUE alone in its RunSQL string).',
        related: [{ file: ctx.file, start: useSpan.start, end: useSpan.end, message: `${literal} is used here` }],
      });
    }
  },
});
