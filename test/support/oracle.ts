// The "real Django + real PostgreSQL" oracle used by tests to prove that migration rewrites (quick fixes, squashes)
// are correct and that the static SQL generator matches `manage.py sqlmigrate`.
//
// Infrastructure comes from scripts/oracle/setup.sh (Django 5.2 / 6.x unpacked from Debian into .cache/oracle/)
// and scripts/oracle/pg.sh (a throwaway PostgreSQL cluster). Nothing here downloads anything. When a piece is
// missing, getDjango()/getPostgres() return { skip: reason } so that tests can call t.skip(reason); with
// SCHEMA_GUARD_REQUIRE_ORACLE=1 (CI) they throw instead, so missing infrastructure fails the run.
//
// Projects driven by manage() must read their database settings from EVAL_DB, EVAL_PGHOST, EVAL_PGPORT,
// EVAL_PGUSER and their extra apps from EVAL_EXTRA_APPS (as test/fixtures/oracle/project/proj/settings.py does).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SNAPSHOT_SQL } from './oracle-snapshot';

// ---------------------------------------------------------------------------------------------------------------
// Paths and configuration

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ORACLE_CACHE = process.env.SCHEMA_GUARD_ORACLE_CACHE ?? path.join(REPO_ROOT, '.cache', 'oracle');
/** Copy of /work/shared/oracle: project/, expected-sql/, expected-sql-backwards/, final-schema.sql. */
export const ORACLE_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'oracle');
/** The Django 6.1 oracle project (apps shop, crm, blog). Never run manage.py in it directly: copyProject() it. */
export const ORACLE_PROJECT = path.join(ORACLE_FIXTURES, 'project');
const PG_SCRIPT = path.join(REPO_ROOT, 'scripts', 'oracle', 'pg.sh');

/** True when SCHEMA_GUARD_REQUIRE_ORACLE=1: missing Django/PostgreSQL is an error, not a skip. */
export function oracleRequired(): boolean {
  return process.env.SCHEMA_GUARD_REQUIRE_ORACLE === '1';
}

export interface Skip {
  skip: string;
}

export function isSkip(value: unknown): value is Skip {
  return typeof value === 'object' && value !== null && typeof (value as Skip).skip === 'string';
}

function unavailable(reason: string): Skip {
  if (oracleRequired()) {
    throw new Error(`oracle infrastructure required (SCHEMA_GUARD_REQUIRE_ORACLE=1) but unavailable: ${reason}`);
  }
  return { skip: reason };
}

/**
 * For node:test: returns true when `value` is usable; otherwise calls t.skip(reason) and returns false.
 *   const dj = getDjango('6.1'); if (!available(t, dj)) return;
 */
export function available<T>(t: { skip(message?: string): void }, value: T | Skip): value is T {
  if (!isSkip(value)) return true;
  if (oracleRequired()) throw new Error(`oracle required but unavailable: ${value.skip}`);
  t.skip(value.skip);
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: timeouts, process-group kill, a small concurrency limit for Python (2 cores here)

export interface RunResult {
  command: string;
  cwd: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** status === 0 and not timed out */
  ok: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  timeoutMs?: number;
  /** Count against the Python concurrency limit (SCHEMA_GUARD_ORACLE_JOBS, default: number of CPUs, 2..4). */
  limited?: boolean;
}

const DEFAULT_TIMEOUT_MS = 180_000;
const JOBS = Math.max(1, Number(process.env.SCHEMA_GUARD_ORACLE_JOBS) || Math.min(4, Math.max(2, os.cpus().length)));
let running = 0;
const waiting: Array<() => void> = [];

async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= JOBS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function quoteArg(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/** Runs a command; never rejects for a non-zero exit (see .ok). The whole process group dies on timeout. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const exec = (): Promise<RunResult> =>
    new Promise((resolve) => {
      const started = Date.now();
      const cwd = opts.cwd ?? process.cwd();
      const command = [cmd, ...args].map(quoteArg).join(' ');
      const child = spawn(cmd, args, { cwd, env: opts.env ?? process.env, detached: true, stdio: 'pipe' });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let timedOut = false;
      const killGroup = (): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.stdin.on('error', () => undefined); // EPIPE when the child exits before reading its input
      child.stdin.end(opts.input ?? '');
      const finish = (status: number | null, signal: NodeJS.Signals | null, extra = ''): void => {
        clearTimeout(timer);
        const stderr = Buffer.concat(err).toString('utf8') + extra;
        resolve({
          command,
          cwd,
          status,
          signal,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: timedOut ? `${stderr}\n[oracle] killed after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : stderr,
          timedOut,
          durationMs: Date.now() - started,
          ok: status === 0 && !timedOut,
        });
      };
      child.on('error', (e) => finish(null, null, `\n[oracle] spawn failed: ${e.message}`));
      child.on('close', (status, signal) => finish(status, signal));
    });
  return opts.limited ? withSlot(exec) : exec();
}

/** One-paragraph description of a failed run, for assertion messages and reports. */
export function describeRun(r: RunResult, maxChars = 3000): string {
  const how = r.timedOut ? 'timed out' : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  // The end of a Python traceback is what matters: keep the last lines only.
  const tail = (s: string): string => {
    const lines = s.split('\n');
    const kept = lines.length > 12 ? `…\n${lines.slice(-12).join('\n')}` : s;
    return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
  };
  return `$ ${r.command}  (in ${r.cwd}; ${how}, ${r.durationMs} ms)\n${tail(r.stderr.trim() || r.stdout.trim())}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Django

export type DjangoSlot = '5.2' | '6.1';

export interface DjangoRuntime {
  slot: DjangoSlot;
  /** Upstream Django version, e.g. "6.1.1". */
  version: string;
  python: string;
  pythonVersion: string;
  /** Clean environment for the interpreter (PYTHONPATH to the unpacked packages; no database settings). */
  env: NodeJS.ProcessEnv;
}

interface Manifest {
  slot: string;
  version: string;
  debVersion: string;
  python: string;
  pythonVersion: string;
  pythonPath: string[];
}

const djangoCache = new Map<DjangoSlot, DjangoRuntime | Skip>();

/** Base environment for child processes: only what they need, so a developer's PG* and DJANGO_* variables never leak in. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  for (const k of ['HOME', 'TMPDIR', 'TZ']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return env;
}

/** The Django of one release line as installed by scripts/oracle/setup.sh. Cheap (reads a manifest); cached. */
export function getDjango(slot: DjangoSlot): DjangoRuntime | Skip {
  const cached = djangoCache.get(slot);
  if (cached) return cached;
  const file = path.join(ORACLE_CACHE, `django-${slot}`, 'manifest.json');
  let result: DjangoRuntime | Skip;
  if (!fs.existsSync(file)) {
    result = unavailable(`Django ${slot} is not installed (${file} missing): run bash scripts/oracle/setup.sh`);
  } else {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    const missing = [m.python, ...m.pythonPath].filter((p) => !fs.existsSync(p));
    if (missing.length > 0) {
      result = unavailable(`Django ${slot} install is incomplete (${missing.join(', ')} missing): run bash scripts/oracle/setup.sh`);
    } else {
      result = {
        slot,
        version: m.version,
        python: m.python,
        pythonVersion: m.pythonVersion,
        env: {
          ...baseEnv(),
          PYTHONPATH: m.pythonPath.join(path.delimiter),
          PYTHONNOUSERSITE: '1',
          PYTHONDONTWRITEBYTECODE: '1', // no __pycache__ in project copies (or in fixtures)
          PYTHONUNBUFFERED: '1',
          PYTHONHASHSEED: '0',
        },
      };
    }
  }
  djangoCache.set(slot, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

export interface PgConnection {
  host: string;
  port: number;
  user: string;
}

/** Where the oracle cluster listens: SCHEMA_GUARD_PG_HOST / _PORT / _USER, default 127.0.0.1:54331 as postgres. */
export function pgConnection(): PgConnection {
  return {
    host: process.env.SCHEMA_GUARD_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.SCHEMA_GUARD_PG_PORT ?? 54331),
    user: process.env.SCHEMA_GUARD_PG_USER ?? 'postgres',
  };
}

export interface SchemaDiff {
  equal: boolean;
  /** Lines of the `from` snapshot missing from `to`. */
  removed: string[];
  /** Lines of the `to` snapshot missing from `from`. */
  added: string[];
  /** "- line" / "+ line", sorted by object; "" when equal. */
  text: string;
}

export interface Pg extends PgConnection {
  /** e.g. "15.18" */
  serverVersion: string;
  binDir: string;
  /** Creates a database (a unique sg_<pid>_… name when omitted) and returns its name. Dropped at exit at the latest. */
  createDb(name?: string): Promise<string>;
  /** CREATE DATABASE … TEMPLATE: a fast copy of a migrated database (nobody may be connected to `template`). */
  cloneDb(template: string, name?: string): Promise<string>;
  dropDb(name: string): Promise<void>;
  /** Runs SQL; returns rows of text fields (NULL → ""). Throws on error. */
  query(db: string, sql: string): Promise<string[][]>;
  /** Canonical, sorted text of the schema (see oracle-snapshot.ts); one object per line, column order ignored. */
  schemaSnapshot(db: string): Promise<string>;
  /** EVAL_* variables that point a Django oracle project at `db`. */
  djangoEnv(db: string): Record<string, string>;
}

function findPgBin(): string | undefined {
  if (process.env.SCHEMA_GUARD_PG_BIN) return process.env.SCHEMA_GUARD_PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'psql')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest === undefined ? undefined : path.join(base, newest, 'bin');
}

function pgEnv(): NodeJS.ProcessEnv {
  return { ...baseEnv(), PGCONNECT_TIMEOUT: '10', PGAPPNAME: 'schema-guard-oracle' };
}

const FIELD_SEP = '\x1f';
const RECORD_SEP = '\x1e';

function psqlArgs(conn: PgConnection, db: string): string[] {
  return ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-F', FIELD_SEP, '-R', RECORD_SEP,
    '-h', conn.host, '-p', String(conn.port), '-U', conn.user, '-d', db];
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** sg_<pid>_<counter>_<random>: unique per call, and the pid lets a later run drop what a crashed one left. */
let dbCounter = 0;
function uniqueDbName(): string {
  return `sg_${process.pid}_${++dbCounter}_${randomBytes(3).toString('hex')}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Cluster sharing between concurrent test processes (of any checkout on this machine using the port): each
// registers <dir>/users/<pid>; the last one to exit stops the cluster, but only when a test process started it
// (marker "autostarted", holding the cache dir whose pg.sh started it; pg.sh start/stop by hand removes it).
function coordinationDir(port: number): string {
  return path.join(os.tmpdir(), `schema-guard-oracle-pg-${port}`);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** mkdir-based lock shared with other test processes; stale locks (dead owner, > 2 min) are broken. */
function lockSync(dir: string, timeoutMs = 120_000): () => void {
  const lock = path.join(dir, 'lock');
  fs.mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'owner'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let stale = false;
      try {
        const owner = Number(fs.readFileSync(path.join(lock, 'owner'), 'utf8'));
        stale = (owner > 0 && !pidAlive(owner)) || Date.now() - fs.statSync(lock).mtimeMs > 120_000;
      } catch {
        stale = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 5_000;
      }
      if (stale) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lock}`);
      else sleepSync(100);
    }
  }
}

function psqlSync(conn: PgConnection, binDir: string, db: string, commands: string[]): ReturnType<typeof spawnSync> {
  const args = psqlArgs(conn, db);
  for (const c of commands) args.push('-c', c);
  return spawnSync(path.join(binDir, 'psql'), args, { env: pgEnv(), encoding: 'utf8', timeout: 30_000 });
}

let pgPromise: Promise<Pg | Skip> | undefined;

/**
 * The oracle cluster, started once per process when nothing answers on the configured port (via scripts/oracle/pg.sh,
 * data under .cache/oracle/pg-<port>), or reused when a server is already there. Databases left by dead processes
 * (sg_<pid>_… names) are dropped on first use.
 */
export function getPostgres(): Promise<Pg | Skip> {
  pgPromise ??= openPostgres();
  return pgPromise;
}

async function openPostgres(): Promise<Pg | Skip> {
  const conn = pgConnection();
  const binDir = findPgBin();
  if (!binDir || !fs.existsSync(path.join(binDir, 'psql'))) {
    return unavailable('PostgreSQL client/server binaries not found (install postgresql, or set SCHEMA_GUARD_PG_BIN)');
  }
  const dir = coordinationDir(conn.port);
  const ping = (): boolean => psqlSync(conn, binDir, 'postgres', ['SELECT 1']).status === 0;
  const release = lockSync(dir);
  try {
    if (!ping()) {
      if (conn.host !== '127.0.0.1' && conn.host !== 'localhost') {
        return unavailable(`no PostgreSQL answers on ${conn.host}:${conn.port}`);
      }
      const started = await run('bash', [PG_SCRIPT, 'start', '--port', String(conn.port)], {
        env: { ...baseEnv(), SCHEMA_GUARD_PG_BIN: binDir, SCHEMA_GUARD_ORACLE_CACHE: ORACLE_CACHE },
        timeoutMs: 120_000,
      });
      if (!started.ok || !ping()) {
        return unavailable(`could not start PostgreSQL on port ${conn.port}: ${describeRun(started, 1500)}`);
      }
      fs.writeFileSync(path.join(dir, 'autostarted'), ORACLE_CACHE);
    }
    fs.mkdirSync(path.join(dir, 'users'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'users', String(process.pid)), '');
    registerExitHooks(conn, binDir);
  } finally {
    release();
  }

  const query = async (db: string, sql: string, preamble: string[] = []): Promise<string[][]> => {
    const args = psqlArgs(conn, db);
    for (const p of preamble) args.push('-c', p);
    args.push('-c', sql);
    const r = await run(path.join(binDir, 'psql'), args, { env: pgEnv(), timeoutMs: 60_000 });
    if (!r.ok) throw new Error(`psql failed on ${db}: ${r.stderr.trim()}\nSQL: ${sql.slice(0, 500)}`);
    // Records end with RECORD_SEP except the last, which psql ends with a newline instead.
    const out = r.stdout.endsWith('\n') ? r.stdout.slice(0, -1) : r.stdout;
    return out === '' ? [] : out.split(RECORD_SEP).map((rec) => rec.split(FIELD_SEP));
  };
  const serverVersion = (await query('postgres', 'SHOW server_version'))[0]?.[0]?.split(' ')[0] ?? '?';

  // Drop databases that crashed or killed test processes left behind.
  const leftovers = await query('postgres', "SELECT datname FROM pg_database WHERE datname ~ '^sg_[0-9]+_'");
  for (const [name] of leftovers) {
    const pid = Number(/^sg_(\d+)_/.exec(name ?? '')?.[1]);
    if (name && pid !== process.pid && !pidAlive(pid)) {
      await query('postgres', `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).catch(() => undefined);
    }
  }

  const pg: Pg = {
    ...conn,
    serverVersion,
    binDir,
    async createDb(name = uniqueDbName()) {
      await query('postgres', `CREATE DATABASE ${quoteIdent(name)}`);
      ownedDbs.add(name);
      return name;
    },
    async cloneDb(template, name = uniqueDbName()) {
      await query('postgres', `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
      ownedDbs.add(name);
      return name;
    },
    async dropDb(name) {
      await query('postgres', `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      ownedDbs.delete(name);
    },
    query: (db, sql) => query(db, sql),
    async schemaSnapshot(db) {
      const rows = await query(db, SNAPSHOT_SQL, ["SET search_path = ''"]);
      const lines = rows.map((r) => (r[0] ?? '').replace(/\s*\n\s*/g, ' ').trim());
      return sortLines(lines).join('\n') + '\n';
    },
    djangoEnv(db) {
      return { EVAL_DB: db, EVAL_PGHOST: conn.host, EVAL_PGPORT: String(conn.port), EVAL_PGUSER: conn.user };
    },
  };
  return pg;
}

function sortLines(lines: string[]): string[] {
  return [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Exit: drop this process's databases, remove temp dirs, and stop an auto-started cluster when the last user leaves.
const ownedDbs = new Set<string>();
const tempDirs = new Set<string>();
let exitHooked = false;

function registerExitHooks(conn: PgConnection, binDir: string): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    if (ownedDbs.size > 0) {
      psqlSync(conn, binDir, 'postgres', [...ownedDbs].map((d) => `DROP DATABASE IF EXISTS ${quoteIdent(d)} WITH (FORCE)`));
    }
    const dir = coordinationDir(conn.port);
    let release: (() => void) | undefined;
    try {
      release = lockSync(dir, 30_000);
      fs.rmSync(path.join(dir, 'users', String(process.pid)), { force: true });
      const others = fs.readdirSync(path.join(dir, 'users')).filter((p) => {
        if (pidAlive(Number(p))) return true;
        fs.rmSync(path.join(dir, 'users', p), { force: true });
        return false;
      });
      const marker = path.join(dir, 'autostarted');
      if (others.length === 0 && fs.existsSync(marker)) {
        spawnSync('bash', [PG_SCRIPT, 'stop', '--port', String(conn.port)], {
          env: { ...baseEnv(), SCHEMA_GUARD_PG_BIN: binDir, SCHEMA_GUARD_ORACLE_CACHE: fs.readFileSync(marker, 'utf8') || ORACLE_CACHE },
          timeout: 60_000,
          stdio: 'ignore',
        });
      }
    } catch {
      /* best effort at exit */
    } finally {
      release?.();
    }
  });
}

process.on('exit', () => {
  if (process.env.SCHEMA_GUARD_ORACLE_KEEP === '1') return;
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// Project copies

/** Path relative to the project root → new content; null deletes the file. */
export type FileEdits = Record<string, string | null>;

/** A fresh directory under os.tmpdir(), removed at process exit (unless SCHEMA_GUARD_ORACLE_KEEP=1). */
export function makeTempDir(label = 'oracle'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `schema-guard-${label}-`));
  tempDirs.add(dir);
  return dir;
}

/** Removes a directory made by makeTempDir() now (unless SCHEMA_GUARD_ORACLE_KEEP=1). */
export function removeTempDir(dir: string): void {
  if (process.env.SCHEMA_GUARD_ORACLE_KEEP === '1') return;
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/**
 * Copies a project (without __pycache__/*.pyc) to `dest` (default: a new temp dir), applies `edits`, and returns the
 * copy's path. Files come out writable even when the source is read-only.
 */
export function copyProject(src: string, edits: FileEdits = {}, dest?: string): string {
  const target = dest ?? makeTempDir('project');
  fs.cpSync(src, target, {
    recursive: true,
    filter: (p) => !/(^|[/\\])__pycache__$/.test(p) && !p.endsWith('.pyc'),
  });
  makeWritable(target);
  applyEdits(target, edits);
  return target;
}

function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    fs.chmodSync(p, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) makeWritable(p);
  }
}

export function applyEdits(projectDir: string, edits: FileEdits): void {
  for (const [rel, content] of Object.entries(edits)) {
    const p = path.resolve(projectDir, rel);
    if (!p.startsWith(path.resolve(projectDir) + path.sep)) throw new Error(`edit outside the project: ${rel}`);
    if (content === null) fs.rmSync(p, { force: true });
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
  }
}

/** App folders (relative paths) holding migrations/__init__.py, up to three levels deep. */
export function findMigrationApps(projectDir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string, depth: number): void => {
    const abs = path.join(projectDir, rel);
    if (fs.existsSync(path.join(abs, 'migrations', '__init__.py'))) found.push(rel);
    if (depth === 0) return;
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== '__pycache__' && e.name !== 'migrations' && e.name !== 'node_modules') {
        walk(rel ? path.join(rel, e.name) : e.name, depth - 1);
      }
    }
  };
  walk('', 3);
  return found.filter((r) => r !== '').sort();
}

/** Deletes every migration module of the given apps, keeping migrations/__init__.py (check 4's scratch copy). */
export function removeMigrationFiles(projectDir: string, apps: string[]): void {
  for (const app of apps) {
    const dir = path.join(projectDir, app, 'migrations');
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '__init__.py') continue;
      fs.rmSync(path.join(dir, e.name), { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// manage.py

export interface ManageOptions {
  django: DjangoRuntime;
  /** Database name (EVAL_DB). Without it, EVAL_DB names a database that does not exist. */
  db?: string;
  /** Appended to INSTALLED_APPS through EVAL_EXTRA_APPS. */
  extraApps?: string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Text on stdin (answers to makemigrations prompts). */
  input?: string;
  timeoutMs?: number;
}

/** Runs `python manage.py <args>` in `projectDir` against the oracle cluster. Never rejects on a non-zero exit. */
export function manage(projectDir: string, args: string[], opts: ManageOptions): Promise<RunResult> {
  const conn = pgConnection();
  const env: NodeJS.ProcessEnv = {
    ...opts.django.env,
    EVAL_DB: opts.db ?? 'sg_no_database_given',
    EVAL_PGHOST: conn.host,
    EVAL_PGPORT: String(conn.port),
    EVAL_PGUSER: conn.user,
    EVAL_EXTRA_APPS: (opts.extraApps ?? []).join(','),
    ...opts.env,
  };
  return run(opts.django.python, ['manage.py', ...args], {
    cwd: projectDir,
    env,
    input: opts.input,
    timeoutMs: opts.timeoutMs,
    limited: true,
  });
}

/** `manage.py sqlmigrate app name [--backwards]`; the SQL text, or an Error carrying Django's message. */
export async function sqlmigrate(
  projectDir: string,
  app: string,
  name: string,
  opts: ManageOptions & { backwards?: boolean },
): Promise<string> {
  const r = await manage(projectDir, ['sqlmigrate', app, name, ...(opts.backwards ? ['--backwards'] : [])], opts);
  if (!r.ok) throw new Error(describeRun(r));
  return r.stdout;
}

/**
 * The only random text in sqlmigrate output: a one-off `default=uuid.uuid4` answered at the makemigrations prompt
 * becomes a literal 'hex32'::uuid. Mask it before comparing with expected-sql/.
 */
export function maskUuidLiterals(sql: string): string {
  return sql.replace(/'[0-9a-f]{32}'::uuid/g, "'<uuid>'::uuid");
}

// ---------------------------------------------------------------------------------------------------------------
// Schema comparison

export function diffSnapshots(from: string, to: string): SchemaDiff {
  const a = new Set(from.split('\n').filter(Boolean));
  const b = new Set(to.split('\n').filter(Boolean));
  const removed = [...a].filter((l) => !b.has(l));
  const added = [...b].filter((l) => !a.has(l));
  // Sorted by object ("column t.c", the text before ": "), "-" first, so a changed object shows as a -/+ pair.
  const key = (l: string): string => (l.includes(': ') ? l.slice(0, l.indexOf(': ')) : l);
  const text = [...removed.map((l) => ({ l, k: key(l), s: 0 })), ...added.map((l) => ({ l, k: key(l), s: 1 }))]
    .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : x.s !== y.s ? x.s - y.s : x.l < y.l ? -1 : 1))
    .map((x) => `${x.s === 0 ? '-' : '+'} ${x.l}`)
    .join('\n');
  return { equal: removed.length === 0 && added.length === 0, removed, added, text };
}

// ---------------------------------------------------------------------------------------------------------------
// checkRewrite: rules.md "What makes a rewrite correct"

export interface CheckRewriteOptions {
  django: DjangoRuntime;
  pg: Pg;
  /** Project directory with the ORIGINAL history. Read only: all work happens on copies. */
  original: string;
  /** The REWRITTEN project: a directory, or edits applied to a copy of `original` (relative path → content/null). */
  rewritten: string | FileEdits;
  /**
   * App folders (relative to the project) whose migrations check 4 deletes and regenerates. Default: every folder
   * with migrations/__init__.py (regenerating only some apps breaks when other apps depend on their migrations).
   */
  apps?: string[];
  /** Check 3: whether a schema difference original → rewritten is the fix's purpose. Default false (none allowed). */
  allowSchemaChange?: boolean | ((diff: SchemaDiff) => boolean);
  /**
   * Check 4 mode. 'exact': the rewritten history's schema must equal the freshly generated one. 'baseline' (default):
   * it may differ only where the ORIGINAL history already differed from migrations generated from the original
   * models (a history with RenameModel keeps old constraint/index names that fresh migrations would not use, and
   * RunSQL-only objects are unknown to models). Both diffs are in the report. 'skip': for rewrites of the history
   * only (squashes): when no file outside the migration folders changed, the models are the original ones, so check
   * 3 (same schema as the original history) already implies check 4 and it is not run; it still runs otherwise.
   */
  stateCheck?: 'exact' | 'baseline' | 'skip';
  extraApps?: string[];
  /**
   * Check 2b starts from a database migrated with the ORIGINAL history only up to these migrations (`migrate APP
   * NAME` each), as a deployment that is midway; default: the whole original history.
   */
  upgradeFrom?: Array<[string, string]>;
  /**
   * Check 2b: SQL run on the original-history database before anything else (the statement a history reset prints
   * for existing databases).
   */
  upgradeSql?: string;
  /**
   * Check 2b: a project (directory) whose `migrate` runs on the original-history database before the rewritten one:
   * a deploy in between, such as a squash with `replaces` deployed before finish-squash removes the old files.
   */
  upgradeThrough?: string;
  /**
   * Check 2b: `migrate --plan` runs BEFORE the upgrade `migrate` and must find nothing to apply (a squash, a finished
   * squash or a reset only renames history that the database already has).
   */
  expectNothingToApply?: boolean;
  timeoutMs?: number;
  /** Keep the scratch directories and databases (their names are in the report). */
  keep?: boolean;
}

export interface CheckOutcome {
  ok: boolean;
  detail: string;
  diff?: SchemaDiff;
}

export type CheckName = 'makemigrations' | 'migrateBlank' | 'migrateUpgrade' | 'schemaUnchanged' | 'stateMatchesDb';

export interface RewriteReport {
  ok: boolean;
  /** Names of the failed checks, in rules.md order. */
  failed: CheckName[];
  checks: Record<CheckName, CheckOutcome>;
  snapshots: {
    original?: string;
    rewritten?: string;
    upgraded?: string;
    fresh?: string;
    freshOriginal?: string;
  };
  djangoVersion: string;
  durationMs: number;
  workDir: string;
  /** Readable summary: one line per check, then details and diffs of the failed ones. */
  text: string;
}

const CHECK_TITLES: Record<CheckName, string> = {
  makemigrations: '1  makemigrations --check finds no changes',
  migrateBlank: '2a rewritten history migrates a blank database',
  migrateUpgrade: '2b rewritten history migrates a database migrated with the original history',
  schemaUnchanged: '3  schema equals the original history\'s',
  stateMatchesDb: '4  state matches database (freshly generated migrations give the same schema)',
};

interface Baseline {
  /** Database migrated with the original history; used as a TEMPLATE for check 2b. */
  templateDb?: string;
  snapshot?: string;
  freshSnapshot?: string;
  error?: string;
}

// Per-process cache: the original history's database and snapshots, keyed by its content and the settings.
const baselines = new Map<string, Promise<Baseline>>();

function hashTree(dir: string, withoutMigrations = false): string {
  const h = createHash('sha256');
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === '__pycache__' || e.name.endsWith('.pyc')) continue;
      if (withoutMigrations && e.isDirectory() && e.name === 'migrations') continue;
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else h.update(`${r}\0`).update(fs.readFileSync(path.join(dir, r))).update('\0');
    }
  };
  walk('');
  return h.digest('hex');
}

/** Generates migrations from the models in a scratch copy (migration files of `apps` removed) and migrates `db`. */
async function freshSchema(src: string, dest: string, apps: string[], db: string, opts: CheckRewriteOptions): Promise<string> {
  copyProject(src, {}, dest);
  removeMigrationFiles(dest, apps);
  const base = { django: opts.django, db, extraApps: opts.extraApps, timeoutMs: opts.timeoutMs };
  const mk = await manage(dest, ['makemigrations', '--noinput'], base);
  if (!mk.ok) throw new Error(`makemigrations from the models failed:\n${describeRun(mk)}`);
  const mg = await manage(dest, ['migrate', '--noinput'], base);
  if (!mg.ok) throw new Error(`migrating freshly generated migrations failed:\n${describeRun(mg)}`);
  return opts.pg.schemaSnapshot(db);
}

function getBaseline(opts: CheckRewriteOptions, apps: string[], needFresh: boolean): Promise<Baseline> {
  const key = [hashTree(opts.original), opts.django.version, opts.pg.port, (opts.extraApps ?? []).join(','),
    apps.join(','), needFresh].join('|');
  let p = baselines.get(key);
  if (!p) {
    p = (async (): Promise<Baseline> => {
      const dir = makeTempDir('baseline');
      const orig = copyProject(opts.original, {}, path.join(dir, 'original'));
      const templateDb = await opts.pg.createDb();
      const base: Baseline = { templateDb };
      const tasks: Promise<void>[] = [
        (async () => {
          const r = await manage(orig, ['migrate', '--noinput'], { django: opts.django, db: templateDb, extraApps: opts.extraApps, timeoutMs: opts.timeoutMs });
          if (!r.ok) throw new Error(`the ORIGINAL history does not migrate a blank database:\n${describeRun(r)}`);
          base.snapshot = await opts.pg.schemaSnapshot(templateDb);
        })(),
      ];
      if (needFresh) {
        tasks.push((async () => {
          const db = await opts.pg.createDb();
          try {
            base.freshSnapshot = await freshSchema(opts.original, path.join(dir, 'fresh-original'), apps, db, opts);
          } finally {
            await opts.pg.dropDb(db);
          }
        })());
      }
      const results = await Promise.allSettled(tasks);
      const errors = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : []));
      if (errors.length > 0) base.error = errors.join('\n');
      removeTempDir(dir);
      return base;
    })();
    baselines.set(key, p);
  }
  return p;
}

function schemaChangeAllowed(opts: CheckRewriteOptions, diff: SchemaDiff): boolean {
  if (diff.equal) return true;
  const allow = opts.allowSchemaChange ?? false;
  return typeof allow === 'function' ? allow(diff) : allow;
}

/**
 * Runs the four checks of rules.md "What makes a rewrite correct" with real Django and PostgreSQL and reports
 * (never throws for a failed check):
 *   1  makemigrations --check --dry-run on the rewritten project finds no changes;
 *   2a the rewritten history migrates a blank database;
 *   2b a database migrated with the original history migrates to the end with the rewritten files, nothing is left
 *      to apply (migrate --plan), and its schema equals the blank-migrated one (same allowance as check 3);
 *   3  the schema after the rewritten history equals the schema after the original history (allowSchemaChange);
 *   4  state matches database: migrations generated from the rewritten models in a scratch copy give the same
 *      schema as the rewritten history (stateCheck: 'baseline' by default, or 'exact').
 * The original history's database and snapshots are computed once per process per (content, Django, settings).
 */
export async function checkRewrite(opts: CheckRewriteOptions): Promise<RewriteReport> {
  const started = Date.now();
  const work = makeTempDir('rewrite');
  const created: string[] = [];
  const createDb = async (template?: string): Promise<string> => {
    const name = template ? await opts.pg.cloneDb(template) : await opts.pg.createDb();
    created.push(name);
    return name;
  };
  const base = { django: opts.django, extraApps: opts.extraApps, timeoutMs: opts.timeoutMs };
  const mode = opts.stateCheck ?? 'baseline';
  const notRun = (why: string): CheckOutcome => ({ ok: false, detail: `not run: ${why}` });
  const checks = {} as Record<CheckName, CheckOutcome>;
  const snapshots: RewriteReport['snapshots'] = {};

  const rewDir = typeof opts.rewritten === 'string'
    ? copyProject(opts.rewritten, {}, path.join(work, 'rewritten'))
    : copyProject(opts.original, opts.rewritten, path.join(work, 'rewritten'));
  const apps = opts.apps ?? findMigrationApps(rewDir);

  try {
    const skipState = mode === 'skip' && hashTree(opts.original, true) === hashTree(rewDir, true);
    const baselineP = getBaseline(opts, apps, mode !== 'exact' && !skipState);

    // 1 then 2a on the same blank database (makemigrations only reads django_migrations, which is absent).
    const blank = (async () => {
      const db = await createDb();
      const mk = await manage(rewDir, ['makemigrations', '--check', '--dry-run', '--noinput'], { ...base, db });
      checks.makemigrations = mk.ok
        ? { ok: true, detail: 'No changes detected' }
        : { ok: false, detail: `makemigrations --check reports changes or fails:\n${describeRun(mk)}${mk.stderr.trim() ? `\n${mk.stdout.trim()}` : ''}` };
      const mg = await manage(rewDir, ['migrate', '--noinput'], { ...base, db });
      if (!mg.ok) {
        checks.migrateBlank = { ok: false, detail: describeRun(mg) };
        return;
      }
      checks.migrateBlank = { ok: true, detail: `migrated (${mg.durationMs} ms)` };
      snapshots.rewritten = await opts.pg.schemaSnapshot(db);
    })();

    // 4: migrations freshly generated from the rewritten models.
    const fresh = (async () => {
      if (skipState) return;
      const db = await createDb();
      try {
        snapshots.fresh = await freshSchema(rewDir, path.join(work, 'fresh'), apps, db, opts);
      } catch (e) {
        checks.stateMatchesDb = { ok: false, detail: (e as Error).message };
      }
    })();

    // 2b: upgrade a copy of the original-history database.
    const upgrade = (async () => {
      const b = await baselineP;
      if (b.error || !b.templateDb) {
        checks.migrateUpgrade = notRun(b.error ?? 'no original database');
        return;
      }
      snapshots.original = b.snapshot;
      snapshots.freshOriginal = b.freshSnapshot;
      let db: string;
      if (opts.upgradeFrom?.length) {
        db = await createDb();
        const origDir = copyProject(opts.original, {}, path.join(work, 'original-partial'));
        for (const [app, name] of opts.upgradeFrom) {
          const partial = await manage(origDir, ['migrate', app, name, '--noinput'], { ...base, db });
          if (!partial.ok) {
            checks.migrateUpgrade = { ok: false, detail: `could not migrate the original history to ${app}.${name}:\n${describeRun(partial)}` };
            return;
          }
        }
      } else db = await createDb(b.templateDb);
      if (opts.upgradeSql !== undefined) {
        try {
          await opts.pg.query(db, opts.upgradeSql);
        } catch (e) {
          checks.migrateUpgrade = { ok: false, detail: `upgradeSql failed: ${(e as Error).message}` };
          return;
        }
      }
      if (opts.upgradeThrough !== undefined) {
        const through = await manage(opts.upgradeThrough, ['migrate', '--noinput'], { ...base, db });
        if (!through.ok) {
          checks.migrateUpgrade = { ok: false, detail: `migrating with the intermediate project (upgradeThrough) failed:\n${describeRun(through)}` };
          return;
        }
      }
      if (opts.expectNothingToApply) {
        const before = await manage(rewDir, ['migrate', '--plan'], { ...base, db });
        if (!before.ok || !/No planned migration operations/.test(before.stdout)) {
          checks.migrateUpgrade = { ok: false, detail: `migrate --plan before migrating plans operations (expected none):\n${before.stdout.trim()}\n${before.stderr.trim()}` };
          return;
        }
      }
      const mg = await manage(rewDir, ['migrate', '--noinput'], { ...base, db });
      if (!mg.ok) {
        checks.migrateUpgrade = { ok: false, detail: describeRun(mg) };
        return;
      }
      const plan = await manage(rewDir, ['migrate', '--plan'], { ...base, db });
      if (!plan.ok || !/No planned migration operations/.test(plan.stdout)) {
        checks.migrateUpgrade = { ok: false, detail: `migrations left to apply after migrate:\n${plan.stdout.trim()}\n${plan.stderr.trim()}` };
        return;
      }
      snapshots.upgraded = await opts.pg.schemaSnapshot(db);
      checks.migrateUpgrade = { ok: true, detail: `migrated (${mg.durationMs} ms); nothing left to apply` };
    })();

    // Wait for every chain (none may still be running when the finally block drops the databases).
    const settled = await Promise.allSettled([blank, fresh, upgrade]);
    for (const r of settled) if (r.status === 'rejected') throw r.reason;

    // 2b (schema part): the upgraded database must look like the blank-migrated one.
    if (checks.migrateUpgrade.ok && snapshots.upgraded !== undefined && snapshots.rewritten !== undefined) {
      const diff = diffSnapshots(snapshots.upgraded, snapshots.rewritten);
      if (!schemaChangeAllowed(opts, diff)) {
        checks.migrateUpgrade = { ok: false, detail: 'the upgraded database differs from a blank database migrated with the rewritten history (- upgraded, + blank)', diff };
      }
    }

    // 3
    if (snapshots.original === undefined) checks.schemaUnchanged = notRun(checks.migrateUpgrade.detail);
    else if (snapshots.rewritten === undefined) checks.schemaUnchanged = notRun('the rewritten history did not migrate (2a)');
    else {
      const diff = diffSnapshots(snapshots.original, snapshots.rewritten);
      checks.schemaUnchanged = diff.equal
        ? { ok: true, detail: 'identical schema' }
        : schemaChangeAllowed(opts, diff)
          ? { ok: true, detail: `schema differs as allowed (${diff.removed.length} removed, ${diff.added.length} added lines)`, diff }
          : { ok: false, detail: 'schema differs from the original history\'s (- original, + rewritten)', diff };
    }

    // 4
    if (skipState) {
      checks.stateMatchesDb = checks.schemaUnchanged.ok
        ? { ok: true, detail: 'implied by check 3: the models are unchanged' }
        : notRun('the models are unchanged, so check 3 decides it, and it failed');
    }
    if (!checks.stateMatchesDb) {
      if (snapshots.rewritten === undefined) checks.stateMatchesDb = notRun('the rewritten history did not migrate (2a)');
      else if (snapshots.fresh === undefined) checks.stateMatchesDb = notRun('no fresh schema');
      else {
        const diff = diffSnapshots(snapshots.fresh, snapshots.rewritten);
        if (diff.equal) checks.stateMatchesDb = { ok: true, detail: 'identical to freshly generated migrations' };
        else if (mode === 'exact') {
          checks.stateMatchesDb = { ok: false, detail: 'rewritten history ≠ migrations generated from the models (- fresh, + history)', diff };
        } else if (snapshots.original === undefined || snapshots.freshOriginal === undefined) {
          checks.stateMatchesDb = { ok: false, detail: `differs from fresh migrations and no baseline to compare with (- fresh, + history)`, diff };
        } else {
          const known = diffSnapshots(snapshots.freshOriginal, snapshots.original);
          const removed = new Set(known.removed);
          const added = new Set(known.added);
          const extra = diffSnapshots(
            diff.removed.filter((l) => !removed.has(l)).join('\n'),
            diff.added.filter((l) => !added.has(l)).join('\n'),
          );
          checks.stateMatchesDb = extra.equal
            ? { ok: true, detail: `differs from fresh migrations only as the original history already did (${diff.removed.length + diff.added.length} lines)`, diff }
            : { ok: false, detail: 'mismatches between state and database that the original history did not have (- fresh, + history)', diff: extra };
        }
      }
    }
  } catch (e) {
    // Infrastructure errors (psql, file system): report them on every check not yet decided.
    for (const name of Object.keys(CHECK_TITLES) as CheckName[]) checks[name] ??= notRun((e as Error).message);
  } finally {
    if (!opts.keep) {
      await Promise.all(created.map((d) => opts.pg.dropDb(d).catch(() => undefined)));
      removeTempDir(work);
    }
  }

  for (const name of Object.keys(CHECK_TITLES) as CheckName[]) checks[name] ??= notRun('internal error');
  const order = Object.keys(CHECK_TITLES) as CheckName[];
  const failed = order.filter((n) => !checks[n].ok);
  const lines = order.map((n) => `${checks[n].ok ? 'PASS' : 'FAIL'} ${CHECK_TITLES[n]}`);
  for (const n of failed) {
    lines.push('', `--- ${CHECK_TITLES[n]}: ${checks[n].detail}`);
    if (checks[n].diff) lines.push(checks[n].diff!.text);
  }
  if (opts.keep) lines.push('', `kept: ${work}; databases ${created.join(', ')}`);
  return {
    ok: failed.length === 0,
    failed,
    checks,
    snapshots,
    djangoVersion: opts.django.version,
    durationMs: Date.now() - started,
    workDir: work,
    text: `checkRewrite (Django ${opts.django.version}, PostgreSQL ${opts.pg.serverVersion}):\n${lines.join('\n')}`,
  };
}
