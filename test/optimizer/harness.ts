// Shared by the optimizer/writer tests: our side (parse → optimize → serialize → write) and the
// real-Django side (scripts/optimizer/oracle.py, one long-lived Python per version speaking JSON lines).
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { parseModule } from '../../server/src/python/module';
import { readMigration, MigrationFile } from '../../server/src/django/migrationFile';
import { FieldResolver } from '../../server/src/django/fieldResolver';
import { OptimizerError, optimize, optimizePasses } from '../../server/src/django/optimizer';
import { migrationToSpec, operationToWritten } from '../../server/src/django/serialize';
import { writeMigration } from '../../server/src/django/writer';
import { DjangoRuntime, REPO_ROOT } from '../support/oracle';

export const APP = 'sgapp';
export const NAME = '0001_case';

export type Version = '5.2' | '6.1';
export const VERSION_NUMBER: Record<Version, number> = { '5.2': 5.2, '6.1': 6.1 };

export interface CaseResult {
  ok: boolean;
  text?: string;
  error?: string;
  passes?: number;
}

let parserReady: Promise<void> | undefined;
export function ready(): Promise<void> {
  parserReady ??= initPythonParser();
  return parserReady;
}

export function readSource(source: string, app = APP, name = NAME): MigrationFile {
  const module = parseModule(source, { moduleName: `${app}.migrations.${name}` }).module;
  const resolver = new FieldResolver({ getModule: () => undefined });
  return readMigration(module, app, name, `${name}.py`, { makeField: (c) => resolver.makeField(c), authUserModel: undefined });
}

/** Our answer for a migration source: optionally optimized, written as MigrationWriter(include_header=False) would. */
export function ours(source: string, version: Version, doOptimize: boolean, app = APP, name = NAME): CaseResult {
  const dv = VERSION_NUMBER[version];
  try {
    const m = readSource(source, app, name);
    const problems = m.problems.filter((p) => !p.message.startsWith('Custom operation'));
    if (problems.length) return { ok: false, error: `parse problems: ${problems.map((p) => p.message).join('; ')}` };
    let ops = m.operations;
    let passes = 0;
    if (doOptimize) {
      passes = optimizePasses(ops, app, dv);
      ops = optimize(ops, app, dv);
    }
    return { ok: true, text: writeMigration(migrationToSpec(m, { djangoVersion: dv, operations: ops })), passes };
  } catch (error) {
    if (error instanceof OptimizerError) return { ok: false, error: `${error.pythonType}: ${error.message}` };
    return { ok: false, error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

export const ORACLE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'optimizer', 'oracle.py');

interface Pending {
  resolve: (r: CaseResult) => void;
}

/** One `oracle.py --serve` process. */
export class Oracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';
  private nextId = 1;
  private stderr = '';
  private exited = false;

  constructor(django: DjangoRuntime) {
    this.child = spawn(django.python, [ORACLE_SCRIPT, '--serve'], { env: django.env, stdio: 'pipe' });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
    this.child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString('utf8');
    });
    this.child.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.resolve({ ok: false, error: `oracle exited: ${this.stderr.slice(-2000)}` });
      this.pending.clear();
    });
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const res = JSON.parse(line) as CaseResult & { id: number };
      const p = this.pending.get(res.id);
      if (p) {
        this.pending.delete(res.id);
        p.resolve({ ok: res.ok, text: res.text, error: res.error, passes: res.passes });
      }
    }
  }

  run(source: string, doOptimize: boolean, app = APP, name = NAME): Promise<CaseResult> {
    if (this.exited) return Promise.resolve({ ok: false, error: `oracle exited: ${this.stderr.slice(-2000)}` });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.child.stdin.write(`${JSON.stringify({ id, source, app, name, optimize: doOptimize })}\n`);
    });
  }

  /** Migration files on disk: one is written as is; several are concatenated (and optimized) like a squash. */
  runFiles(files: Array<[string, string]>, app: string, doOptimize: boolean): Promise<CaseResult> {
    if (this.exited) return Promise.resolve({ ok: false, error: `oracle exited: ${this.stderr.slice(-2000)}` });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.child.stdin.write(`${JSON.stringify({ id, files, app, optimize: doOptimize })}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Comparable form of a result: the text, or the error (Python class and message). */
export function outcome(r: CaseResult): string {
  if (r.ok) return r.text ?? '';
  return `ERROR ${r.error ?? ''}`;
}

/** Our answer for migration files on disk (see Oracle.runFiles). */
export function oursFiles(files: Array<[string, string]>, app: string, version: Version, doOptimize: boolean): CaseResult {
  const dv = VERSION_NUMBER[version];
  try {
    const migrations = files.map(([moduleName, file]) => readSource(fs.readFileSync(file, 'utf8'), app, moduleName.split('.').pop()!));
    for (const m of migrations) {
      const problems = m.problems.filter((p) => !p.message.startsWith('Custom operation'));
      if (problems.length) return { ok: false, error: `parse problems in ${m.name}: ${problems.map((p) => p.message).join('; ')}` };
    }
    let ops = migrations.flatMap((m) => m.operations);
    let passes = 0;
    if (doOptimize) {
      passes = optimizePasses(ops, app, dv);
      ops = optimize(ops, app, dv);
    }
    if (migrations.length === 1) return { ok: true, text: writeMigration(migrationToSpec(migrations[0], { djangoVersion: dv, operations: ops })), passes };
    return { ok: true, text: writeMigration({ dependencies: [], operations: ops.map((o) => operationToWritten(o, { djangoVersion: dv })), djangoVersion: dv }), passes };
  } catch (error) {
    if (error instanceof OptimizerError) return { ok: false, error: `${error.pythonType}: ${error.message}` };
    return { ok: false, error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/** Apps with migrations in the repository (test corpus and fixture projects), each with its files in name order. */
export function repositoryApps(): Array<{ id: string; app: string; versions: Version[]; files: Array<[string, string]> }> {
  const roots: Array<[string, Version[]]> = [
    [path.join(REPO_ROOT, 'test', 'corpus', 'django-5.2'), ['5.2']],
    [path.join(REPO_ROOT, 'test', 'corpus', 'django-6.1'), ['6.1']],
    [path.join(REPO_ROOT, 'test', 'fixtures', 'oracle', 'project'), ['6.1']],
    [path.join(REPO_ROOT, 'test', 'fixtures', 'projects'), ['5.2', '6.1']],
  ];
  const out: Array<{ id: string; app: string; versions: Version[]; files: Array<[string, string]> }> = [];
  const walk = (dir: string, versions: Version[], depth: number): void => {
    if (depth > 6 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isDirectory() || entry.name === '__pycache__' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'migrations') {
        const app = path.basename(dir);
        const files = fs
          .readdirSync(full)
          .filter((f) => /^[^_~].*\.py$/.test(f))
          .sort()
          .map((f) => [`${app}.migrations.${f.slice(0, -3)}`, path.join(full, f)] as [string, string]);
        if (files.length) out.push({ id: path.relative(REPO_ROOT, dir), app, versions, files });
      } else walk(full, versions, depth + 1);
    }
  };
  for (const [root, versions] of roots) walk(root, versions, 0);
  return out;
}
