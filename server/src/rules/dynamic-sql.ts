import { defineRule } from '../engine/rule';
import { Value, asItems, kwarg } from '../python/values';
import { databaseOperations } from '../fixes/sqlFixes';

/** The part of a RunSQL argument that is not a static string (the whole value, or the first such list item). */
function dynamicPart(value: Value | undefined): Value | undefined {
  if (!value) return undefined;
  const items = value.t === 'str' ? undefined : asItems(value);
  if (!items) return value;
  const isStatic = (item: Value) => item.t === 'str' || ((item.t === 'tuple' || item.t === 'list') && item.items.length === 2 && item.items[0].t === 'str');
  return items.find((item) => !isStatic(item)) ?? value;
}

export default defineRule({
  id: 'dynamic-sql',
  scope: 'migration',
  defaultSeverity: 'info',
  summary: 'The SQL of a RunSQL is built at runtime (f-string, variable, function call), so it cannot be checked.',
  docs: {
    whatItDoes:
      'Reports, once per `RunSQL`, SQL that is not a static string: f-strings, names bound outside the module, calls, string operations. Its locks, table rewrites and syntax are then unknown to every other rule.',
    whyUnsafe:
      'Nothing about SQL built at runtime can be checked before it runs, so an unsafe statement in it goes unnoticed. It also makes the migration depend on code that may change after it was written, while a migration should replay the same way forever.',
    example: 'migrations.RunSQL(f"CREATE INDEX {name} ON shop_order (created)")',
    useInstead: 'migrations.RunSQL("CREATE INDEX shop_order_created_idx ON shop_order (created)", "DROP INDEX shop_order_created_idx")',
    fixSafety: 'No automatic fix.',
  },
  check(ctx) {
    for (const op of databaseOperations(ctx.entry.migration.operations)) {
      if (op.kind !== 'RunSQL') continue;
      const forward = op.sql.dynamic;
      if (!forward && !op.reverseSql?.dynamic) continue;
      const part = forward ? dynamicPart(kwarg(op.call, 'sql') ?? op.call.args[0]) : dynamicPart(kwarg(op.call, 'reverse_sql') ?? op.call.args[1]);
      const span = part?.span ?? op.call.funcSpan ?? op.span;
      if (!span) continue;
      ctx.report({
        start: span.start,
        end: span.end,
        message: forward
          ? 'The SQL of this RunSQL is not a static string: its locks, rewrites and syntax cannot be checked.'
          : 'The reverse_sql of this RunSQL is not a static string: its syntax cannot be checked.',
        help: 'Write the SQL as a literal string in the migration.',
      });
    }
  },
});
