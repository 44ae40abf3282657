// Facts: what each SQL statement does, in terms rules can consume without knowing the parse tree.
//
// One statement gives one or more facts (one per ALTER TABLE subcommand, plus one per inline
// constraint of an added column). Every fact carries UTF-16 spans into the parsed input; names carry
// both the text as written and the PostgreSQL-folded name (unquoted → lower case, quoted kept).

import type {
  AlterTableCmd,
  ColumnDef,
  Constraint,
  CreateStmt,
  IndexStmt,
  Node,
  RangeVar,
  TypeName,
} from '@pgsql/types';
import { type ParsedSql, type Span, type SqlStatement, type SqlToken } from './parser';
import { formatType, typeFromNode, type SqlType } from './datatypes';
import { exprVolatility, type Volatility } from './volatility';

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** A schema-qualifiable object name (table, index, type...). */
export interface NameRef {
  /** Folded object name (`Order` quoted stays `Order`, unquoted `Order` becomes `order`). */
  name: string;
  /** Folded schema name when the name is qualified. */
  schema?: string;
  /** `schema.name` (folded) or `name`: a convenient key. */
  qualified: string;
  /** The name as written, qualification and quotes included: `public."Order"`. */
  raw: string;
  /** Where `raw` is in the input (UTF-16). Falls back to the statement span when it cannot be located. */
  span: Span;
}

/** An unqualified name (column, constraint, index in CREATE INDEX, savepoint). */
export interface Ident {
  name: string;
  raw: string;
  span: Span;
}

export interface ExprInfo {
  /** Source text of the expression. */
  text: string;
  span: Span;
}

export interface DefaultInfo extends ExprInfo {
  volatility: Volatility;
  /** Functions/constructs of unknown volatility (counted as volatile). */
  unknown: string[];
  /** `DEFAULT NULL`: no default in effect. */
  isNull: boolean;
}

/** `'none'` when there is no (non-NULL) default. */
export type DefaultVolatility = 'none' | Volatility;

export interface ColumnInfo {
  column: Ident;
  type: SqlType;
  /** Canonical type text, e.g. `varchar(20)`, `int4[]`. */
  typeName: string;
  typeSpan: Span;
  /** NOT NULL, or PRIMARY KEY. */
  notNull: boolean;
  /** Where `NOT NULL` is written, when it is. */
  notNullSpan?: Span;
  /** A non-NULL default is in effect: explicit DEFAULT, serial types, identity columns. */
  hasDefault: boolean;
  defaultVolatility: DefaultVolatility;
  /** The DEFAULT clause's expression, when written (also for `DEFAULT NULL`). */
  default?: DefaultInfo;
  serial: boolean;
  identity: boolean;
  generated?: 'stored' | 'virtual';
  generatedStored: boolean;
  primaryKey: boolean;
  unique: boolean;
  /** Inline `REFERENCES other(col)`. */
  references?: NameRef;
  /** Inline CHECK constraints. */
  checks: ExprInfo[];
}

interface FactBase {
  /** Index of the statement in ParsedSql.statements. */
  statementIndex: number;
  /** The whole statement (without `;`). */
  statementSpan: Span;
  /** The most relevant range: the subcommand of an ALTER TABLE, the inline constraint, else the statement. */
  span: Span;
}

export type ConstraintType = 'check' | 'foreign' | 'unique' | 'primary' | 'exclusion' | 'notnull';
export type FkAction = 'noAction' | 'restrict' | 'cascade' | 'setNull' | 'setDefault';

export interface CreateTableFact extends FactBase {
  kind: 'createTable';
  table: NameRef;
  ifNotExists: boolean;
  columns: ColumnInfo[];
  /** `CREATE TABLE ... PARTITION OF parent`. */
  partitionOf?: NameRef;
  inherits: NameRef[];
  /** Tables referenced by foreign keys (inline or table constraints). */
  references: NameRef[];
  /** `CREATE TABLE ... AS` / `SELECT ... INTO`. */
  asQuery: boolean;
  temporary: boolean;
  unlogged: boolean;
}

export interface AddColumnFact extends FactBase, ColumnInfo {
  kind: 'addColumn';
  table: NameRef;
  ifNotExists: boolean;
}

export interface DropColumnFact extends FactBase {
  kind: 'dropColumn';
  table: NameRef;
  column: Ident;
  ifExists: boolean;
  cascade: boolean;
}

export interface AlterColumnTypeFact extends FactBase {
  kind: 'alterColumnType';
  table: NameRef;
  column: Ident;
  newType: SqlType;
  /** Canonical type text, e.g. `varchar(20)`. */
  typeName: string;
  typeSpan: Span;
  using?: ExprInfo;
  /** The USING expression is just the column itself (optionally cast): no extra conversion. */
  usingIsPlainColumn: boolean;
}

export interface SetNotNullFact extends FactBase {
  kind: 'setNotNull';
  table: NameRef;
  column: Ident;
}

export interface DropNotNullFact extends FactBase {
  kind: 'dropNotNull';
  table: NameRef;
  column: Ident;
}

export interface SetDefaultFact extends FactBase {
  kind: 'setDefault';
  table: NameRef;
  column: Ident;
  default: DefaultInfo;
  volatility: Volatility;
}

export interface DropDefaultFact extends FactBase {
  kind: 'dropDefault';
  table: NameRef;
  column: Ident;
}

export interface AddConstraintFact extends FactBase {
  kind: 'addConstraint';
  table: NameRef;
  constraintType: ConstraintType;
  name?: Ident;
  /** NOT VALID: existing rows are not checked. */
  notValid: boolean;
  /** NOT ENFORCED (PG 18, check and foreign keys). */
  notEnforced: boolean;
  /** `UNIQUE/PRIMARY KEY USING INDEX idx`. */
  usingIndex?: Ident;
  /** Constrained columns (folded): keys, FK columns, NOT NULL column, or the columns a CHECK mentions. */
  columns: string[];
  referencedTable?: NameRef;
  referencedColumns: string[];
  onDelete?: FkAction;
  onUpdate?: FkAction;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** CHECK expression (inside the parentheses). */
  expression?: ExprInfo;
  /** The CHECK is exactly `col IS NOT NULL`: the column. */
  checkIsNotNullOf?: string;
  /** Declared inline in an added column (`ADD COLUMN c int REFERENCES t`); the addColumn fact precedes it. */
  inline: boolean;
}

export interface ValidateConstraintFact extends FactBase {
  kind: 'validateConstraint';
  table: NameRef;
  name: Ident;
}

export interface DropConstraintFact extends FactBase {
  kind: 'dropConstraint';
  table: NameRef;
  name: Ident;
  ifExists: boolean;
  cascade: boolean;
}

export interface IndexElement {
  /** Source text of the element (`lower(email) DESC`). */
  text: string;
  /** Column name for plain column elements. */
  column?: string;
}

export interface CreateIndexFact extends FactBase {
  kind: 'createIndex';
  name?: Ident;
  table: NameRef;
  unique: boolean;
  concurrently: boolean;
  ifNotExists: boolean;
  /** `ON ONLY table` (partitioned parent only). */
  only: boolean;
  method: string;
  elements: IndexElement[];
  /** Plain column names among the elements. */
  columns: string[];
  include: string[];
  where?: ExprInfo;
  /** Offset right after the INDEX keyword: where ` CONCURRENTLY` goes. */
  concurrentlyInsertAt: number;
  concurrentlySpan?: Span;
}

export interface DropIndexFact extends FactBase {
  kind: 'dropIndex';
  indexes: NameRef[];
  concurrently: boolean;
  ifExists: boolean;
  cascade: boolean;
  concurrentlyInsertAt: number;
  concurrentlySpan?: Span;
}

export interface ReindexFact extends FactBase {
  kind: 'reindex';
  target: 'index' | 'table' | 'schema' | 'database' | 'system';
  /** Index or table name (for `index`/`table`), else the schema/database name when given. */
  name?: NameRef;
  concurrently: boolean;
  concurrentlyInsertAt: number;
  concurrentlySpan?: Span;
}

export interface DropTableFact extends FactBase {
  kind: 'dropTable';
  tables: NameRef[];
  ifExists: boolean;
  cascade: boolean;
}

export interface DropObjectFact extends FactBase {
  kind: 'dropObject';
  /** Lower-case object type: `view`, `materialized view`, `sequence`, `type`, `function`, `schema`, `trigger`... */
  objectType: string;
  names: NameRef[];
  ifExists: boolean;
  cascade: boolean;
}

export interface RenameColumnFact extends FactBase {
  kind: 'renameColumn';
  table: NameRef;
  column: Ident;
  newName: Ident;
}

export interface RenameTableFact extends FactBase {
  kind: 'renameTable';
  table: NameRef;
  newName: Ident;
}

export interface RenameIndexFact extends FactBase {
  kind: 'renameIndex';
  index: NameRef;
  newName: Ident;
}

export interface RenameConstraintFact extends FactBase {
  kind: 'renameConstraint';
  table: NameRef;
  name: Ident;
  newName: Ident;
}

export interface TruncateFact extends FactBase {
  kind: 'truncate';
  tables: NameRef[];
  cascade: boolean;
  restartIdentity: boolean;
}

export interface VacuumFact extends FactBase {
  kind: 'vacuum';
  tables: NameRef[];
  full: boolean;
  analyze: boolean;
}

export interface AnalyzeFact extends FactBase {
  kind: 'analyze';
  tables: NameRef[];
}

export interface ClusterFact extends FactBase {
  kind: 'cluster';
  table?: NameRef;
  index?: string;
}

export interface DropDatabaseFact extends FactBase {
  kind: 'dropDatabase';
  name: string;
  ifExists: boolean;
}

export interface AlterTypeAddValueFact extends FactBase {
  kind: 'alterTypeAddValue';
  type: NameRef;
  value: string;
  /** BEFORE/AFTER given. */
  beforeAfter: boolean;
  ifNotExists: boolean;
}

export interface DetachPartitionFact extends FactBase {
  kind: 'detachPartition';
  table: NameRef;
  partition: NameRef;
  concurrently: boolean;
  finalize: boolean;
  /** Offset right after the partition name: where ` CONCURRENTLY` goes. */
  concurrentlyInsertAt: number;
}

export interface AttachPartitionFact extends FactBase {
  kind: 'attachPartition';
  table: NameRef;
  partition: NameRef;
}

export type TransactionKind =
  | 'begin'
  | 'commit'
  | 'rollback'
  | 'savepoint'
  | 'release'
  | 'rollbackTo'
  | 'prepare'
  | 'commitPrepared'
  | 'rollbackPrepared';

export interface TransactionFact extends FactBase {
  kind: 'transaction';
  transactionKind: TransactionKind;
  savepoint?: string;
}

export interface SetFact extends FactBase {
  kind: 'set';
  /** Folded setting name: `lock_timeout`, `statement_timeout`, `timezone`, `all` (RESET ALL)... */
  name: string;
  /** Value as text (`5s`, `5000`, `public, other`); undefined for RESET / SET ... TO DEFAULT. */
  value?: string;
  local: boolean;
  /** RESET, RESET ALL or SET ... TO DEFAULT. */
  reset: boolean;
  /** For *_timeout settings: the value in milliseconds (0 disables). */
  durationMs?: number;
}

export interface CommentFact extends FactBase {
  kind: 'comment';
  /** Lower-case object type: `table`, `column`, `index`, `constraint`... */
  objectType: string;
  /** The table for table, column and constraint comments; the object otherwise. */
  target?: NameRef;
  column?: string;
  /** The constraint name for constraint comments. */
  constraint?: string;
  comment: string | null;
}

export interface CreateExtensionFact extends FactBase {
  kind: 'createExtension';
  name: string;
  ifNotExists: boolean;
}

export interface UpdateFact extends FactBase {
  kind: 'update';
  table: NameRef;
  hasWhere: boolean;
}

export interface DeleteFact extends FactBase {
  kind: 'delete';
  table: NameRef;
  hasWhere: boolean;
}

export interface InsertFact extends FactBase {
  kind: 'insert';
  table: NameRef;
  /** `INSERT ... SELECT` (rather than VALUES / DEFAULT VALUES). */
  fromSelect: boolean;
  onConflict: boolean;
}

export interface SelectFact extends FactBase {
  kind: 'select';
  /** FOR UPDATE / FOR SHARE ... */
  locking: boolean;
  /** Lower-case names of the functions called anywhere in the statement (`pg_sleep`, `set_config`...). */
  functions: string[];
}

export type LockMode =
  | 'ACCESS SHARE'
  | 'ROW SHARE'
  | 'ROW EXCLUSIVE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'SHARE'
  | 'SHARE ROW EXCLUSIVE'
  | 'EXCLUSIVE'
  | 'ACCESS EXCLUSIVE';

export interface LockTableFact extends FactBase {
  kind: 'lockTable';
  tables: NameRef[];
  mode: LockMode;
  nowait: boolean;
}

export interface CreateTriggerFact extends FactBase {
  kind: 'createTrigger';
  table: NameRef;
  name: string;
}

export interface RefreshMaterializedViewFact extends FactBase {
  kind: 'refreshMaterializedView';
  view: NameRef;
  concurrently: boolean;
}

/** Any other ALTER TABLE subcommand (SET TABLESPACE, ENABLE TRIGGER, OWNER TO, SET STATISTICS...), and ALTER INDEX/VIEW/SEQUENCE subcommands. */
export interface AlterTableFact extends FactBase {
  kind: 'alterTable';
  table: NameRef;
  /** AlterTableType without the `AT_` prefix: `SetTableSpace`, `EnableTrig`, `SetRelOptions`... */
  subtype: string;
  /** Lower-case relation kind of the ALTER: `table`, `index`, `view`, `materialized view`, `sequence`, `foreign table`, `type`. */
  objectType: string;
  column?: Ident;
}

export interface OtherFact extends FactBase {
  kind: 'other';
  /** Parse node type, e.g. `CreateFunctionStmt`, `DoStmt`, `ViewStmt`. */
  stmtType: string;
}

export type Fact =
  | CreateTableFact
  | AddColumnFact
  | DropColumnFact
  | AlterColumnTypeFact
  | SetNotNullFact
  | DropNotNullFact
  | SetDefaultFact
  | DropDefaultFact
  | AddConstraintFact
  | ValidateConstraintFact
  | DropConstraintFact
  | CreateIndexFact
  | DropIndexFact
  | ReindexFact
  | DropTableFact
  | DropObjectFact
  | RenameColumnFact
  | RenameTableFact
  | RenameIndexFact
  | RenameConstraintFact
  | TruncateFact
  | VacuumFact
  | AnalyzeFact
  | ClusterFact
  | DropDatabaseFact
  | AlterTypeAddValueFact
  | DetachPartitionFact
  | AttachPartitionFact
  | TransactionFact
  | SetFact
  | CommentFact
  | CreateExtensionFact
  | UpdateFact
  | DeleteFact
  | InsertFact
  | SelectFact
  | LockTableFact
  | CreateTriggerFact
  | RefreshMaterializedViewFact
  | AlterTableFact
  | OtherFact;

export type FactKind = Fact['kind'];

// A Record keyed by FactKind, so the compiler insists on every kind.
const KINDS: Record<FactKind, true> = {
  createTable: true,
  addColumn: true,
  dropColumn: true,
  alterColumnType: true,
  setNotNull: true,
  dropNotNull: true,
  setDefault: true,
  dropDefault: true,
  addConstraint: true,
  validateConstraint: true,
  dropConstraint: true,
  createIndex: true,
  dropIndex: true,
  reindex: true,
  dropTable: true,
  dropObject: true,
  renameColumn: true,
  renameTable: true,
  renameIndex: true,
  renameConstraint: true,
  truncate: true,
  vacuum: true,
  analyze: true,
  cluster: true,
  dropDatabase: true,
  alterTypeAddValue: true,
  detachPartition: true,
  attachPartition: true,
  transaction: true,
  set: true,
  comment: true,
  createExtension: true,
  update: true,
  delete: true,
  insert: true,
  select: true,
  lockTable: true,
  createTrigger: true,
  refreshMaterializedView: true,
  alterTable: true,
  other: true,
};

/** Every fact kind. */
export const FACT_KINDS = Object.keys(KINDS) as readonly FactKind[];

// ---------------------------------------------------------------------------------------------
// Entry points

/** Facts of every statement, in statement order. Never throws: a statement that cannot be analysed yields an `other` fact. */
export function extractFacts(parsed: ParsedSql): Fact[] {
  const facts: Fact[] = [];
  for (const stmt of parsed.statements) facts.push(...statementFacts(stmt, parsed.source));
  return facts;
}

/** Facts of one statement; `source` is ParsedSql.source. */
export function statementFacts(stmt: SqlStatement, source: string): Fact[] {
  const ctx = new Ctx(stmt, source);
  try {
    return factsOf(ctx);
  } catch {
    return [{ ...ctx.base(), kind: 'other', stmtType: stmt.type }];
  }
}

// ---------------------------------------------------------------------------------------------
// Node helpers

type NodeKey = Node extends infer U ? (U extends Record<infer K, unknown> ? K : never) : never;
type NodeOf<K extends NodeKey> = Extract<Node, Record<K, unknown>>[K];

/** The payload of `node` when it is of type `key`. */
function as<K extends NodeKey>(node: Node | undefined, key: K): NodeOf<K> | undefined {
  return node !== undefined && key in node ? (node as unknown as Record<K, NodeOf<K>>)[key] : undefined;
}

function strings(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).map((n) => as(n, 'String')?.sval ?? '');
}

/** Names of the columns referenced in an expression. */
function columnRefs(node: Node | undefined, out: string[] = [], depth = 0): string[] {
  if (!node || depth > 200) return out;
  const ref = as(node, 'ColumnRef');
  if (ref) {
    const parts = strings(ref.fields);
    const col = parts[parts.length - 1];
    if (col && !out.includes(col)) out.push(col);
    return out;
  }
  for (const value of Object.values(node as Record<string, unknown>)) walkValue(value, (n) => columnRefs(n, out, depth + 1));
  return out;
}

/** Calls `f` on every Node found directly inside `value` (a node payload, array, or nested object). */
function walkValue(value: unknown, f: (n: Node) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walkValue(v, f);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/^[A-Z]/.test(k) && v && typeof v === 'object' && !Array.isArray(v)) f({ [k]: v } as unknown as Node);
      else walkValue(v, f);
    }
  }
}

/** Lower-case names of all functions called in a node tree, breadth-first (so in source order per level). */
function functionNames(node: Node, out: Set<string>): void {
  const queue: unknown[] = [node];
  for (let head = 0; head < queue.length && head < 100000; head++) {
    const v = queue[head];
    if (Array.isArray(v)) {
      for (const x of v) queue.push(x);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'FuncCall' && x && typeof x === 'object') {
          const names = strings((x as { funcname?: Node[] }).funcname);
          if (names.length > 0) out.add(names[names.length - 1].toLowerCase());
        }
        if (x && typeof x === 'object') queue.push(x);
      }
    }
  }
}

const FK_ACTIONS: Record<string, FkAction> = { a: 'noAction', r: 'restrict', c: 'cascade', n: 'setNull', d: 'setDefault' };

const LOCK_MODES_BY_NUMBER: LockMode[] = [
  'ACCESS EXCLUSIVE', // 0 is not a lock mode; LOCK TABLE defaults to ACCESS EXCLUSIVE
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];

function objectTypeName(t: string | undefined): string {
  switch (t) {
    case 'OBJECT_MATVIEW':
      return 'materialized view';
    case 'OBJECT_FOREIGN_TABLE':
      return 'foreign table';
    case 'OBJECT_TABCONSTRAINT':
      return 'constraint';
    case 'OBJECT_DOMCONSTRAINT':
      return 'domain constraint';
    default:
      return (t ?? 'OBJECT_TABLE').replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ');
  }
}

/** ASCII-only case folding, as PostgreSQL does for unquoted identifiers in UTF-8 databases. */
function foldIdent(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The identifier a token stands for (quotes removed, unquoted names folded). */
export function identValue(t: SqlToken): string {
  const text = t.parsedText ?? t.text;
  if (text.startsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  if (/^u&"/i.test(text)) return text.slice(3, -1).replace(/""/g, '"');
  return foldIdent(text);
}

function isNameToken(t: SqlToken | undefined): t is SqlToken {
  return t !== undefined && (t.kind === 'ident' || t.kind === 'keyword');
}

// ---------------------------------------------------------------------------------------------
// Statement context: token navigation and span helpers

class Ctx {
  /** Non-comment tokens of the statement. */
  readonly toks: SqlToken[];
  readonly stmtSpan: Span;

  constructor(
    readonly stmt: SqlStatement,
    readonly source: string,
  ) {
    this.toks = stmt.tokens.filter((t) => t.kind !== 'comment');
    this.stmtSpan = { start: stmt.start, end: stmt.end };
  }

  base(span?: Span): FactBase {
    return { statementIndex: this.stmt.index, statementSpan: this.stmtSpan, span: span ?? this.stmtSpan };
  }

  /** Index of the first token starting at or after `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the token at an AST location, or -1. */
  indexAtLoc(location: number | undefined): number {
    const off = this.stmt.loc(location);
    if (off === undefined) return -1;
    const i = this.indexAt(off);
    return i < this.toks.length && this.toks[i].start === off ? i : -1;
  }

  span(from: number, to: number): Span {
    return { start: this.toks[from].start, end: this.toks[to].end };
  }

  text(span: Span): string {
    return this.source.slice(span.start, span.end);
  }

  /** End index (inclusive) of the dotted name starting at token `i`. */
  nameEnd(i: number): number {
    let j = i;
    while (this.toks[j + 1]?.text === '.' && isNameToken(this.toks[j + 2])) j += 2;
    return j;
  }

  /** Finds the token sequence `a . b . c` matching folded `parts`, searching tokens [from, to). */
  findName(parts: string[], from = 0, to = this.toks.length): number {
    if (parts.length === 0) return -1;
    outer: for (let i = from; i < to; i++) {
      for (let k = 0; k < parts.length; k++) {
        const t = this.toks[i + 2 * k];
        if (!isNameToken(t) || identValue(t) !== parts[k]) continue outer;
        if (k > 0 && this.toks[i + 2 * k - 1]?.text !== '.') continue outer;
      }
      return i;
    }
    return -1;
  }

  /** Index of the next token at or after `from` (before `to`) that is keyword `kw` at paren depth 0, or -1. */
  findKeyword(kw: string, from = 0, to = this.toks.length): number {
    let depth = 0;
    for (let i = from; i < to; i++) {
      const t = this.toks[i];
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && t.keyword === kw) return i;
    }
    return -1;
  }

  /** Index of the `)` matching the `(` at `i`, or -1. */
  matchParen(i: number): number {
    let depth = 0;
    for (let j = i; j < this.toks.length; j++) {
      const t = this.toks[j].text;
      if (t === '(' || t === '[') depth++;
      else if (t === ')' || t === ']') {
        depth--;
        if (depth === 0) return j;
      }
    }
    return -1;
  }

  /** Splits tokens [from, to] (inclusive) at commas of paren depth 0: list of [first, last] ranges. */
  splitTopLevel(from: number, to: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let depth = 0;
    let start = from;
    for (let i = from; i <= to; i++) {
      const t = this.toks[i].text;
      if (t === '(' || t === '[') depth++;
      else if (t === ')' || t === ']') depth--;
      else if (t === ',' && depth === 0) {
        if (i > start) out.push([start, i - 1]);
        start = i + 1;
      }
    }
    if (to >= start) out.push([start, to]);
    return out;
  }

  /** Span of the tokens starting in [fromOffset, toOffset), or undefined when there are none. */
  tokenSpan(fromOffset: number, toOffset: number): Span | undefined {
    const i = this.indexAt(fromOffset);
    let j = i;
    while (j < this.toks.length && this.toks[j].start < toOffset) j++;
    return j > i ? this.span(i, j - 1) : undefined;
  }

  /** NameRef for a RangeVar, located by its AST location (or by searching the name). */
  rangeVar(rv: RangeVar | undefined, searchFrom = 0): NameRef {
    const name = rv?.relname ?? '';
    const schema = rv?.schemaname;
    let i = this.indexAtLoc(rv?.location);
    if (i === -1 || !isNameToken(this.toks[i])) i = this.findName(schema ? [schema, name] : [name], searchFrom);
    return this.nameRefAt(i, name, schema);
  }

  /** NameRef for a qualified name given as folded parts, searched from token `from`. */
  nameParts(parts: string[], from = 0): { ref: NameRef; end: number } {
    const name = parts[parts.length - 1] ?? '';
    const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
    const i = this.findName(parts, from);
    const end = i === -1 ? from : i + 2 * (parts.length - 1);
    return { ref: this.nameRefAt(i, name, schema, end), end };
  }

  private nameRefAt(i: number, name: string, schema: string | undefined, end?: number): NameRef {
    const qualified = schema ? `${schema}.${name}` : name;
    if (i < 0 || i >= this.toks.length) return { name, schema, qualified, raw: qualified, span: this.stmtSpan };
    const span = this.span(i, end ?? this.nameEnd(i));
    return { name, schema, qualified, raw: this.text(span), span };
  }

  /** Ident for the token at index `i` (or a fallback at `fallback` span). */
  identAt(i: number, name: string, fallback: Span): Ident {
    const t = this.toks[i];
    if (!t) return { name, raw: name, span: fallback };
    return { name, raw: t.text, span: { start: t.start, end: t.end } };
  }

  /** Ident for `name` searched in tokens [from, to]; the first name token that folds to `name`. */
  findIdent(name: string, from: number, to: number, fallback: Span): Ident {
    for (let i = from; i <= to && i < this.toks.length; i++) {
      if (isNameToken(this.toks[i]) && identValue(this.toks[i]) === name) return this.identAt(i, name, fallback);
    }
    return { name, raw: name, span: fallback };
  }
}

// ---------------------------------------------------------------------------------------------
// Dispatch

function factsOf(ctx: Ctx): Fact[] {
  const node = ctx.stmt.node;
  const base = ctx.base();

  const alter = as(node, 'AlterTableStmt');
  if (alter) return alterTableFacts(ctx, alter.relation, alter.cmds ?? [], alter.objtype);

  const create = as(node, 'CreateStmt');
  if (create) return [createTableFact(ctx, create)];

  const ctas = as(node, 'CreateTableAsStmt');
  if (ctas && ctas.objtype !== 'OBJECT_MATVIEW') {
    return [createTableLike(ctx, ctx.rangeVar(ctas.into?.rel), !!ctas.if_not_exists, ctas.into?.rel)];
  }

  const index = as(node, 'IndexStmt');
  if (index) return [createIndexFact(ctx, index)];

  const drop = as(node, 'DropStmt');
  if (drop) return [dropFact(ctx, drop)];

  const rename = as(node, 'RenameStmt');
  if (rename) return [renameFact(ctx, rename)];

  const reindex = as(node, 'ReindexStmt');
  if (reindex) {
    const target = (reindex.kind ?? 'REINDEX_OBJECT_INDEX').replace('REINDEX_OBJECT_', '').toLowerCase() as ReindexFact['target'];
    const concurrentOpt = (reindex.params ?? []).map((p) => as(p, 'DefElem')).find((d) => d?.defname === 'concurrently');
    const kwIndex = ctx.findKeyword(target.toUpperCase());
    const concIdx = kwIndex === -1 ? -1 : ctx.toks[kwIndex + 1]?.keyword === 'CONCURRENTLY' ? kwIndex + 1 : -1;
    let concurrentlySpan: Span | undefined;
    if (concIdx !== -1) concurrentlySpan = ctx.span(concIdx, concIdx);
    else if (concurrentOpt) {
      const i = ctx.indexAtLoc(concurrentOpt.location);
      if (i !== -1) concurrentlySpan = ctx.span(i, i);
    }
    let name: NameRef | undefined;
    if (reindex.relation) name = ctx.rangeVar(reindex.relation);
    else if (reindex.name) name = ctx.nameParts([reindex.name], Math.max(kwIndex, 0)).ref;
    return [
      {
        ...base,
        kind: 'reindex',
        target,
        name,
        concurrently: !!concurrentOpt,
        concurrentlyInsertAt: kwIndex === -1 ? ctx.stmt.end : ctx.toks[kwIndex].end,
        concurrentlySpan,
      },
    ];
  }

  const truncate = as(node, 'TruncateStmt');
  if (truncate) {
    return [
      {
        ...base,
        kind: 'truncate',
        tables: (truncate.relations ?? []).map((r) => ctx.rangeVar(as(r, 'RangeVar'))),
        cascade: truncate.behavior === 'DROP_CASCADE',
        restartIdentity: !!truncate.restart_seqs,
      },
    ];
  }

  const vacuum = as(node, 'VacuumStmt');
  if (vacuum) {
    const options = (vacuum.options ?? []).map((o) => as(o, 'DefElem')?.defname ?? '');
    const tables = (vacuum.rels ?? []).map((r) => ctx.rangeVar(as(r, 'VacuumRelation')?.relation));
    if (!vacuum.is_vacuumcmd) return [{ ...base, kind: 'analyze', tables }];
    return [{ ...base, kind: 'vacuum', tables, full: options.includes('full'), analyze: options.includes('analyze') }];
  }

  const cluster = as(node, 'ClusterStmt');
  if (cluster) {
    return [{ ...base, kind: 'cluster', table: cluster.relation ? ctx.rangeVar(cluster.relation) : undefined, index: cluster.indexname }];
  }

  const dropdb = as(node, 'DropdbStmt');
  if (dropdb) return [{ ...base, kind: 'dropDatabase', name: dropdb.dbname ?? '', ifExists: !!dropdb.missing_ok }];

  const enumStmt = as(node, 'AlterEnumStmt');
  if (enumStmt) {
    const parts = strings(enumStmt.typeName);
    const typeKw = ctx.findKeyword('TYPE');
    const type = ctx.nameParts(parts, Math.max(typeKw, 0)).ref;
    if (enumStmt.oldVal !== undefined) return [{ ...base, kind: 'other', stmtType: 'AlterEnumStmt' }];
    return [
      {
        ...base,
        kind: 'alterTypeAddValue',
        type,
        value: enumStmt.newVal ?? '',
        beforeAfter: enumStmt.newValNeighbor !== undefined,
        ifNotExists: !!enumStmt.skipIfNewValExists,
      },
    ];
  }

  const tx = as(node, 'TransactionStmt');
  if (tx) {
    const kinds: Record<string, TransactionKind> = {
      TRANS_STMT_BEGIN: 'begin',
      TRANS_STMT_START: 'begin',
      TRANS_STMT_COMMIT: 'commit',
      TRANS_STMT_ROLLBACK: 'rollback',
      TRANS_STMT_SAVEPOINT: 'savepoint',
      TRANS_STMT_RELEASE: 'release',
      TRANS_STMT_ROLLBACK_TO: 'rollbackTo',
      TRANS_STMT_PREPARE: 'prepare',
      TRANS_STMT_COMMIT_PREPARED: 'commitPrepared',
      TRANS_STMT_ROLLBACK_PREPARED: 'rollbackPrepared',
    };
    return [{ ...base, kind: 'transaction', transactionKind: kinds[tx.kind ?? 'TRANS_STMT_BEGIN'] ?? 'begin', savepoint: tx.savepoint_name }];
  }

  const set = as(node, 'VariableSetStmt');
  if (set) return [setFact(ctx, set)];

  const comment = as(node, 'CommentStmt');
  if (comment) return [commentFact(ctx, comment)];

  const ext = as(node, 'CreateExtensionStmt');
  if (ext) return [{ ...base, kind: 'createExtension', name: ext.extname ?? '', ifNotExists: !!ext.if_not_exists }];

  const update = as(node, 'UpdateStmt');
  if (update) return [{ ...base, kind: 'update', table: ctx.rangeVar(update.relation), hasWhere: update.whereClause !== undefined }];

  const del = as(node, 'DeleteStmt');
  if (del) return [{ ...base, kind: 'delete', table: ctx.rangeVar(del.relation), hasWhere: del.whereClause !== undefined }];

  const insert = as(node, 'InsertStmt');
  if (insert) {
    const select = as(insert.selectStmt, 'SelectStmt');
    return [
      {
        ...base,
        kind: 'insert',
        table: ctx.rangeVar(insert.relation),
        fromSelect: select !== undefined && select.valuesLists === undefined,
        onConflict: insert.onConflictClause !== undefined,
      },
    ];
  }

  const select = as(node, 'SelectStmt');
  if (select) {
    if (select.intoClause?.rel) return [createTableLike(ctx, ctx.rangeVar(select.intoClause.rel), false, select.intoClause.rel)];
    const functions = new Set<string>();
    functionNames(node, functions);
    return [{ ...base, kind: 'select', locking: (select.lockingClause ?? []).length > 0, functions: [...functions] }];
  }

  const lock = as(node, 'LockStmt');
  if (lock) {
    return [
      {
        ...base,
        kind: 'lockTable',
        tables: (lock.relations ?? []).map((r) => ctx.rangeVar(as(r, 'RangeVar'))),
        mode: LOCK_MODES_BY_NUMBER[lock.mode ?? 8] ?? 'ACCESS EXCLUSIVE',
        nowait: !!lock.nowait,
      },
    ];
  }

  const trigger = as(node, 'CreateTrigStmt');
  if (trigger) return [{ ...base, kind: 'createTrigger', table: ctx.rangeVar(trigger.relation), name: trigger.trigname ?? '' }];

  const refresh = as(node, 'RefreshMatViewStmt');
  if (refresh) return [{ ...base, kind: 'refreshMaterializedView', view: ctx.rangeVar(refresh.relation), concurrently: !!refresh.concurrent }];

  return [{ ...base, kind: 'other', stmtType: ctx.stmt.type }];
}

// ---------------------------------------------------------------------------------------------
// ALTER TABLE

function alterTableFacts(ctx: Ctx, relation: RangeVar | undefined, cmds: Node[], objtype: string | undefined): Fact[] {
  const table = ctx.rangeVar(relation);
  const objectType = objectTypeName(objtype);
  const isTable = objtype === undefined || objtype === 'OBJECT_TABLE' || objtype === 'OBJECT_FOREIGN_TABLE';

  // Subcommand spans: split the tokens after the table name at top-level commas.
  let segments: Array<[number, number]> = [];
  const nameIdx = ctx.indexAtLoc(relation?.location);
  if (nameIdx !== -1) {
    let from = ctx.nameEnd(nameIdx) + 1;
    if (ctx.toks[from]?.text === '*') from++;
    if (from < ctx.toks.length) segments = ctx.splitTopLevel(from, ctx.toks.length - 1);
  }
  if (segments.length !== cmds.length) segments = [];

  const facts: Fact[] = [];
  cmds.forEach((node, i) => {
    const cmd = as(node, 'AlterTableCmd');
    if (!cmd) return;
    const seg: [number, number] | undefined = segments[i];
    const segSpan = seg ? ctx.span(seg[0], seg[1]) : ctx.stmtSpan;
    const base = ctx.base(segSpan);
    facts.push(...alterCmdFacts(ctx, cmd, table, objectType, isTable, seg, segSpan, base));
  });
  return facts;
}

/** Leading keywords of subcommands that come before the column/constraint name. */
const LEAD_IN = new Set(['ALTER', 'COLUMN', 'DROP', 'IF', 'EXISTS', 'VALIDATE', 'CONSTRAINT', 'ADD', 'SET', 'RESET']);

function alterCmdFacts(
  ctx: Ctx,
  cmd: AlterTableCmd,
  table: NameRef,
  objectType: string,
  isTable: boolean,
  seg: [number, number] | undefined,
  segSpan: Span,
  base: FactBase,
): Fact[] {
  const subtype = cmd.subtype ?? 'AT_AddColumn';
  /** The object name of the subcommand (column or constraint), located inside the segment. */
  const named = (name: string): Ident => {
    if (!seg) return { name, raw: name, span: segSpan };
    let from = seg[0];
    while (from < seg[1] && ctx.toks[from].keyword !== undefined && LEAD_IN.has(ctx.toks[from].keyword!) && identValue(ctx.toks[from]) !== name) from++;
    return ctx.findIdent(name, from, seg[1], segSpan);
  };
  const generic = (): Fact => ({
    ...base,
    kind: 'alterTable',
    table,
    subtype: subtype.replace(/^AT_/, ''),
    objectType,
    column: cmd.name !== undefined && /Column|NotNull|Default|Statistics|Options|Storage|Compression|Identity|Expression/.test(subtype) ? named(cmd.name) : undefined,
  });
  if (!isTable) return [generic()];

  switch (subtype) {
    case 'AT_AddColumn': {
      const cd = as(cmd.def, 'ColumnDef');
      if (!cd) return [generic()];
      const info = columnInfo(ctx, cd, seg ? ctx.toks[seg[1]].end : ctx.stmt.end, segSpan);
      const fact: AddColumnFact = { ...base, kind: 'addColumn', table, ifNotExists: !!cmd.missing_ok, ...info };
      return [fact, ...inlineConstraintFacts(ctx, cd, info, table, seg ? ctx.toks[seg[1]].end : ctx.stmt.end, base)];
    }
    case 'AT_DropColumn':
      return [{ ...base, kind: 'dropColumn', table, column: named(cmd.name ?? ''), ifExists: !!cmd.missing_ok, cascade: cmd.behavior === 'DROP_CASCADE' }];
    case 'AT_AlterColumnType': {
      const cd = as(cmd.def, 'ColumnDef');
      const column = named(cmd.name ?? '');
      const segEnd = seg ? ctx.toks[seg[1]].end : ctx.stmt.end;
      const typeStart = ctx.stmt.loc(cd?.typeName?.location) ?? column.span.end;
      const usingIdx = seg ? ctx.findKeyword('USING', ctx.indexAt(typeStart), seg[1] + 1) : -1;
      const collateIdx = seg ? ctx.findKeyword('COLLATE', ctx.indexAt(typeStart), seg[1] + 1) : -1;
      const typeEnd = Math.min(usingIdx === -1 ? segEnd : ctx.toks[usingIdx].start, collateIdx === -1 ? segEnd : ctx.toks[collateIdx].start);
      const typeSpan = ctx.tokenSpan(typeStart, typeEnd) ?? segSpan;
      const newType = typeFromNode(cd?.typeName, ctx.text(typeSpan));
      let using: ExprInfo | undefined;
      if (usingIdx !== -1 && seg && usingIdx < seg[1]) {
        const span = ctx.span(usingIdx + 1, seg[1]);
        using = { text: ctx.text(span), span };
      }
      return [
        {
          ...base,
          kind: 'alterColumnType',
          table,
          column,
          newType,
          typeName: formatType(newType),
          typeSpan,
          using,
          usingIsPlainColumn: using === undefined || isPlainColumn(cd?.raw_default, column.name),
        },
      ];
    }
    case 'AT_SetNotNull':
      return [{ ...base, kind: 'setNotNull', table, column: named(cmd.name ?? '') }];
    case 'AT_DropNotNull':
      return [{ ...base, kind: 'dropNotNull', table, column: named(cmd.name ?? '') }];
    case 'AT_ColumnDefault': {
      const column = named(cmd.name ?? '');
      if (!cmd.def) return [{ ...base, kind: 'dropDefault', table, column }];
      const kw = seg ? ctx.findKeyword('DEFAULT', seg[0], seg[1] + 1) : -1;
      const span = kw !== -1 && seg && kw < seg[1] ? ctx.span(kw + 1, seg[1]) : segSpan;
      const def = defaultInfo(ctx, cmd.def, span);
      return [{ ...base, kind: 'setDefault', table, column, default: def, volatility: def.volatility }];
    }
    case 'AT_AddConstraint': {
      const con = as(cmd.def, 'Constraint');
      if (!con) return [generic()];
      const fact = constraintFact(ctx, con, table, base, seg, false);
      return fact ? [fact] : [generic()];
    }
    case 'AT_ValidateConstraint':
      return [{ ...base, kind: 'validateConstraint', table, name: named(cmd.name ?? '') }];
    case 'AT_DropConstraint':
      return [{ ...base, kind: 'dropConstraint', table, name: named(cmd.name ?? ''), ifExists: !!cmd.missing_ok, cascade: cmd.behavior === 'DROP_CASCADE' }];
    case 'AT_AttachPartition':
    case 'AT_DetachPartition':
    case 'AT_DetachPartitionFinalize': {
      const pc = as(cmd.def, 'PartitionCmd');
      const partition = ctx.rangeVar(pc?.name, seg?.[0] ?? 0);
      if (subtype === 'AT_AttachPartition') return [{ ...base, kind: 'attachPartition', table, partition }];
      return [
        {
          ...base,
          kind: 'detachPartition',
          table,
          partition,
          concurrently: !!pc?.concurrent,
          finalize: subtype === 'AT_DetachPartitionFinalize',
          concurrentlyInsertAt: partition.span.end,
        },
      ];
    }
    default:
      return [generic()];
  }
}

/** USING expression that is just the column, optionally cast (`USING col`, `USING col::text`). */
function isPlainColumn(expr: Node | undefined, column: string): boolean {
  let e = expr;
  for (let i = 0; i < 10 && e; i++) {
    const cast = as(e, 'TypeCast');
    if (!cast) break;
    e = cast.arg;
  }
  const ref = as(e, 'ColumnRef');
  if (!ref) return false;
  const parts = strings(ref.fields);
  return parts.length === 1 && parts[0] === column;
}

function defaultInfo(ctx: Ctx, expr: Node, span: Span): DefaultInfo {
  const v = exprVolatility(expr);
  const c = as(expr, 'A_Const');
  return { text: ctx.text(span), span, volatility: v.volatility, unknown: v.unknown, isNull: !!c?.isnull };
}

// ---------------------------------------------------------------------------------------------
// Columns and constraints

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial']);

/** Column info from a ColumnDef; `endOffset` bounds the column definition (exclusive). */
function columnInfo(ctx: Ctx, cd: ColumnDef, endOffset: number, fallback: Span): ColumnInfo {
  const nameIdx = ctx.indexAtLoc(cd.location);
  const column = nameIdx !== -1 ? ctx.identAt(nameIdx, cd.colname ?? '', fallback) : { name: cd.colname ?? '', raw: cd.colname ?? '', span: fallback };
  const constraints = (cd.constraints ?? []).map((n) => as(n, 'Constraint')).filter((c): c is Constraint => c !== undefined);
  const conStarts = constraints.map((c) => ctx.stmt.loc(c.location) ?? endOffset);
  const typeStart = ctx.stmt.loc(cd.typeName?.location) ?? column.span.end;
  let typeEnd = Math.min(endOffset, ...conStarts.filter((s) => s > typeStart));
  const collateIdx = ctx.findKeyword('COLLATE', ctx.indexAt(typeStart), ctx.indexAt(typeEnd));
  if (collateIdx !== -1) typeEnd = ctx.toks[collateIdx].start;
  const typeSpan = ctx.tokenSpan(typeStart, typeEnd) ?? column.span;
  const type = typeFromNode(cd.typeName as TypeName | undefined, ctx.text(typeSpan));

  const info: ColumnInfo = {
    column,
    type,
    typeName: formatType(type),
    typeSpan,
    notNull: !!cd.is_not_null,
    hasDefault: false,
    defaultVolatility: 'none',
    serial: SERIAL_TYPES.has(type.name) && !type.schema,
    identity: false,
    generatedStored: false,
    primaryKey: false,
    unique: false,
    checks: [],
  };
  constraints.forEach((con, k) => {
    const from = conStarts[k];
    const to = k + 1 < conStarts.length ? conStarts[k + 1] : endOffset;
    switch (con.contype) {
      case 'CONSTR_NOTNULL':
        info.notNull = true;
        info.notNullSpan = ctx.tokenSpan(from, to);
        break;
      case 'CONSTR_DEFAULT': {
        if (!con.raw_expr) break;
        const kw = ctx.indexAt(from);
        const span = ctx.tokenSpan(ctx.toks[kw + 1]?.start ?? to, to) ?? { start: from, end: to };
        info.default = defaultInfo(ctx, con.raw_expr, span);
        break;
      }
      case 'CONSTR_IDENTITY':
        info.identity = true;
        break;
      case 'CONSTR_GENERATED':
        info.generated = con.generated_kind === 'v' ? 'virtual' : 'stored';
        break;
      case 'CONSTR_PRIMARY':
        info.primaryKey = true;
        info.notNull = true;
        break;
      case 'CONSTR_UNIQUE':
        info.unique = true;
        break;
      case 'CONSTR_FOREIGN':
        info.references = ctx.rangeVar(con.pktable, ctx.indexAt(from));
        break;
      case 'CONSTR_CHECK': {
        const expr = checkExpr(ctx, from, to);
        if (expr) info.checks.push(expr);
        break;
      }
    }
  });
  info.generatedStored = info.generated === 'stored';
  if (info.default && !info.default.isNull) {
    info.hasDefault = true;
    info.defaultVolatility = info.default.volatility;
  }
  if (info.serial || info.identity) {
    // serial = DEFAULT nextval(...); identity columns are filled from a sequence too.
    info.hasDefault = true;
    info.defaultVolatility = 'volatile';
  }
  return info;
}

/** The CHECK expression (inside its parentheses) of a constraint written in [from, to). */
function checkExpr(ctx: Ctx, from: number, to: number): ExprInfo | undefined {
  const kw = ctx.findKeyword('CHECK', ctx.indexAt(from), ctx.indexAt(to));
  if (kw === -1 || ctx.toks[kw + 1]?.text !== '(') return undefined;
  const close = ctx.matchParen(kw + 1);
  if (close === -1 || close <= kw + 2) return undefined;
  const span = ctx.span(kw + 2, close - 1);
  return { text: ctx.text(span), span };
}

/** addConstraint facts for the inline constraints of an added column (FK, CHECK, UNIQUE, PRIMARY KEY). */
function inlineConstraintFacts(ctx: Ctx, cd: ColumnDef, info: ColumnInfo, table: NameRef, endOffset: number, base: FactBase): Fact[] {
  const facts: AddConstraintFact[] = [];
  const constraints = (cd.constraints ?? []).map((n) => as(n, 'Constraint')).filter((c): c is Constraint => c !== undefined);
  const isAttr = (c: Constraint): boolean => (c.contype ?? '').startsWith('CONSTR_ATTR_');
  let last: AddConstraintFact | undefined;
  constraints.forEach((con, k) => {
    const from = ctx.stmt.loc(con.location) ?? base.span.start;
    // A constraint's text runs to the next constraint that is not one of its attributes (DEFERRABLE...).
    let next = k + 1;
    while (next < constraints.length && isAttr(constraints[next])) next++;
    const nextStart = next < constraints.length ? (ctx.stmt.loc(constraints[next].location) ?? endOffset) : endOffset;
    const span = ctx.tokenSpan(from, nextStart) ?? base.span;
    switch (con.contype) {
      case 'CONSTR_ATTR_DEFERRABLE':
        if (last) last.deferrable = true;
        return;
      case 'CONSTR_ATTR_NOT_DEFERRABLE':
        if (last) last.deferrable = false;
        return;
      case 'CONSTR_ATTR_DEFERRED':
        if (last) last.initiallyDeferred = true;
        return;
      case 'CONSTR_ATTR_IMMEDIATE':
        if (last) last.initiallyDeferred = false;
        return;
      case 'CONSTR_ATTR_NOT_ENFORCED':
        if (last) last.notEnforced = true;
        return;
      case 'CONSTR_ATTR_ENFORCED':
        if (last) last.notEnforced = false;
        return;
    }
    last = constraintFact(ctx, con, table, { ...base, span }, undefined, true, info.column.name);
    if (last) facts.push(last);
  });
  return facts;
}

/** An addConstraint fact for a table constraint (or an inline column constraint when `inlineColumn` is given). */
function constraintFact(
  ctx: Ctx,
  con: Constraint,
  table: NameRef,
  base: FactBase,
  seg: [number, number] | undefined,
  inline: boolean,
  inlineColumn?: string,
): AddConstraintFact | undefined {
  const types: Partial<Record<string, ConstraintType>> = {
    CONSTR_CHECK: 'check',
    CONSTR_FOREIGN: 'foreign',
    CONSTR_UNIQUE: 'unique',
    CONSTR_PRIMARY: 'primary',
    CONSTR_EXCLUSION: 'exclusion',
    CONSTR_NOTNULL: 'notnull',
  };
  const constraintType = types[con.contype ?? ''];
  if (!constraintType || (inline && constraintType === 'notnull')) return undefined;
  const start = ctx.stmt.loc(con.location) ?? base.span.start;
  const end = seg ? ctx.toks[seg[1]].end : base.span.end;
  const first = ctx.indexAt(start);
  let name: Ident | undefined;
  if (con.conname !== undefined) {
    const kw = ctx.findKeyword('CONSTRAINT', first, ctx.indexAt(end));
    name = kw !== -1 ? ctx.identAt(kw + 1, con.conname, base.span) : { name: con.conname, raw: con.conname, span: base.span };
  }
  let usingIndex: Ident | undefined;
  if (con.indexname !== undefined) {
    const kw = ctx.findKeyword('INDEX', first, ctx.indexAt(end));
    usingIndex = kw !== -1 ? ctx.identAt(kw + 1, con.indexname, base.span) : { name: con.indexname, raw: con.indexname, span: base.span };
  }
  let columns: string[];
  let expression: ExprInfo | undefined;
  let checkIsNotNullOf: string | undefined;
  switch (constraintType) {
    case 'foreign':
      columns = con.fk_attrs ? strings(con.fk_attrs) : inlineColumn ? [inlineColumn] : [];
      break;
    case 'check': {
      columns = columnRefs(con.raw_expr);
      expression = checkExpr(ctx, start, end);
      const nt = as(con.raw_expr, 'NullTest');
      const ref = as(nt?.arg, 'ColumnRef');
      if (nt?.nulltesttype === 'IS_NOT_NULL' && ref) {
        const parts = strings(ref.fields);
        if (parts.length === 1) checkIsNotNullOf = parts[0];
      }
      break;
    }
    case 'exclusion':
      columns = (con.exclusions ?? []).flatMap((x) => {
        const items = as(x, 'List')?.items ?? [];
        const elem = as(items[0], 'IndexElem');
        return elem?.name ? [elem.name] : columnRefs(elem?.expr);
      });
      break;
    default:
      columns = con.keys ? strings(con.keys) : inlineColumn ? [inlineColumn] : [];
  }
  const isFkOrCheck = constraintType === 'foreign' || constraintType === 'check';
  return {
    ...base,
    kind: 'addConstraint',
    table,
    constraintType,
    name,
    notValid: !!con.skip_validation,
    notEnforced: isFkOrCheck && !inline ? con.is_enforced !== true : false,
    usingIndex,
    columns,
    referencedTable: con.pktable ? ctx.rangeVar(con.pktable, first) : undefined,
    referencedColumns: strings(con.pk_attrs),
    onDelete: constraintType === 'foreign' ? FK_ACTIONS[con.fk_del_action ?? 'a'] : undefined,
    onUpdate: constraintType === 'foreign' ? FK_ACTIONS[con.fk_upd_action ?? 'a'] : undefined,
    deferrable: !!con.deferrable,
    initiallyDeferred: !!con.initdeferred,
    expression,
    checkIsNotNullOf,
    inline,
  };
}

// ---------------------------------------------------------------------------------------------
// CREATE TABLE

function createTableLike(ctx: Ctx, table: NameRef, ifNotExists: boolean, rel: RangeVar | undefined): CreateTableFact {
  return {
    ...ctx.base(),
    kind: 'createTable',
    table,
    ifNotExists,
    columns: [],
    inherits: [],
    references: [],
    asQuery: true,
    temporary: rel?.relpersistence === 't',
    unlogged: rel?.relpersistence === 'u',
  };
}

function createTableFact(ctx: Ctx, create: CreateStmt): CreateTableFact {
  const table = ctx.rangeVar(create.relation);
  const elts = create.tableElts ?? [];
  // Element bounds: split the parenthesised element list after the table name.
  const nameIdx = ctx.indexAtLoc(create.relation?.location);
  let bounds: number[] = [];
  const open = nameIdx === -1 ? -1 : ctx.nameEnd(nameIdx) + 1;
  if (open !== -1 && ctx.toks[open]?.text === '(') {
    const close = ctx.matchParen(open);
    if (close > open + 1) bounds = ctx.splitTopLevel(open + 1, close - 1).map(([, last]) => ctx.toks[last].end);
  }
  if (bounds.length !== elts.length) bounds = [];
  const columns: ColumnInfo[] = [];
  const references: NameRef[] = [];
  elts.forEach((e, i) => {
    const cd = as(e, 'ColumnDef');
    if (cd) {
      const info = columnInfo(ctx, cd, bounds[i] ?? ctx.stmt.end, ctx.stmtSpan);
      columns.push(info);
      if (info.references) references.push(info.references);
      return;
    }
    const con = as(e, 'Constraint');
    if (con?.contype === 'CONSTR_FOREIGN' && con.pktable) references.push(ctx.rangeVar(con.pktable, ctx.indexAtLoc(con.location)));
  });
  const parents = (create.inhRelations ?? []).map((r) => ctx.rangeVar(as(r, 'RangeVar')));
  const isPartition = create.partbound !== undefined;
  return {
    ...ctx.base(),
    kind: 'createTable',
    table,
    ifNotExists: !!create.if_not_exists,
    columns,
    partitionOf: isPartition ? parents[0] : undefined,
    inherits: isPartition ? [] : parents,
    references,
    asQuery: false,
    temporary: create.relation?.relpersistence === 't',
    unlogged: create.relation?.relpersistence === 'u',
  };
}

// ---------------------------------------------------------------------------------------------
// CREATE INDEX

function createIndexFact(ctx: Ctx, index: IndexStmt): CreateIndexFact {
  const table = ctx.rangeVar(index.relation);
  const indexKw = ctx.findKeyword('INDEX');
  const concIdx = indexKw !== -1 && ctx.toks[indexKw + 1]?.keyword === 'CONCURRENTLY' ? indexKw + 1 : -1;
  let name: Ident | undefined;
  if (index.idxname !== undefined) {
    const onKw = ctx.findKeyword('ON');
    name = ctx.findIdent(index.idxname, indexKw + 1, onKw === -1 ? ctx.toks.length - 1 : onKw - 1, ctx.stmtSpan);
  }
  // Element texts: the parenthesised list after the table name (and USING method).
  const elements: IndexElement[] = (index.indexParams ?? []).map((p) => {
    const e = as(p, 'IndexElem');
    return { text: e?.name ?? '', column: e?.name };
  });
  const nameIdx = ctx.indexAtLoc(index.relation?.location);
  let after = nameIdx === -1 ? -1 : ctx.nameEnd(nameIdx) + 1;
  if (after !== -1 && ctx.toks[after]?.keyword === 'USING') after += 2;
  let close = -1;
  if (after !== -1 && ctx.toks[after]?.text === '(') {
    close = ctx.matchParen(after);
    const parts = close > after + 1 ? ctx.splitTopLevel(after + 1, close - 1) : [];
    if (parts.length === elements.length) parts.forEach(([a, b], i) => (elements[i].text = ctx.text(ctx.span(a, b))));
  }
  let where: ExprInfo | undefined;
  if (index.whereClause) {
    const kw = ctx.findKeyword('WHERE', close + 1);
    if (kw !== -1 && kw + 1 < ctx.toks.length) {
      const span = ctx.span(kw + 1, ctx.toks.length - 1);
      where = { text: ctx.text(span), span };
    }
  }
  const onIdx = ctx.findKeyword('ON');
  return {
    ...ctx.base(),
    kind: 'createIndex',
    name,
    table,
    unique: !!index.unique,
    concurrently: !!index.concurrent,
    ifNotExists: !!index.if_not_exists,
    only: onIdx !== -1 && ctx.toks[onIdx + 1]?.keyword === 'ONLY',
    method: index.accessMethod ?? 'btree',
    elements,
    columns: elements.flatMap((e) => (e.column ? [e.column] : [])),
    include: (index.indexIncludingParams ?? []).flatMap((p) => {
      const n = as(p, 'IndexElem')?.name;
      return n ? [n] : [];
    }),
    where,
    concurrentlyInsertAt: indexKw === -1 ? ctx.stmt.start : ctx.toks[indexKw].end,
    concurrentlySpan: concIdx === -1 ? undefined : ctx.span(concIdx, concIdx),
  };
}

// ---------------------------------------------------------------------------------------------
// DROP, RENAME, SET, COMMENT

function dropFact(ctx: Ctx, drop: NodeOf<'DropStmt'>): Fact {
  const base = ctx.base();
  const lists = (drop.objects ?? []).map((o) => {
    const list = as(o, 'List');
    if (list) return strings(list.items);
    const s = as(o, 'String');
    if (s) return [s.sval ?? ''];
    const tn = as(o, 'TypeName');
    if (tn) return strings(tn.names);
    const owa = as(o, 'ObjectWithArgs');
    if (owa) return strings(owa.objname);
    return [];
  });
  const ifExists = !!drop.missing_ok;
  const cascade = drop.behavior === 'DROP_CASCADE';
  const refs = (): NameRef[] => {
    let from = 0;
    return lists.map((parts) => {
      const r = ctx.nameParts(parts, from);
      from = r.end + 1;
      return r.ref;
    });
  };
  if (drop.removeType === 'OBJECT_TABLE') return { ...base, kind: 'dropTable', tables: refs(), ifExists, cascade };
  if (drop.removeType === 'OBJECT_INDEX') {
    const indexKw = ctx.findKeyword('INDEX');
    const concIdx = indexKw !== -1 && ctx.toks[indexKw + 1]?.keyword === 'CONCURRENTLY' ? indexKw + 1 : -1;
    return {
      ...base,
      kind: 'dropIndex',
      indexes: refs(),
      concurrently: !!drop.concurrent,
      ifExists,
      cascade,
      concurrentlyInsertAt: indexKw === -1 ? ctx.stmt.start : ctx.toks[indexKw].end,
      concurrentlySpan: concIdx === -1 ? undefined : ctx.span(concIdx, concIdx),
    };
  }
  return { ...base, kind: 'dropObject', objectType: objectTypeName(drop.removeType), names: refs(), ifExists, cascade };
}

function renameFact(ctx: Ctx, rename: NodeOf<'RenameStmt'>): Fact {
  const base = ctx.base();
  const toIdx = ctx.findKeyword('TO', ctx.findKeyword('RENAME') + 1);
  const newName = ctx.identAt(toIdx + 1, rename.newname ?? '', ctx.stmtSpan);
  const oldName = (name: string): Ident => (toIdx > 0 ? ctx.findIdent(name, toIdx - 1, toIdx - 1, ctx.stmtSpan) : { name, raw: name, span: ctx.stmtSpan });
  const relTable = rename.relationType === 'OBJECT_TABLE' || rename.relationType === 'OBJECT_FOREIGN_TABLE';
  switch (rename.renameType) {
    case 'OBJECT_COLUMN':
      if (!relTable) break;
      return { ...base, kind: 'renameColumn', table: ctx.rangeVar(rename.relation), column: oldName(rename.subname ?? ''), newName };
    case 'OBJECT_TABLE':
    case 'OBJECT_FOREIGN_TABLE':
      return { ...base, kind: 'renameTable', table: ctx.rangeVar(rename.relation), newName };
    case 'OBJECT_INDEX':
      return { ...base, kind: 'renameIndex', index: ctx.rangeVar(rename.relation), newName };
    case 'OBJECT_TABCONSTRAINT':
      return { ...base, kind: 'renameConstraint', table: ctx.rangeVar(rename.relation), name: oldName(rename.subname ?? ''), newName };
  }
  return { ...base, kind: 'other', stmtType: 'RenameStmt' };
}

const TIMEOUT_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };

/** Milliseconds for a *_timeout value (`5s`, `100ms`, `1min`, `5000`), or undefined when it cannot be read. */
export function parseDurationMs(value: string): number | undefined {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * TIMEOUT_UNITS[m[2] ?? 'ms'];
}

function constText(n: Node): string {
  const c = as(n, 'A_Const');
  if (c) {
    if (c.sval) return c.sval.sval ?? '';
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval ?? '';
    if (c.boolval) return c.boolval.boolval ? 'on' : 'off';
    if (c.isnull) return 'null';
    return '0'; // `ival: {}` is zero
  }
  const cast = as(n, 'TypeCast');
  if (cast?.arg) return constText(cast.arg);
  return '?';
}

function setFact(ctx: Ctx, set: NodeOf<'VariableSetStmt'>): SetFact {
  const kind = set.kind ?? 'VAR_SET_VALUE';
  const reset = kind === 'VAR_RESET' || kind === 'VAR_RESET_ALL' || kind === 'VAR_SET_DEFAULT';
  const name = kind === 'VAR_RESET_ALL' ? 'all' : (set.name ?? '').toLowerCase();
  const value = reset || !set.args ? undefined : set.args.map(constText).join(', ');
  let durationMs: number | undefined;
  if (value !== undefined && name.endsWith('_timeout')) durationMs = parseDurationMs(value);
  return { ...ctx.base(), kind: 'set', name, value, local: !!set.is_local, reset, durationMs };
}

function commentFact(ctx: Ctx, comment: NodeOf<'CommentStmt'>): CommentFact {
  const objectType = objectTypeName(comment.objtype);
  const parts = (() => {
    const list = as(comment.object, 'List');
    if (list) return strings(list.items);
    const s = as(comment.object, 'String');
    return s ? [s.sval ?? ''] : [];
  })();
  let target: NameRef | undefined;
  let column: string | undefined;
  let constraint: string | undefined;
  const onIdx = ctx.findKeyword('ON');
  if (objectType === 'column' && parts.length >= 2) {
    column = parts[parts.length - 1];
    target = ctx.nameParts(parts.slice(0, -1), Math.max(onIdx, 0)).ref;
  } else if (objectType === 'constraint' && parts.length >= 2) {
    constraint = parts[parts.length - 1];
    target = ctx.nameParts(parts.slice(0, -1), Math.max(ctx.findKeyword('ON', onIdx + 1), 0)).ref;
  } else if (parts.length > 0) {
    target = ctx.nameParts(parts, Math.max(onIdx, 0)).ref;
  }
  return { ...ctx.base(), kind: 'comment', objectType, target, column, constraint, comment: comment.comment ?? null };
}
