// Soak tests: many megabytes through one parser instance, checking that results never drift.
// (pg-query-emscripten leaked its stack and returned corrupted JSON after ~51 KB of total input.)

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { initSqlParser, parseSql, type ParsedSql } from '../../server/src/sql/parser';
import { extractFacts } from '../../server/src/sql/facts';

before(async () => {
  await initSqlParser();
});

const TEMPLATES = [
  (i: number) => `ALTER TABLE "größe_${i}" ADD COLUMN "naïve_${i}" varchar(${i % 200 + 1}) DEFAULT 'é😀' NOT NULL`,
  (i: number) => `CREATE INDEX CONCURRENTLY idx_${i} ON shop_order_${i % 7} (lower(email), id) WHERE deleted_at IS NULL`,
  (i: number) => `UPDATE "日本語" SET total = total + ${i} WHERE id = ${i}`,
  (i: number) => `ALTER TABLE t${i} ADD CONSTRAINT fk_${i} FOREIGN KEY (a) REFERENCES u${i} (id) NOT VALID`,
  (i: number) => `CREATE FUNCTION f_${i}() RETURNS int AS $$ SELECT ${i}; $$ LANGUAGE sql`,
];

function script(count: number, brokenAt?: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(i === brokenAt ? 'ALTER TABLE oops ADD COLUMN' : TEMPLATES[i % TEMPLATES.length](i));
  return parts.join(';\n-- ¿comentario? 😀\n') + ';\n';
}

function fingerprint(p: ParsedSql): string {
  const last = p.statements[p.statements.length - 1];
  const mid = p.statements[p.statements.length >> 1];
  return JSON.stringify([
    p.statements.length,
    p.errors.map((e) => [e.start, e.end, e.message]),
    last && [last.start, last.end, last.tokens.length, last.text],
    mid && JSON.stringify(mid.node).length,
    p.statements.reduce((sum, s) => sum + s.start + s.end + (s.semicolon ?? 0), 0),
    // Tokens are scanned lazily; sample some so the scanner is exercised every round too.
    p.statements.filter((_, i) => i % 97 === 0).map((s) => s.tokens.map((t) => t.text).join(' ')),
  ]);
}

test('2,000 statements × 50 parses give identical results', () => {
  const sql = script(2000);
  const first = parseSql(sql);
  assert.equal(first.errors.length, 0);
  assert.equal(first.statements.length, 2000);
  for (const s of first.statements) assert.equal(sql.slice(s.start, s.end), s.text);
  const expected = fingerprint(first);
  const facts = JSON.stringify(extractFacts(first));
  let bytes = Buffer.byteLength(sql);
  for (let round = 1; round < 50; round++) {
    assert.equal(fingerprint(parseSql(sql)), expected, `round ${round}`);
    bytes += Buffer.byteLength(sql);
  }
  assert.equal(JSON.stringify(extractFacts(parseSql(sql))), facts);
  assert.ok(bytes > 5_000_000, `only ${bytes} bytes parsed`);
});

test('recovery path (statement-by-statement parsing) over 2,000 statements × 5', () => {
  const sql = script(2000, 1000);
  const expected = fingerprint(parseSql(sql));
  const p = parseSql(sql);
  assert.equal(p.statements.length, 1999);
  assert.equal(p.errors.length, 1);
  for (let round = 0; round < 5; round++) assert.equal(fingerprint(parseSql(sql)), expected);
});

test('one 200 KB statement, then small statements still parse', () => {
  const cols: string[] = [];
  for (let i = 0, length = 0; length < 200_000; i++) {
    cols.push(`"colonne_é_${i}" numeric(${(i % 30) + 1}, 0) DEFAULT ${i} NOT NULL`);
    length += cols[i].length + 2;
  }
  const sql = `CREATE TABLE "très_grande" (${cols.join(', ')})`;
  assert.ok(sql.length >= 200_000);
  const p = parseSql(sql);
  assert.deepEqual(p.errors, []);
  const facts = extractFacts(p);
  assert.equal(facts.length, 1);
  const create = facts[0];
  assert.equal(create.kind, 'createTable');
  if (create.kind !== 'createTable') return;
  assert.equal(create.columns.length, cols.length);
  const last = create.columns[cols.length - 1];
  assert.equal(sql.slice(last.column.span.start, last.column.span.end), last.column.raw);
  assert.equal(last.default?.text, String(cols.length - 1));
  for (let i = 0; i < 3; i++) assert.equal(parseSql(sql).statements[0].tokens.length, p.statements[0].tokens.length);
});

test('20,000 small parses (2 MB) stay correct', () => {
  let total = 0;
  for (let i = 0; i < 20_000; i++) {
    const sql = `ALTER TABLE t_${i} ADD COLUMN c_${i} int DEFAULT ${i}; SELECT 'ü${i}'`;
    total += sql.length;
    const p = parseSql(sql);
    assert.equal(p.statements.length, 2);
    assert.equal(p.statements[1].text, `SELECT 'ü${i}'`);
  }
  assert.ok(total > 1_000_000);
});
