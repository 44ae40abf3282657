// The squash, proven with real Django and PostgreSQL. For each project, every app is squashed on its own, and all
// apps one after another in the same project (squash, reload, squash the next). On the oracle project and on
// test/fixtures/projects/squash, finish-squash and the reset are run for every app, the sequence in both orders, and
// every squash of a sequence finished one after another. Each result must pass checkRewrite with
// expectNothingToApply (makemigrations --check clean; a blank database migrates to the original history's schema,
// names included; a database migrated with the original history has nothing to apply, `migrate --plan` asked
// BEFORE migrating) and the structural checks of structuralProblems() (no cycle, atomic = False kept on its own,
// RunPython/RunSQL kept in order with their code copied, run_before and swappable dependencies kept).
// Django's own squashmigrations fails on the same inputs: the last test shows where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ORACLE_PROJECT, REPO_ROOT, available, checkRewrite, copyProject, getDjango, getPostgres, manage, makeTempDir,
  type DjangoRuntime, type DjangoSlot, type Pg, type RewriteReport,
} from '../support/oracle';
import {
  djangoSquash, finishOnDisk, initParsers, loadProject, projectApps, resetOnDisk, squashOnDisk, structuralProblems, versionOf,
} from '../support/squash';

const SQUASH_PROJECT = path.join(REPO_ROOT, 'test', 'fixtures', 'projects', 'squash');
const corpus = (slot: DjangoSlot, seed: number): string => path.join(REPO_ROOT, 'test', 'corpus', `django-${slot}`, `seed-${seed}`, 'project');

interface Case {
  label: string;
  slot: DjangoSlot;
  dir: string;
  /** Also finish-squash and reset every app, and squash all apps in both orders. */
  finishAndReset: boolean;
}

// The corpus seeds with RunPython, atomic = False migrations and the most cross-app dependencies per version.
const CASES: Case[] = [
  { label: 'oracle', slot: '6.1', dir: ORACLE_PROJECT, finishAndReset: true },
  { label: 'squash fixture', slot: '6.1', dir: SQUASH_PROJECT, finishAndReset: true },
  { label: 'corpus 5.2/2', slot: '5.2', dir: corpus('5.2', 2), finishAndReset: false },
  { label: 'corpus 6.1/3', slot: '6.1', dir: corpus('6.1', 3), finishAndReset: false },
];

interface Row {
  label: string;
  app: string;
  mode: string;
  migrations: number;
  ops: string;
  django: number | string;
  files: number;
  report: RewriteReport;
  problems: string[];
  squashMs: number;
}

function table(rows: Row[]): string {
  const head = ['project', 'app', 'mode', 'migrations', 'ops before->after', 'Django optimizer', 'new files', 'checks', 'squash ms', 'check s'];
  const body = rows.map((r) => [
    r.label, r.app, r.mode, String(r.migrations), r.ops, String(r.django), String(r.files),
    r.report.ok && !r.problems.length ? 'all pass' : `FAIL ${[...r.report.failed, ...(r.problems.length ? ['structure'] : [])].join(' ')}`,
    r.squashMs.toFixed(0), (r.report.durationMs / 1000).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

function failures(rows: Row[]): string {
  return rows
    .filter((r) => !r.report.ok || r.problems.length)
    .map((r) => `--- ${r.label} ${r.app} (${r.mode})\n${r.problems.map((p) => `structure: ${p}`).join('\n')}\n${r.report.text}`)
    .join('\n\n');
}

async function runCase(c: Case, django: DjangoRuntime, pg: Pg): Promise<Row[]> {
  const version = versionOf(django);
  const apps = projectApps(c.dir, version);
  const work = makeTempDir('squash');
  const base = { django, pg, original: c.dir, expectNothingToApply: true, stateCheck: 'skip' as const };
  const jobs: Array<Promise<Row>> = [];
  const row = (app: string, mode: string, report: Promise<RewriteReport>, info: Omit<Row, 'label' | 'app' | 'mode' | 'report' | 'problems'>, problems: string[]): Promise<Row> =>
    report.then((r) => ({ label: c.label, app, mode, report: r, problems, ...info }));

  for (const app of apps) {
    // Each app on its own.
    const squashed = copyProject(c.dir, {}, path.join(work, `${app}-squash`));
    const s = squashOnDisk(squashed, app, version);
    const info = { migrations: s.migrations, ops: `${s.before} -> ${s.after}`, django: s.djangoOptimizer, files: s.files.length, squashMs: s.ms };
    jobs.push(row(app, 'squash', checkRewrite({ ...base, rewritten: squashed }), info, structuralProblems(c.dir, squashed, app, version)));
    if (!c.finishAndReset) continue;
    // Finish: the database has the original history, then `migrate` with the squash records it; then the old files go.
    const finished = copyProject(squashed, {}, path.join(work, `${app}-finish`));
    const f = finishOnDisk(finished, app, version);
    assert.ok(f.deletes.length > 0, `finish-squash ${app} deletes the replaced files`);
    const unfinished = [...loadProject(finished, version).entries.values()].filter((e) => e.app === app && e.migration.replaces.length);
    assert.deepEqual(unfinished.map((e) => e.name), [], `finish-squash ${app} leaves no replaces`);
    jobs.push(row(app, 'finish', checkRewrite({ ...base, rewritten: finished, upgradeThrough: squashed }), { ...info, files: 0 }, structuralProblems(c.dir, finished, app, version)));
    // Reset: new initial migrations; existing databases run the printed statement.
    const reset = copyProject(c.dir, {}, path.join(work, `${app}-reset`));
    const r = resetOnDisk(reset, app, version);
    assert.ok(r.sql, `reset ${app} prints the statement for existing databases`);
    jobs.push(row(app, 'reset', checkRewrite({ ...base, rewritten: reset, upgradeSql: r.sql }), { ...info, files: r.creates.length, squashMs: r.ms }, structuralProblems(c.dir, reset, app, version)));
  }

  // Every app, one after another in the same project (each squash sees the previous ones); on the projects that
  // also get finish and reset, in both orders, and then every squash finished one after another.
  const orders = c.finishAndReset ? [apps, [...apps].reverse()] : [apps];
  for (const [n, order] of orders.entries()) {
    const all = copyProject(c.dir, {}, path.join(work, `all-squash-${n}`));
    let migrations = 0;
    let before = 0;
    let after = 0;
    let djangoOps = 0;
    let files = 0;
    let ms = 0;
    const problems: string[] = [];
    for (const app of order) {
      const step = copyProject(all, {}, path.join(work, `all-${n}-before-${app}`));
      const s = squashOnDisk(all, app, version);
      migrations += s.migrations;
      before += s.before;
      after += s.after;
      djangoOps += s.djangoOptimizer;
      files += s.files.length;
      ms += s.ms;
      problems.push(...structuralProblems(step, all, app, version).map((p) => `${app}: ${p}`));
    }
    const allInfo = { migrations, ops: `${before} -> ${after}`, django: djangoOps, files, squashMs: ms };
    jobs.push(row(order.join('+'), 'all, in sequence', checkRewrite({ ...base, rewritten: all }), allInfo, problems));
    if (!c.finishAndReset) continue;
    const allFinished = copyProject(all, {}, path.join(work, `all-finish-${n}`));
    for (const app of order) finishOnDisk(allFinished, app, version);
    const finishProblems = order.flatMap((app) => structuralProblems(c.dir, allFinished, app, version).map((p) => `${app}: ${p}`));
    jobs.push(row(order.join('+'), 'all finished', checkRewrite({ ...base, rewritten: allFinished, upgradeThrough: all }), { ...allInfo, files: 0 }, finishProblems));
  }
  return Promise.all(jobs);
}

for (const c of CASES) {
  test(`squash passes the real-Django checks: ${c.label} (Django ${c.slot})`, async (t) => {
    const django = getDjango(c.slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await initParsers();
    const rows = await runCase(c, django, pg);
    console.log(`\n${c.label} (Django ${django.version}):\n${table(rows)}`);
    assert.ok(rows.every((r) => r.report.ok && r.problems.length === 0), failures(rows));
  });
}

// Where Django's squashmigrations is wrong on the same projects, and ours is right (the tests above).
test("Django's squashmigrations fails where ours passes (baseline)", async (t) => {
  const django = getDjango('6.1');
  if (!available(t, django)) return;
  const pg = await getPostgres();
  if (!available(t, pg)) return;
  await initParsers();
  const work = makeTempDir('squash-django');
  const migrateBlank = async (dir: string): Promise<string> => {
    const db = await pg.createDb();
    try {
      const r = await manage(dir, ['migrate', '--noinput'], { django, db });
      return r.ok ? 'ok' : r.stderr;
    } finally {
      await pg.dropDb(db);
    }
  };
  const expectations: Array<{ dir: string; app: string; why: RegExp; what: string }> = [
    // atomic = False + AddIndexConcurrently folded into one atomic squash.
    { dir: ORACLE_PROJECT, app: 'blog', why: /CREATE INDEX CONCURRENTLY cannot run inside a transaction block/, what: 'non-atomic migration folded into an atomic squash' },
    // shop.0002 depends on crm.0001 and crm's squash depends on shop.0009.
    { dir: ORACLE_PROJECT, app: 'crm', why: /CircularDependencyError/, what: 'dependency cycle' },
    // RunPython functions left in the old migration modules ("manual porting").
    { dir: SQUASH_PROJECT, app: 'store', why: /SyntaxError/, what: 'RunPython code not copied' },
  ];
  const outcomes = await Promise.all(
    expectations.map(async (e) => {
      const dir = copyProject(e.dir, {}, path.join(work, `${path.basename(path.dirname(e.dir))}-${e.app}`));
      const squashed = await djangoSquash(dir, e.app, django, pg);
      assert.ok(squashed.file, `squashmigrations ${e.app} wrote a file: ${squashed.run.stderr.slice(-500)}`);
      return { e, result: await migrateBlank(dir) };
    }),
  );
  for (const { e, result } of outcomes) assert.match(result, e.why, `Django's squash of ${e.app} (${e.what}) should fail to migrate a blank database`);
  fs.rmSync(work, { recursive: true, force: true });
});

// The check the squash tests rely on: a database migrated with the original history must see nothing to apply.
test('expectNothingToApply fails a squash whose replaces are missing', async (t) => {
  const django = getDjango('6.1');
  if (!available(t, django)) return;
  const pg = await getPostgres();
  if (!available(t, pg)) return;
  await initParsers();
  const dir = copyProject(SQUASH_PROJECT);
  const s = squashOnDisk(dir, 'people', versionOf(django));
  for (const file of s.files) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n    replaces = \[[^\n]*\]\n/, '\n'));
  const report = await checkRewrite({ django, pg, original: SQUASH_PROJECT, rewritten: dir, expectNothingToApply: true, stateCheck: 'skip' });
  assert.equal(report.checks.migrateUpgrade.ok, false, report.text);
  assert.match(report.checks.migrateUpgrade.detail, /migrate --plan before migrating plans operations[\s\S]*people\.0001_squashed_0006_coupon_nickname_length/);
});
