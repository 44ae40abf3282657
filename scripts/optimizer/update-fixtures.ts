// Records real Django's answers for the committed optimizer/writer corpus:
// test/optimizer/fixtures/cases.json (pinned cases + random cases picked for coverage).
//   node --import tsx scripts/optimizer/update-fixtures.ts [--optimize-pool 4000] [--optimize-keep 120] [--write-keep 60]
// Needs scripts/oracle/setup.sh (Django 5.2 and 6.1).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getDjango, isSkip } from '../../test/support/oracle';
import { CaseResult, Oracle, Version, readSource, ready } from '../../test/optimizer/harness';
import { optimizerCase, writerCase } from '../../test/optimizer/gen';
import { PINNED, pinnedSource } from '../../test/optimizer/pinned';
import { optimize } from '../../server/src/django/optimizer';
import { lastSegment } from '../../server/src/python/values';
import { FIXTURE_FILE, FixtureCase, FixtureFile } from '../../test/optimizer/fixtures';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Reduction keys a case exercises (by our optimizer), for picking a varied corpus. */
function reductionKeys(source: string, version: number): string[] {
  const keys: string[] = [];
  try {
    const m = readSource(source);
    optimize(m.operations, 'sgapp', version, {
      onReduction: (e) => keys.push(`${lastSegment(e.left.call.func)}+${lastSegment(e.right.call.func)}:${e.direction}${e.between ? ':across' : ''}`),
    });
  } catch (error) {
    keys.push(`error:${(error as Error).message.slice(0, 30)}`);
  }
  return keys;
}

async function main(): Promise<void> {
  await ready();
  const versions: Version[] = ['5.2', '6.1'];
  const oracles = new Map<Version, Oracle>();
  const djangoVersions: Record<string, string> = {};
  for (const v of versions) {
    const django = getDjango(v);
    if (isSkip(django)) throw new Error(django.skip);
    djangoVersions[v] = django.version;
    oracles.set(v, new Oracle(django));
  }
  const record = async (id: string, mode: 'optimize' | 'write', source: string): Promise<FixtureCase> => {
    const results = await Promise.all(versions.map((v) => oracles.get(v)!.run(source, mode === 'optimize')));
    const expected: Record<string, CaseResult> = {};
    versions.forEach((v, i) => {
      const r = results[i];
      expected[v] = r.ok ? { ok: true, text: r.text, passes: mode === 'optimize' ? r.passes : undefined } : { ok: false, error: r.error };
    });
    if (JSON.stringify(expected['5.2']) === JSON.stringify(expected['6.1'])) return { id, mode, source, expected: { both: expected['5.2'] } };
    return { id, mode, source, expected };
  };

  const cases: FixtureCase[] = [];
  for (const p of PINNED) cases.push(await record(`pinned: ${p.id}`, p.mode, pinnedSource(p)));

  // Optimizer cases: greedy by new reduction keys (both versions), then cases where 5.2 and 6.1 differ.
  const pool = arg('optimize-pool', 4000);
  const keep = arg('optimize-keep', 100);
  const seen = new Set<string>();
  const candidates: Array<{ seed: number; fresh: number; source: string }> = [];
  for (let seed = 1; seed <= pool; seed++) {
    const source = optimizerCase(seed);
    const keys = [...reductionKeys(source, 5.2).map((k) => `5.2 ${k}`), ...reductionKeys(source, 6.1).map((k) => `6.1 ${k}`)];
    const fresh = keys.filter((k) => !seen.has(k)).length;
    if (fresh > 0) {
      keys.forEach((k) => seen.add(k));
      candidates.push({ seed, fresh, source });
    }
  }
  const picked = candidates.slice(0, keep);
  for (let seed = pool + 1; picked.length < keep; seed++) picked.push({ seed, fresh: 0, source: optimizerCase(seed) });
  for (const c of picked) cases.push(await record(`optimize seed ${c.seed}`, 'optimize', c.source));

  const writeKeep = arg('write-keep', 40);
  for (let seed = 1; seed <= writeKeep; seed++) cases.push(await record(`write seed ${seed}`, 'write', writerCase(seed)));

  for (const o of oracles.values()) o.close();
  const file: FixtureFile = {
    comment: 'Real Django answers for test/optimizer. Regenerate with: node --import tsx scripts/optimizer/update-fixtures.ts',
    django: djangoVersions,
    cases,
  };
  fs.mkdirSync(path.dirname(FIXTURE_FILE), { recursive: true });
  fs.writeFileSync(FIXTURE_FILE, `${JSON.stringify(file, null, 0).replace(/\{"id"/g, '\n{"id"')}\n`);
  console.log(`${cases.length} cases written to ${FIXTURE_FILE} (${seen.size} reduction keys covered by the random ones)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
