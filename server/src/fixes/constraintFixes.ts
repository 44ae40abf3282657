// Helpers of the index, constraint and removal rules: the exact SQL Django runs for one operation (forwards or
// backwards) and its non-blocking rewrites, RunSQL / SeparateDatabaseAndState source text, new migrations inserted
// right after a migration (its dependants then depend on the last new one) or appended at the end of the app, and
// the lookups the rules share (the table of an index, what the state still knows).
import * as path from 'node:path';
import { Operation, pyStrRepr } from '../django/operations';
import { MigrationReplay, OperationSql, runMigration } from '../django/replay';
import { ProjectState } from '../django/state';
import { PhysicalSchema } from '../django/physical';
import { Apps } from '../django/render';
import { AnalyzedStatement, MigrationAnalysis } from '../engine/migrationAnalysis';
import { DjangoProject, MigrationEntry } from '../engine/project';
import { FileCreate, Fix, TextEdit } from '../engine/types';
import { MigrationRuleContext } from '../engine/rule';
import { Fact } from '../sql/index';
import { sourceOffsetOf } from '../python/ast';
import { nextMigrationNumber } from '../django/writer';
import { FIX_HEADER, ensureImport, importBlock, insertedMigrationName, operationIndent, operationText, reindent } from './migrationEdits';

export const POSTGRES_OPERATIONS = 'django.contrib.postgres.operations';
const UNIT = '    ';
/** Indentation of an operation in the `operations` list of a migration written by a fix. */
export const OPERATION_INDENT = '        ';

/** A statement without its trailing semicolon, as RunSQL takes it. */
export function bareSql(sql: string): string {
  return sql.trim().replace(/;\s*$/, '');
}

/** The replayed SQL of a top-level operation of the migration. */
export function operationSql(replay: MigrationReplay, opIndex: number): OperationSql | undefined {
  return replay.sql.operations.find((o) => o.index === opIndex);
}

/**
 * The statements Django runs for the operation (its own, then the deferred ones it queued), or undefined when
 * some could not be derived exactly (an unknown default, an error while replaying).
 */
export function exactStatements(opSql: OperationSql | undefined): string[] | undefined {
  if (!opSql || opSql.error || opSql.cannotBeSql) return undefined;
  const all = [...opSql.statements, ...opSql.deferred];
  if (all.some((s) => s.approximate)) return undefined;
  return all.map((s) => bareSql(s.sql));
}

/**
 * Runs one operation with the schema editor the way sqlmigrate prints it (deferred SQL included), forwards from
 * `before`, or backwards to `before` (then `physical` is the database after the operation).
 */
export function replayOperation(
  project: DjangoProject,
  entry: MigrationEntry,
  op: Operation,
  before: ProjectState,
  physical: PhysicalSchema,
  backwards: boolean,
): string[] | undefined {
  const migration = { ...entry.migration, operations: [op], atomic: true };
  const { sql } = runMigration(migration, before, physical, project.versions, { collect: true, backwards });
  if (sql.fatal || sql.operations.some((o) => o.error)) return undefined;
  return exactStatements({ ...sql.operations[0], deferred: sql.deferred });
}

/** A Python literal for one SQL string, or a list of them (one statement per item). */
function sqlLiteral(sql: string | string[], indent: string): string {
  if (typeof sql === 'string') return pyStrRepr(sql);
  if (sql.length === 1) return pyStrRepr(sql[0]);
  return `[\n${sql.map((s) => `${indent}${UNIT}${pyStrRepr(s)},`).join('\n')}\n${indent}]`;
}

/** `migrations.RunSQL(sql=..., reverse_sql=...)`; the first line is placed by the caller, the others start at `indent`. */
export function runSqlSource(migrations: string, sql: string | string[], reverse: string | string[] | 'noop', indent: string): string {
  const inner = indent + UNIT;
  const reverseText = reverse === 'noop' ? `${migrations}.RunSQL.noop` : sqlLiteral(reverse, inner);
  return [`${migrations}.RunSQL(`, `${inner}sql=${sqlLiteral(sql, inner)},`, `${inner}reverse_sql=${reverseText},`, `${indent})`].join('\n');
}

/**
 * `migrations.SeparateDatabaseAndState(...)` around operations given as source text (each with the indentation
 * its continuation lines have now); database operations are given already written for `indent + 8`.
 */
export function separateSource(migrations: string, indent: string, state: Array<{ text: string; indent: string }>, database: string[]): string {
  const list = indent + UNIT + UNIT;
  const lines = [`${migrations}.SeparateDatabaseAndState(`];
  if (state.length) {
    lines.push(`${indent}${UNIT}state_operations=[`);
    for (const s of state) lines.push(`${list}${reindent(s.text, s.indent, list)},`);
    lines.push(`${indent}${UNIT}],`);
  }
  if (database.length) {
    lines.push(`${indent}${UNIT}database_operations=[`);
    for (const d of database) lines.push(`${list}${d},`);
    lines.push(`${indent}${UNIT}],`);
  }
  lines.push(`${indent})`);
  return lines.join('\n');
}

/** The operation's own source with its current indentation, for copying it into other source. */
export function sourceOf(entry: MigrationEntry, op: Operation): { text: string; indent: string } {
  return { text: operationText(entry, op), indent: operationIndent(entry, op) };
}

/** The local name of django.db.migrations in the migration (adding the import if it is missing). */
export function migrationsName(entry: MigrationEntry): { local: string; edit?: TextEdit } {
  return ensureImport(entry, 'django.db', 'migrations');
}

export interface NewMigrationSpec {
  suffix: string;
  /** Operations as source text written for OPERATION_INDENT (first line unindented). */
  operations: string[];
  atomic?: boolean;
  /** Import lines; `from django.db import migrations` is added when no line binds `migrations`. */
  imports: string[];
}

export interface InsertedMigrations {
  names: string[];
  creates: FileCreate[];
  /** Dependency edits: migrations that depended on `entry` now depend on the last new migration. */
  edits: TextEdit[];
}

/**
 * Imports for a new migration that copies operation source from `entry`: its import lines, reduced to the names the
 * copied source uses, plus extra lines.
 */
export function copiedImports(entry: MigrationEntry, source: string[], ...extra: string[]): string[] {
  const text = source.join('\n');
  const used = (local: string) => new RegExp(`(^|[^\\w.])${local.replace(/\./g, '\\.')}\\b`).test(text);
  const out: string[] = [];
  for (const line of importBlock(entry).replace(/\(\s*([^)]*?)\s*\)/g, (_, names: string) => names.replace(/\s*\n\s*/g, ' ').replace(/,\s*$/, '')).split('\n')) {
    const from = /^from (\S+) import (.+)$/.exec(line.trim());
    if (from) {
      const names = from[2].split(',').map((n) => n.trim()).filter((n) => n && used(n.split(/\s+as\s+/).pop()!));
      if (names.length) out.push(`from ${from[1]} import ${names.join(', ')}`);
      continue;
    }
    const plain = /^import (\S+)(?:\s+as\s+(\w+))?$/.exec(line.trim());
    if (plain && (plain[2] ? used(plain[2]) : text.includes(`${plain[1]}.`))) out.push(line.trim());
  }
  return [...out, ...extra];
}

function migrationFileText(app: string, dependsOn: string[], spec: NewMigrationSpec): string {
  const imports = [...new Set(spec.imports)];
  if (!imports.some((l) => /^from django\.db import .*\bmigrations\b/.test(l) || /^import django\.db\.migrations\b/.test(l))) imports.unshift('from django.db import migrations');
  return [
    FIX_HEADER,
    '',
    ...imports,
    '',
    '',
    'class Migration(migrations.Migration):',
    '',
    ...(spec.atomic === false ? [`${UNIT}atomic = False`, ''] : []),
    `${UNIT}dependencies = [`,
    ...dependsOn.map((d) => `${UNIT}${UNIT}(${pyStrRepr(app)}, ${pyStrRepr(d)}),`),
    `${UNIT}]`,
    '',
    `${UNIT}operations = [`,
    ...spec.operations.map((o) => `${OPERATION_INDENT}${o},`),
    `${UNIT}]`,
    '',
  ].join('\n');
}

/**
 * New migrations right after `entry`, each depending on the one before; the migrations that depended on `entry`
 * are repointed to the last one, so the app keeps a single leaf. Like every rewrite of `entry`, this assumes that
 * `entry` is not applied anywhere yet (its dependants are then not applied either).
 */
export function insertMigrationsAfter(project: DjangoProject, entry: MigrationEntry, specs: NewMigrationSpec[]): InsertedMigrations {
  const names: string[] = [];
  const creates: FileCreate[] = [];
  const dir = path.dirname(entry.file!);
  let previous = entry.name;
  for (const spec of specs) {
    const name = insertedMigrationName(project, entry, spec.suffix, names);
    creates.push({ file: path.join(dir, `${name}.py`), text: migrationFileText(entry.app, [previous], spec) });
    names.push(name);
    previous = name;
  }
  const edits: TextEdit[] = [];
  for (const other of project.entries.values()) {
    if (other.virtual || !other.file || other === entry) continue;
    for (const dep of other.migration.dependencies) {
      if (dep.app !== entry.app || dep.name !== entry.name || !dep.span) continue;
      const depText = other.migration.module.text.slice(dep.span.start, dep.span.end);
      const quoted = depText.includes(`"${entry.name}"`) ? `"${entry.name}"` : `'${entry.name}'`;
      const at = depText.lastIndexOf(quoted);
      if (at >= 0) edits.push({ file: other.file, start: dep.span.start + at, end: dep.span.start + at + quoted.length, newText: pyStrRepr(previous) });
    }
  }
  return { names, creates, edits };
}

/**
 * A new migration at the end of the app (after all its leaves), for work that must wait for a later deploy: no
 * other migration depends on it, so it can be held back.
 */
export function appendMigration(project: DjangoProject, entry: MigrationEntry, spec: NewMigrationSpec): { name: string; create: FileCreate } {
  const app = project.appByLabel(entry.app);
  const leaves = project.graph.leafNodes(entry.app).map((k) => k.split('\u0000')[1]);
  const name = `${nextMigrationNumber(app?.migrationNames ?? [entry.name])}_${spec.suffix}`;
  return { name, create: { file: path.join(path.dirname(entry.file!), `${name}.py`), text: migrationFileText(entry.app, leaves, spec) } };
}

/** A migration name fragment from free text (lower case, underscores, bounded length). */
export function nameFragment(...parts: string[]): string {
  return parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 52);
}

// ---- rewriting Django's statements into their non-blocking forms ----

export interface RewrittenStep {
  sql: string;
  reverse: string;
}

const CREATE_INDEX = /^CREATE (UNIQUE )?INDEX ("(?:[^"]|"")+") ON ("(?:[^"]|"")+") (.+)$/s;
const ADD_UNIQUE = /^ALTER TABLE ("(?:[^"]|"")+") ADD CONSTRAINT ("(?:[^"]|"")+") UNIQUE (\((?:[^()]|"[^"]*")+\))((?: DEFERRABLE INITIALLY (?:DEFERRED|IMMEDIATE))?)$/s;

/** `CREATE [UNIQUE] INDEX` → the same index built CONCURRENTLY, dropped CONCURRENTLY on reverse. */
export function concurrentIndexStep(sql: string): RewrittenStep | undefined {
  const m = CREATE_INDEX.exec(sql);
  if (!m) return undefined;
  return { sql: `CREATE ${m[1] ?? ''}INDEX CONCURRENTLY ${m[2]} ON ${m[3]} ${m[4]}`, reverse: `DROP INDEX CONCURRENTLY IF EXISTS ${m[2]}` };
}

/**
 * `ALTER TABLE t ADD CONSTRAINT n UNIQUE (cols)` → a unique index built CONCURRENTLY under the constraint's own
 * name, then attached with `UNIQUE USING INDEX` (PostgreSQL renames nothing: the names are equal).
 */
export function uniqueUsingIndexSteps(sql: string): RewrittenStep[] | undefined {
  const m = ADD_UNIQUE.exec(sql);
  if (!m) return undefined;
  const [, table, name, columns, deferrable] = m;
  return [
    { sql: `CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${table} ${columns}`, reverse: `DROP INDEX CONCURRENTLY IF EXISTS ${name}` },
    { sql: `ALTER TABLE ${table} ADD CONSTRAINT ${name} UNIQUE USING INDEX ${name}${deferrable}`, reverse: `ALTER TABLE ${table} DROP CONSTRAINT ${name}` },
  ];
}

const ADD_COLUMN_FK =
  /^ALTER TABLE ("(?:[^"]|"")+") ADD COLUMN ("(?:[^"]|"")+") (.+?) CONSTRAINT ("(?:[^"]|"")+") REFERENCES ("(?:[^"]|"")+")\(("(?:[^"]|"")+")\)(.*?) DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS (?:"(?:[^"]|"")+"\.)?\4 IMMEDIATE$/s;

/**
 * Django's `ADD COLUMN c type CONSTRAINT fk REFERENCES t(id) ... DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS
 * fk IMMEDIATE` split into the bare column and the same constraint added NOT VALID; the VALIDATE statement too.
 */
export function foreignKeyNotValidSteps(sql: string): { steps: RewrittenStep[]; validate: string } | undefined {
  const m = ADD_COLUMN_FK.exec(sql);
  if (!m) return undefined;
  const [, table, column, definition, name, toTable, toColumn, onDelete] = m;
  // Only a nullable column without default: a UNIQUE, CHECK or DEFAULT would lock or rewrite again.
  if (/\b(UNIQUE|CHECK|PRIMARY|DEFAULT)\b/i.test(definition) || !/ NULL$/.test(definition) || / NOT NULL$/.test(definition)) return undefined;
  return {
    steps: [
      { sql: `ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`, reverse: `ALTER TABLE ${table} DROP COLUMN ${column}` },
      {
        sql: `ALTER TABLE ${table} ADD CONSTRAINT ${name} FOREIGN KEY (${column}) REFERENCES ${toTable} (${toColumn})${onDelete} DEFERRABLE INITIALLY DEFERRED NOT VALID`,
        reverse: `ALTER TABLE ${table} DROP CONSTRAINT ${name}`,
      },
    ],
    validate: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`,
  };
}

/** RunSQL source for each step, written for `indent`. */
export function stepsSource(migrations: string, steps: RewrittenStep[], indent: string): string[] {
  return steps.map((s) => runSqlSource(migrations, s.sql, s.reverse, indent));
}

// ---- detection helpers shared by the rules of this group ----

/** The table an index belongs to: from the schema before the migration, or from an earlier CREATE INDEX in it. */
export function indexTable(analysis: MigrationAnalysis, statement: AnalyzedStatement, index: string): string | undefined {
  for (const table of analysis.physicalBefore.tables.values()) {
    if (table.indexes.some((i) => i.name === index) || table.constraints.some((c) => c.name === index)) return table.name;
  }
  for (const s of analysis.statements) {
    if (s === statement) break;
    for (const f of s.facts) if (f.kind === 'createIndex' && f.name?.name === index) return f.table.name;
  }
  return undefined;
}

/**
 * Tables and columns the migration state knows before the operation: a RunSQL that drops what the state already
 * forgot is the second phase of a safe removal.
 */
export function stateSchema(opSql: OperationSql | undefined): { tables: Set<string>; columns: Set<string> } {
  const tables = new Set<string>();
  const columns = new Set<string>();
  if (!opSql) return { tables, columns };
  const apps = new Apps(opSql.before);
  for (const key of opSql.before.models.keys()) {
    const model = apps.getByKey(key);
    if (!model || !model.managed || model.proxy) continue;
    tables.add(model.dbTable);
    for (const f of model.localFields) if (f.column) columns.add(`${model.dbTable}.${f.column}`);
    for (const m2m of model.localManyToMany) {
      const through = apps.throughModel(m2m);
      if (through?.autoCreatedFrom) tables.add(through.dbTable);
    }
  }
  return { tables, columns };
}

/** The table of a model in the state before a top-level operation of the migration. */
export function modelTable(replay: MigrationReplay, opIndex: number, app: string, modelName: string): string | undefined {
  const opSql = operationSql(replay, opIndex);
  return opSql ? new Apps(opSql.before).getModel(app, modelName)?.dbTable : undefined;
}

/**
 * `ADD CONSTRAINT … CHECK/FOREIGN KEY` alone in a single-string RunSQL: append NOT VALID to the statement and
 * validate in a new migration right after this one.
 */
export function notValidRunSqlFix(
  ctx: MigrationRuleContext,
  statement: AnalyzedStatement,
  fact: Extract<Fact, { kind: 'addConstraint' }>,
  op: Extract<Operation, { kind: 'RunSQL' }>,
): Fix | undefined {
  if (!fact.name || fact.inline || op.sql.pieces.length !== 1 || op.sql.pieces[0].params) return undefined;
  const piece = op.sql.pieces[0];
  if (!piece.source?.expr || ctx.analysis.statements.filter((s) => s.op === op).length !== 1 || statement.facts.length !== 1) return undefined;
  const at = sourceOffsetOf(piece.source.expr, fact.statementSpan.end);
  const validate = `ALTER TABLE ${fact.table.raw} VALIDATE CONSTRAINT ${fact.name.raw}`;
  const inserted = insertMigrationsAfter(ctx.project, ctx.entry, [
    { suffix: nameFragment(fact.name.name, 'validate'), imports: ['from django.db import migrations'], operations: [runSqlSource('migrations', validate, 'noop', OPERATION_INDENT)] },
  ]);
  return {
    title: `Add "${fact.name.name}" NOT VALID and validate it in a new migration ${inserted.names[0]}`,
    safety: 'safe',
    edits: [{ file: ctx.entry.file!, start: at, end: at, newText: ' NOT VALID' }, ...inserted.edits],
    creates: inserted.creates,
  };
}

/**
 * The two phases of a removal: the operation becomes state-only here (SeparateDatabaseAndState with no database
 * operations), and a new migration at the end of the app runs the exact SQL Django would have run, with a reverse
 * that recreates what it dropped (the SQL of the operation run backwards, from `reverseState`). `stillValid` tells
 * whether the SQL still applies at the end of the history (no later migration re-added or renamed what it drops).
 */
export function twoPhaseRemoval(
  ctx: MigrationRuleContext,
  op: Operation,
  opIndex: number,
  suffix: string,
  reverseState: (before: ProjectState) => ProjectState,
  stillValid: (finalState: ProjectState) => boolean,
): { name: string; edits: TextEdit[]; creates: FileCreate[] } | undefined {
  const entry = ctx.entry;
  if (!stillValid(ctx.project.finalState())) return undefined;
  const opSql = operationSql(ctx.replay, opIndex);
  const forward = exactStatements(opSql);
  if (!opSql || !op.span || !forward?.length) return undefined;
  const reverse = replayOperation(ctx.project, entry, op, reverseState(opSql.before), ctx.replay.physicalAfter, true);
  if (!reverse?.length) return undefined;
  const migrations = migrationsName(entry);
  const source = sourceOf(entry, op);
  const stateOnly = separateSource(migrations.local, source.indent, [source], []);
  const later = appendMigration(ctx.project, entry, { suffix, imports: ['from django.db import migrations'], operations: [runSqlSource('migrations', forward, reverse, OPERATION_INDENT)] });
  return {
    name: later.name,
    edits: [{ file: entry.file!, start: op.span.start, end: op.span.end, newText: stateOnly }, ...(migrations.edit ? [migrations.edit] : [])],
    creates: [later.create],
  };
}

/**
 * The RemoveField / DeleteModel a statement comes from: the operation itself, or the one among the database
 * operations of a SeparateDatabaseAndState (whose Django statements the analysis attributes to the wrapper).
 */
export function droppingOperation<K extends 'RemoveField' | 'DeleteModel'>(op: Operation, kind: K): Extract<Operation, { kind: K }> | undefined {
  if (op.kind === kind) return op as Extract<Operation, { kind: K }>;
  if (op.kind === 'SeparateDatabaseAndState') {
    const nested = op.databaseOperations.filter((o) => o.kind === kind);
    if (nested.length === 1) return nested[0] as Extract<Operation, { kind: K }>;
  }
  return undefined;
}
