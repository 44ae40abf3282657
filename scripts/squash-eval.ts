// Measures the squash on the oracle project, the squash fixture project and every corpus seed (Django 5.2 and 6.1),
// against Django's own `squashmigrations APP LAST --noinput` on the same apps, with real Django and PostgreSQL, and
// writes docs/squash-report.md.
//
//   bash scripts/oracle/setup.sh && node --import tsx scripts/squash-eval.ts [--out docs/squash-report.md] [--only TEXT]
//
// For each app: ours and Django's squash are each checked with checkRewrite (expectNothingToApply) and with
// structuralProblems() (test/support/squash.ts). For each project, all apps are also squashed one after another;
// finish-squash (after deploying the squash) and the reset are checked for every app too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ORACLE_PROJECT, REPO_ROOT, checkRewrite, copyProject, getDjango, getPostgres, isSkip, makeTempDir, removeTempDir,
  type CheckName, type DjangoRuntime, type DjangoSlot, type Pg, type RewriteReport,
} from '../test/support/oracle';
import {
  djangoSquash, finishOnDisk, initParsers, projectApps, resetOnDisk, squashOnDisk, structuralProblems, versionOf,
} from '../test/support/squash';

interface Project {
  label: string;
  slot: DjangoSlot;
  dir: string;
}

const PROJECTS: Project[] = [
  { label: 'oracle project', slot: '6.1', dir: ORACLE_PROJECT },
  { label: 'squash fixture project', slot: '6.1', dir: path.join(REPO_ROOT, 'test/fixtures/projects/squash') },
  ...(['5.2', '6.1'] as const).flatMap((slot) =>
    [1, 2, 3, 4, 5].map((seed) => ({ label: `corpus django-${slot}/seed-${seed}`, slot, dir: path.join(REPO_ROOT, `test/corpus/django-${slot}/seed-${seed}/project`) })),
  ),
];

/** The checks, as the report names them. */
const CHECKS: Array<{ key: CheckName | 'structure'; name: string }> = [
  { key: 'makemigrations', name: 'makemigrations' },
  { key: 'migrateBlank', name: 'blank' },
  { key: 'migrateUpgrade', name: 'nothing-to-apply' },
  { key: 'schemaUnchanged', name: 'schema' },
  { key: 'structure', name: 'structure' },
];

interface Outcome {
  passed: number;
  failed: string[];
  /** First lines of what failed, for the notes. */
  why: string[];
}

function outcome(report: RewriteReport | undefined, structure: string[], error?: string): Outcome {
  if (!report) return { passed: 0, failed: CHECKS.map((c) => c.name), why: [error ?? 'not run'] };
  const failed = CHECKS.filter((c) => (c.key === 'structure' ? structure.length > 0 : !report.checks[c.key].ok)).map((c) => c.name);
  // One line per distinct reason, naming the checks it failed; checks not run because of another are left out.
  const reasons = new Map<string, string[]>();
  for (const c of CHECKS) {
    if (!failed.includes(c.name)) continue;
    const check = c.key === 'structure' ? undefined : report.checks[c.key];
    const detail = check ? `${check.detail}${check.diff ? `\n${check.diff.text}` : ''}` : structure[0] + (structure.length > 1 ? ` (+${structure.length - 1} more)` : '');
    if (detail.startsWith('not run:')) continue;
    const reason = c.key === 'structure' ? detail : firstError(detail);
    reasons.set(reason, [...(reasons.get(reason) ?? []), c.name]);
  }
  const why = [...reasons].map(([reason, names]) => `${names.join(', ')}: ${reason.length > 220 ? `${reason.slice(0, 217)}...` : reason}`);
  return { passed: CHECKS.length - failed.length, failed, why };
}

/** The line of a failure that says what went wrong: the exception, the change makemigrations wants, the first schema difference. */
function firstError(detail: string): string {
  const lines = detail.split('\n').map((l) => l.trim()).filter(Boolean);
  const exception = [...lines].reverse().find((l) => /^[\w.]+(Error|Exception|Warning)\b|^django\.|^\w+Error:/.test(l));
  const change = lines.find((l) => /^[~+-] /.test(l));
  const pick = exception ?? (change ? `${lines[0].replace(/:$/, '')}: ${change}` : lines[0]);
  return (pick ?? '').slice(0, 200);
}

/** How Django's failures are counted in the summary: cause -> what its failure lines say. */
const DJANGO_CAUSES: Array<[string, RegExp]> = [
  ['dependency cycle (the squash depends on an app that depends on it)', /CircularDependencyError|Circular dependency/],
  ['`atomic = False` migration folded into an atomic squash', /inside a transaction|is atomic but replaces/],
  ['RunPython code left in the old migration modules ("manual porting")', /SyntaxError|refers to code in a migration module/],
  ['a statement runs before what it needs (VALIDATE, index rename, foreign key)', /does not exist|cannot be implemented|Found wrong number/],
  ['a different schema (index and constraint names) than the original history', /schema differs|differs from a blank database/],
  ['makemigrations finds changes (state differs from the models)', /^makemigrations[^:]*: makemigrations --check reports changes/],
];

function cell(o: Outcome): string {
  return o.failed.length ? `${o.passed}/${CHECKS.length} (fails: ${o.failed.join(', ')})` : `${o.passed}/${CHECKS.length}`;
}

interface AppRow {
  app: string;
  migrations: number;
  before: number;
  ours: number;
  oursFiles: number;
  djangoOptimizer: number;
  django: number | undefined;
  oursOutcome: Outcome;
  djangoOutcome: Outcome;
  ms: number;
}

interface ExtraRow {
  what: string;
  outcome: Outcome;
  detail: string;
}

interface ProjectResult {
  project: Project;
  version: string;
  apps: AppRow[];
  extra: ExtraRow[];
  seconds: number;
}

async function evaluate(p: Project, django: DjangoRuntime, pg: Pg): Promise<ProjectResult> {
  const started = Date.now();
  const version = versionOf(django);
  const apps = projectApps(p.dir, version);
  const work = makeTempDir('squash-eval');
  const base = { django, pg, original: p.dir, expectNothingToApply: true, stateCheck: 'skip' as const };
  const check = async (rewritten: string, structure: string[], extra: Partial<Parameters<typeof checkRewrite>[0]> = {}): Promise<Outcome> => {
    try {
      return outcome(await checkRewrite({ ...base, ...extra, rewritten }), structure);
    } catch (e) {
      return outcome(undefined, structure, (e as Error).message);
    }
  };

  const rows = apps.map(async (app): Promise<AppRow> => {
    const ours = copyProject(p.dir, {}, path.join(work, `${app}-ours`));
    const s = squashOnDisk(ours, app, version);
    const theirs = copyProject(p.dir, {}, path.join(work, `${app}-django`));
    const d = await djangoSquash(theirs, app, django, pg);
    const [oursOutcome, djangoOutcome] = await Promise.all([
      check(ours, structuralProblems(p.dir, ours, app, version)),
      d.file ? check(theirs, structuralProblems(p.dir, theirs, app, version)) : Promise.resolve(outcome(undefined, [], `squashmigrations failed: ${firstError(d.run.stderr)}`)),
    ]);
    return {
      app, migrations: s.migrations, before: s.before, ours: s.after, oursFiles: s.files.length, djangoOptimizer: s.djangoOptimizer,
      django: d.operations, oursOutcome, djangoOutcome, ms: s.ms,
    };
  });

  const extra: Array<Promise<ExtraRow>> = [];
  // All apps, one after another in the same project.
  const all = copyProject(p.dir, {}, path.join(work, 'all'));
  const problems: string[] = [];
  let ms = 0;
  let before = 0;
  let after = 0;
  for (const app of apps) {
    const step = copyProject(all, {}, path.join(work, `all-before-${app}`));
    const s = squashOnDisk(all, app, version);
    ms += s.ms;
    before += s.before;
    after += s.after;
    problems.push(...structuralProblems(step, all, app, version).map((x) => `${app}: ${x}`));
  }
  extra.push(check(all, problems).then((o) => ({ what: 'all apps squashed one after another', outcome: o, detail: `${before} -> ${after} operations, ${ms.toFixed(0)} ms` })));
  // Finish-squash once the squash is deployed, and the reset, for each app.
  for (const app of apps) {
    const squashed = copyProject(p.dir, {}, path.join(work, `${app}-finish-squashed`));
    squashOnDisk(squashed, app, version);
    const finished = copyProject(squashed, {}, path.join(work, `${app}-finished`));
    const f = finishOnDisk(finished, app, version);
    extra.push(check(finished, structuralProblems(p.dir, finished, app, version), { upgradeThrough: squashed }).then((o) => ({
      what: `${app}: finish-squash after deploying the squash`, outcome: o, detail: `${f.deletes.length} files deleted, ${f.edits.length} edits`,
    })));
    const reset = copyProject(p.dir, {}, path.join(work, `${app}-reset`));
    const r = resetOnDisk(reset, app, version);
    extra.push(check(reset, structuralProblems(p.dir, reset, app, version), { upgradeSql: r.sql }).then((o) => ({
      what: `${app}: reset (statement run on the existing database)`, outcome: o, detail: `${r.creates.length} new initial migration(s), ${r.ms.toFixed(0)} ms`,
    })));
  }
  const result = { project: p, version: django.version, apps: await Promise.all(rows), extra: await Promise.all(extra), seconds: (Date.now() - started) / 1000 };
  removeTempDir(work);
  return result;
}

function report(results: ProjectResult[], pgVersion: string, seconds: number): string {
  const lines: string[] = [];
  const apps = results.flatMap((r) => r.apps);
  const oursAll = apps.filter((a) => !a.oursOutcome.failed.length).length;
  const djangoAll = apps.filter((a) => !a.djangoOutcome.failed.length).length;
  const sum = (f: (a: AppRow) => number): number => apps.reduce((n, a) => n + f(a), 0);
  const extras = results.flatMap((r) => r.extra);
  lines.push('# Squash: measured on real Django and PostgreSQL');
  lines.push('');
  lines.push(`<!-- Written by \`node --import tsx scripts/squash-eval.ts\`; do not edit. -->`);
  lines.push('');
  lines.push(`Every app of the oracle project, of test/fixtures/projects/squash and of the ten corpus projects (Django 5.2.18 and`);
  lines.push(`6.1.1, PostgreSQL ${pgVersion}) is squashed by Schema Guard and by Django's own \`manage.py squashmigrations APP LAST`);
  lines.push(`--noinput\`, each in a fresh copy of the project, and each result is checked with real Django. Ours is also checked`);
  lines.push('with all apps of a project squashed one after another in the same project, after finish-squash (a database migrated');
  lines.push('with the original history, then `migrate` with the squash, then the replaced files deleted) and after a reset (new');
  lines.push('initial migrations; the statement it prints is run on a database migrated with the original history):');
  lines.push('');
  lines.push('| check | what must hold |');
  lines.push('|---|---|');
  lines.push('| makemigrations | `makemigrations --check` finds no changes |');
  lines.push('| blank | the new history migrates a blank database |');
  lines.push('| nothing-to-apply | a database migrated with the original history: `migrate --plan`, asked before migrating, says "No planned migration operations"; `migrate` then runs, and its schema equals the blank one |');
  lines.push('| schema | the blank database has the original history\'s schema, names included (pg_dump-style snapshot) |');
  lines.push('| structure | read back: no dependency cycle, `atomic = False` migrations squashed only with each other, non-elidable RunPython/RunSQL in the same order, no code left in old migration modules, run_before and swappable dependencies kept |');
  lines.push('');
  lines.push(`**Summary.** ${apps.length} apps, ${sum((a) => a.migrations)} migrations, ${sum((a) => a.before)} operations. Ours: all five checks pass for ${oursAll} of ${apps.length} apps, ${sum((a) => a.before)} → ${sum((a) => a.ours)} operations in ${sum((a) => a.oursFiles)} new migrations. Django's squashmigrations: all five pass for ${djangoAll} of ${apps.length} apps (${sum((a) => a.django ?? a.before)} operations). Finish-squash, reset and all-apps-in-sequence: ${extras.filter((e) => !e.outcome.failed.length).length} of ${extras.length} pass. Total run ${Math.round(seconds)} s on ${os.cpus().length} CPUs.`);
  lines.push('');
  lines.push('Why Django\'s squashes fail (apps; one app can fail for several reasons):');
  lines.push('');
  lines.push('| cause | apps |');
  lines.push('|---|---|');
  for (const [cause, test] of DJANGO_CAUSES) {
    const n = apps.filter((a) => a.djangoOutcome.why.some((w) => test.test(w))).length;
    if (n) lines.push(`| ${cause} | ${n} |`);
  }
  lines.push('');
  lines.push('Columns: "ours after (new files)" counts operations in our new migrations plus those left as they are (a lone migration that must stay on its own). "Django optimizer" is what Django\'s optimizer alone (our re-implementation, checked against real Django) leaves of the same groups: ours is lower where Django\'s index and constraint operations block reductions needlessly, higher where a reduction would change the database (index and constraint names, a VALIDATE before its constraint) or leave a reference to a renamed model. Django\'s squashmigrations writes one migration per app (no split), hence its lower count. Our squash is cut where one migration would not leave what the several did (Django creates foreign keys and indexes at the end of a migration, named after the tables of that moment), before a migration with `atomic = False`, and where the squash would depend on itself through another app. Time is our load + squash of the project, in ms.');
  const failures: string[] = [];
  for (const r of results) {
    lines.push('');
    lines.push(`## ${r.project.label} (Django ${r.version})`);
    lines.push('');
    lines.push('| app | migrations | operations before | ours after (new files) | Django optimizer | Django squashmigrations after | ours: checks | Django: checks | our time (ms) |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const a of r.apps) {
      lines.push(`| ${a.app} | ${a.migrations} | ${a.before} | ${a.ours} (${a.oursFiles}) | ${a.djangoOptimizer} | ${a.django ?? '—'} | ${cell(a.oursOutcome)} | ${cell(a.djangoOutcome)} | ${a.ms.toFixed(0)} |`);
      for (const [who, o] of [['ours', a.oursOutcome], ['Django', a.djangoOutcome]] as const) {
        if (o.why.length) failures.push(`- ${r.project.label}, ${a.app}, ${who}: ${o.why.join('; ').replace(/\|/g, '\\|')}`);
      }
    }
    if (r.extra.length) {
      lines.push('');
      lines.push('| also checked | result | |');
      lines.push('|---|---|---|');
      for (const e of r.extra) {
        lines.push(`| ${e.what} | ${cell(e.outcome)} | ${e.detail} |`);
        if (e.outcome.why.length) failures.push(`- ${r.project.label}, ${e.what}: ${e.outcome.why.join('; ').replace(/\|/g, '\\|')}`);
      }
    }
  }
  lines.push('');
  lines.push('## Why checks failed');
  lines.push('');
  lines.push(...(failures.length ? failures : ['Nothing failed.']));
  lines.push('');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(REPO_ROOT, 'docs', 'squash-report.md'));
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
  const pg = await getPostgres();
  if (isSkip(pg)) throw new Error(pg.skip);
  await initParsers();
  const started = Date.now();
  const results: ProjectResult[] = [];
  for (const p of PROJECTS.filter((x) => !only || x.label.includes(only))) {
    const django = getDjango(p.slot);
    if (isSkip(django)) throw new Error(django.skip);
    const r = await evaluate(p, django, pg);
    const ok = r.apps.filter((a) => !a.oursOutcome.failed.length).length;
    const dj = r.apps.filter((a) => !a.djangoOutcome.failed.length).length;
    process.stderr.write(`${p.label}: ours ${ok}/${r.apps.length}, Django ${dj}/${r.apps.length}, extra ${r.extra.filter((e) => !e.outcome.failed.length).length}/${r.extra.length} (${r.seconds.toFixed(0)} s)\n`);
    results.push(r);
  }
  fs.writeFileSync(out, report(results, pg.serverVersion, (Date.now() - started) / 1000));
  process.stderr.write(`Wrote ${path.relative(process.cwd(), out)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
