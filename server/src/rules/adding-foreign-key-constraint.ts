import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { Fix, TextEdit } from '../engine/types';
import { isForeignKey } from '../django/fields';
import { removeOperation, setMigrationAttribute } from '../fixes/migrationEdits';
import {
  OPERATION_INDENT,
  RewrittenStep,
  concurrentIndexStep,
  copiedImports,
  exactStatements,
  foreignKeyNotValidSteps,
  insertMigrationsAfter,
  migrationsName,
  nameFragment,
  notValidRunSqlFix,
  operationSql,
  runSqlSource,
  separateSource,
  sourceOf,
  stepsSource,
} from '../fixes/constraintFixes';
import { OncePerOperation, factsOfKind, onExistingTable } from './migrationRuleUtils';

/** AddField of a nullable ForeignKey: column, NOT VALID constraint and concurrent index now; VALIDATE in a follow-up migration. */
function addFieldFix(ctx: MigrationRuleContext, op: Extract<Operation, { kind: 'AddField' | 'AlterField' }>, opIndex: number): Fix | undefined {
  const entry = ctx.entry;
  if (!op.span || op.field.kind.relation !== 'fk') return undefined;
  const statements = exactStatements(operationSql(ctx.replay, opIndex));
  if (!statements?.length) return undefined;
  const [addColumn, ...indexes] = statements;
  const fk = foreignKeyNotValidSteps(addColumn);
  if (!fk) return undefined;
  const indexSteps = indexes.map(concurrentIndexStep);
  if (indexSteps.some((s) => !s)) return undefined;
  const steps = [...fk.steps, ...(indexSteps as RewrittenStep[])];
  const migrations = migrationsName(entry);
  const alone = entry.migration.operations.length === 1;
  const indent = alone ? sourceOf(entry, op).indent : OPERATION_INDENT;
  const wrapped = separateSource(migrations.local, indent, [sourceOf(entry, op)], stepsSource(migrations.local, steps, indent + '        '));
  const validate = { suffix: nameFragment(op.modelName, 'validate', op.name, 'fk'), imports: ['from django.db import migrations'], operations: [runSqlSource('migrations', fk.validate, 'noop', OPERATION_INDENT)] };
  const what = `${op.modelName}.${op.name}`;
  if (alone) {
    const inserted = insertMigrationsAfter(ctx.project, entry, [validate]);
    const atomic = setMigrationAttribute(entry, 'atomic', 'False');
    const edits: TextEdit[] = [{ file: entry.file!, start: op.span.start, end: op.span.end, newText: wrapped }, ...(atomic ? [atomic] : []), ...(migrations.edit ? [migrations.edit] : []), ...inserted.edits];
    return {
      title: `Add the foreign key of ${what} NOT VALID with a concurrent index (atomic = False), and validate it in ${inserted.names[0]}`,
      safety: 'safe',
      edits,
      creates: inserted.creates,
    };
  }
  const removal = removeOperation(entry, op);
  if (!removal) return undefined;
  const inserted = insertMigrationsAfter(ctx.project, entry, [
    { suffix: nameFragment(op.modelName, op.name, 'not_valid'), atomic: false, imports: copiedImports(entry, [wrapped]), operations: [wrapped] },
    validate,
  ]);
  return {
    title: `Move ${what} to a new non-atomic migration ${inserted.names[0]} that adds its foreign key NOT VALID with a concurrent index, and validate it in ${inserted.names[1]}`,
    safety: 'safe',
    edits: [removal, ...inserted.edits],
    creates: inserted.creates,
  };
}

function describe(op: Operation, origin: string): string {
  if (origin === 'runsql') return 'ADD CONSTRAINT … FOREIGN KEY';
  if ((op.kind === 'AddField' || op.kind === 'AlterField') && isForeignKey(op.field)) return `${op.kind} ${op.modelName}.${op.name}`;
  return `the foreign key of ${op.kind}`;
}

export default defineRule({
  id: 'adding-foreign-key-constraint',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A foreign key constraint is added to an existing table and validated under lock.',
  docs: {
    whatItDoes:
      'Flags foreign key constraints added to tables that existed before the migration without NOT VALID: `AddField` of a `ForeignKey` or `OneToOneField`, an `AlterField` that turns a column into a foreign key, and `ADD CONSTRAINT … FOREIGN KEY` in `RunSQL`.',
    whyUnsafe:
      'Adding a foreign key takes SHARE ROW EXCLUSIVE locks on both tables (writes to either wait) and scans the whole table to validate the existing rows while holding them; in an atomic migration the locks are held until it commits. Django also builds the index of the new column without CONCURRENTLY, under a SHARE lock.',
    example: "migrations.AddField(\n    model_name='order',\n    name='customer',\n    field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to='shop.customer'),\n)",
    useInstead:
      "# 0003: atomic = False\nmigrations.SeparateDatabaseAndState(\n    state_operations=[migrations.AddField(model_name='order', name='customer', field=...)],\n    database_operations=[\n        migrations.RunSQL('ALTER TABLE \"shop_order\" ADD COLUMN \"customer_id\" bigint NULL', ...),\n        migrations.RunSQL('ALTER TABLE \"shop_order\" ADD CONSTRAINT \"shop_order_customer_id_f638df20_fk_shop_customer_id\" FOREIGN KEY (\"customer_id\") REFERENCES \"shop_customer\" (\"id\") DEFERRABLE INITIALLY DEFERRED NOT VALID', ...),\n        migrations.RunSQL('CREATE INDEX CONCURRENTLY \"shop_order_customer_id_f638df20\" ON \"shop_order\" (\"customer_id\")', ...),\n    ],\n)\n# 0004\nmigrations.RunSQL('ALTER TABLE \"shop_order\" VALIDATE CONSTRAINT \"shop_order_customer_id_f638df20_fk_shop_customer_id\"', migrations.RunSQL.noop)",
    fixSafety:
      'Safe: for `AddField` of a nullable `ForeignKey`, the state keeps the field as written while the database gets, through `SeparateDatabaseAndState`, the column, the constraint under Django\'s exact name and options (DEFERRABLE INITIALLY DEFERRED, ON DELETE on Django 6.1) added NOT VALID, and Django\'s index (and `_like` index for a varchar key) built CONCURRENTLY, in a non-atomic migration; a follow-up migration runs VALIDATE CONSTRAINT, which only takes SHARE UPDATE EXCLUSIVE. The rewritten migration is changed in place when the field is its only operation, otherwise the field moves to a new migration right after it (the migrations that depended on it are repointed; this assumes it is not applied anywhere yet). For `ADD CONSTRAINT … FOREIGN KEY` in a single-statement `RunSQL`, the fix appends NOT VALID and validates in a follow-up migration.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'addConstraint')) {
      if (fact.constraintType !== 'foreign' || fact.notValid || fact.notEnforced || !onExistingTable(statement, fact.table)) continue;
      if (!once.first(statement)) continue;
      const op = statement.op;
      const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
      const fixes: Fix[] = [];
      if (op.kind === 'AddField' && statement.topOp === op) {
        const fix = addFieldFix(ctx, op, statement.opIndex);
        if (fix) fixes.push(fix);
      } else if (statement.origin === 'runsql' && op.kind === 'RunSQL') {
        const fix = notValidRunSqlFix(ctx, statement, fact, op);
        if (fix) fixes.push(fix);
      }
      const referenced = fact.referencedTable && fact.referencedTable.name !== fact.table.name ? ` and "${fact.referencedTable.name}"` : '';
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${describe(op, statement.origin)} adds a foreign key to existing table "${fact.table.name}", validated by a full scan under SHARE ROW EXCLUSIVE locks on "${fact.table.name}"${referenced}: writes to both wait.`,
        help: 'Add the constraint NOT VALID (with its index built concurrently) and run VALIDATE CONSTRAINT in a later migration.',
        fixes,
        data: { unsafeOperation: true, lock: 'SHARE ROW EXCLUSIVE', table: fact.table.name },
      });
    }
  },
});
