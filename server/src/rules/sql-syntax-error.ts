import { defineRule } from '../engine/rule';
import { sourceOffsetOf } from '../python/ast';
import { isSqlParserReady, parseSql } from '../sql/index';
import { databaseOperations } from '../fixes/sqlFixes';

export default defineRule({
  id: 'sql-syntax-error',
  scope: 'migration',
  defaultSeverity: 'error',
  summary: "The SQL of a RunSQL (or its reverse_sql) does not parse with PostgreSQL's parser.",
  docs: {
    whatItDoes:
      "Parses the `sql` and `reverse_sql` strings of every `RunSQL` with PostgreSQL's own parser (libpg_query) and reports each syntax error at its place inside the Python string. Strings with `params` are parsed with their `%s` placeholders. SQL that is not a static string is reported by `dynamic-sql`.",
    whyUnsafe:
      'A typo in RunSQL is only found when the migration runs: in CI at best, at deploy time at worst, and for `reverse_sql` only when a rollback is already under way.',
    example: 'migrations.RunSQL("UPDATE shop_order SET status = \'new\' WHERE;", migrations.RunSQL.noop)',
    useInstead: 'migrations.RunSQL("UPDATE shop_order SET status = \'new\' WHERE status IS NULL;", migrations.RunSQL.noop)',
    fixSafety: 'No automatic fix.',
  },
  check(ctx) {
    for (const statement of ctx.analysis.statements) {
      if (statement.origin !== 'runsql') continue;
      for (const error of statement.parseErrors) {
        ctx.report({
          start: error.span.start,
          end: error.span.end,
          message: `PostgreSQL cannot parse this SQL (${error.message}): the migration fails when it runs.`,
          help: 'Fix the SQL; you can try it with psql or `manage.py dbshell` first.',
        });
      }
    }
    if (!isSqlParserReady()) return;
    for (const op of databaseOperations(ctx.entry.migration.operations)) {
      if (op.kind !== 'RunSQL' || !op.reverseSql || op.reverseSql.noop) continue;
      for (const piece of op.reverseSql.pieces) {
        const expr = piece.source?.expr;
        if (!expr) continue;
        for (const error of parseSql(piece.sql, { params: !!piece.params }).errors) {
          ctx.report({
            start: sourceOffsetOf(expr, error.start),
            end: sourceOffsetOf(expr, error.end),
            message: `PostgreSQL cannot parse this reverse SQL (${error.message}): unapplying the migration fails.`,
            help: 'Fix the SQL; you can try it with psql or `manage.py dbshell` first.',
          });
        }
      }
    }
  },
});
