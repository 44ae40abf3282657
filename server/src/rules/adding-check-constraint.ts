import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation, pyStrRepr } from '../django/operations';
import { Fix } from '../engine/types';
import { objectName } from '../django/state';
import { lastSegment } from '../python/values';
import { ensureImport } from '../fixes/migrationEdits';
import { OPERATION_INDENT, POSTGRES_OPERATIONS, insertMigrationsAfter, nameFragment, notValidRunSqlFix } from '../fixes/constraintFixes';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';

/** AddConstraint(CheckConstraint) → AddConstraintNotValid here, ValidateConstraint in a new migration right after. */
function notValidFix(ctx: MigrationRuleContext, op: Extract<Operation, { kind: 'AddConstraint' }>): Fix | undefined {
  const name = objectName(op.constraint);
  const funcSpan = op.call.funcSpan;
  const dv = ctx.project.djangoVersion;
  // AddConstraintNotValid and ValidateConstraint exist since Django 4.0.
  if (!name || !funcSpan || dv.major < 4) return undefined;
  const imported = ensureImport(ctx.entry, POSTGRES_OPERATIONS, 'AddConstraintNotValid');
  const validate = `ValidateConstraint(\n${OPERATION_INDENT}    model_name=${pyStrRepr(op.modelName)},\n${OPERATION_INDENT}    name=${pyStrRepr(name)},\n${OPERATION_INDENT})`;
  const inserted = insertMigrationsAfter(ctx.project, ctx.entry, [
    { suffix: nameFragment(op.modelName, 'validate', name), imports: ['from django.db import migrations', `from ${POSTGRES_OPERATIONS} import ValidateConstraint`], operations: [validate] },
  ]);
  return {
    title: `Use AddConstraintNotValid and validate "${name}" in a new migration ${inserted.names[0]}`,
    safety: 'safe',
    edits: [{ file: ctx.entry.file!, start: funcSpan.start, end: funcSpan.end, newText: imported.local }, ...(imported.edit ? [imported.edit] : []), ...inserted.edits],
    creates: inserted.creates,
  };
}

export default defineRule({
  id: 'adding-check-constraint',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A check constraint is added to an existing table and validated under an ACCESS EXCLUSIVE lock.',
  docs: {
    whatItDoes:
      'Flags check constraints added to tables that existed before the migration without NOT VALID: `AddConstraint(CheckConstraint(...))`, the check of a field altered to a type with one (e.g. `PositiveIntegerField`), and `ADD CONSTRAINT … CHECK` in `RunSQL`. Checks written inline in an added column (`ADD COLUMN … CHECK`) are not flagged: the new column holds no values yet.',
    whyUnsafe:
      'ADD CONSTRAINT … CHECK takes an ACCESS EXCLUSIVE lock and scans every row to validate it: nothing can read or write the table meanwhile, and in an atomic migration the lock is held until it commits.',
    example: "migrations.AddConstraint(\n    model_name='order',\n    constraint=models.CheckConstraint(condition=models.Q(amount__gte=0), name='order_amount_gte_0'),\n)",
    useInstead:
      "# 0003\nAddConstraintNotValid(\n    model_name='order',\n    constraint=models.CheckConstraint(condition=models.Q(amount__gte=0), name='order_amount_gte_0'),\n)\n# 0004\nValidateConstraint(model_name='order', name='order_amount_gte_0')",
    fixSafety:
      'Safe: `AddConstraintNotValid` (django.contrib.postgres.operations, Django 4.0+) has the same state effect as `AddConstraint`; it adds the constraint NOT VALID (a brief ACCESS EXCLUSIVE lock, no scan: new rows are checked at once), and `ValidateConstraint` in a new migration right after this one checks the existing rows under SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes (the migrations that depended on this one are repointed to it; this assumes the migration is not applied anywhere yet). For `ADD CONSTRAINT … CHECK` in a single-statement `RunSQL`, the fix appends NOT VALID and validates in the new migration with `RunSQL`.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'addConstraint')) {
      if (fact.constraintType !== 'check' || fact.notValid || fact.notEnforced || fact.inline || !onExistingTable(statement, fact.table)) continue;
      if (!once.first(statement)) continue;
      const op = statement.op;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const fixes: Fix[] = [];
      const isCheck = op.kind === 'AddConstraint' && op.constraint.t === 'call' && lastSegment(op.constraint.func) === 'CheckConstraint';
      if (op.kind === 'AddConstraint' && isCheck && !op.notValid && statement.topOp === op) {
        const fix = notValidFix(ctx, op);
        if (fix) fixes.push(fix);
      } else if (statement.origin === 'runsql' && op.kind === 'RunSQL') {
        const fix = notValidRunSqlFix(ctx, statement, fact, op);
        if (fix) fixes.push(fix);
      }
      const what =
        op.kind === 'AddConstraint'
          ? `AddConstraint ${objectName(op.constraint) ?? ''}`.trim()
          : statement.origin === 'runsql'
            ? 'ADD CONSTRAINT … CHECK'
            : op.kind === 'AddField' || op.kind === 'AlterField'
              ? `the check constraint of ${op.kind} ${op.modelName}.${op.name}`
              : `the check constraint of ${op.kind}`;
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${what} validates every row of existing table "${fact.table.name}" under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole scan.`,
        help: 'Add it NOT VALID (AddConstraintNotValid) and validate it in a later migration (ValidateConstraint).',
        fixes,
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
      });
    }
  },
});
