import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { initSqlParser, parseSql } from '../../server/src/sql/parser';
import { extractFacts, parseDurationMs, statementFacts, type Fact, type NameRef } from '../../server/src/sql/facts';
import {
  LOCK_MODES,
  lockBlocksReads,
  lockBlocksWrites,
  lockConflicts,
  lockEffect,
  statementLockEffect,
  strongerLock,
} from '../../server/src/sql/locks';
import { isBinaryCoercibleChange, parseTypeString, formatType, canonicalTypeName } from '../../server/src/sql/datatypes';
import { exprVolatility, functionVolatility } from '../../server/src/sql/volatility';

before(async () => {
  await initSqlParser();
});

function facts(sql: string): Fact[] {
  const p = parseSql(sql);
  assert.deepEqual(p.errors, []);
  return extractFacts(p);
}

function one<K extends Fact['kind']>(sql: string, kind: K): Extract<Fact, { kind: K }> {
  const f = facts(sql);
  assert.equal(f.length, 1);
  assert.equal(f[0].kind, kind);
  return f[0] as Extract<Fact, { kind: K }>;
}

test('lock conflict table matches the documentation (13.3, Conflicting Lock Modes)', () => {
  // Rows/columns in LOCK_MODES order; 'X' = conflict.
  const table = [
    '.......X', // ACCESS SHARE
    '......XX', // ROW SHARE
    '....XXXX', // ROW EXCLUSIVE
    '...XXXXX', // SHARE UPDATE EXCLUSIVE
    '..XX.XXX', // SHARE
    '..XXXXXX', // SHARE ROW EXCLUSIVE
    '.XXXXXXX', // EXCLUSIVE
    'XXXXXXXX', // ACCESS EXCLUSIVE
  ];
  LOCK_MODES.forEach((a, i) =>
    LOCK_MODES.forEach((b, j) => {
      assert.equal(lockConflicts(a, b), table[i][j] === 'X', `${a} vs ${b}`);
      assert.equal(lockConflicts(a, b), lockConflicts(b, a), 'symmetric');
    }),
  );
  assert.deepEqual(LOCK_MODES.filter(lockBlocksReads), ['ACCESS EXCLUSIVE']);
  assert.deepEqual(LOCK_MODES.filter(lockBlocksWrites), ['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']);
  assert.equal(strongerLock('SHARE', 'ROW EXCLUSIVE'), 'SHARE');
});

test('isBinaryCoercibleChange', () => {
  const cases: Array<[string, string, boolean]> = [
    ['varchar(10)', 'varchar(20)', true],
    ['character varying(10)', 'varchar(10)', true],
    ['varchar(20)', 'varchar(10)', false],
    ['varchar(20)', 'varchar', true],
    ['varchar', 'varchar(20)', false],
    ['varchar(20)', 'text', true],
    ['text', 'varchar', true],
    ['text', 'varchar(200)', false],
    ['text', 'citext', true],
    ['varchar(20)', 'citext', true],
    ['numeric(10,2)', 'numeric(12,2)', true],
    ['numeric(10, 2)', 'numeric(12, 3)', false],
    ['numeric(10,2)', 'numeric(8,2)', false],
    ['numeric(10,2)', 'numeric', true],
    ['numeric', 'numeric(10,2)', false],
    ['decimal(5)', 'numeric(6)', true],
    ['integer', 'bigint', false],
    ['int', 'int4', true],
    ['bigint', 'integer', false],
    ['char(5)', 'char(10)', false],
    ['char(5)', 'text', false],
    ['timestamp', 'timestamptz', false],
    ['timestamp(3) with time zone', 'timestamptz(6)', true],
    ['timestamptz(6)', 'timestamptz(3)', false],
    ['timestamp(3)', 'timestamp', true],
    ['interval(3)', 'interval', true],
    ['cidr', 'inet', true],
    ['inet', 'cidr', false],
    ['bit(3)', 'varbit', true],
    ['varbit(3)', 'varbit(5)', true],
    ['varchar(10)[]', 'varchar(20)[]', false],
    ['int[]', 'integer[]', true],
    ['jsonb', 'json', false],
    ['uuid', 'text', false],
    ['public.citext', 'citext', false],
    ['not a type (', 'text', false],
  ];
  for (const [from, to, expected] of cases) assert.equal(isBinaryCoercibleChange(from, to), expected, `${from} → ${to}`);
});

test('parseTypeString and canonical names', () => {
  const cases: Array<[string, string | undefined]> = [
    ['integer', 'int4'],
    ['character varying(100)', 'varchar(100)'],
    ['numeric(10, 2)', 'numeric(10,2)'],
    ['timestamp(3) with time zone', 'timestamptz(3)'],
    ['timestamp without time zone', 'timestamp'],
    ['double precision[]', 'float8[]'],
    ['float(10)', 'float4'],
    ['int[][]', 'int4[][]'],
    ['public.citext', 'public.citext'],
    ['pg_catalog.int8', 'int8'],
    ['"MyType"', 'MyType'],
    ['geometry(Point, 4326)', 'geometry(point,4326)'],
    ['varchar(', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    const t = parseTypeString(text);
    assert.equal(t ? formatType(t) : undefined, expected, text);
  }
  assert.equal(canonicalTypeName('character  varying'), 'varchar');
  assert.equal(canonicalTypeName('Integer'), 'Integer');
});

test('volatility of expressions and functions', () => {
  assert.equal(functionVolatility('NOW'), 'stable');
  assert.equal(functionVolatility('gen_random_uuid'), 'volatile');
  assert.equal(functionVolatility('lower'), 'constant');
  assert.equal(functionVolatility('my_func'), undefined);
  const vol = (expr: string) => {
    const f = one(`ALTER TABLE t ALTER c SET DEFAULT ${expr}`, 'setDefault');
    return [f.volatility, f.default.unknown.join(',')];
  };
  assert.deepEqual(vol("'2020-01-01'::date"), ['constant', '']);
  assert.deepEqual(vol("now() + interval '1 day'"), ['stable', '']);
  assert.deepEqual(vol('CURRENT_DATE'), ['stable', '']);
  assert.deepEqual(vol('pg_catalog.now()'), ['stable', '']);
  assert.deepEqual(vol('public.now()'), ['volatile', 'public.now']);
  assert.deepEqual(vol('nextval(\'s\'::regclass)'), ['volatile', '']);
  assert.deepEqual(vol("CASE WHEN true THEN random() ELSE 0 END"), ['volatile', '']);
  assert.deepEqual(vol('(SELECT 1)'), ['volatile', 'subquery']);
  assert.deepEqual(vol("coalesce(NULL, 'x') || upper('y')"), ['constant', '']);
  assert.deepEqual(vol("ARRAY[1, 2]"), ['constant', '']);
  assert.deepEqual(exprVolatility(undefined), { volatility: 'constant', unknown: [] });
});

test('version handling: clamping and version-dependent effects', () => {
  const add = one("ALTER TABLE t ADD COLUMN c int DEFAULT 0", 'addColumn');
  assert.equal(lockEffect(add, { pgVersion: 9 }).rewritesTable, false, 'clamped to 11');
  assert.equal(lockEffect(add, { pgVersion: 99 }).rewritesTable, false);
  assert.equal(lockEffect(add, { pgVersion: Number.NaN }).rewritesTable, false);
  const reindex = one('REINDEX INDEX CONCURRENTLY i', 'reindex');
  assert.equal(lockEffect(reindex, { pgVersion: 11 }).supported, false);
  assert.equal(lockEffect(reindex, { pgVersion: 12 }).supported, true);
  const enumAdd = one("ALTER TYPE t ADD VALUE 'x'", 'alterTypeAddValue');
  assert.equal(lockEffect(enumAdd, { pgVersion: 11 }).canRunInTransaction, false);
  assert.equal(lockEffect(enumAdd).canRunInTransaction, true);
  const cic = one('CREATE INDEX CONCURRENTLY i ON t (a)', 'createIndex');
  assert.match(lockEffect(cic, { pgVersion: 14 }).notes.join(' '), /14\.4/);
  assert.deepEqual(lockEffect(cic).notes, []);
});

test('SET NOT NULL skips the scan with a validated CHECK (PG 12+)', () => {
  const f = one('ALTER TABLE t ALTER COLUMN c SET NOT NULL', 'setNotNull');
  assert.equal(lockEffect(f).scansTable, true);
  assert.equal(lockEffect(f, { hasValidatedNotNullCheck: true }).scansTable, false);
  assert.equal(lockEffect(f, { hasValidatedNotNullCheck: true, pgVersion: 11 }).scansTable, true);
  const seen: string[] = [];
  const byColumn = (table: NameRef, column: string) => {
    seen.push(`${table.qualified}.${column}`);
    return column === 'c';
  };
  assert.equal(lockEffect(f, { hasValidatedNotNullCheck: byColumn }).scansTable, false);
  assert.deepEqual(seen, ['t.c']);
});

test('VALIDATE CONSTRAINT and ALTER COLUMN TYPE use caller knowledge', () => {
  const v = one('ALTER TABLE t VALIDATE CONSTRAINT fk', 'validateConstraint');
  const u: NameRef = { name: 'u', qualified: 'u', raw: 'u', span: { start: 0, end: 0 } };
  const withRef = lockEffect(v, { referencedTableOf: (_t, name) => (name === 'fk' ? u : undefined) });
  assert.deepEqual(
    withRef.locks.map((l) => [l.table.qualified, l.lock, l.role]),
    [
      ['t', 'SHARE UPDATE EXCLUSIVE', 'table'],
      ['u', 'ROW SHARE', 'referencedTable'],
    ],
  );
  const t = one('ALTER TABLE t ALTER COLUMN c TYPE varchar(200)', 'alterColumnType');
  assert.equal(lockEffect(t).rewritesTable, true, 'unknown old type: assume rewrite');
  assert.equal(lockEffect(t, { columnType: () => 'varchar(100)' }).rewritesTable, false);
  assert.equal(lockEffect(t, { columnType: () => parseTypeString('varchar(300)') }).rewritesTable, true);
  const withUsing = one('ALTER TABLE t ALTER COLUMN c TYPE text USING trim(c)', 'alterColumnType');
  assert.equal(lockEffect(withUsing, { columnType: () => 'varchar(10)' }).rewritesTable, true);
});

test('statementLockEffect merges subcommands: the strongest lock per table wins', () => {
  const p = parseSql('ALTER TABLE t ADD COLUMN u_id bigint REFERENCES u (id), ALTER COLUMN s SET STATISTICS 100; CREATE INDEX CONCURRENTLY i ON t (a)');
  const stmt0 = statementFacts(p.statements[0], p.source);
  assert.deepEqual(
    stmt0.map((f) => f.kind),
    ['addColumn', 'addConstraint', 'alterTable'],
  );
  const e = statementLockEffect(stmt0);
  assert.deepEqual(
    e.locks.map((l) => [l.table.qualified, l.lock]),
    [
      ['t', 'ACCESS EXCLUSIVE'],
      ['u', 'SHARE ROW EXCLUSIVE'],
    ],
  );
  assert.equal(e.blocksReads, true);
  assert.equal(e.scansTable, true);
  assert.equal(e.canRunInTransaction, true);
  const e1 = statementLockEffect(statementFacts(p.statements[1], p.source));
  assert.equal(e1.canRunInTransaction, false);
  assert.equal(e1.blocksWrites, false);
});

test('parseDurationMs', () => {
  assert.equal(parseDurationMs('5s'), 5000);
  assert.equal(parseDurationMs('100 ms'), 100);
  assert.equal(parseDurationMs('2min'), 120000);
  assert.equal(parseDurationMs('1h'), 3600000);
  assert.equal(parseDurationMs('250'), 250);
  assert.equal(parseDurationMs('0'), 0);
  assert.equal(parseDurationMs('soon'), undefined);
});

test('CONCURRENTLY insertion points for quick fixes', () => {
  const sql = "CREATE UNIQUE INDEX \"ï\" ON t (a); DROP INDEX IF EXISTS i; REINDEX (VERBOSE) TABLE t; ALTER TABLE p DETACH PARTITION \"c😀\"";
  const f = facts(sql);
  const insertAt = f.map((x) => ('concurrentlyInsertAt' in x ? x.concurrentlyInsertAt : -1));
  const withKeyword = insertAt.reduceRight((s, at) => s.slice(0, at) + ' CONCURRENTLY' + s.slice(at), sql);
  assert.equal(
    withKeyword,
    "CREATE UNIQUE INDEX CONCURRENTLY \"ï\" ON t (a); DROP INDEX CONCURRENTLY IF EXISTS i; REINDEX (VERBOSE) TABLE CONCURRENTLY t; ALTER TABLE p DETACH PARTITION \"c😀\" CONCURRENTLY",
  );
  const reparsed = extractFacts(parseSql(withKeyword));
  assert.deepEqual(
    reparsed.map((x) => ('concurrently' in x ? x.concurrently : undefined)),
    [true, true, true, true],
  );
  const cic = reparsed[0];
  assert.ok(cic.kind === 'createIndex' && cic.concurrentlySpan);
  assert.equal(withKeyword.slice(cic.concurrentlySpan.start, cic.concurrentlySpan.end), 'CONCURRENTLY');
});

test('spans inside an added column', () => {
  const sql = "ALTER TABLE t ADD COLUMN \"é\" varchar(20) COLLATE \"C\" DEFAULT 'x' || 'ÿ' NOT NULL CHECK (length(\"é\") > 0)";
  const [f, check] = facts(sql);
  assert.ok(f.kind === 'addColumn' && check.kind === 'addConstraint');
  assert.equal(sql.slice(check.span.start, check.span.end), 'CHECK (length("é") > 0)');
  const at = (s: { start: number; end: number } | undefined) => (s ? sql.slice(s.start, s.end) : undefined);
  assert.equal(at(f.column.span), '"é"');
  assert.equal(at(f.typeSpan), 'varchar(20)');
  assert.equal(at(f.default?.span), "'x' || 'ÿ'");
  assert.equal(at(f.notNullSpan), 'NOT NULL');
  assert.equal(at(f.checks[0].span), 'length("é") > 0');
});

test('statement spans of facts', () => {
  const sql = 'SELECT 1;\n  ALTER TABLE t ADD COLUMN a int, DROP COLUMN b;';
  const f = facts(sql);
  assert.deepEqual(
    f.map((x) => [x.kind, x.statementIndex, sql.slice(x.statementSpan.start, x.statementSpan.end), sql.slice(x.span.start, x.span.end)]),
    [
      ['select', 0, 'SELECT 1', 'SELECT 1'],
      ['addColumn', 1, 'ALTER TABLE t ADD COLUMN a int, DROP COLUMN b', 'ADD COLUMN a int'],
      ['dropColumn', 1, 'ALTER TABLE t ADD COLUMN a int, DROP COLUMN b', 'DROP COLUMN b'],
    ],
  );
});
