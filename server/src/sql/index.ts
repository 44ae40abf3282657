// The SQL layer: parse PostgreSQL (libpg-query), turn statements into facts, and tell what each fact
// locks on a given PostgreSQL version. Plain data and UTF-16 offsets; no editor or LSP types.

export * from './parser';
export * from './facts';
export * from './volatility';
export {
  canonicalTypeName,
  formatType,
  isBinaryCoercibleChange,
  parseTypeString,
  typeFromNode,
  type SqlType,
} from './datatypes';
export {
  DEFAULT_PG_VERSION,
  LOCK_ABBREVIATIONS,
  LOCK_MODES,
  MAX_PG_VERSION,
  MIN_PG_VERSION,
  lockBlocksReads,
  lockBlocksWrites,
  lockConflicts,
  lockEffect,
  statementLockEffect,
  strongerLock,
  type LockEffect,
  type LockOptions,
  type LockRole,
  type TableLock,
} from './locks';
