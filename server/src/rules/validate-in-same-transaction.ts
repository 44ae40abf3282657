import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix } from '../engine/types';
import { reindent, removeOperation } from '../fixes/migrationEdits';
import { OPERATION_INDENT, copiedImports, insertMigrationsAfter, nameFragment, sourceOf } from '../fixes/constraintFixes';
import { OncePerOperation } from './migrationRuleUtils';
import { AnalyzedStatement } from '../engine/migrationAnalysis';

/** Moves the operation that validates (ValidateConstraint, or a RunSQL running only the VALIDATE) to a new migration right after this one. */
function moveFix(ctx: MigrationRuleContext, statement: AnalyzedStatement, name: string): Fix | undefined {
  const op: Operation = statement.topOp;
  const alone = op.kind === 'ValidateConstraint' || (op.kind === 'RunSQL' && ctx.analysis.statements.filter((s) => s.topOp === op).length === 1);
  if (!alone || statement.op !== op || ctx.entry.migration.operations.length < 2) return undefined;
  const removal = removeOperation(ctx.entry, op);
  if (!removal) return undefined;
  const source = sourceOf(ctx.entry, op);
  const text = reindent(source.text, source.indent, OPERATION_INDENT);
  const inserted = insertMigrationsAfter(ctx.project, ctx.entry, [{ suffix: nameFragment('validate', name), imports: copiedImports(ctx.entry, [text]), operations: [text] }]);
  return {
    title: `Move the validation of "${name}" to a new migration ${inserted.names[0]}`,
    safety: 'safe',
    edits: [removal, ...inserted.edits],
    creates: inserted.creates,
  };
}

export default defineRule({
  id: 'validate-in-same-transaction',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A constraint is added NOT VALID and validated in the same atomic migration, while the lock of the ADD is still held.',
  docs: {
    whatItDoes:
      'Flags `VALIDATE CONSTRAINT` (`ValidateConstraint`, or SQL in `RunSQL`) of a constraint added NOT VALID (`AddConstraintNotValid`, or `ADD CONSTRAINT … NOT VALID`) earlier in the same atomic migration.',
    whyUnsafe:
      'Adding the constraint takes an ACCESS EXCLUSIVE (check) or SHARE ROW EXCLUSIVE (foreign key) lock that is held until the transaction ends. Validating in the same transaction scans the whole table while that lock is still held, which is exactly what NOT VALID was meant to avoid.',
    example: "operations = [\n    AddConstraintNotValid(model_name='order', constraint=models.CheckConstraint(condition=models.Q(amount__gte=0), name='order_amount_gte_0')),\n    ValidateConstraint(model_name='order', name='order_amount_gte_0'),\n]",
    useInstead:
      "# 0003\noperations = [\n    AddConstraintNotValid(model_name='order', constraint=models.CheckConstraint(condition=models.Q(amount__gte=0), name='order_amount_gte_0')),\n]\n# 0004\noperations = [\n    ValidateConstraint(model_name='order', name='order_amount_gte_0'),\n]",
    fixSafety:
      'Safe: the validating operation moves unchanged to a new migration right after this one, so it runs in its own transaction under SHARE UPDATE EXCLUSIVE only (the migrations that depended on this one are repointed to it; this assumes the migration is not applied anywhere yet). Offered when the validation is an operation of its own (`ValidateConstraint`, or a `RunSQL` holding only the VALIDATE).',
  },
  check(ctx) {
    if (!ctx.analysis.atomic) return;
    const once = new OncePerOperation();
    // Constraints added NOT VALID so far, with the lock their ADD holds until the migration commits.
    const addedNotValid = new Map<string, string>();
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind === 'addConstraint' && fact.notValid && fact.name && !statement.createdEarlier.has(fact.table.name)) {
          addedNotValid.set(`${fact.table.name}\u0000${fact.name.name}`, fact.constraintType === 'foreign' ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE');
          continue;
        }
        const lock = fact.kind === 'validateConstraint' ? addedNotValid.get(`${fact.table.name}\u0000${fact.name.name}`) : undefined;
        if (fact.kind !== 'validateConstraint' || !lock || !once.first(statement)) continue;
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
        const fix = moveFix(ctx, statement, fact.name.name);
        ctx.report({
          start: span.start,
          end: span.end,
          message: `Constraint "${fact.name.name}" is validated in the transaction that added it NOT VALID: the full scan of "${fact.table.name}" runs while the ${lock} lock of the ADD is still held.`,
          help: 'Validate the constraint in a separate, later migration.',
          fixes: fix ? [fix] : [],
          data: { unsafeOperation: true, lock, table: fact.table.name },
        });
      }
    }
  },
});
