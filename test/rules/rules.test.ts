// Runs every rule fixture under test/rules/<rule-id>/ through the one harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { RULES } from '../../server/src/rules/index';
import { analyze, checkAllFixes, checkFixedExpectation, compareMarkers, loadFixture } from '../harness';

const DIR = __dirname;

function fixtures(): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(DIR).sort()) {
    const sub = path.join(DIR, entry);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) if (f.endsWith('.py') && !f.endsWith('.fixed.py')) out.push(path.join(sub, f));
  }
  return out;
}

test('every rule has fixtures: at least one that flags and one that is valid', () => {
  for (const rule of RULES) {
    const dir = path.join(DIR, rule.id);
    assert.ok(fs.existsSync(dir), `no fixtures for ${rule.id} (test/rules/${rule.id}/)`);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py') && !f.endsWith('.fixed.py'));
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(texts.some((t) => t.includes(`[${rule.id}]`)), `${rule.id}: no fixture expects it to fire`);
    assert.ok(texts.some((t) => /^# expect: no diagnostics/m.test(t)), `${rule.id}: no valid fixture`);
  }
});

for (const file of fixtures()) {
  const name = path.relative(DIR, file);
  test(`fixture ${name}`, async () => {
    await Promise.all([initPythonParser(), initSqlParser()]);
    const fixture = loadFixture(file);
    const findings = analyze(fixture.files);
    const problems = [...compareMarkers(fixture, findings), ...checkAllFixes(fixture, findings), ...checkFixedExpectation(fixture, findings)];
    assert.deepEqual(problems, [], problems.join('\n\n'));
  });
}
