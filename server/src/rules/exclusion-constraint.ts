import { defineRule } from '../engine/rule';
import { objectName } from '../django/state';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';

export default defineRule({
  id: 'exclusion-constraint',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: 'An exclusion constraint is added to an existing table: its index is built and every row checked under an ACCESS EXCLUSIVE lock.',
  docs: {
    whatItDoes: 'Flags `AddConstraint(ExclusionConstraint(...))` and `ADD CONSTRAINT … EXCLUDE` in `RunSQL` on tables that existed before the migration.',
    whyUnsafe:
      'PostgreSQL builds the index behind an exclusion constraint and checks every existing row while holding an ACCESS EXCLUSIVE lock: nothing can read or write the table meanwhile. Unlike check and foreign key constraints, an exclusion constraint cannot be added NOT VALID, and unlike a unique constraint it cannot be attached to an index built concurrently.',
    example: "migrations.AddConstraint(\n    model_name='booking',\n    constraint=ExclusionConstraint(\n        name='booking_no_overlap',\n        expressions=[('room', RangeOperators.EQUAL), ('during', RangeOperators.OVERLAPS)],\n    ),\n)",
    useInstead:
      'Add it in a maintenance window, while the table is small, or enforce the rule on a new table (created with the constraint and backfilled) that replaces the old one.',
    fixSafety: 'No fix: there is no non-blocking way to add an exclusion constraint to a populated table.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'addConstraint')) {
      if (fact.constraintType !== 'exclusion' || !onExistingTable(statement, fact.table) || !once.first(statement)) continue;
      const op = statement.op;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const what = op.kind === 'AddConstraint' ? `AddConstraint ${objectName(op.constraint) ?? ''}`.trim() : 'ADD CONSTRAINT … EXCLUDE';
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${what} builds an exclusion index and checks every row of existing table "${fact.table.name}" under an ACCESS EXCLUSIVE lock, and cannot be added NOT VALID.`,
        help: 'Add it in a maintenance window, or on a new table that replaces this one.',
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
      });
    }
  },
});
