import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { initSqlParser } from '../../server/src/sql/parser';
import { FACT_KINDS, type FactKind } from '../../server/src/sql/facts';
import { runFixture } from './harness';

const dir = join(__dirname, 'fixtures');
const seen = new Set<FactKind>();

before(async () => {
  await initSqlParser();
});

for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
  test(`fixture ${file}`, () => {
    const result = runFixture(join(dir, file));
    assert.deepEqual(result.problems, [], `\n${result.problems.join('\n')}`);
    assert.ok(result.checked > 0, 'fixture checks nothing');
    for (const f of result.facts) seen.add(f.kind);
  });
}

test('the fixtures cover every fact kind', () => {
  assert.deepEqual(
    FACT_KINDS.filter((k) => !seen.has(k)),
    [],
  );
});
