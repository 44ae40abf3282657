// The statements a migration runs, each tied to the operation (or to the exact span of the RunSQL
// string) it comes from, with the facts and locks the SQL layer derives from them.
import { Span, sourceOffsetOf } from '../python/ast';
import { Operation, RunSqlPiece } from '../django/operations';
import { MigrationReplay, OperationSql, TargetVersions } from '../django/replay';
import { CollectedStatement } from '../django/schemaEditor';
import { PhysicalSchema } from '../django/physical';
import { Fact, LockEffect, isSqlParserReady, parseSql, statementFacts, statementLockEffect, NameRef } from '../sql/index';
import { MigrationEntry } from './project';

export interface AnalyzedStatement {
  sql: string;
  facts: Fact[];
  lock: LockEffect;
  /** Index of the top-level operation in the migration. */
  opIndex: number;
  /** The operation that produced it (a nested one inside SeparateDatabaseAndState). */
  op: Operation;
  topOp: Operation;
  origin: 'django' | 'runsql' | 'deferred';
  /** Range in the migration file the statement is reported on. */
  span: Span;
  /** File range of each fact (RunSQL facts map into the string; Django ones use the operation). */
  factSpan(fact: Fact): Span;
  /** Tables created earlier in the same migration (they are empty: no lock or scan concern). */
  createdEarlier: Set<string>;
  /** The SQL could not be parsed (reported once). */
  parseErrors: Array<{ span: Span; message: string }>;
  approximate?: string;
}

export interface MigrationAnalysis {
  statements: AnalyzedStatement[];
  atomic: boolean;
  /** Tables created anywhere in this migration. */
  createdTables: Set<string>;
  /**
   * A squash (with `replaces`) only runs on databases that had none of the migrations it replaces, i.e. fresh
   * ones: its tables are empty, so lock and scan concerns do not apply.
   */
  freshDatabaseOnly: boolean;
  physicalBefore: PhysicalSchema;
}

function tableKey(ref: NameRef): string {
  return ref.name;
}

function hasValidatedNotNullCheck(physical: PhysicalSchema, table: string, column: string): boolean {
  const t = physical.table(table);
  return !!t?.constraints.some((c) => c.kind === 'c' && c.validated && c.checkSql === `${column} IS NOT NULL`);
}

export function analyzeMigration(entry: MigrationEntry, replay: MigrationReplay, versions: TargetVersions): MigrationAnalysis {
  const statements: AnalyzedStatement[] = [];
  const createdTables = new Set<string>();
  const physical = replay.physicalBefore;
  const analysis: MigrationAnalysis = { statements, atomic: entry.migration.atomic, createdTables, physicalBefore: physical, freshDatabaseOnly: entry.migration.replaces.length > 0 };
  if (!isSqlParserReady()) return analysis;
  const lockOptions = {
    pgVersion: versions.pgVersion,
    hasValidatedNotNullCheck: (table: NameRef, column: string) => hasValidatedNotNullCheck(physical, table.name, column),
    columnType: (table: NameRef, column: string) => physical.table(table.name)?.columns.find((c) => c.name === column)?.type,
  };
  const add = (sql: string, opSql: OperationSql, op: Operation, origin: AnalyzedStatement['origin'], piece?: RunSqlPiece, collected?: CollectedStatement) => {
    // A field of unknown type loses only its type: the table, key, index and NOT NULL facts stay.
    const parsed = parseSql(origin === 'runsql' ? sql : sql.replaceAll('<unknown type>', UNKNOWN_TYPE), { params: !!piece?.params });
    // Diagnostics on a Django operation go on its callee (`migrations.AddIndex`), not the whole call.
    const opSpan = op.call.funcSpan ?? op.span ?? opSql.op.call.funcSpan ?? opSql.op.span ?? { start: 0, end: 0 };
    const toFile = (s: Span): Span => {
      if (!piece?.source?.expr) return opSpan;
      return { start: sourceOffsetOf(piece.source.expr, s.start), end: sourceOffsetOf(piece.source.expr, s.end) };
    };
    const parseErrors = parsed.errors.map((e) => ({ span: toFile(e), message: e.message }));
    for (const stmt of parsed.statements) {
      const facts = statementFacts(stmt, parsed.source);
      const createdEarlier = new Set(createdTables);
      if (analysis.freshDatabaseOnly) for (const f of facts) for (const t of tablesOf(f)) createdEarlier.add(t);
      const lock = statementLockEffect(facts, lockOptions);
      statements.push({
        sql: stmt.text,
        facts,
        lock,
        opIndex: opSql.index,
        op,
        topOp: opSql.op,
        origin,
        span: piece ? toFile(stmt) : opSpan,
        factSpan: (fact) => (piece ? toFile(fact.span) : opSpan),
        createdEarlier,
        parseErrors: [],
        approximate: collected?.approximate,
      });
      for (const f of facts) if (f.kind === 'createTable') createdTables.add(tableKey(f.table));
    }
    if (parseErrors.length && statements.length) statements[statements.length - 1].parseErrors.push(...parseErrors);
    else if (parseErrors.length) {
      statements.push({
        sql,
        facts: [],
        lock: statementLockEffect([], lockOptions),
        opIndex: opSql.index,
        op,
        topOp: opSql.op,
        origin,
        span: opSpan,
        factSpan: () => opSpan,
        createdEarlier: new Set(createdTables),
        parseErrors,
      });
    }
  };
  for (const opSql of replay.sql.operations) {
    const op = opSql.op;
    const runSqls = runSqlOperations(op);
    if (runSqls.length) {
      // RunSQL strings are analysed from the source, so positions map back into the Python string.
      for (const runSql of runSqls) {
        if (runSql.kind !== 'RunSQL' || runSql.sql.noop) continue;
        for (const piece of runSql.sql.pieces) add(piece.sql, opSql, runSql, 'runsql', piece);
      }
      // Django operations nested in SeparateDatabaseAndState produce their own statements too.
      if (op.kind === 'SeparateDatabaseAndState' && op.databaseOperations.some((o) => o.kind !== 'RunSQL')) {
        const nonRunSql = op.databaseOperations.find((o) => o.kind !== 'RunSQL' && o.kind !== 'RunPython') ?? op;
        for (const s of opSql.statements) if (!isRunSqlText(s.sql, runSqls)) add(s.sql, opSql, nonRunSql, 'django', undefined, s);
      }
    } else {
      for (const s of opSql.statements) add(s.sql, opSql, op, 'django', undefined, s);
    }
  }
  for (const opSql of replay.sql.operations) for (const s of opSql.deferred) add(s.sql, opSql, opSql.op, 'deferred', undefined, s);
  return analysis;
}

/** Stands for `<unknown type>` (a field class we cannot resolve) when our own SQL is parsed. */
export const UNKNOWN_TYPE = 'schema_guard_unknown_type';

/** Every table a fact names (for squashes, which only touch empty tables). */
function tablesOf(fact: Fact): string[] {
  const out: string[] = [];
  for (const key of ['table', 'referencedTable'] as const) {
    const ref = (fact as unknown as Record<string, NameRef | undefined>)[key];
    if (ref && typeof ref === 'object' && 'name' in ref) out.push(ref.name);
  }
  return out;
}

function runSqlOperations(op: Operation): Array<Extract<Operation, { kind: 'RunSQL' }>> {
  if (op.kind === 'RunSQL') return [op];
  if (op.kind === 'SeparateDatabaseAndState') return op.databaseOperations.filter((o): o is Extract<Operation, { kind: 'RunSQL' }> => o.kind === 'RunSQL');
  return [];
}

function isRunSqlText(sql: string, ops: Array<Extract<Operation, { kind: 'RunSQL' }>>): boolean {
  const norm = (s: string) => s.replace(/;\s*$/, '').trim();
  return ops.some((o) => o.sql.pieces.some((p) => norm(p.sql) === norm(sql)));
}
