// The SQL layer must work when bundled by esbuild (as server/out/server.js is): libpg-query then finds
// `libpg-query.wasm` next to the bundle. Without the file, initSqlParser() rejects and parseSql() reports
// an error instead of throwing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const sqlIndex = resolve(__dirname, '../../server/src/sql/index.ts');

const entry = `
import { initSqlParser, isSqlParserReady, parseSql, extractFacts, lockEffect } from ${JSON.stringify(sqlIndex)};
const before = parseSql('SELECT 1');
initSqlParser().then(
  () => {
    const p = parseSql("ALTER TABLE \\"Größe\\" ADD COLUMN c int DEFAULT random(); selec 1");
    const facts = extractFacts(p);
    console.log(JSON.stringify({ ready: isSqlParserReady(), before: before.errors.map((e) => e.message), kinds: facts.map((f) => f.kind), rewrite: lockEffect(facts[0]).rewritesTable, errors: p.errors.map((e) => e.message) }));
  },
  (e) => {
    const p = parseSql('SELECT 1');
    console.log(JSON.stringify({ ready: isSqlParserReady(), rejected: String(e.message), errors: p.errors.map((x) => x.message) }));
  },
);
`;

test('bundled with esbuild: loads the wasm next to the bundle, or fails softly without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-sql-bundle-'));
  try {
    const entryFile = join(dir, 'entry.ts');
    writeFileSync(entryFile, entry);
    await build({
      entryPoints: [entryFile],
      outfile: join(dir, 'out', 'server.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    });
    const out = join(dir, 'out');

    // Without the wasm file.
    const missing = spawnSync(process.execPath, [join(out, 'server.js')], { encoding: 'utf8', cwd: dir });
    assert.equal(missing.status, 0, missing.stderr);
    const m = JSON.parse(missing.stdout.trim()) as { ready: boolean; rejected: string; errors: string[] };
    assert.equal(m.ready, false);
    assert.match(m.rejected, /libpg-query\.wasm/);
    assert.equal(m.errors.length, 1);

    // With the wasm copied next to the bundle (what esbuild.mjs does).
    copyFileSync(require.resolve('libpg-query/wasm/libpg-query.wasm'), join(out, 'libpg-query.wasm'));
    const ok = spawnSync(process.execPath, [join(out, 'server.js')], { encoding: 'utf8', cwd: tmpdir() });
    assert.equal(ok.status, 0, ok.stderr);
    const r = JSON.parse(ok.stdout.trim()) as { ready: boolean; before: string[]; kinds: string[]; rewrite: boolean; errors: string[] };
    assert.deepEqual(r, {
      ready: true,
      before: ['the PostgreSQL parser is not loaded (call initSqlParser() first)'],
      kinds: ['addColumn'],
      rewrite: true,
      errors: ['syntax error at or near "selec"'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
