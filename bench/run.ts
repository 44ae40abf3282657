// `npm run bench`: generates a large Django project and prints how fast Schema Guard analyses it.
// It prints figures next to their targets and never fails on them (exit 1 only when something crashes).
//
//   npm run bench -- [--migrations N] [--apps N] [--seed N] [--edits N] [--runs N] [--keep DIR] [--profile] [--only cli,inprocess,lsp]
//
// What it measures (see bench/README.md):
//   1. cold `schema-guard check <project> --format json` (a new node process per run): wall time, findings, peak RSS;
//   2. in-process, JIT warm: discover, load (parse every migration), replay all, sqlmigrate for every migration;
//   3. the language server over stdio: one-character edits in a migration in the middle of an app's history and in
//      that app's models.py, timed from didChange to the publishDiagnostics of that document version; peak RSS;
//   4. with --profile, or when a time target is missed: a CPU profile of the CLI run (and of the server's edits),
//      summarised by function with scripts/bench/cpuprofile.ts.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { GENERATOR_VERSION, generateProject, readGenerated, GeneratedProject } from './generate';
import { formatSummary, readProfile, summarizeProfile } from '../scripts/bench/cpuprofile';
import { initPythonParser } from '../server/src/python/treeSitter';
import { initSqlParser } from '../server/src/sql/index';
import * as coreFs from '../server/src/project/fs';
import { Workspace } from '../server/src/engine/analyze';
import { sqlmigrateText } from '../server/src/django/replay';

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'server', 'out', 'cli.js');
const SERVER = path.join(REPO, 'server', 'out', 'server.js');
const RSS_PRELOAD = path.join(REPO, 'scripts', 'bench', 'peak-rss.cjs');

const TARGETS = { coldMs: 1000, editP95Ms: 30, rssMb: 300 };

/** The file system the CLI uses: disk reads cached for the run when the core has a caching layer. */
function cliFileSystem(): coreFs.FileSystem {
  const Caching = (coreFs as unknown as Record<string, unknown>).CachingFileSystem as (new (base: coreFs.FileSystem) => coreFs.FileSystem) | undefined;
  const disk = new coreFs.NodeFileSystem();
  return Caching ? new Caching(disk) : disk;
}

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  migrations: number;
  apps: number;
  seed: number;
  edits: number;
  runs: number;
  keep: string | undefined;
  profile: boolean;
  /** Which parts run: cli, inprocess, lsp. */
  parts: Set<string>;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { migrations: 1100, apps: 10, seed: 20250601, edits: 200, runs: 5, keep: undefined, profile: false, parts: new Set(['cli', 'inprocess', 'lsp']) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    const num = () => {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
      return Math.floor(v);
    };
    if (name === '--migrations') options.migrations = num();
    else if (name === '--apps') options.apps = Math.min(10, num());
    else if (name === '--seed') options.seed = num();
    else if (name === '--edits') options.edits = num();
    else if (name === '--runs') options.runs = num();
    else if (name === '--keep') options.keep = path.resolve(value());
    else if (name === '--profile') options.profile = true;
    else if (name === '--no-lsp') options.parts.delete('lsp');
    else if (name === '--only') {
      options.parts = new Set(value().split(','));
      for (const part of options.parts) if (!['cli', 'inprocess', 'lsp'].includes(part)) throw new Error(`--only takes cli, inprocess and lsp, not ${part}`);
    }
    else if (name === '--help' || name === '-h') {
      process.stdout.write('Usage: npm run bench -- [--migrations N] [--apps N] [--seed N] [--edits N] [--runs N] [--keep DIR] [--profile] [--only cli,inprocess,lsp]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Small statistics and formatting helpers

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const median = (values: number[]) => quantile(values, 0.5);
const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`) : 'n/a');
const mb = (kb: number | undefined) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const mark = (ok: boolean | undefined) => (ok === undefined ? '?' : ok ? '✓' : '✗');

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

function readStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

interface Row {
  label: string;
  value: string;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];
const notes: string[] = [];

function section(title: string): void {
  rows.push({ label: `__section__${title}`, value: '' });
}

function printTable(): void {
  const width = Math.max(...rows.map((r) => (r.label.startsWith('__section__') ? 0 : r.label.length))) + 2;
  const valueWidth = Math.max(...rows.filter((r) => r.target).map((r) => r.value.length)) + 2;
  const out: string[] = [];
  for (const r of rows) {
    if (r.label.startsWith('__section__')) {
      out.push('', r.label.slice('__section__'.length));
      continue;
    }
    const target = r.target ? `${`target ${r.target}`.padEnd(17)} ${mark(r.ok)}` : '';
    out.push(`  ${r.label.padEnd(width)}${r.target ? r.value.padEnd(valueWidth) : r.value}${target}`.trimEnd());
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// 1. The CLI, cold

interface CliRun {
  wallMs: number;
  peakKb: number | undefined;
  cpuMs: number | undefined;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function runCli(project: string, extraNodeArgs: string[] = []): Promise<CliRun> {
  const rssFile = path.join(os.tmpdir(), `schema-guard-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...extraNodeArgs, '-r', RSS_PRELOAD, CLI, 'check', project, '--format', 'json'], {
      cwd: project,
      env: { ...process.env, SCHEMA_GUARD_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      let peakKb: number | undefined;
      let cpuMs: number | undefined;
      try {
        const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { peakKb: number; userMs: number; systemMs: number };
        peakKb = usage.peakKb;
        cpuMs = usage.userMs + usage.systemMs;
        fs.rmSync(rssFile, { force: true });
      } catch {
        // unknown
      }
      resolve({ wallMs, peakKb, cpuMs, exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

interface CliResult {
  wall: number[];
  cpu: number[];
  peakKb: number[];
  findings: number;
  byRule: Map<string, number>;
  analysisNotes: Array<{ path: string; line: number; message: string }>;
  errors: number;
}

async function benchCli(project: string, runs: number): Promise<CliResult> {
  const result: CliResult = { wall: [], cpu: [], peakKb: [], findings: 0, byRule: new Map(), analysisNotes: [], errors: 0 };
  for (let i = 0; i < runs; i++) {
    const run = await runCli(project);
    // Exit codes: 0 clean, 1 findings at warning/error severity; anything else is a crash.
    if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`schema-guard check exited with ${run.exitCode}:\n${run.stderr}`);
    result.wall.push(run.wallMs);
    if (run.peakKb) result.peakKb.push(run.peakKb);
    if (run.cpuMs !== undefined) result.cpu.push(run.cpuMs);
    if (i === 0) {
      const findings = JSON.parse(run.stdout) as Array<{ rule: string; severity: string; path: string; line: number; message: string }>;
      result.findings = findings.length;
      for (const f of findings) {
        result.byRule.set(f.rule, (result.byRule.get(f.rule) ?? 0) + 1);
        if (f.rule === 'analysis-note') result.analysisNotes.push({ path: f.path, line: f.line, message: f.message });
        if (f.severity === 'error') result.errors++;
      }
    }
    log(`cli run ${i + 1}/${runs}: ${ms(run.wallMs)} wall, ${ms(run.cpuMs ?? NaN)} CPU, peak ${mb(run.peakKb)}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 2. In process: discover, load, replay, sqlmigrate

interface InProcessRun {
  discover: number;
  load: number;
  replay: number;
  sql: number;
  analyzeAll: number;
  migrations: number;
  statements: number;
  sqlBytes: number;
  replayErrors: string[];
  sqlErrors: string[];
  fatal: string[];
}

function inProcessOnce(project: string, withAnalyzeAll: boolean): InProcessRun {
  const fsys = cliFileSystem();
  let t = performance.now();
  const workspace = new Workspace(fsys, [project]);
  const handle = workspace.handles[0];
  if (!handle) throw new Error(`no Django project discovered in ${project}`);
  const discover = performance.now() - t;
  t = performance.now();
  handle.refresh();
  const load = performance.now() - t;
  const djangoProject = handle.project;
  t = performance.now();
  djangoProject.replayUpTo();
  const replay = performance.now() - t;
  const run: InProcessRun = { discover, load, replay, sql: 0, analyzeAll: 0, migrations: 0, statements: 0, sqlBytes: 0, replayErrors: [], sqlErrors: [], fatal: [] };
  for (const k of djangoProject.plan) {
    const entry = djangoProject.entries.get(k)!;
    if (entry.virtual) continue;
    for (const op of djangoProject.replay(k)?.sql.operations ?? []) if (op.error) run.replayErrors.push(`${entry.app}.${entry.name}: ${op.description}: ${op.error}`);
  }
  t = performance.now();
  for (const k of djangoProject.plan) {
    const entry = djangoProject.entries.get(k)!;
    if (entry.virtual) continue;
    const sql = djangoProject.sqlmigrate(entry.app, entry.name);
    if (!sql) continue;
    const text = sqlmigrateText(sql);
    run.migrations++;
    run.sqlBytes += text.stdout.length;
    for (const op of sql.operations) {
      run.statements += op.statements.length;
      if (op.error) run.sqlErrors.push(`${entry.app}.${entry.name}: ${op.description}: ${op.error}`);
    }
    run.statements += sql.deferred.length;
    if (sql.fatal) run.fatal.push(`${entry.app}.${entry.name}: ${sql.fatal}`);
  }
  run.sql = performance.now() - t;
  // The whole analysis as the CLI runs it, on a fresh workspace (JIT warm, parsers loaded).
  if (withAnalyzeAll) {
    t = performance.now();
    new Workspace(cliFileSystem(), [project]).analyzeAll();
    run.analyzeAll = performance.now() - t;
  } else run.analyzeAll = NaN;
  return run;
}

async function benchInProcess(project: string, runs: number): Promise<{ runs: InProcessRun[]; initMs: number }> {
  let t = performance.now();
  await Promise.all([initPythonParser(), initSqlParser()]);
  const initMs = performance.now() - t;
  log('in-process warm-up run');
  inProcessOnce(project, true);
  const results: InProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    // The whole analysis is slower: measured in the first three runs only.
    results.push(inProcessOnce(project, i < 3));
    log(`in-process run ${i + 1}/${runs}: ${ms(performance.now() - t)}`);
  }
  return { runs: results, initMs };
}

// ---------------------------------------------------------------------------------------------
// 3. The language server over stdio

interface Diagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

class LspClient {
  readonly proc;
  readonly conn: MessageConnection;
  private waiters: Array<{ uri: string; version: number | undefined; resolve: (at: number) => void }> = [];
  stderr = '';

  constructor(nodeArgs: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Diagnostics) => {
      const at = performance.now();
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || (w.version !== undefined && w.version !== p.version)) return true;
        w.resolve(at);
        return false;
      });
    });
    this.conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  async initialize(folder: string): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Resolves with the receive time of the diagnostics for `uri` at `version`. */
  diagnosticsFor(uri: string, version: number | undefined, timeoutMs = 60000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr:\n${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.proc.kill(), 10000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

interface EditSeries {
  file: string;
  openMs: number;
  firstEditMs: number;
  latencies: number[];
  serverMs: number[];
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

/** One-character edits that cancel out in pairs: a digit of a number changed and restored, a space inserted into a string and removed. */
function editPlan(text: string): Array<(version: number) => { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }> {
  const plan: Array<(version: number) => ReturnType<ReturnType<typeof editPlan>[number]>> = [];
  const digitMatch = /max_length=(\d+)/.exec(text) ?? /=(\d+)/.exec(text);
  if (digitMatch) {
    const offset = digitMatch.index + digitMatch[0].length - 1;
    const original = text[offset];
    const pos = positionOf(text, offset);
    const end = { line: pos.line, character: pos.character + 1 };
    let n = 0;
    plan.push(() => {
      const replacement = String((Number(original) + 1 + (n++ % 8)) % 10);
      return { range: { start: pos, end }, text: replacement === original ? String((Number(original) + 9) % 10) : replacement };
    });
    plan.push(() => ({ range: { start: pos, end }, text: original }));
  }
  const stringMatch = /default='([a-z]{3,})'/.exec(text);
  if (stringMatch) {
    const offset = stringMatch.index + stringMatch[0].indexOf("'") + 2;
    const pos = positionOf(text, offset);
    plan.push(() => ({ range: { start: pos, end: pos }, text: ' ' }));
    plan.push(() => ({ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' }));
  }
  if (!plan.length) throw new Error('no editable number or string found');
  return plan;
}

async function editSeries(client: LspClient, file: string, edits: number, window?: Window, afterOpen?: () => void): Promise<EditSeries> {
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  let version = 1;
  const opened = performance.now();
  const first = client.diagnosticsFor(uri, version);
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  const openMs = (await first) - opened;
  afterOpen?.();
  const plan = editPlan(text);
  const latencies: number[] = [];
  const serverMs: number[] = [];
  let firstEditMs = NaN;
  const warmup = 4;
  if (window) window.from = process.hrtime.bigint() / 1000n;
  for (let i = 0; i < edits + warmup; i++) {
    version++;
    const change = plan[i % plan.length](version);
    const waiting = client.diagnosticsFor(uri, version);
    const sent = performance.now();
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const latency = (await waiting) - sent;
    const analysis = (await client.conn.sendRequest('schemaGuard/analysisTime', { uri })) as { ms: number };
    if (i === 0) firstEditMs = latency;
    if (i >= warmup) {
      latencies.push(latency);
      serverMs.push(analysis.ms);
    }
  }
  if (window) window.to = process.hrtime.bigint() / 1000n;
  // Leave the document as it was on disk (the plan's edits cancel out in pairs).
  if ((edits + warmup) % 2 === 1) {
    version++;
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { file, openMs, firstEditMs, latencies, serverMs };
}

type Window = { from: bigint; to: bigint };

interface LspResult {
  /** Edits in the AddField migration (its warning's fix checks the rest of the history). */
  migration: EditSeries;
  /** Edits in a plain AlterField migration a few migrations later. */
  alter: EditSeries;
  models: EditSeries;
  /** Peak RSS (VmHWM) after each phase. */
  peakAfter: { open: number | undefined; migration: number | undefined; alter: number | undefined; models: number | undefined };
  rssKb: number | undefined;
  startMs: number;
  windows?: { migration: Window; alter: Window; models: Window };
}

async function benchLsp(generated: GeneratedProject, edits: number, profileDir?: string): Promise<LspResult> {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const started = performance.now();
  const client = new LspClient(nodeArgs);
  await client.initialize(generated.root);
  const startMs = performance.now() - started;
  const windows = profileDir ? { migration: { from: 0n, to: 0n }, alter: { from: 0n, to: 0n }, models: { from: 0n, to: 0n } } : undefined;
  const pid = client.proc.pid!;
  const peakAfter: LspResult['peakAfter'] = { open: undefined, migration: undefined, alter: undefined, models: undefined };
  try {
    const migration = await editSeries(client, generated.anchorMigration, edits, windows?.migration, () => (peakAfter.open = readStatusKb(pid, 'VmHWM')));
    peakAfter.migration = readStatusKb(pid, 'VmHWM');
    log(`lsp migration (AddField) edits: p50 ${ms(median(migration.latencies))}, p95 ${ms(quantile(migration.latencies, 0.95))}`);
    const alter = await editSeries(client, generated.anchorAlterMigration ?? generated.anchorMigration, edits, windows?.alter);
    peakAfter.alter = readStatusKb(pid, 'VmHWM');
    log(`lsp migration (AlterField) edits: p50 ${ms(median(alter.latencies))}, p95 ${ms(quantile(alter.latencies, 0.95))}`);
    const models = await editSeries(client, generated.anchorModels, edits, windows?.models);
    peakAfter.models = readStatusKb(pid, 'VmHWM');
    log(`lsp models.py edits: p50 ${ms(median(models.latencies))}, p95 ${ms(quantile(models.latencies, 0.95))}`);
    const rssKb = readStatusKb(pid, 'VmRSS');
    return { migration, alter, models, peakAfter, rssKb, startMs, windows };
  } finally {
    await client.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Profiles

function newestProfile(dir: string): string | undefined {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  files.sort((a, b) => fs.statSync(path.join(dir, b)).mtimeMs - fs.statSync(path.join(dir, a)).mtimeMs);
  return files[0] ? path.join(dir, files[0]) : undefined;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  for (const file of [CLI, SERVER]) if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: run \`npm run build\` (npm run bench does)`);
  const benchStarted = performance.now();
  const loadBefore = loadAverage();

  // The project
  let generated: GeneratedProject | undefined;
  let root: string;
  let temporary = false;
  let generateMs = NaN;
  const wanted = { migrations: options.migrations, apps: options.apps, seed: options.seed };
  if (options.keep) {
    root = options.keep;
    const existing = readGenerated(root);
    const matches =
      existing &&
      existing.generatorVersion === GENERATOR_VERSION &&
      existing.options.migrations === wanted.migrations &&
      existing.options.apps === wanted.apps &&
      existing.options.seed === wanted.seed;
    if (matches) {
      generated = existing;
      log(`reusing ${root}`);
    } else {
      if (existing) fs.rmSync(root, { recursive: true, force: true });
      else if (fs.existsSync(root) && fs.readdirSync(root).length) throw new Error(`--keep ${root}: the folder is not empty and was not made by the benchmark`);
    }
  } else {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-guard-bench-'));
    temporary = true;
  }
  if (!generated) {
    const t = performance.now();
    generated = generateProject(root, wanted);
    generateMs = performance.now() - t;
    log(`generated ${generated.migrations} migrations in ${root} (${ms(generateMs)})`);
  }

  try {
    const parts = options.parts;
    // 1. CLI
    let cli: CliResult | undefined;
    if (parts.has('cli')) {
      log(`cold CLI runs (${options.runs})`);
      cli = await benchCli(root, options.runs);
    }
    // 2. In process
    let inproc: Awaited<ReturnType<typeof benchInProcess>> | undefined;
    if (parts.has('inprocess')) {
      log('in-process runs');
      inproc = await benchInProcess(root, options.runs);
    }
    // 3. Language server
    let lsp: LspResult | undefined;
    if (parts.has('lsp')) {
      log(`language server: ${options.edits} edits per document`);
      lsp = await benchLsp(generated, options.edits);
    }

    // The table
    const cpu = os.cpus();
    const header = [
      `Schema Guard benchmark: ${generated.migrations} migrations (${generated.operations} operations) in ${generated.apps.length} apps, ${generated.pythonFiles} Python files, ${(generated.bytes / 1024).toFixed(0)} KiB (seed ${generated.seed})`,
      `machine: ${cpu.length} CPU(s) (${cpu[0]?.model.trim() ?? 'unknown'}), nproc ${spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`,
      `load average: ${loadBefore} at start, ${loadAverage()} at the end (other processes share the CPUs: figures are noisy when it exceeds the CPU count)`,
      `project: ${root}${temporary ? ' (temporary)' : ''}${Number.isFinite(generateMs) ? `, generated in ${ms(generateMs)}` : ''}`,
    ];
    process.stdout.write(`\n${header.join('\n')}\n`);

    let coldMissed = false;
    if (cli) {
      section(`cold \`schema-guard check <project> --format json\` (${options.runs} run${options.runs === 1 ? '' : 's'}, a new node process each)`);
      const coldMedian = median(cli.wall);
      coldMissed = coldMedian >= TARGETS.coldMs;
      rows.push({ label: 'wall time, median', value: `${ms(coldMedian)} (min ${ms(Math.min(...cli.wall))}, max ${ms(Math.max(...cli.wall))})`, target: `< ${TARGETS.coldMs} ms`, ok: !coldMissed });
      if (cli.cpu.length) rows.push({ label: 'CPU time (user + sys), median', value: `${ms(median(cli.cpu))} (min ${ms(Math.min(...cli.cpu))}; less sensitive to other load than wall time)` });
      const cliPeak = cli.peakKb.length ? Math.max(...cli.peakKb) : undefined;
      rows.push({ label: 'peak RSS (max over runs)', value: mb(cliPeak), target: `< ${TARGETS.rssMb} MB`, ok: cliPeak === undefined ? undefined : cliPeak / 1024 < TARGETS.rssMb });
      rows.push({ label: 'findings', value: `${cli.findings} (${cli.errors} at error severity)` });
      rows.push({ label: 'analysis notes (sanity: expect 0)', value: String(cli.analysisNotes.length) });
      const topRules = [...cli.byRule].sort((a, b) => b[1] - a[1]);
      rows.push({ label: 'findings by rule', value: topRules.slice(0, 5).map(([r, n]) => `${r} ${n}`).join(', ') + (topRules.length > 5 ? `, +${topRules.length - 5} more rules` : '') });
      for (const n of cli.analysisNotes.slice(0, 5)) notes.push(`analysis note: ${n.path}:${n.line}: ${n.message}`);
    }

    if (inproc) {
      const pick = (f: (r: InProcessRun) => number) => median(inproc.runs.map(f));
      const last = inproc.runs[inproc.runs.length - 1];
      section(`in process, JIT warm (after 1 warm-up run, median of ${options.runs}; fresh caches each run)`);
      rows.push({ label: 'load parsers (tree-sitter + libpg-query wasm, once)', value: ms(inproc.initMs) });
      rows.push({ label: 'discover project', value: ms(pick((r) => r.discover)) });
      rows.push({ label: `load: parse ${last.migrations} migrations, build graph`, value: ms(pick((r) => r.load)) });
      rows.push({ label: 'replay all migrations (as migrate)', value: ms(pick((r) => r.replay)) });
      rows.push({ label: 'sqlmigrate for every migration', value: `${ms(pick((r) => r.sql))} (${last.statements} statements, ${(last.sqlBytes / 1024).toFixed(0)} KiB of SQL)` });
      rows.push({ label: 'total: discover + load + replay + SQL', value: ms(pick((r) => r.discover + r.load + r.replay + r.sql)) });
      const analyzeAll = inproc.runs.map((r) => r.analyzeAll).filter((v) => Number.isFinite(v));
      rows.push({ label: `whole analysis (Workspace.analyzeAll, fresh; median of ${analyzeAll.length})`, value: ms(median(analyzeAll)) });
      rows.push({ label: 'operations that failed to replay (expect 0)', value: `${last.replayErrors.length} in replay, ${last.sqlErrors.length} in sqlmigrate, ${last.fatal.length} fatal` });
      for (const e of [...last.replayErrors, ...last.sqlErrors, ...last.fatal].slice(0, 5)) notes.push(`replay problem: ${e}`);
    }

    let editMissed = false;
    if (lsp) {
      section(`language server over stdio (${options.edits} one-character edits per document, after 4 warm-up edits)`);
      rows.push({ label: 'initialize', value: ms(lsp.startMs) });
      const series = (label: string, s: EditSeries) => {
        rows.push({ label: `${label}: didOpen → first diagnostics`, value: `${ms(s.openMs)} (${path.relative(root, s.file)})` });
        rows.push({ label: `${label}: edit → diagnostics p50`, value: ms(median(s.latencies)) });
        const p95 = quantile(s.latencies, 0.95);
        if (p95 >= TARGETS.editP95Ms) editMissed = true;
        rows.push({ label: `${label}: edit → diagnostics p95`, value: `${ms(p95)} (max ${ms(Math.max(...s.latencies))}, first edit ${ms(s.firstEditMs)})`, target: `< ${TARGETS.editP95Ms} ms`, ok: p95 < TARGETS.editP95Ms });
        rows.push({ label: `${label}: server-side analysis p50 / p95`, value: `${ms(median(s.serverMs))} / ${ms(quantile(s.serverMs, 0.95))}` });
      };
      series('migration (AddField)', lsp.migration);
      series('migration (AlterField)', lsp.alter);
      series('models.py', lsp.models);
      const peak = lsp.peakAfter.models;
      rows.push({ label: 'server peak RSS (VmHWM)', value: mb(peak), target: `< ${TARGETS.rssMb} MB`, ok: peak === undefined ? undefined : peak / 1024 < TARGETS.rssMb });
      rows.push({
        label: 'server peak RSS after each phase',
        value: `first analysis ${mb(lsp.peakAfter.open)}, AddField edits ${mb(lsp.peakAfter.migration)}, AlterField edits ${mb(lsp.peakAfter.alter)}, models.py edits ${mb(lsp.peakAfter.models)}; RSS at the end ${mb(lsp.rssKb)}`,
      });
    }
    printTable();
    if (notes.length) process.stdout.write(`\n${notes.join('\n')}\n`);

    // 4. Profiles when a time target is missed (or asked for)
    const profileCli = parts.has('cli') && (options.profile || coldMissed);
    const profileLsp = parts.has('lsp') && (options.profile || editMissed);
    if (profileCli || profileLsp) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-guard-bench-prof-'));
      log(`profiling into ${dir}`);
      if (profileCli) {
        await runCli(root, ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'cli')}`]);
        const cliProfile = newestProfile(path.join(dir, 'cli'));
        if (cliProfile) {
          process.stdout.write(`\nCPU profile of one cold \`schema-guard check\` run (${cliProfile}):\n`);
          process.stdout.write(`${formatSummary(summarizeProfile(readProfile(cliProfile), { root: REPO }), 20)}\n`);
        }
      }
      if (profileLsp) {
        const profiled = await benchLsp(generated, Math.min(options.edits, 50), path.join(dir, 'server'));
        const serverProfile = newestProfile(path.join(dir, 'server'));
        if (serverProfile && profiled.windows) {
          for (const [label, w] of [['AddField migration', profiled.windows.migration], ['AlterField migration', profiled.windows.alter], ['models.py', profiled.windows.models]] as const) {
            process.stdout.write(`\nCPU profile of the language server during the ${label} edits (${path.basename(serverProfile)}):\n`);
            process.stdout.write(`${formatSummary(summarizeProfile(readProfile(serverProfile), { root: REPO, from: Number(w.from), to: Number(w.to) }), 15)}\n`);
          }
        }
      }
      process.stdout.write(`\nProfiles kept in ${dir} (open them in Chrome DevTools or VS Code; summarise with scripts/bench/cpuprofile.ts).\n`);
    }
    process.stdout.write(`\nbenchmark took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s\n`);
  } finally {
    if (temporary) fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
