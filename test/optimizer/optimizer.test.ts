// The optimizer (server/src/django/optimizer.ts) and the writer (serialize.ts + writer.ts) against
// real Django 5.2 and 6.1:
//  - the committed corpus (fixtures/cases.json: pinned cases + random ones picked for coverage),
//    which runs without Django;
//  - a live randomized comparison through one long-lived `scripts/optimizer/oracle.py --serve`
//    per version (skipped without Django; SCHEMA_GUARD_REQUIRE_ORACLE=1 makes that a failure).
// SCHEMA_GUARD_OPTIMIZER_CASES / SCHEMA_GUARD_WRITER_CASES / SCHEMA_GUARD_OPTIMIZER_SEED tune the live part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { available, getDjango } from '../support/oracle';
import { CaseResult, Oracle, Version, ours, oursFiles, outcome, readSource, ready, repositoryApps } from './harness';
import { optimizerCase, writerCase } from './gen';
import { loadFixtures } from './fixtures';
import { optimize } from '../../server/src/django/optimizer';
import { FieldResolver } from '../../server/src/django/fieldResolver';
import { parseOperation } from '../../server/src/django/operations';
import { lastSegment } from '../../server/src/python/values';

const VERSIONS: Version[] = ['5.2', '6.1'];
const OPTIMIZER_CASES = Number(process.env.SCHEMA_GUARD_OPTIMIZER_CASES ?? 1500);
const WRITER_CASES = Number(process.env.SCHEMA_GUARD_WRITER_CASES ?? 600);
const SEED = Number(process.env.SCHEMA_GUARD_OPTIMIZER_SEED ?? 100_000);
const COVERAGE_CASES = 2000;

function describeMismatch(id: string, version: Version, source: string, expected: CaseResult, actual: CaseResult): string {
  const show = (r: CaseResult): string => (r.ok ? `${r.text}${r.passes !== undefined ? `\n(passes: ${r.passes})` : ''}` : `ERROR ${r.error}`);
  return `${id} (Django ${version})\n--- source\n${source}\n--- Django\n${show(expected)}\n--- ours\n${show(actual)}`;
}

function agrees(expected: CaseResult, actual: CaseResult, mode: 'optimize' | 'write'): boolean {
  if (outcome(expected) !== outcome(actual)) return false;
  return mode === 'write' || !expected.ok || expected.passes === undefined || expected.passes === actual.passes;
}

test('corpus: optimizer and writer agree with recorded Django 5.2 / 6.1 output', async () => {
  await ready();
  const fixtures = loadFixtures();
  const failures: string[] = [];
  let compared = 0;
  for (const c of fixtures.cases) {
    for (const version of VERSIONS) {
      const expected = c.expected[version];
      const actual = ours(c.source, version, c.mode === 'optimize');
      compared++;
      if (!agrees(expected, actual, c.mode)) failures.push(describeMismatch(c.id, version, c.source, expected, actual));
    }
  }
  assert.ok(compared >= 300, `the corpus is unexpectedly small (${compared} comparisons)`);
  assert.equal(failures.length, 0, `${failures.length}/${compared} corpus comparisons differ:\n\n${failures.slice(0, 3).join('\n\n')}`);
});

test('corpus: the pinned version differences are really different between 5.2 and 6.1', () => {
  const fixtures = loadFixtures();
  const differs = (id: string): boolean => {
    const c = fixtures.cases.find((x) => x.id.includes(id));
    assert.ok(c, `pinned case ${id} missing`);
    return outcome(c.expected['5.2']) !== outcome(c.expected['6.1']);
  };
  assert.ok(differs('5.2 renames the AddIndex index in place'));
  assert.ok(differs('5.2 loses preserve_default=False'));
  assert.ok(differs('CreateModel + AlterConstraint (6.1 only)'));
  assert.ok(differs('6.1 references_field follows GeneratedField'));
  assert.ok(differs('migration attributes'));
});

/** Every reduce() pair of Django's operations, as (left class, right class). */
const REDUCE_PAIRS = [
  'CreateModel+DeleteModel', 'CreateModel+RenameModel', 'CreateModel+AlterModelOptions', 'CreateModel+AlterModelManagers',
  'CreateModel+AlterModelTable', 'CreateModel+AlterModelTableComment', 'CreateModel+AlterUniqueTogether', 'CreateModel+AlterIndexTogether',
  'CreateModel+AlterOrderWithRespectTo', 'CreateModel+AddField', 'CreateModel+AlterField', 'CreateModel+RemoveField', 'CreateModel+RenameField',
  'CreateModel+AddIndex', 'CreateModel+RemoveIndex', 'CreateModel+AddConstraint', 'CreateModel+RemoveConstraint',
  'CreateModel+AddIndexConcurrently', 'CreateModel+RemoveIndexConcurrently', 'CreateModel+AddConstraintNotValid',
  'RenameModel+RenameModel',
  'AlterModelTable+AlterModelTable', 'AlterModelTable+DeleteModel', 'AlterModelOptions+AlterModelOptions', 'AlterModelOptions+DeleteModel',
  'AlterUniqueTogether+AlterUniqueTogether', 'AlterUniqueTogether+DeleteModel', 'AlterIndexTogether+AlterIndexTogether', 'AlterIndexTogether+DeleteModel',
  'AlterOrderWithRespectTo+AlterOrderWithRespectTo', 'AlterOrderWithRespectTo+DeleteModel', 'AlterModelTableComment+DeleteModel', 'AlterModelManagers+DeleteModel',
  'AddField+AlterField', 'AddField+RemoveField', 'AddField+RenameField', 'RemoveField+DeleteModel',
  'AlterField+AlterField', 'AlterField+RemoveField', 'AlterField+RenameField', 'RenameField+RenameField',
  'AddIndex+RemoveIndex', 'AddIndex+RenameIndex', 'RenameIndex+RenameIndex',
  'AddConstraint+RemoveConstraint', 'AddConstraint+AlterConstraint', 'AlterConstraint+AlterConstraint', 'AlterConstraint+RemoveConstraint',
  'CreateCollation+RemoveCollation',
];

test('the random cases exercise every reduce() pair, elidable operations and left reductions', async () => {
  await ready();
  const seen: Record<string, Set<string>> = { '5.2': new Set(), '6.1': new Set() };
  for (let i = 0; i < COVERAGE_CASES; i++) {
    const m = readSource(optimizerCase(SEED + i));
    for (const version of VERSIONS) {
      try {
        optimize(m.operations, 'sgapp', Number(version), {
          onReduction: (e) => {
            const l = lastSegment(e.left.call.func);
            const r = lastSegment(e.right.call.func);
            seen[version].add(`${l}+${r}`);
            seen[version].add(`direction:${e.direction}${e.between ? ':across' : ''}`);
            if ((l === 'RunSQL' || l === 'RunPython') && e.result[0] === e.right) seen[version].add(`elidable-left:${l}`);
            if ((r === 'RunSQL' || r === 'RunPython') && e.result[0] === e.left) seen[version].add(`elidable-right:${r}`);
          },
        });
      } catch {
        /* duplicate fields etc.: Django raises too */
      }
    }
  }
  for (const pinned of loadFixtures().cases.filter((c) => c.id.startsWith('pinned') && c.mode === 'optimize')) {
    const m = readSource(pinned.source);
    for (const version of VERSIONS) {
      try {
        optimize(m.operations, 'sgapp', Number(version), { onReduction: (e) => seen[version].add(`${lastSegment(e.left.call.func)}+${lastSegment(e.right.call.func)}`) });
      } catch {
        /* expected for the error cases */
      }
    }
  }
  for (const version of VERSIONS) {
    const expected = [...REDUCE_PAIRS, ...(version === '6.1' ? ['CreateModel+AlterConstraint'] : []), 'direction:right', 'direction:right:across', 'direction:left:across', 'elidable-left:RunSQL', 'elidable-left:RunPython', 'elidable-right:RunSQL', 'elidable-right:RunPython'];
    const missing = expected.filter((k) => !seen[version].has(k));
    assert.deepEqual(missing, [], `Django ${version}: never exercised`);
  }
  assert.ok(!seen['5.2'].has('CreateModel+AlterConstraint'), '5.2 has no CreateModel + AlterConstraint reduction');
});

async function live(t: { skip(message?: string): void; diagnostic(message: string): void }, version: Version, mode: 'optimize' | 'write', count: number): Promise<void> {
  const django = getDjango(version);
  if (!available(t, django)) return;
  await ready();
  const oracle = new Oracle(django);
  const failures: string[] = [];
  let errors = 0;
  try {
    const jobs: Array<Promise<void>> = [];
    for (let i = 0; i < count; i++) {
      const seed = SEED + i;
      const source = mode === 'optimize' ? optimizerCase(seed) : writerCase(seed);
      jobs.push(
        oracle.run(source, mode === 'optimize').then((expected) => {
          if (!expected.ok) errors++;
          const actual = ours(source, version, mode === 'optimize');
          if (!agrees(expected, actual, mode)) failures.push(describeMismatch(`seed ${seed}`, version, source, expected, actual));
        }),
      );
    }
    await Promise.all(jobs);
  } finally {
    oracle.close();
  }
  t.diagnostic(`${count} random ${mode} cases compared with Django ${version}: ${count - failures.length} agree (${errors} where Django raises)`);
  assert.ok(errors < count / 5, `too many cases make Django raise (${errors}/${count}): the generator is off`);
  assert.equal(failures.length, 0, `${failures.length}/${count} random ${mode} cases differ from Django ${version}:\n\n${failures.slice(0, 3).join('\n\n')}`);
}

for (const version of VERSIONS) {
  test(`live: ${OPTIMIZER_CASES} random migrations optimized like Django ${version}`, (t) => live(t, version, 'optimize', OPTIMIZER_CASES));
  test(`live: ${WRITER_CASES} random migrations written like Django ${version}`, (t) => live(t, version, 'write', WRITER_CASES));
}

test('reduced operations carry a `call` consistent with their typed fields', async () => {
  await ready();
  const resolver = new FieldResolver({ getModule: () => undefined });
  const strip = (op: unknown): string =>
    JSON.stringify(op, (k, v) => {
      if (k === 'span' || k === 'expr' || k === 'funcSpan' || k === 'call' || k === 'text') return undefined;
      if (v && typeof v === 'object' && 'cls' in v && 'kind' in v && 'kwargs' in v) return { cls: v.cls, args: v.args, kwargs: v.kwargs };
      return v;
    });
  let checked = 0;
  for (let i = 0; i < 800; i++) {
    const m = readSource(optimizerCase(SEED + 50_000 + i));
    for (const version of VERSIONS) {
      let result;
      try {
        result = optimize(m.operations, 'sgapp', Number(version));
      } catch {
        continue;
      }
      for (const op of result) {
        if (m.operations.includes(op)) continue;
        const reparsed = parseOperation(op.call, { makeField: (c) => resolver.makeField(c), problems: [] });
        assert.equal(strip(op), strip(reparsed), `Django ${version}, seed ${SEED + 50_000 + i}: ${op.kind} differs from its call`);
        // Synthesized operations have no span; 5.2's renamed-in-place AddIndex is still the original one.
        if (op.span) assert.ok(version === '5.2' && op.kind === 'AddIndex' && m.operations.some((o) => o.span === op.span));
        checked++;
      }
    }
  }
  assert.ok(checked > 200, `only ${checked} reduced operations checked`);
});

test('live: the repository’s real migrations (test/corpus, test/fixtures) written and squash-optimized like Django', async (t) => {
  await ready();
  const apps = repositoryApps();
  let compared = 0;
  const failures: string[] = [];
  for (const version of VERSIONS) {
    const django = getDjango(version);
    if (!available(t, django)) return;
    const oracle = new Oracle(django);
    try {
      for (const a of apps.filter((x) => x.versions.includes(version))) {
        const jobs: Array<[string, Array<[string, string]>, boolean]> = [...a.files.map((f): [string, Array<[string, string]>, boolean] => [f[1], [f], false]), [`${a.id} (all migrations, optimized)`, a.files, true]];
        for (const [id, files, doOptimize] of jobs) {
          const expected = await oracle.runFiles(files, a.app, doOptimize);
          const actual = oursFiles(files, a.app, version, doOptimize);
          compared++;
          if (!agrees(expected, actual, doOptimize ? 'optimize' : 'write')) failures.push(describeMismatch(id, version, '(files)', expected, actual));
        }
      }
    } finally {
      oracle.close();
    }
  }
  t.diagnostic(`${compared} real migrations/squashes compared: ${compared - failures.length} agree`);
  assert.equal(failures.length, 0, `${failures.length}/${compared} differ:\n\n${failures.slice(0, 3).join('\n\n')}`);
});
