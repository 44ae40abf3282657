// sqlmigrate parity: for every migration of the oracle project and of each generated corpus seed (Django 5.2 and 6.1),
// what we print for `manage.py sqlmigrate APP NAME` and `--backwards` must equal, byte for byte, what real Django
// printed on PostgreSQL 15 (test/corpus/README.md). Only the values that differ on every run of real Django are
// masked, and only in the files the corpus lists as non-deterministic (meta.json → nondeterministic).
// The files are committed; neither Django nor PostgreSQL is needed. Figures (matched/total per Django version and
// per operation class) are printed as test diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MaskTable, ParityCase, lineDiff, masksFromMeta, parityForProject, readPlan } from '../support/parity';

interface Source {
  label: string;
  dir: string;
  django: { major: number; minor: number };
  expected: string;
  backwards: string;
  masks: MaskTable;
  /** The order the migrations were applied to the database the SQL was taken from. */
  history: Array<[string, string]> | undefined;
}

const TEST_DIR = path.join(__dirname, '..');

function sources(): Source[] {
  const out: Source[] = [];
  const oracle = path.join(TEST_DIR, 'fixtures', 'oracle');
  out.push({
    label: 'oracle',
    dir: oracle,
    django: { major: 6, minor: 1 },
    expected: path.join(oracle, 'expected-sql'),
    backwards: path.join(oracle, 'expected-sql-backwards'),
    // test/fixtures/oracle/README.md: "One migration adds a UUID field with default=uuid.uuid4: its literal is
    // random on every run, so compare it masked."
    masks: new Map([['crm/0002_basket_amount', { forward: ['uuid'], backward: [] }]]),
    history: readPlan(path.join(oracle, 'expected-sql', 'plan.txt')),
  });
  const corpus = path.join(TEST_DIR, 'corpus');
  for (const versionDir of fs.readdirSync(corpus).filter((d) => /^django-\d+\.\d+$/.test(d)).sort()) {
    const [major, minor] = versionDir.slice('django-'.length).split('.').map(Number);
    const seeds = fs.readdirSync(path.join(corpus, versionDir)).filter((d) => /^seed-\d+$/.test(d));
    seeds.sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
    for (const seed of seeds) {
      const dir = path.join(corpus, versionDir, seed);
      out.push({
        label: `${versionDir}/${seed}`,
        dir,
        django: { major, minor },
        expected: path.join(dir, 'expected-sql'),
        backwards: path.join(dir, 'expected-sql-backwards'),
        masks: masksFromMeta(path.join(dir, 'meta.json')),
        history: readPlan(path.join(dir, 'plan.txt')),
      });
    }
  }
  return out;
}

interface Tally {
  matched: number;
  total: number;
}

interface VersionFigures {
  forwards: Tally;
  backwards: Tally;
  migrations: Tally;
  /** Operation class → operations in fully matching migrations / all operations of that class. */
  kinds: Map<string, Tally>;
  sources: string[];
}

const figures = new Map<string, VersionFigures>();

function tally(map: Map<string, Tally>, key: string, ok: boolean): void {
  const t = map.get(key) ?? { matched: 0, total: 0 };
  t.total++;
  if (ok) t.matched++;
  map.set(key, t);
}

function record(version: string, label: string, cases: ParityCase[]): void {
  const empty: VersionFigures = { forwards: { matched: 0, total: 0 }, backwards: { matched: 0, total: 0 }, migrations: { matched: 0, total: 0 }, kinds: new Map(), sources: [] };
  const f = figures.get(version) ?? empty;
  figures.set(version, f);
  const byMigration = new Map<string, { forward?: ParityCase; backward?: ParityCase }>();
  for (const c of cases) {
    const side = c.backwards ? f.backwards : f.forwards;
    side.total++;
    if (c.equal) side.matched++;
    const entry = byMigration.get(`${c.app}/${c.name}`) ?? {};
    if (c.backwards) entry.backward = c;
    else entry.forward = c;
    byMigration.set(`${c.app}/${c.name}`, entry);
  }
  let matched = 0;
  for (const { forward, backward } of byMigration.values()) {
    const ok = (forward?.equal ?? true) && (backward?.equal ?? true);
    if (ok) matched++;
    f.migrations.total++;
    if (ok) f.migrations.matched++;
    for (const kind of (forward ?? backward)?.kinds ?? []) tally(f.kinds, kind, ok);
  }
  f.sources.push(`${label} ${matched}/${byMigration.size}`);
}

function report(c: ParityCase): string {
  const title = `${c.app}/${c.name}${c.backwards ? ' --backwards' : ''} [${c.kinds.join(', ')}]${c.masks.length ? ` (masked: ${c.masks.join(', ')})` : ''}`;
  return `── ${title}\n   (- Django, + ours)\n${lineDiff(c.expected, c.actual)}`;
}

for (const source of sources()) {
  test(`sqlmigrate parity: ${source.label} (Django ${source.django.major}.${source.django.minor})`, async () => {
    const cases = await parityForProject(source.dir, source.expected, source.backwards, source.django, source.masks, source.history);
    assert.ok(cases.length > 0, `no expected SQL found under ${source.expected}`);
    record(`${source.django.major}.${source.django.minor}`, source.label, cases);
    const bad = cases.filter((c) => !c.equal);
    if (bad.length) assert.fail(`${bad.length} of ${cases.length} sqlmigrate outputs differ from Django's:\n\n${bad.map(report).join('\n\n')}`);
  });
}

test('sqlmigrate parity: figures', (t) => {
  for (const [version, f] of [...figures].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pct = (x: Tally) => `${x.matched}/${x.total}`;
    t.diagnostic(`Django ${version}: migrations ${pct(f.migrations)} (forwards ${pct(f.forwards)}, backwards ${pct(f.backwards)}); ${f.sources.join(', ')}`);
    const kinds = [...f.kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => `${k} ${pct(x)}`);
    t.diagnostic(`Django ${version} operations: ${kinds.join(', ')}`);
  }
  assert.ok(figures.size > 0);
});
