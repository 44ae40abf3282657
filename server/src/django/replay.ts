// Replays migrations: the state after each one, the physical schema `migrate` leaves, and the SQL
// each operation runs — as `migrate` runs it (execute mode) or as `sqlmigrate` prints it (collect mode).
import { Operation, DbContext, databaseBackwards, databaseForwards, describe, isReversible, reducesToSql, stateForwards, operationRepr } from './operations';
import { MigrationFile } from './migrationFile';
import { PhysicalSchema } from './physical';
import { Apps } from './render';
import { CollectedStatement, EditorOptions, SchemaEditor } from './schemaEditor';
import { ProjectState } from './state';
import { SqlParam } from './literals';

export interface TargetVersions {
  djangoVersion: number;
  pgVersion: number;
  useTz: boolean;
}

export interface OperationSql {
  index: number;
  op: Operation;
  description: string;
  /** Statements the operation itself executed (not counting deferred ones). */
  statements: CollectedStatement[];
  /** Deferred statements created by this operation and flushed at the end of the migration. */
  deferred: CollectedStatement[];
  cannotBeSql: boolean;
  error: string | undefined;
  /** State before and after this operation. */
  before: ProjectState;
  after: ProjectState;
}

export interface MigrationSql {
  app: string;
  name: string;
  atomic: boolean;
  backwards: boolean;
  operations: OperationSql[];
  /** Deferred statements in flush order (after the last operation's block). */
  deferred: CollectedStatement[];
  /** A failure that makes sqlmigrate print no SQL at all (IrreversibleError, NotSupportedError). */
  fatal: string | undefined;
}

export interface MigrationReplay {
  before: ProjectState;
  after: ProjectState;
  physicalBefore: PhysicalSchema;
  physicalAfter: PhysicalSchema;
  /** The SQL as `migrate` would run it, with the live schema in step. */
  sql: MigrationSql;
}

class LiveIntrospection {
  private pending: string[] = [];
  constructor(private current: PhysicalSchema) {}
  push(sql: string): void {
    this.pending.push(sql);
  }
  schema(): PhysicalSchema {
    if (this.pending.length) {
      this.current = this.current.applySql(this.pending.join(';\n'));
      this.pending = [];
    }
    return this.current;
  }
}

function versionsToOptions(v: TargetVersions, collect: boolean): EditorOptions {
  return { djangoVersion: v.djangoVersion, pgVersion: v.pgVersion, useTz: v.useTz, collect };
}

/** One rendered Apps per state object, shared by the operations of a migration. */
function renderer(): (state: ProjectState) => Apps {
  const cache = new WeakMap<ProjectState, Apps>();
  return (state) => {
    let apps = cache.get(state);
    if (!apps) {
      apps = new Apps(state);
      cache.set(state, apps);
    }
    return apps;
  };
}

const NOT_IN_TRANSACTION = new Set(['AddIndex', 'RemoveIndex']);

function concurrentInAtomic(op: Operation, atomic: boolean): string | undefined {
  if (!atomic || !NOT_IN_TRANSACTION.has(op.kind)) return undefined;
  if ((op.kind === 'AddIndex' || op.kind === 'RemoveIndex') && op.concurrently) {
    const cls = op.kind === 'AddIndex' ? 'AddIndexConcurrently' : 'RemoveIndexConcurrently';
    return `NotSupportedError: The ${cls} operation cannot be executed inside a transaction (set atomic = False on the migration).`;
  }
  return undefined;
}

/**
 * Runs a migration forwards (or backwards) against a state and a physical schema.
 * `collect` = sqlmigrate semantics: introspection sees the database as it was before the migration.
 */
export function runMigration(
  migration: MigrationFile,
  before: ProjectState,
  physical: PhysicalSchema,
  versions: TargetVersions,
  options: { collect: boolean; backwards?: boolean },
): { sql: MigrationSql; after: ProjectState; physicalAfter: PhysicalSchema } {
  const live = new LiveIntrospection(physical);
  const frozen = { schema: () => physical };
  const editor = new SchemaEditor(versionsToOptions(versions, options.collect), options.collect ? frozen : live, options.collect ? undefined : (sql) => live.push(sql));
  const db: DbContext = { app: migration.app, editor, render: renderer() };
  const result: MigrationSql = {
    app: migration.app,
    name: migration.name,
    atomic: migration.atomic,
    backwards: !!options.backwards,
    operations: [],
    deferred: [],
    fatal: undefined,
  };
  const deferredOrigin = new Map<unknown, number>();
  const track = (index: number, run: () => void, opSql: OperationSql) => {
    const start = editor.collected.length;
    const deferredBefore = new Set(editor.deferred);
    try {
      run();
    } catch (error) {
      opSql.error = (error as Error).message;
    }
    opSql.statements = editor.collected.slice(start);
    for (const s of editor.deferred) if (!deferredBefore.has(s)) deferredOrigin.set(s, index);
  };
  let state = before;
  if (!options.backwards) {
    migration.operations.forEach((op, index) => {
      const opSql: OperationSql = { index, op, description: describe(op), statements: [], deferred: [], cannotBeSql: !reducesToSql(op), error: undefined, before: state, after: state };
      result.operations.push(opSql);
      if (opSql.cannotBeSql) return;
      const fatal = options.collect ? concurrentInAtomic(op, migration.atomic) : undefined;
      if (fatal && !result.fatal) result.fatal = fatal;
      const next = safeStateForwards(op, migration.app, state, opSql);
      opSql.after = next;
      track(index, () => databaseForwards(op, db, state, next), opSql);
      state = next;
    });
    // RunPython does not change the state, but its state is still carried.
  } else {
    // unapply: phase 1 computes the intermediate states forwards; phase 2 runs in reverse.
    const toRun: Array<{ op: Operation; index: number; from: ProjectState; to: ProjectState }> = [];
    let newState = before;
    for (let index = 0; index < migration.operations.length; index++) {
      const op = migration.operations[index];
      if (!isReversible(op)) {
        result.fatal = `IrreversibleError: Operation ${operationRepr(op)} in ${migration.app}.${migration.name} is not reversible`;
        break;
      }
      const oldState = newState;
      const dummy = { error: undefined } as OperationSql;
      newState = safeStateForwards(op, migration.app, newState, dummy);
      toRun.unshift({ op, index, from: newState, to: oldState });
    }
    if (!result.fatal) {
      for (const { op, index, from, to } of toRun) {
        const opSql: OperationSql = { index, op, description: describe(op), statements: [], deferred: [], cannotBeSql: !reducesToSql(op), error: undefined, before: from, after: to };
        result.operations.push(opSql);
        if (opSql.cannotBeSql) continue;
        const fatal = options.collect ? concurrentInAtomic(op, migration.atomic) : undefined;
        if (fatal && !result.fatal) result.fatal = fatal;
        track(index, () => databaseBackwards(op, db, from, to), opSql);
      }
      state = before;
    }
  }
  // Deferred SQL runs when the schema editor closes, after the last operation.
  const pendingDeferred = [...editor.deferred];
  const start = editor.collected.length;
  editor.finish();
  const flushed = editor.collected.slice(start);
  flushed.forEach((statement, i) => {
    result.deferred.push(statement);
    const origin = deferredOrigin.get(pendingDeferred[i]);
    const opSql = result.operations.find((o) => o.index === origin);
    if (opSql) opSql.deferred.push(statement);
  });
  const after = options.backwards ? before : state;
  return { sql: result, after, physicalAfter: options.collect ? physical : live.schema() };
}

function safeStateForwards(op: Operation, app: string, state: ProjectState, opSql: OperationSql): ProjectState {
  try {
    return stateForwards(op, app, state);
  } catch (error) {
    opSql.error = `state: ${(error as Error).message}`;
    return state;
  }
}

/** The text `manage.py sqlmigrate` prints for a migration. */
export function sqlmigrateText(sql: MigrationSql): { stdout: string; stderr: string } {
  if (sql.fatal) return { stdout: '', stderr: sql.fatal };
  const lines: string[] = [];
  sql.operations.forEach((op) => {
    lines.push('--', `-- ${op.description}`, '--');
    if (op.cannotBeSql) {
      lines.push('-- THIS OPERATION CANNOT BE WRITTEN AS SQL');
      return;
    }
    if (op.statements.length === 0) lines.push('-- (no-op)');
    else lines.push(...op.statements.map((s) => s.sql));
  });
  lines.push(...sql.deferred.map((s) => s.sql));
  if (lines.length === 0) return { stdout: '', stderr: 'No operations found.' };
  if (sql.atomic) {
    lines.unshift('BEGIN;');
    lines.push('COMMIT;');
  }
  return { stdout: lines.join('\n'), stderr: '' };
}

export type { SqlParam };
