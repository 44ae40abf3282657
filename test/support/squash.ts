// Squashing on disk for the real-Django checks (test/oracle/squash.test.ts and scripts/squash-eval.ts): our squash,
// finish-squash and reset applied to a project copy exactly as the CLI applies them, and Django's own
// squashmigrations on the same app as the baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { CachingFileSystem, NodeFileSystem } from '../../server/src/project/fs';
import { discoverProjects } from '../../server/src/project/discover';
import { DjangoProject, MigrationEntry } from '../../server/src/engine/project';
import { Operation } from '../../server/src/django/operations';
import { Value } from '../../server/src/python/values';
import { SquashOptions, SquashResult, squashApp } from '../../server/src/squash/squash';
import { HistoryChange, finishSquash, resetApp } from '../../server/src/squash/finish';
import { applyChangeToDisk } from '../../server/src/cli/applyFixes';
import { key, splitKey } from '../../server/src/django/graph';
import { type DjangoRuntime, type Pg, type RunResult, manage } from './oracle';

export type Version = { major: number; minor: number };

export function versionOf(django: DjangoRuntime): Version {
  const [major, minor] = django.slot.split('.').map(Number);
  return { major, minor };
}

let parsersReady: Promise<unknown> | undefined;
export function initParsers(): Promise<unknown> {
  parsersReady ??= Promise.all([initPythonParser(), initSqlParser()]);
  return parsersReady;
}

/** A fresh analysis of the project on disk (nothing cached from an earlier load). */
export function loadProject(dir: string, version: Version): DjangoProject {
  const fsys = new CachingFileSystem(new NodeFileSystem());
  const [discovered] = discoverProjects(fsys, dir);
  if (!discovered) throw new Error(`no Django project in ${dir}`);
  const project = new DjangoProject(discovered, fsys, { djangoVersion: version });
  project.load();
  return project;
}

/** Project apps with migrations, in INSTALLED_APPS order. */
export function projectApps(dir: string, version: Version): string[] {
  const project = loadProject(dir, version);
  return project.apps.filter((a) => a.migrationsDir && fs.readdirSync(a.migrationsDir).some((f) => /^\d{4}_.*\.py$/.test(f))).map((a) => a.label);
}

export interface Squashed {
  result: SquashResult;
  /** Load of the project + squash, in ms (what a user waits for). */
  ms: number;
  migrations: number;
  before: number;
  after: number;
  /** What Django's optimizer (our re-implementation, non-exact) leaves of the same groups. */
  djangoOptimizer: number;
  files: string[];
}

/** Our squash of one app, written into `dir`. Throws when the squash is refused. */
export function squashOnDisk(dir: string, app: string, version: Version, options: Omit<SquashOptions, 'app'> = {}): Squashed {
  const started = performance.now();
  const project = loadProject(dir, version);
  const result = squashApp(project, { ...options, app });
  const ms = performance.now() - started;
  if (result.errors.length) throw new Error(`squash ${app} refused: ${result.errors.join('; ')}`);
  applyChangeToDisk({ edits: [], creates: result.creates, deletes: [] });
  return { result, ms, ...counts(result), files: result.creates.map((c) => c.file) };
}

export function counts(result: SquashResult): { migrations: number; before: number; after: number; djangoOptimizer: number } {
  let migrations = 0;
  let before = 0;
  let after = 0;
  let djangoOptimizer = 0;
  for (const g of result.groups) {
    migrations += g.members.length;
    before += g.operationsBefore;
    after += g.kept ? g.operationsBefore : g.operations.length;
    djangoOptimizer += g.kept ? g.operationsBefore : g.operationsDjango;
  }
  return { migrations, before, after, djangoOptimizer };
}

/** finish-squash on disk; throws on errors. */
export function finishOnDisk(dir: string, app: string, version: Version): HistoryChange {
  const change = finishSquash(loadProject(dir, version), app);
  if (change.errors.length) throw new Error(`finish-squash ${app} refused: ${change.errors.join('; ')}`);
  applyChangeToDisk(change);
  return change;
}

/** squash --reset on disk; throws on errors. The change's `sql` is for databases with the old history. */
export function resetOnDisk(dir: string, app: string, version: Version): HistoryChange & { ms: number } {
  const started = performance.now();
  const change = resetApp(loadProject(dir, version), app);
  const ms = performance.now() - started;
  if (change.errors.length) throw new Error(`reset ${app} refused: ${change.errors.join('; ')}`);
  applyChangeToDisk(change);
  return { ...change, ms };
}

export interface DjangoSquashed {
  run: RunResult;
  /** The file squashmigrations wrote (relative to the project), when it wrote one. */
  file?: string;
  /** Top-level operations in that file (as our parser reads it). */
  operations?: number;
}

/** `manage.py squashmigrations APP LAST --noinput` in `dir` (its database only needs to exist). */
export async function djangoSquash(dir: string, app: string, django: DjangoRuntime, pg: Pg): Promise<DjangoSquashed> {
  const version = versionOf(django);
  const before = loadProject(dir, version);
  const leaves = before.graph.leafNodes(app);
  if (leaves.length !== 1) throw new Error(`${app} has ${leaves.length} leaf migrations`);
  const last = splitKey(leaves[0])[1];
  const appInfo = before.appByLabel(app)!;
  const existing = new Set(fs.readdirSync(appInfo.migrationsDir!));
  const db = await pg.createDb();
  try {
    const run = await manage(dir, ['squashmigrations', app, last, '--noinput'], { django, db });
    const created = fs.readdirSync(appInfo.migrationsDir!).filter((f) => f.endsWith('.py') && !existing.has(f));
    if (!created.length) return { run };
    const file = path.join(appInfo.migrationsDir!, created[0]);
    const after = loadProject(dir, version);
    const entry = [...after.entries.values()].find((e) => e.file === file);
    return { run, file: path.relative(dir, file), operations: entry?.migration.operations.length };
  } finally {
    await pg.dropDb(db);
  }
}

/** A non-elidable RunPython/RunSQL, as a squash must keep it (copied functions may get a numeric suffix). */
function dataOperationSignature(op: Operation): string | undefined {
  if (op.kind === 'RunSQL' && !op.elidable) return `RunSQL ${op.sql.pieces.map((p) => p.sql).join('; ')}`;
  if (op.kind === 'RunPython' && !op.elidable) {
    const name = (v: Value | undefined): string => (v === undefined ? '-' : v.t === 'ref' ? v.path.split('.').pop()!.replace(/_\d{4}(_\d+)?$/, '') : v.t);
    return `RunPython ${name(op.code)} / ${name(op.reverseCode)}`;
  }
  return undefined;
}

function appPlan(project: DjangoProject, app: string): MigrationEntry[] {
  return project.plan.map((k) => project.entries.get(k)!).filter((e) => e.app === app && !e.virtual);
}

/**
 * What a squash (or finish/reset) must keep, read back from disk with our own loader: the history loads without
 * graph problems (no dependency cycle), every new migration has the atomicity of the migrations it replaces,
 * non-elidable RunPython/RunSQL come in the same order, no new file refers to code in a migration module
 * (Django's "manual porting"), and run_before and swappable dependencies of the app are still there.
 * Returns the problems found (empty when all is well).
 */
export function structuralProblems(originalDir: string, squashedDir: string, app: string, version: Version): string[] {
  const problems: string[] = [];
  const before = loadProject(originalDir, version);
  const after = loadProject(squashedDir, version);
  for (const p of after.graph.problems) problems.push(`graph: ${p.message}`);
  const originals = new Map(appPlan(before, app).map((e) => [e.name, e]));
  const created = appPlan(after, app).filter((e) => !originals.has(e.name) || e.file === undefined || fs.readFileSync(e.file, 'utf8') !== fs.readFileSync(originals.get(e.name)!.file!, 'utf8'));
  for (const e of created) {
    for (const r of e.migration.replaces) {
      const member = originals.get(r.name);
      if (member && member.migration.atomic !== e.migration.atomic) problems.push(`${e.name} is ${e.migration.atomic ? '' : 'not '}atomic but replaces ${r.name}, which is${member.migration.atomic ? '' : ' not'}`);
    }
    const text = fs.readFileSync(e.file!, 'utf8');
    const foreign = /\b\w+\.migrations\.\d\w*|import_module\(/.exec(text);
    if (foreign) problems.push(`${e.name} refers to code in a migration module: ${foreign[0]}`);
  }
  const signatures = (p: DjangoProject): string[] => appPlan(p, app).flatMap((e) => e.migration.operations.map(dataOperationSignature).filter((s): s is string => !!s));
  const was = signatures(before);
  const now = signatures(after);
  if (was.join('\n') !== now.join('\n')) problems.push(`RunPython/RunSQL changed: ${JSON.stringify(was)} -> ${JSON.stringify(now)}`);
  // A finished squash repoints run_before at the squash that took the target's place: compare the target apps,
  // and every target must still exist.
  const runBefore = (p: DjangoProject): string[] => [...new Set(appPlan(p, app).flatMap((e) => e.migration.runBefore.map((r) => r.app)))].sort();
  if (runBefore(before).join() !== runBefore(after).join()) problems.push(`run_before changed: to ${runBefore(before).join(', ')} -> to ${runBefore(after).join(', ')}`);
  for (const e of appPlan(after, app)) {
    for (const r of e.migration.runBefore) if (!after.entries.has(key(r.app, r.name))) problems.push(`${e.name} runs before ${r.app}.${r.name}, which does not exist`);
  }
  const swappable = (p: DjangoProject): string[] => [...new Set(appPlan(p, app).flatMap((e) => e.migration.dependencies.filter((d) => d.swappable).map((d) => d.swappable!)))].sort();
  if (swappable(before).join() !== swappable(after).join()) problems.push(`swappable dependencies changed: ${swappable(before).join(', ')} -> ${swappable(after).join(', ')}`);
  return problems;
}
