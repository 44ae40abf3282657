import { defineRule, MigrationRuleContext } from '../engine/rule';
import { Operation } from '../django/operations';
import { fieldKwargsForComparison, isNull, kwargMapsEqual } from '../django/fields';
import { getField } from '../django/state';
import { Fix } from '../engine/types';
import { AnalyzedStatement, MigrationAnalysis } from '../engine/migrationAnalysis';
import { followUpMigration, importBlock } from '../fixes/migrationEdits';
import { PyCall, localName, notNullCheckName, operationSource, quoteIdent, renderCall, replaceOperation, runSql } from '../fixes/fieldFixes';
import { Fact, lockEffect } from '../sql/index';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type SetNotNull = Extract<Fact, { kind: 'setNotNull' }>;
type AlterField = Extract<Operation, { kind: 'AddField' | 'AlterField' }>;

/**
 * For each SET NOT NULL fact: whether a validated CHECK (col IS NOT NULL) exists at that point — from
 * the history (physical schema) or added/validated earlier in this migration.
 */
function provenColumns(analysis: MigrationAnalysis): Map<SetNotNull, boolean> {
  const checks = new Map<string, { table: string; column: string; validated: boolean }>();
  for (const [table, t] of analysis.physicalBefore.tables) {
    for (const c of t.constraints) {
      const m = c.kind === 'c' ? /^(.+) IS NOT NULL$/.exec(c.checkSql ?? '') : null;
      if (m) checks.set(`${table}\u0000${c.name}`, { table, column: m[1], validated: c.validated });
    }
  }
  const out = new Map<SetNotNull, boolean>();
  for (const statement of analysis.statements) {
    for (const fact of statement.facts) {
      const key = (table: string, name: string) => `${table}\u0000${name}`;
      if (fact.kind === 'addConstraint' && fact.constraintType === 'check' && fact.checkIsNotNullOf && fact.name) {
        checks.set(key(fact.table.name, fact.name.name), { table: fact.table.name, column: fact.checkIsNotNullOf, validated: !fact.notValid && !fact.notEnforced });
      } else if (fact.kind === 'validateConstraint') {
        const check = checks.get(key(fact.table.name, fact.name.name));
        if (check) check.validated = true;
      } else if (fact.kind === 'dropConstraint') {
        checks.delete(key(fact.table.name, fact.name.name));
      } else if (fact.kind === 'setNotNull') {
        out.set(fact, [...checks.values()].some((c) => c.table === fact.table.name && c.column === fact.column.name && c.validated));
      }
    }
  }
  return out;
}

/**
 * The statements of the AlterField, when null → not null is its only database change: the backfill
 * UPDATEs Django would run, or undefined when anything else (type, index, default...) changes too.
 */
function onlyNullChange(ctx: MigrationRuleContext, op: AlterField, opIndex: number, table: string, column: string): string[] | undefined {
  const opSql = ctx.replay.sql.operations.find((o) => o.index === opIndex);
  const before = opSql && opSql.before.get(ctx.entry.app, op.modelName);
  const after = opSql && opSql.after.get(ctx.entry.app, op.modelName);
  const from = before && getField(before, op.name);
  const to = after && getField(after, op.name);
  if (!from || !to || !isNull(from) || isNull(to)) return undefined;
  const ignore = new Set(['null', 'default']);
  if (!kwargMapsEqual(fieldKwargsForComparison(from, ignore), fieldKwargsForComparison(to, ignore)) || from.cls !== to.cls) return undefined;
  const statements = ctx.analysis.statements.filter((s) => s.opIndex === opIndex);
  const backfill: string[] = [];
  const droppedFks = new Set<string>();
  const addedFks = new Set<string>();
  const onColumn = (f: { table: { name: string }; column: { name: string } }) => f.table.name === table && f.column.name === column;
  for (const s of statements) {
    if (s.origin !== 'django' || s.approximate || s.parseErrors.length) return undefined;
    for (const f of s.facts) {
      if (f.kind === 'setNotNull' && onColumn(f)) continue;
      // The four-way alteration's temporary default and its backfill.
      if ((f.kind === 'setDefault' || f.kind === 'dropDefault') && onColumn(f)) continue;
      if (f.kind === 'update' && f.table.name === table) {
        backfill.push(s.sql);
        continue;
      }
      if (f.kind === 'other' && /^SET CONSTRAINTS\b/i.test(s.sql)) continue;
      // A foreign key is dropped and re-added under the same name: nothing changes in the end.
      if (f.kind === 'dropConstraint' && f.table.name === table) {
        droppedFks.add(f.name.name);
        continue;
      }
      if (f.kind === 'addConstraint' && f.constraintType === 'foreign' && f.table.name === table && f.name) {
        addedFks.add(f.name.name);
        continue;
      }
      return undefined;
    }
  }
  if (droppedFks.size !== addedFks.size || [...droppedFks].some((n) => !addedFks.has(n))) return undefined;
  const temporaryDefault = statements.some((s) => s.facts.some((f) => f.kind === 'setDefault'));
  const droppedAgain = statements.some((s) => s.facts.some((f) => f.kind === 'dropDefault'));
  if (temporaryDefault !== droppedAgain) return undefined;
  return backfill;
}

/** Replaces the AlterField by ADD CONSTRAINT … NOT VALID, and moves the rest to a follow-up migration. */
function checkConstraintFix(ctx: MigrationRuleContext, statement: AnalyzedStatement, op: AlterField, table: string, column: string): Fix | undefined {
  if (ctx.project.versions.pgVersion < 12) return undefined;
  const backfill = onlyNullChange(ctx, op, statement.opIndex, table, column);
  const migrations = localName(ctx.entry, 'django.db.migrations');
  if (!backfill || !migrations || !op.span) return undefined;
  const name = quoteIdent(notNullCheckName(table, column));
  const t = quoteIdent(table);
  const c = quoteIdent(column);
  const addNotValid = `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (${c} IS NOT NULL) NOT VALID`;
  const dropCheck = `ALTER TABLE ${t} DROP CONSTRAINT ${name}`;
  const replacement = replaceOperation(ctx.entry, op, (indent) => renderCall(runSql(migrations, addNotValid, dropCheck), indent));
  if (!replacement) return undefined;
  const original = operationSource(ctx.entry, op);
  if (!original) return undefined;
  const followUp: PyCall = {
    func: `${migrations}.SeparateDatabaseAndState`,
    kwargs: [
      [
        'database_operations',
        [
          runSql(migrations, `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}`, null),
          runSql(migrations, `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL`, `ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL`),
          runSql(migrations, dropCheck, addNotValid),
        ],
      ],
      // The original AlterField, verbatim: the state changes only once the column is NOT NULL.
      ['state_operations', [original]],
    ],
  };
  const base = `${op.modelName.toLowerCase()}_${op.name}`;
  const imports = importBlock(ctx.entry);
  const source = (call: PyCall) => ({ text: renderCall(call, ''), indent: '' });
  if (backfill.length === 0) {
    const { created, edits } = followUpMigration(ctx.project, ctx.entry, `${base}_set_not_null`, [source(followUp)], { imports });
    return { title: `Add a NOT VALID check now; validate it and set NOT NULL in a new migration ${created.name}`, safety: 'safe', edits: [replacement, ...edits], creates: [created.create] };
  }
  // Django's backfill gets a migration of its own: data work never shares a transaction with the
  // schema changes (the NOT VALID check already keeps new NULLs out).
  const fill = followUpMigration(ctx.project, ctx.entry, `${base}_backfill`, backfill.map((sql) => source(runSql(migrations, sql, null))), { imports });
  const validate = followUpMigration(ctx.project, ctx.entry, `${base}_set_not_null`, [source(followUp)], { imports, after: fill.created.name, reserved: [fill.created.name] });
  // The migrations that depended on this one now follow the last new one.
  const repointed = fill.edits.map((e) => ({ ...e, newText: e.newText.replace(fill.created.name, validate.created.name) }));
  return {
    title: `Add a NOT VALID check now; backfill in ${fill.created.name}, validate it and set NOT NULL in ${validate.created.name}`,
    safety: 'safe',
    edits: [replacement, ...repointed, ...validate.edits],
    creates: [fill.created.create, validate.created.create],
  };
}

export default defineRule({
  id: 'setting-not-null',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'SET NOT NULL on an existing table scans the whole table under an ACCESS EXCLUSIVE lock.',
  docs: {
    whatItDoes:
      'Flags `AlterField` from `null=True` to `null=False`, and `ALTER COLUMN … SET NOT NULL` in `RunSQL`, on a table that existed before the migration, unless a validated `CHECK (col IS NOT NULL)` already proves the column has no NULLs (PostgreSQL 12+ then skips the scan).',
    whyUnsafe:
      'SET NOT NULL reads every row to check it while holding an ACCESS EXCLUSIVE lock: reads and writes on the table wait for the whole scan, and in an atomic migration until the migration commits. Code still running may also keep writing NULLs.',
    example: "migrations.AlterField(\n    model_name='order',\n    name='note',\n    field=models.TextField(),\n)",
    useInstead:
      "# this migration: a check that only new rows must satisfy (brief lock, no scan)\nmigrations.RunSQL(\n    sql='ALTER TABLE \"shop_order\" ADD CONSTRAINT \"shop_order_note_…_notnull\" CHECK (\"note\" IS NOT NULL) NOT VALID',\n    reverse_sql='ALTER TABLE \"shop_order\" DROP CONSTRAINT \"shop_order_note_…_notnull\"',\n)\n\n# a later migration: VALIDATE (no write lock), SET NOT NULL (no scan on PG 12+), drop the check;\n# the AlterField itself moves into state_operations of a SeparateDatabaseAndState",
    fixSafety:
      'Safe (PostgreSQL 12+, when null → not null is the only database change of the AlterField): the AlterField becomes `RunSQL(ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID)`, and a new migration runs `VALIDATE CONSTRAINT`, `SET NOT NULL` and `DROP CONSTRAINT` inside a `SeparateDatabaseAndState` whose state operation is the original AlterField. When the field has a default, Django\'s backfill UPDATE runs in a migration of its own before that one, so data work does not share a transaction with schema changes. The schema at the end is the same; every step has its reverse. Checked with real Django on a migration not yet applied.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    const proven = provenColumns(ctx.analysis);
    const pgVersion = ctx.project.versions.pgVersion;
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind !== 'setNotNull' || !onExistingTable(statement, fact.table)) continue;
        if (!lockEffect(fact, { pgVersion, hasValidatedNotNullCheck: proven.get(fact) ?? false }).scansTable) continue;
        if (!once.first(statement)) continue;
        const op = statement.op;
        const table = fact.table.name;
        const column = fact.column.name;
        const fixes: Fix[] = [];
        if (statement.origin === 'django' && op.kind === 'AlterField' && statement.topOp === op) {
          const fix = checkConstraintFix(ctx, statement, op, table, column);
          if (fix) fixes.push(fix);
        }
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `SET NOT NULL on column "${column}" of existing table "${table}" scans the whole table under an ACCESS EXCLUSIVE lock (blocks reads and writes).`,
          help:
            pgVersion >= 12
              ? 'Add CHECK (col IS NOT NULL) NOT VALID, validate it in a later migration, then SET NOT NULL (no scan) and drop the check.'
              : 'PostgreSQL 11 always scans for SET NOT NULL: run it at a quiet time, or keep the column nullable with a validated CHECK constraint.',
          fixes,
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table },
        });
      }
    }
  },
});
