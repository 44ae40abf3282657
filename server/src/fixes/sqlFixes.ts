// Edit builders and shared analysis for the transaction and RunSQL rules: edits inside a RunSQL
// string (mapped back into the Python literal), keywords added to an operation call, a first
// operation inserted, and a migration split into a follow-up migration that carries the helper
// functions its operations use.
import { Span, sourceOffsetOf } from '../python/ast';
import { PyModule } from '../python/module';
import { Value, lastSegment } from '../python/values';
import { Operation, RunSqlPiece } from '../django/operations';
import { AnalyzedStatement, MigrationAnalysis } from '../engine/migrationAnalysis';
import { MigrationRuleContext } from '../engine/rule';
import { MigrationEntry } from '../engine/project';
import { FileCreate, Fix, TextEdit } from '../engine/types';
import { Fact, TableLock } from '../sql/index';
import { PhysicalSchema } from '../django/physical';
import { followUpMigration, importBlock, operationIndent, operationText, removeOperation, setMigrationAttribute } from './migrationEdits';
import { indentAt, lineEnd, lineStart } from './pythonEdits';

// ---------------------------------------------------------------------------------------------
// Operations and statements

/** Operations that run against the database: top-level ones and those inside SeparateDatabaseAndState. */
export function databaseOperations(operations: Operation[]): Operation[] {
  return operations.flatMap((op) => (op.kind === 'SeparateDatabaseAndState' ? databaseOperations(op.databaseOperations) : [op]));
}

export function isNoopRef(value: Value | undefined): boolean {
  return value?.t === 'ref' && /\.noop$/.test(value.path);
}

/** The range a Django operation is reported on: its callee (`migrations.RunPython`). */
export function calleeSpan(op: Operation): Span | undefined {
  return op.call.funcSpan ?? op.span;
}

/** Where to report a statement: the fact inside a RunSQL string (or the whole statement when it has several), else the operation. */
export function statementSpan(statement: AnalyzedStatement): Span {
  if (statement.origin === 'runsql' && statement.facts.length === 1) return statement.factSpan(statement.facts[0]);
  return statement.span;
}

/** The string of a RunSQL that a statement was parsed from. */
export function pieceOf(statement: AnalyzedStatement): RunSqlPiece | undefined {
  if (statement.origin !== 'runsql' || statement.op.kind !== 'RunSQL') return undefined;
  return statement.op.sql.pieces.find((p) => p.source?.expr && statement.span.start >= p.source.expr.start && statement.span.end <= p.source.expr.end);
}

export function statementsOfPiece(analysis: MigrationAnalysis, piece: RunSqlPiece): AnalyzedStatement[] {
  return analysis.statements.filter((s) => pieceOf(s) === piece);
}

const FACT_LABELS: Partial<Record<Fact['kind'], string>> = {
  createIndex: 'CREATE INDEX',
  dropIndex: 'DROP INDEX',
  reindex: 'REINDEX',
  addColumn: 'ADD COLUMN',
  dropColumn: 'DROP COLUMN',
  alterColumnType: 'ALTER COLUMN TYPE',
  setNotNull: 'SET NOT NULL',
  addConstraint: 'ADD CONSTRAINT',
  validateConstraint: 'VALIDATE CONSTRAINT',
  update: 'UPDATE',
  delete: 'DELETE',
  insert: 'INSERT',
  truncate: 'TRUNCATE',
  cluster: 'CLUSTER',
  attachPartition: 'ATTACH PARTITION',
  detachPartition: 'DETACH PARTITION',
  refreshMaterializedView: 'REFRESH MATERIALIZED VIEW',
};

/** A short name for what a statement is: the SQL command for RunSQL, the operation for Django's own SQL. */
export function statementLabel(statement: AnalyzedStatement): string {
  if (statement.origin !== 'runsql') return operationLabel(statement.op);
  const fact = statement.facts[0];
  if (fact?.kind === 'vacuum') return fact.full ? 'VACUUM FULL' : 'VACUUM';
  if (fact?.kind === 'alterTable') return 'ALTER TABLE';
  const label = fact ? FACT_LABELS[fact.kind] : undefined;
  return label ?? (/^\s*((?:alter|create|drop)\s+\w+|\w+)/i.exec(statement.sql)?.[1].replace(/\s+/, ' ') ?? 'SQL').toUpperCase();
}

export function operationLabel(op: Operation): string {
  switch (op.kind) {
    case 'AddField':
    case 'AlterField':
    case 'RemoveField':
      return `${op.kind} ${op.modelName}.${op.name}`;
    case 'AddIndex':
      return op.concurrently ? 'AddIndexConcurrently' : 'AddIndex';
    case 'RemoveIndex':
      return op.concurrently ? 'RemoveIndexConcurrently' : 'RemoveIndex';
    case 'AddConstraint':
      return op.notValid ? 'AddConstraintNotValid' : 'AddConstraint';
    case 'Unknown':
      return lastSegment(op.cls);
    default:
      return op.kind;
  }
}

/**
 * The table a lock is on, or undefined for locks that say nothing about table data (index-only locks). A lock on
 * "the table of index X" is resolved to that table when the history knows the index.
 */
export function lockedTable(lock: TableLock, physical: PhysicalSchema | undefined): string | undefined {
  if (lock.role === 'index') return undefined;
  if (lock.role !== 'tableOfIndex' || !physical) return lock.table.name;
  for (const table of physical.tables.values()) {
    if (table.indexes.some((i) => i.name === lock.table.name) || table.constraints.some((c) => c.name === lock.table.name)) return table.name;
  }
  return lock.table.name;
}

/** Tables that existed before this migration on which the statement takes ACCESS EXCLUSIVE. */
export function exclusiveLocksOnExistingTables(statement: AnalyzedStatement, physical?: PhysicalSchema): string[] {
  const out: string[] = [];
  for (const l of statement.lock.locks) {
    const table = lockedTable(l, physical);
    if (table && l.lock === 'ACCESS EXCLUSIVE' && !statement.createdEarlier.has(table) && !out.includes(table)) out.push(table);
  }
  return out;
}

export type SlowKind = 'rewrites' | 'buildsIndex' | 'scans';

/** The slow part of a statement on a table that existed before the migration: a rewrite, an index build or a full scan. */
export function slowStep(statement: AnalyzedStatement, physical?: PhysicalSchema): { table: string; kind: SlowKind } | undefined {
  for (const l of statement.lock.locks) {
    const table = lockedTable(l, physical);
    if (!table || statement.createdEarlier.has(table)) continue;
    if (l.rewritesTable) return { table, kind: 'rewrites' };
    if (l.scansTable) return { table, kind: statement.lock.buildsIndex ? 'buildsIndex' : 'scans' };
  }
  return undefined;
}

export interface SlowStepUnderLock {
  slow: AnalyzedStatement;
  slowTable: string;
  kind: SlowKind;
  /** The earlier statement whose ACCESS EXCLUSIVE lock is still held. */
  locker: AnalyzedStatement;
  lockedTable: string;
}

/**
 * Slow statements that run while an ACCESS EXCLUSIVE lock taken by an earlier statement of the same atomic
 * migration is still held. The statements of one Django operation are that operation's business (its own rule
 * reports them), so the lock must come from another operation, or both statements from hand-written SQL.
 * A slow step that itself takes ACCESS EXCLUSIVE on every table locked before adds no blocking and is skipped.
 */
export function slowStepsUnderExclusiveLock(analysis: MigrationAnalysis): SlowStepUnderLock[] {
  if (!analysis.atomic) return [];
  const out: SlowStepUnderLock[] = [];
  const lockedBy = new Map<string, AnalyzedStatement>();
  for (const statement of analysis.statements) {
    const slow = slowStep(statement, analysis.physicalBefore);
    if (slow) {
      const own = new Set(exclusiveLocksOnExistingTables(statement, analysis.physicalBefore));
      for (const [table, locker] of lockedBy) {
        const sameOperation = locker.opIndex === statement.opIndex;
        if (own.has(table) || (sameOperation && !(locker.origin === 'runsql' && statement.origin === 'runsql'))) continue;
        out.push({ slow: statement, slowTable: slow.table, kind: slow.kind, locker, lockedTable: table });
        break;
      }
    }
    for (const table of exclusiveLocksOnExistingTables(statement, analysis.physicalBefore)) if (!lockedBy.has(table)) lockedBy.set(table, statement);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edits inside RunSQL strings

/** Inserts text at an offset of a RunSQL string's value (the text must need no escaping). */
export function insertIntoSql(file: string, piece: RunSqlPiece, valueOffset: number, text: string): TextEdit | undefined {
  if (!piece.source?.expr) return undefined;
  const at = sourceOffsetOf(piece.source.expr, valueOffset);
  return { file, start: at, end: at, newText: text };
}

/** Deletes one statement of a RunSQL string with its `;` and the whitespace after it. */
export function deleteSqlStatement(file: string, piece: RunSqlPiece, statementSpan: Span): TextEdit | undefined {
  if (!piece.source?.expr) return undefined;
  let start = statementSpan.start;
  let end = statementSpan.end;
  const rest = /^\s*;?\s*/.exec(piece.sql.slice(end));
  if (rest) end += rest[0].length;
  // The last statement takes the whitespace before it, so no trailing blank is left.
  if (end === piece.sql.length) start -= /\s*$/.exec(piece.sql.slice(0, start))![0].length;
  return { file, start: sourceOffsetOf(piece.source.expr, start), end: sourceOffsetOf(piece.source.expr, end), newText: '' };
}

/** `atomic = False` when the operation is the only one of its migration (otherwise the others would lose their transaction). */
export function nonAtomicWhenAlone(entry: MigrationEntry, op: Operation): TextEdit | 'not-alone' | undefined {
  const others = entry.migration.operations.filter((o) => o !== op);
  if (others.length) return 'not-alone';
  if (!entry.migration.atomic) return undefined;
  return setMigrationAttribute(entry, 'atomic', 'False');
}

// ---------------------------------------------------------------------------------------------
// Edits of operation calls

/** Sets `name=source` on an operation call: replaces a keyword or the positional argument at `position`, or appends a keyword. */
export function setOperationArgument(entry: MigrationEntry, op: Operation, position: number, name: string, source: string): TextEdit | undefined {
  const file = entry.file;
  const call = op.call;
  const text = entry.migration.module.text;
  if (!file || !call.span) return undefined;
  const keyword = call.kwargs.find(([k]) => k === name)?.[1];
  if (keyword?.span) return { file, start: keyword.span.start, end: keyword.span.end, newText: source };
  const positional = call.args[position];
  if (positional?.span) return { file, start: positional.span.start, end: positional.span.end, newText: source };
  const close = call.span.end - 1;
  if (text[close] !== ')') return undefined;
  const argEnds = [...call.args, ...call.kwargs.map(([, v]) => v)].map((v) => v.span?.end ?? -1);
  const lastArgEnd = Math.max(...argEnds, -1);
  if (lastArgEnd < 0) {
    const open = text.lastIndexOf('(', close);
    return { file, start: open + 1, end: close, newText: `${name}=${source}` };
  }
  const between = text.slice(lastArgEnd, close);
  const comma = between.indexOf(',');
  if (between.includes('\n')) {
    // One argument per line: add a line in the same style, keeping a trailing comma.
    const argStarts = [...call.args, ...call.kwargs.map(([, v]) => v)].map((v) => v.span?.start ?? 0);
    const lastLineIndent = indentAt(text, Math.max(...argStarts));
    if (comma >= 0) {
      const at = lastArgEnd + comma + 1;
      return { file, start: at, end: at, newText: `\n${lastLineIndent}${name}=${source},` };
    }
    return { file, start: lastArgEnd, end: lastArgEnd, newText: `,\n${lastLineIndent}${name}=${source}` };
  }
  return { file, start: lastArgEnd, end: comma >= 0 ? lastArgEnd + comma + 1 : lastArgEnd, newText: `, ${name}=${source}` };
}

/** Inserts an operation (given as source) before the first operation of the migration. */
export function insertFirstOperation(entry: MigrationEntry, source: string): TextEdit | undefined {
  const first = entry.migration.operations[0];
  const text = entry.migration.module.text;
  if (!entry.file || !first?.span) return undefined;
  const ls = lineStart(text, first.span.start);
  if (text.slice(ls, first.span.start).trim() === '') {
    return { file: entry.file, start: ls, end: ls, newText: `${indentAt(text, first.span.start)}${source},\n` };
  }
  return { file: entry.file, start: first.span.start, end: first.span.start, newText: `${source}, ` };
}

/** The local name of `django.db.migrations` in a migration file (what its operations are written with). */
export function migrationsModuleName(entry: MigrationEntry): string {
  for (const [local, target] of entry.migration.module.imports) if (target === 'django.db.migrations') return local;
  return 'migrations';
}

// ---------------------------------------------------------------------------------------------
// Splitting a migration

/** A Django-like name fragment for a migration that starts with this operation. */
export function operationFragment(op: Operation): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  switch (op.kind) {
    case 'AddField':
      return clean(`${op.modelName}_${op.name}`);
    case 'AlterField':
      return clean(`alter_${op.modelName}_${op.name}`);
    case 'RemoveField':
      return clean(`remove_${op.modelName}_${op.name}`);
    case 'AddIndex':
    case 'AddConstraint':
      return clean(`${op.modelName}_${op.kind === 'AddIndex' ? 'index' : 'constraint'}`);
    case 'RunPython':
      return op.code.t === 'ref' ? clean(lastSegment(op.code.path)) || 'run_python' : 'run_python';
    case 'RunSQL':
      return 'run_sql';
    default:
      return clean(op.kind.replace(/([a-z])([A-Z])/g, '$1_$2')) || 'split';
  }
}

interface TopLevelDefinition {
  names: string[];
  span: Span;
}

/** Module-level functions, classes and assignments other than the Migration class and imports. */
function definitions(module: PyModule, migrationClass: Span | undefined): TopLevelDefinition[] {
  const out: TopLevelDefinition[] = [];
  for (const [name, node] of module.topLevel) {
    const start = 'fullStart' in node ? node.fullStart : node.start;
    if (migrationClass && start === migrationClass.start) continue;
    // `a = b = 1` binds two names in one statement.
    const same = out.find((d) => d.span.start === start);
    if (same) same.names.push(name);
    else out.push({ names: [name], span: { start, end: node.end } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function referencedDefinitions(sources: string[], defs: TopLevelDefinition[], text: string): Set<TopLevelDefinition> {
  const found = new Set<TopLevelDefinition>();
  const queue = [...sources];
  while (queue.length) {
    const source = queue.pop()!;
    for (const def of defs) {
      if (found.has(def) || !def.names.some((name) => new RegExp(`(^|[^\\w.])${name}\\b`).test(source))) continue;
      found.add(def);
      queue.push(text.slice(def.span.start, def.span.end));
    }
  }
  return found;
}

/**
 * The range that removes a top-level definition: from the end of the previous non-blank line to the end of the
 * definition, so the blank lines that separated it from what follows now separate the previous code from it.
 */
function definitionRemoval(text: string, span: Span): Span {
  const start = lineStart(text, span.start);
  const end = lineEnd(text, span.end);
  let previous = start - 1;
  while (previous > 0 && text.slice(lineStart(text, previous), previous).trim() === '') previous = lineStart(text, previous) - 1;
  if (previous <= 0) {
    let after = Math.min(text.length, end + 1);
    while (after < text.length && text.slice(after, lineEnd(text, after)).trim() === '') after = Math.min(text.length, lineEnd(text, after) + 1);
    return { start: 0, end: after };
  }
  return { start: previous, end };
}

export interface SplitMigration {
  name: string;
  moved: number;
  edits: TextEdit[];
  creates: FileCreate[];
}

/**
 * Moves the operations from `fromIndex` on into a new migration right after this one (the migrations that
 * depended on it are repointed to the new one, so the order is kept). Helper functions the moved operations use are
 * copied along and removed here when nothing left uses them. This rewrites the migration: meant for one that is not
 * applied anywhere yet.
 */
export function splitMigration(ctx: MigrationRuleContext, fromIndex: number): SplitMigration | undefined {
  const entry = ctx.entry;
  const migration = entry.migration;
  const ops = migration.operations;
  if (!entry.file || fromIndex <= 0 || fromIndex >= ops.length || migration.hasSyntaxErrors) return undefined;
  // Squashed migrations and run_before constraints do not survive a split.
  if (migration.replaces.length || migration.runBefore.length) return undefined;
  const moved = ops.slice(fromIndex);
  const kept = ops.slice(0, fromIndex);
  if (moved.some((o) => !o.span)) return undefined;
  const edits: TextEdit[] = [];
  for (const op of moved) {
    const removal = removeOperation(entry, op);
    if (!removal) return undefined;
    edits.push(removal);
  }
  const text = migration.module.text;
  const defs = definitions(migration.module, migration.classDef);
  const movedTexts = moved.map((o) => operationText(entry, o));
  const needed = referencedDefinitions(movedTexts, defs, text);
  const stillUsed = referencedDefinitions(kept.map((o) => operationText(entry, o)), defs, text);
  const copied = defs.filter((d) => needed.has(d)).map((d) => text.slice(lineStart(text, d.span.start), lineEnd(text, d.span.end)));
  for (const def of defs) {
    if (!needed.has(def) || stillUsed.has(def)) continue;
    edits.push({ file: entry.file, ...definitionRemoval(text, def.span), newText: '' });
  }
  const imports = [importBlock(entry), ...copied].join('\n\n\n');
  const suffix = operationFragment(moved[0]);
  const { created, edits: repoints } = followUpMigration(
    ctx.project,
    entry,
    suffix,
    moved.map((o) => ({ text: operationText(entry, o), indent: operationIndent(entry, o) })),
    { imports },
  );
  return { name: created.name, moved: moved.length, edits: [...edits, ...repoints], creates: [created.create] };
}

/**
 * Inserts a keyword into a RunSQL statement that must then run outside a transaction (CONCURRENTLY): only when the
 * statement is alone in its string (a multi-statement string runs as one implicit transaction) and the RunSQL is
 * the migration's only operation (the others would lose their transaction), adding `atomic = False` when needed.
 */
export function keywordOutsideTransactionFix(
  ctx: MigrationRuleContext,
  statement: AnalyzedStatement,
  valueOffset: number,
  keyword: string,
  safety: 'safe' | 'unsafe',
): Fix | undefined {
  const piece = pieceOf(statement);
  if (!piece || !ctx.entry.file || statement.topOp !== statement.op) return undefined;
  if (statementsOfPiece(ctx.analysis, piece).length !== 1) return undefined;
  const insert = insertIntoSql(ctx.entry.file, piece, valueOffset, ` ${keyword}`);
  const atomic = nonAtomicWhenAlone(ctx.entry, statement.op);
  if (!insert || atomic === 'not-alone') return undefined;
  return {
    title: atomic ? `Add ${keyword} and set atomic = False` : `Add ${keyword}`,
    safety,
    edits: atomic ? [insert, atomic] : [insert],
  };
}
