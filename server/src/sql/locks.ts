// Locks and effects of each fact on a given PostgreSQL major version (11–18, default 16).
//
// Sources: the PostgreSQL documentation — "Explicit Locking" (13.3, table-level lock modes and their
// conflict table), ALTER TABLE (the lock level of each subform and its Notes on rewrites), CREATE INDEX,
// DROP INDEX, REINDEX, CREATE TABLE, ALTER TYPE — and AlterTableGetLockLevel() in tablecmds.c, which the
// ALTER TABLE docs summarise. Subtle points are cited next to the code.

import type { Fact, LockMode, NameRef } from './facts';
import { isBinaryCoercibleChange, type SqlType } from './datatypes';

export { isBinaryCoercibleChange, parseTypeString, type SqlType } from './datatypes';
export type { LockMode } from './facts';

/** Lock modes from weakest to strongest. */
export const LOCK_MODES: readonly LockMode[] = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];

/** Conflicting lock modes (docs 13.3, "Conflicting Lock Modes"). */
const CONFLICTS: Record<LockMode, readonly LockMode[]> = {
  'ACCESS SHARE': ['ACCESS EXCLUSIVE'],
  'ROW SHARE': ['EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ROW EXCLUSIVE': ['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE UPDATE EXCLUSIVE': ['SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  SHARE: ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE ROW EXCLUSIVE': ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  EXCLUSIVE: ['ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ACCESS EXCLUSIVE': LOCK_MODES,
};

export function lockConflicts(a: LockMode, b: LockMode): boolean {
  return CONFLICTS[a].includes(b);
}

/** The lock blocks plain SELECTs (conflicts with ACCESS SHARE): only ACCESS EXCLUSIVE. */
export function lockBlocksReads(mode: LockMode): boolean {
  return lockConflicts(mode, 'ACCESS SHARE');
}

/** The lock blocks INSERT/UPDATE/DELETE (conflicts with ROW EXCLUSIVE). */
export function lockBlocksWrites(mode: LockMode): boolean {
  return lockConflicts(mode, 'ROW EXCLUSIVE');
}

export function strongerLock(a: LockMode, b: LockMode): LockMode {
  return LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}

/** Short names used in fixtures and messages: AS, RS, RE, SUE, S, SRE, E, AE. */
export const LOCK_ABBREVIATIONS: Record<LockMode, string> = {
  'ACCESS SHARE': 'AS',
  'ROW SHARE': 'RS',
  'ROW EXCLUSIVE': 'RE',
  'SHARE UPDATE EXCLUSIVE': 'SUE',
  SHARE: 'S',
  'SHARE ROW EXCLUSIVE': 'SRE',
  EXCLUSIVE: 'E',
  'ACCESS EXCLUSIVE': 'AE',
};

/**
 * What the locked relation is to the statement. For `tableOfIndex` the table is not named in the SQL:
 * `table` is then the index name, and the lock is on the table that owns it.
 */
export type LockRole = 'table' | 'referencedTable' | 'parentTable' | 'partition' | 'index' | 'tableOfIndex';

export interface TableLock {
  table: NameRef;
  role: LockRole;
  lock: LockMode;
  blocksReads: boolean;
  blocksWrites: boolean;
  /** The relation's data is rewritten (whole-table copy under the lock). */
  rewritesTable: boolean;
  /** The relation is read in full under the lock (validation, index build, NOT NULL check). */
  scansTable: boolean;
  canRunInTransaction: boolean;
}

export interface LockEffect {
  locks: TableLock[];
  rewritesTable: boolean;
  scansTable: boolean;
  buildsIndex: boolean;
  /** Some lock blocks reads (also true for a plain REINDEX, whose index lock stalls queries on the table). */
  blocksReads: boolean;
  blocksWrites: boolean;
  /** False for statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM...). */
  canRunInTransaction: boolean;
  /** False when this form does not exist on the chosen version (e.g. REINDEX CONCURRENTLY before 12). */
  supported: boolean;
  /** Version-specific or conditional remarks, one sentence each. */
  notes: string[];
}

export interface LockOptions {
  /** PostgreSQL major version, 11–18 (clamped); default 16. */
  pgVersion?: number;
  /**
   * SET NOT NULL: a validated `CHECK (col IS NOT NULL)` exists on the column, so PostgreSQL 12+ skips the
   * full-table scan (ALTER TABLE docs, SET/DROP NOT NULL). A boolean applies to every column.
   */
  hasValidatedNotNullCheck?: boolean | ((table: NameRef, column: string) => boolean);
  /** VALIDATE CONSTRAINT: the table referenced by the constraint when it is a foreign key (gets ROW SHARE). */
  referencedTableOf?: (table: NameRef, constraint: string) => NameRef | undefined;
  /** ALTER COLUMN TYPE: the current type of the column, to tell binary-coercible changes from rewrites. */
  columnType?: (table: NameRef, column: string) => string | SqlType | undefined;
}

export const DEFAULT_PG_VERSION = 16;
export const MIN_PG_VERSION = 11;
export const MAX_PG_VERSION = 18;

function clampVersion(v: number | undefined): number {
  if (v === undefined || !Number.isFinite(v)) return DEFAULT_PG_VERSION;
  return Math.min(MAX_PG_VERSION, Math.max(MIN_PG_VERSION, Math.trunc(v)));
}

interface LockSpec {
  table: NameRef;
  role: LockRole;
  lock: LockMode;
  rewrites?: boolean;
  scans?: boolean;
}

class EffectBuilder {
  readonly locks: LockSpec[] = [];
  rewrites = false;
  scans = false;
  buildsIndex = false;
  blocksReads = false;
  inTransaction = true;
  supported = true;
  readonly notes: string[] = [];

  lock(table: NameRef, lock: LockMode, role: LockRole = 'table', extra: { rewrites?: boolean; scans?: boolean } = {}): this {
    this.locks.push({ table, role, lock, ...extra });
    if (extra.rewrites) this.rewrites = true;
    if (extra.scans) this.scans = true;
    return this;
  }

  note(text: string): this {
    this.notes.push(text);
    return this;
  }

  build(): LockEffect {
    const locks = this.locks.map<TableLock>((l) => ({
      table: l.table,
      role: l.role,
      lock: l.lock,
      blocksReads: lockBlocksReads(l.lock),
      blocksWrites: lockBlocksWrites(l.lock),
      rewritesTable: !!l.rewrites,
      scansTable: !!l.scans || !!l.rewrites,
      canRunInTransaction: this.inTransaction,
    }));
    return {
      locks,
      rewritesTable: this.rewrites,
      scansTable: this.scans || this.rewrites,
      buildsIndex: this.buildsIndex,
      blocksReads: this.blocksReads || locks.some((l) => l.blocksReads),
      blocksWrites: locks.some((l) => l.blocksWrites),
      canRunInTransaction: this.inTransaction,
      supported: this.supported,
      notes: this.notes,
    };
  }
}

/** The locks a fact takes and what it does to the table, on the chosen PostgreSQL version. Never throws. */
export function lockEffect(fact: Fact, options: LockOptions = {}): LockEffect {
  const v = clampVersion(options.pgVersion);
  const e = new EffectBuilder();
  switch (fact.kind) {
    case 'createTable': {
      // Creating a partition takes ACCESS EXCLUSIVE on the parent (CREATE TABLE docs, PARTITION OF);
      // ATTACH PARTITION is the lighter alternative on PG 12+.
      if (fact.partitionOf) e.lock(fact.partitionOf, 'ACCESS EXCLUSIVE', 'parentTable');
      for (const p of fact.inherits) e.lock(p, 'SHARE UPDATE EXCLUSIVE', 'parentTable');
      // Foreign keys add triggers on the referenced tables: SHARE ROW EXCLUSIVE, as CREATE TRIGGER.
      for (const r of fact.references) e.lock(r, 'SHARE ROW EXCLUSIVE', 'referencedTable');
      break;
    }
    case 'addColumn': {
      // ALTER TABLE Notes: "Adding a column with a volatile DEFAULT or changing the type of an existing
      // column will require the entire table and its indexes to be rewritten." Before PG 11 any non-null
      // default rewrote; stored generated columns are computed for every row.
      const rewrites = fact.generatedStored || (fact.hasDefault && (v < 11 || fact.defaultVolatility === 'volatile'));
      const failsIfRows = fact.notNull && !fact.hasDefault && fact.generated === undefined;
      const scans = rewrites || failsIfRows || fact.checks.length > 0 || fact.unique || fact.primaryKey;
      e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { rewrites, scans });
      if (fact.unique || fact.primaryKey) e.buildsIndex = true;
      if (fact.generated !== undefined && v < 12) {
        e.supported = false;
        e.note('Generated columns need PostgreSQL 12+.');
      }
      if (fact.generated === 'virtual' && v < 18) {
        e.supported = false;
        e.note('Virtual generated columns need PostgreSQL 18+ (earlier versions require STORED).');
      }
      if (failsIfRows) e.note('NOT NULL without a default fails as soon as the table has rows.');
      if (fact.hasDefault && fact.defaultVolatility !== 'volatile' && !fact.generatedStored) {
        e.note(v < 11 ? 'Before PostgreSQL 11 any DEFAULT rewrites the table.' : 'A non-volatile DEFAULT is stored in the catalog (PG 11+): no rewrite.');
      }
      if (fact.default && fact.default.unknown.length > 0) e.note(`Unknown volatility of ${fact.default.unknown.join(', ')}: assumed volatile.`);
      break;
    }
    case 'dropColumn':
      // DROP COLUMN only marks the column dropped; space is reclaimed by later rewrites.
      e.lock(fact.table, 'ACCESS EXCLUSIVE');
      break;
    case 'alterColumnType': {
      const old = options.columnType?.(fact.table, fact.column.name);
      const coercible = old !== undefined && fact.usingIsPlainColumn && isBinaryCoercibleChange(old, fact.newType);
      e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { rewrites: !coercible });
      if (old === undefined) e.note('Rewrites the table unless the change is binary-coercible (old type unknown here).');
      else if (coercible) e.note('Binary-coercible change: no rewrite, but indexes on the column may be rebuilt.');
      break;
    }
    case 'setNotNull': {
      // ALTER TABLE, SET/DROP NOT NULL: the scan is skipped (PG 12+) when a valid CHECK constraint proves
      // the column cannot be null.
      const flag = options.hasValidatedNotNullCheck;
      const proven = v >= 12 && (typeof flag === 'function' ? flag(fact.table, fact.column.name) : !!flag);
      e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { scans: !proven });
      if (proven) e.note('A validated CHECK (col IS NOT NULL) lets PostgreSQL skip the scan.');
      break;
    }
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
    case 'dropConstraint':
    case 'renameColumn':
    case 'renameTable':
    case 'renameConstraint':
      // Metadata-only changes, but ACCESS EXCLUSIVE (AlterTableGetLockLevel; RenameRelation).
      e.lock(fact.table, 'ACCESS EXCLUSIVE');
      break;
    case 'renameIndex':
      // PG 12 lowered ALTER INDEX ... RENAME to SHARE UPDATE EXCLUSIVE on the index.
      e.lock(fact.index, v >= 12 ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', 'index');
      break;
    case 'addConstraint':
      addConstraintEffect(fact, v, e);
      break;
    case 'validateConstraint': {
      // ALTER TABLE, VALIDATE CONSTRAINT: "acquires only a SHARE UPDATE EXCLUSIVE lock on the table being
      // altered. (If the constraint is a foreign key then a ROW SHARE lock is also required on the table
      // referenced by the constraint.)"
      e.lock(fact.table, 'SHARE UPDATE EXCLUSIVE', 'table', { scans: true });
      const ref = options.referencedTableOf?.(fact.table, fact.name.name);
      if (ref) e.lock(ref, 'ROW SHARE', 'referencedTable');
      else e.note('A foreign key also takes ROW SHARE on the referenced table.');
      break;
    }
    case 'createIndex':
      e.buildsIndex = true;
      if (fact.concurrently) {
        // CREATE INDEX CONCURRENTLY: SHARE UPDATE EXCLUSIVE, two table scans, no transaction block.
        e.lock(fact.table, 'SHARE UPDATE EXCLUSIVE', 'table', { scans: true });
        e.inTransaction = false;
        if (v === 14) e.note('PostgreSQL 14.0–14.3 can corrupt indexes built CONCURRENTLY: use 14.4+.');
      } else {
        e.lock(fact.table, 'SHARE', 'table', { scans: true });
      }
      break;
    case 'dropIndex':
      // DROP INDEX takes ACCESS EXCLUSIVE on the index's table; CONCURRENTLY only SHARE UPDATE EXCLUSIVE
      // (index_drop), outside a transaction block, for a single index and without CASCADE.
      for (const idx of fact.indexes) {
        e.lock(idx, fact.concurrently ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', 'tableOfIndex');
        e.lock(idx, 'ACCESS EXCLUSIVE', 'index');
      }
      if (fact.concurrently) {
        e.inTransaction = false;
        if (fact.indexes.length > 1 || fact.cascade) {
          e.supported = false;
          e.note('DROP INDEX CONCURRENTLY drops one index and does not support CASCADE.');
        }
      }
      break;
    case 'reindex':
      reindexEffect(fact, v, e);
      break;
    case 'dropTable':
      for (const t of fact.tables) e.lock(t, 'ACCESS EXCLUSIVE');
      if (fact.cascade) e.note('CASCADE also drops dependent objects, such as foreign keys on other tables.');
      break;
    case 'dropObject':
      if (['view', 'materialized view', 'sequence', 'foreign table'].includes(fact.objectType)) {
        for (const n of fact.names) e.lock(n, 'ACCESS EXCLUSIVE');
      }
      break;
    case 'truncate':
      for (const t of fact.tables) e.lock(t, 'ACCESS EXCLUSIVE');
      if (fact.cascade) e.note('CASCADE also truncates every table with a foreign key to these tables.');
      break;
    case 'vacuum':
      // VACUUM cannot run inside a transaction block; VACUUM FULL rewrites under ACCESS EXCLUSIVE.
      e.inTransaction = false;
      for (const t of fact.tables) {
        e.lock(t, fact.full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE', 'table', fact.full ? { rewrites: true } : { scans: true });
      }
      if (fact.tables.length === 0) {
        if (fact.full) e.rewrites = true;
        e.scans = true;
        e.note('Without table names it processes every table of the database.');
      }
      break;
    case 'analyze':
      for (const t of fact.tables) e.lock(t, 'SHARE UPDATE EXCLUSIVE', 'table', { scans: true });
      break;
    case 'cluster':
      // CLUSTER rewrites under ACCESS EXCLUSIVE; without a table name it cannot run in a transaction block.
      if (fact.table) e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { rewrites: true });
      else {
        e.inTransaction = false;
        e.rewrites = true;
        e.note('Without a table name it re-clusters every previously clustered table.');
      }
      break;
    case 'dropDatabase':
      e.inTransaction = false;
      break;
    case 'alterTypeAddValue':
      // ALTER TYPE docs: before PG 12, ADD VALUE cannot run inside a transaction block; since 12 it can,
      // but the new value cannot be used until the transaction has committed.
      if (v < 12) e.inTransaction = false;
      else e.note('The new value cannot be used until the transaction that added it has committed.');
      break;
    case 'detachPartition':
      if (fact.concurrently || fact.finalize) {
        // ALTER TABLE, DETACH PARTITION: CONCURRENTLY (PG 14+) takes SHARE UPDATE EXCLUSIVE on the parent
        // and the partition, in two transactions, so not inside a transaction block.
        if (v < 14) {
          e.supported = false;
          e.note('DETACH PARTITION CONCURRENTLY/FINALIZE needs PostgreSQL 14+.');
        }
        e.lock(fact.table, 'SHARE UPDATE EXCLUSIVE', 'parentTable');
        e.lock(fact.partition, 'SHARE UPDATE EXCLUSIVE', 'partition');
        if (fact.concurrently) e.inTransaction = false;
      } else {
        e.lock(fact.table, 'ACCESS EXCLUSIVE', 'parentTable');
        e.lock(fact.partition, 'ACCESS EXCLUSIVE', 'partition');
      }
      break;
    case 'attachPartition':
      // ALTER TABLE, ATTACH PARTITION (PG 12+): SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on
      // the partition and the default partition; the partition is scanned unless a valid CHECK proves
      // the partition constraint.
      e.lock(fact.table, v >= 12 ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', 'parentTable');
      e.lock(fact.partition, 'ACCESS EXCLUSIVE', 'partition', { scans: true });
      e.note('The partition is scanned unless a valid CHECK constraint implies the partition bound.');
      break;
    case 'comment': {
      // COMMENT ON a relation (or its columns/constraints) takes SHARE UPDATE EXCLUSIVE on it.
      const onRelation = ['table', 'column', 'constraint', 'index', 'view', 'materialized view', 'sequence', 'foreign table'];
      if (fact.target && onRelation.includes(fact.objectType)) {
        e.lock(fact.target, 'SHARE UPDATE EXCLUSIVE', fact.objectType === 'index' ? 'index' : 'table');
      }
      break;
    }
    case 'update':
    case 'delete':
      e.lock(fact.table, 'ROW EXCLUSIVE', 'table', { scans: !fact.hasWhere });
      if (!fact.hasWhere) e.note('Without WHERE every row is changed and row-locked in one transaction.');
      break;
    case 'insert':
      e.lock(fact.table, 'ROW EXCLUSIVE');
      break;
    case 'select':
      if (fact.locking) e.note('FOR UPDATE/SHARE takes ROW SHARE on the locked tables and row locks.');
      break;
    case 'lockTable':
      for (const t of fact.tables) e.lock(t, fact.mode);
      break;
    case 'createTrigger':
      e.lock(fact.table, 'SHARE ROW EXCLUSIVE');
      break;
    case 'refreshMaterializedView':
      // REFRESH MATERIALIZED VIEW: ACCESS EXCLUSIVE; CONCURRENTLY only EXCLUSIVE (reads continue).
      e.lock(fact.view, fact.concurrently ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE', 'table', { rewrites: true });
      break;
    case 'alterTable':
      alterTableEffect(fact, v, e);
      break;
    case 'transaction':
    case 'set':
    case 'createExtension':
      break;
    case 'other':
      if (fact.stmtType === 'DoStmt') e.note('DO blocks run arbitrary code: their locks are unknown.');
      if (fact.stmtType === 'CreatedbStmt' || fact.stmtType === 'CreateTableSpaceStmt' || fact.stmtType === 'DropTableSpaceStmt' || fact.stmtType === 'AlterSystemStmt') {
        e.inTransaction = false;
      }
      break;
  }
  return e.build();
}

function addConstraintEffect(fact: Extract<Fact, { kind: 'addConstraint' }>, v: number, e: EffectBuilder): void {
  const validates = !fact.notValid && !fact.notEnforced;
  if (fact.notEnforced && v < 18) {
    e.supported = false;
    e.note('NOT ENFORCED constraints need PostgreSQL 18+.');
  }
  switch (fact.constraintType) {
    case 'foreign':
      // AlterTableGetLockLevel: a foreign key adds triggers to both tables, so SHARE ROW EXCLUSIVE on the
      // table and (ALTER TABLE docs) on the referenced table; NOT VALID skips the validating scan.
      e.lock(fact.table, 'SHARE ROW EXCLUSIVE', 'table', { scans: validates });
      if (fact.referencedTable) e.lock(fact.referencedTable, 'SHARE ROW EXCLUSIVE', 'referencedTable');
      break;
    case 'check':
      e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { scans: validates });
      break;
    case 'notnull':
      // `ADD CONSTRAINT name NOT NULL col [NOT VALID]` is PG 18 syntax.
      if (v < 18) {
        e.supported = false;
        e.note('Named NOT NULL constraints (ADD CONSTRAINT ... NOT NULL) need PostgreSQL 18+.');
      }
      e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { scans: validates });
      break;
    case 'unique':
    case 'primary':
    case 'exclusion':
      // AlterTableGetLockLevel: PRIMARY KEY, UNIQUE and EXCLUDE are "essentially the same as CREATE INDEX"
      // but take ACCESS EXCLUSIVE, so reads are blocked for the whole index build. USING INDEX attaches an
      // existing index: metadata only.
      if (fact.usingIndex) {
        e.lock(fact.table, 'ACCESS EXCLUSIVE');
        if (fact.constraintType === 'primary') e.note('PRIMARY KEY USING INDEX scans to set NOT NULL on nullable key columns.');
      } else {
        e.lock(fact.table, 'ACCESS EXCLUSIVE', 'table', { scans: true });
        e.buildsIndex = true;
        if (fact.constraintType === 'exclusion') e.note('Exclusion constraints cannot be added NOT VALID.');
      }
      break;
  }
}

function reindexEffect(fact: Extract<Fact, { kind: 'reindex' }>, v: number, e: EffectBuilder): void {
  e.buildsIndex = true;
  if (fact.concurrently && v < 12) {
    e.supported = false;
    e.note('REINDEX CONCURRENTLY needs PostgreSQL 12+.');
  }
  if (fact.target === 'schema' || fact.target === 'database' || fact.target === 'system') {
    // REINDEX SCHEMA/DATABASE/SYSTEM cannot run inside a transaction block.
    e.inTransaction = false;
    e.scans = true;
    if (!fact.concurrently) e.blocksReads = true;
    e.note(`REINDEX ${fact.target.toUpperCase()} locks every table it processes, one at a time.`);
    return;
  }
  if (!fact.name) return;
  const role = fact.target === 'index' ? 'tableOfIndex' : 'table';
  if (fact.concurrently) {
    e.inTransaction = false;
    e.lock(fact.name, 'SHARE UPDATE EXCLUSIVE', role, { scans: true });
  } else {
    // REINDEX docs: locks out writes (SHARE on the table) and takes ACCESS EXCLUSIVE on each index,
    // which also blocks reads that would use the index: in practice queries on the table wait.
    e.lock(fact.name, 'SHARE', role, { scans: true });
    if (fact.target === 'index') e.lock(fact.name, 'ACCESS EXCLUSIVE', 'index');
    e.blocksReads = true;
    e.note('The ACCESS EXCLUSIVE lock on the index blocks queries that would use it (planning takes locks on all indexes).');
  }
}

function alterTableEffect(fact: Extract<Fact, { kind: 'alterTable' }>, v: number, e: EffectBuilder): void {
  const role: LockRole = fact.objectType === 'index' ? 'index' : 'table';
  switch (fact.subtype) {
    // These rewrite the relation (AlterTableGetLockLevel: "must rewrite heap").
    case 'SetTableSpace':
    case 'SetLogged':
    case 'SetUnLogged':
    case 'SetAccessMethod':
      e.lock(fact.table, 'ACCESS EXCLUSIVE', role, { rewrites: true });
      if (fact.subtype === 'SetAccessMethod' && v < 15) {
        e.supported = false;
        e.note('SET ACCESS METHOD needs PostgreSQL 15+.');
      }
      return;
    case 'SetExpression':
      // PG 17+: recomputes a stored generated column.
      e.lock(fact.table, 'ACCESS EXCLUSIVE', role, { rewrites: true });
      if (v < 17) {
        e.supported = false;
        e.note('ALTER COLUMN ... SET EXPRESSION needs PostgreSQL 17+.');
      }
      return;
    // Affect writes only: SHARE ROW EXCLUSIVE.
    case 'EnableTrig':
    case 'EnableAlwaysTrig':
    case 'EnableReplicaTrig':
    case 'EnableTrigAll':
    case 'EnableTrigUser':
    case 'DisableTrig':
    case 'DisableTrigAll':
    case 'DisableTrigUser':
      e.lock(fact.table, 'SHARE ROW EXCLUSIVE', role);
      return;
    // Planner/maintenance settings: SHARE UPDATE EXCLUSIVE.
    case 'SetStatistics':
    case 'ClusterOn':
    case 'DropCluster':
    case 'SetOptions':
    case 'ResetOptions':
    case 'SetRelOptions':
    case 'ResetRelOptions':
      e.lock(fact.table, 'SHARE UPDATE EXCLUSIVE', role);
      if (fact.subtype === 'SetRelOptions' || fact.subtype === 'ResetRelOptions') {
        e.note('Most storage parameters take SHARE UPDATE EXCLUSIVE; a few need ACCESS EXCLUSIVE.');
      }
      return;
    default:
      e.lock(fact.table, 'ACCESS EXCLUSIVE', role);
  }
}

/**
 * Combined effect of the facts of one statement: PostgreSQL takes the strongest lock any subcommand needs
 * for the whole statement (AlterTableGetLockLevel), so locks are merged per relation and role.
 */
export function statementLockEffect(facts: Fact[], options: LockOptions = {}): LockEffect {
  const effects = facts.map((f) => lockEffect(f, options));
  const byKey = new Map<string, TableLock>();
  for (const eff of effects) {
    for (const l of eff.locks) {
      const key = `${l.role === 'referencedTable' || l.role === 'parentTable' || l.role === 'partition' ? 'table' : l.role}:${l.table.qualified}`;
      const prev = byKey.get(key);
      if (!prev) {
        byKey.set(key, { ...l });
        continue;
      }
      const lock = strongerLock(prev.lock, l.lock);
      byKey.set(key, {
        ...prev,
        lock,
        blocksReads: lockBlocksReads(lock),
        blocksWrites: lockBlocksWrites(lock),
        rewritesTable: prev.rewritesTable || l.rewritesTable,
        scansTable: prev.scansTable || l.scansTable,
        canRunInTransaction: prev.canRunInTransaction && l.canRunInTransaction,
      });
    }
  }
  const locks = [...byKey.values()];
  return {
    locks,
    rewritesTable: effects.some((x) => x.rewritesTable),
    scansTable: effects.some((x) => x.scansTable),
    buildsIndex: effects.some((x) => x.buildsIndex),
    blocksReads: effects.some((x) => x.blocksReads) || locks.some((l) => l.blocksReads),
    blocksWrites: locks.some((l) => l.blocksWrites),
    canRunInTransaction: effects.every((x) => x.canRunInTransaction),
    supported: effects.every((x) => x.supported),
    notes: [...new Set(effects.flatMap((x) => x.notes))],
  };
}
