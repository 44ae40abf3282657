import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  initSqlParser,
  isSqlParserReady,
  parseSql,
  scanSql,
  splitSqlText,
  substitutePsycopgParams,
  Utf8OffsetMap,
  type ParsedSql,
} from '../../server/src/sql/parser';
import { extractFacts } from '../../server/src/sql/facts';

before(async () => {
  await initSqlParser();
});

function texts(p: ParsedSql): string[] {
  return p.statements.map((s) => s.text);
}

function errors(p: ParsedSql): Array<[string, string]> {
  return p.errors.map((e) => [e.message, p.source.slice(e.start, e.end)]);
}

test('initSqlParser is idempotent and the parser is ready', async () => {
  const a = initSqlParser();
  const b = initSqlParser();
  assert.equal(a, b);
  await a;
  assert.equal(isSqlParserReady(), true);
});

test('statement spans are UTF-16 offsets after non-ASCII text and astral characters', () => {
  const sql = "SELECT 'ééé 😀 日本語';\n-- commentaire: größe\nALTER TABLE \"Größe\" ADD COLUMN \"😀\" int; SELECT 3 ;";
  const p = parseSql(sql);
  assert.deepEqual(p.errors, []);
  assert.deepEqual(texts(p), ["SELECT 'ééé 😀 日本語'", 'ALTER TABLE "Größe" ADD COLUMN "😀" int', 'SELECT 3']);
  for (const s of p.statements) assert.equal(sql.slice(s.start, s.end), s.text);
  assert.deepEqual(
    p.statements.map((s) => s.semicolon),
    [sql.indexOf(';'), sql.indexOf('int;') + 3, sql.lastIndexOf(';')],
  );
  // AST locations (UTF-8 bytes) convert through SqlStatement.loc().
  const alter = p.statements[1];
  assert.equal(alter.type, 'AlterTableStmt');
  const node = alter.node as { AlterTableStmt: { relation: { location: number } } };
  assert.equal(alter.loc(node.AlterTableStmt.relation.location), sql.indexOf('"Größe"'));
  // Tokens carry UTF-16 offsets too.
  const emojiTok = alter.tokens.find((t) => t.text === '"😀"');
  assert.ok(emojiTok);
  assert.equal(sql.slice(emojiTok.start, emojiTok.end), '"😀"');
});

test('syntax error positions convert from code points to UTF-16', () => {
  const sql = "SELECT '😀😀😀' AS x FROM t WHERE";
  const p = parseSql(sql);
  assert.deepEqual(texts(p), []);
  assert.deepEqual(errors(p), [['syntax error at end of input', 'WHERE']]);
  const sql2 = "SELECT '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' FROM FROM";
  const p2 = parseSql(sql2);
  assert.equal(p2.errors.length, 1);
  assert.equal(p2.errors[0].start, sql2.lastIndexOf('FROM'));
  assert.deepEqual(errors(p2), [['syntax error at or near "FROM"', 'FROM']]);
});

test('an error in the middle is reported on its statement; the others still parse', () => {
  const sql = 'CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN;\nCREATE INDEX i ON a (id);\nselec 1;\nDROP TABLE a';
  const p = parseSql(sql);
  assert.deepEqual(texts(p), ['CREATE TABLE a (id int)', 'CREATE INDEX i ON a (id)', 'DROP TABLE a']);
  assert.deepEqual(errors(p), [
    ['syntax error at or near ";"', ';'],
    ['syntax error at or near "selec"', 'selec'],
  ]);
  assert.deepEqual(
    p.errors.map((e) => sql.slice(e.statement.start, e.statement.end)),
    ['ALTER TABLE a ADD COLUMN', 'selec 1'],
  );
  assert.deepEqual(
    extractFacts(p).map((f) => f.kind),
    ['createTable', 'createIndex', 'dropTable'],
  );
  assert.deepEqual(
    p.statements.map((s) => s.index),
    [0, 1, 2],
  );
});

test('semicolons inside dollar quotes, strings, comments and BEGIN ATOMIC do not split statements', () => {
  const sql = [
    "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT 'a;b'; $fn$ LANGUAGE sql;",
    'CREATE FUNCTION g(i int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN i > 0 THEN 1 END; SELECT 2; END;',
    "SELECT 'x;y', \"we;ird\", E'\\';' /* ; */ -- ;\n;",
    'selec;', // forces the recovery path for the whole input
    'DO $$ BEGIN PERFORM 1; END $$;',
  ].join('\n');
  const p = parseSql(sql);
  assert.equal(p.statements.length, 4);
  assert.deepEqual(
    p.statements.map((s) => s.type),
    ['CreateFunctionStmt', 'CreateFunctionStmt', 'SelectStmt', 'DoStmt'],
  );
  assert.ok(p.statements[1].text.endsWith('SELECT 2; END'));
  assert.equal(p.errors.length, 1);
});

test('lexer errors: unterminated literals swallow the rest, junk tokens do not', () => {
  const p1 = parseSql("select 1; select 'abc; select 2");
  assert.deepEqual(texts(p1), ['select 1']);
  assert.deepEqual(errors(p1), [['unterminated quoted string at or near "\'abc; select 2"', "'abc; select 2"]]);

  const p2 = parseSql('select 1; select $$abc; select 2');
  assert.deepEqual(texts(p2), ['select 1']);
  assert.match(p2.errors[0].message, /unterminated dollar-quoted string/);

  const p3 = parseSql('select 1; /* never closed; select 2');
  assert.deepEqual(texts(p3), ['select 1']);
  assert.equal(p3.errors.length, 1);

  const p4 = parseSql('select 1; select 0x; select 2; selec 3; select 4');
  assert.deepEqual(texts(p4), ['select 1', 'select 2', 'select 4']);
  assert.deepEqual(errors(p4), [
    ['invalid hexadecimal integer at or near "0x"', '0x'],
    ['syntax error at or near "selec"', 'selec'],
  ]);

  const p5 = parseSql("select E'it\\'s; fine', 1abc; select 'é' || $q$;$q$; select 2");
  assert.deepEqual(texts(p5), ["select 'é' || $q$;$q$", 'select 2']);
  assert.deepEqual(errors(p5), [['trailing junk after numeric literal at or near "1abc"', '1abc']]);
});

test('empty, blank and comment-only input give nothing', () => {
  for (const sql of ['', '   \n\t', '-- just a comment', '/* a */ -- b\n', ';;;']) {
    const p = parseSql(sql);
    assert.deepEqual(p.statements, [], JSON.stringify(sql));
    assert.deepEqual(p.errors, [], JSON.stringify(sql));
  }
});

test('NUL characters are reported and do not truncate the input', () => {
  const p = parseSql('select 1\0; select 2');
  assert.deepEqual(texts(p), ['select 1', 'select 2']);
  assert.deepEqual(errors(p), [['invalid byte sequence for encoding "UTF8": 0x00', '\0']]);
});

test('psycopg parameters: same-length placeholders, %% collapses and offsets map back', () => {
  const sub = substitutePsycopgParams("a = %s AND b = %(name)s AND c LIKE '5%%' AND d = %(x)s %d %(open");
  assert.equal(sub.text, "a = '' AND b = '______' AND c LIKE '5%' AND d = '___' %d %(open");
  const after = sub.text.indexOf("AND d");
  assert.equal(sub.toOriginal(after), after + 1);
  assert.equal(sub.toOriginal(0), 0);
  assert.equal(sub.toOriginal(sub.text.indexOf("%'")), sub.text.indexOf("%'"));
  assert.equal(sub.toOriginal(sub.text.indexOf("%'") + 1), sub.text.indexOf("%'") + 2);

  const sql = "UPDATE t SET a = %s WHERE b LIKE 'x%%' AND c = %(id)s; SELECT %%s";
  // Without substitution the UPDATE does not parse (`%(id)s` is not SQL).
  assert.equal(texts(parseSql(sql)).some((t) => t.startsWith('UPDATE')), false);
  const p = parseSql(sql, { params: true });
  assert.deepEqual(texts(p), ["UPDATE t SET a = %s WHERE b LIKE 'x%%' AND c = %(id)s"]);
  assert.deepEqual(errors(p), [['syntax error at or near "%"', '%%']]);
  const tok = p.statements[0].tokens.find((t) => t.text === "'x%%'");
  assert.ok(tok);
  assert.equal(tok.parsedText, "'x%'");
});

test('scanSql and splitSqlText', () => {
  const toks = scanSql('CREATE INDEX CONCURRENTLY "Ï" ON t (a); -- c');
  assert.ok(toks);
  assert.deepEqual(
    toks.map((t) => [t.text, t.kind, t.keyword ?? '']),
    [
      ['CREATE', 'keyword', 'CREATE'],
      ['INDEX', 'keyword', 'INDEX'],
      ['CONCURRENTLY', 'keyword', 'CONCURRENTLY'],
      ['"Ï"', 'ident', ''],
      ['ON', 'keyword', 'ON'],
      ['t', 'ident', ''],
      ['(', 'punct', ''],
      ['a', 'ident', ''],
      [')', 'punct', ''],
      [';', 'punct', ''],
      ['-- c', 'comment', ''],
    ],
  );
  assert.equal(scanSql("select 'open"), undefined);

  const text = "select 1; select 'a;b' /* ; /* nested ; */ */, $t$;$t$, a$b$c, \"q;\" -- ;\n; BEGIN ATOMIC x; CASE y; END; z; END; e'\\';'; last";
  assert.deepEqual(
    splitSqlText(text).map((r) => text.slice(r.start, r.end)),
    [
      'select 1',
      "select 'a;b' /* ; /* nested ; */ */, $t$;$t$, a$b$c, \"q;\"",
      'BEGIN ATOMIC x; CASE y; END; z; END',
      "e'\\';'",
      'last',
    ],
  );
});

test('parseSql never throws, whatever the input', () => {
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ["'", '"', '$$', '$a$', ';', '--', '/*', '*/', '(', ')', 'select', 'BEGIN', 'ATOMIC', 'END', 'CASE', ' ', '\n', 'é', '😀', '\ud800', '\0', '%s', '%%', 'ALTER TABLE t ADD COLUMN', 'x', '1', "E'\\", '0x', 'U&"', '::', '[', ']'];
  for (let i = 0; i < 1500; i++) {
    let sql = '';
    const len = rnd(30);
    for (let k = 0; k < len; k++) sql += pieces[rnd(pieces.length)];
    const p = parseSql(sql, { params: i % 2 === 0 });
    for (const s of [...p.statements, ...p.errors]) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= sql.length, `span out of bounds for ${JSON.stringify(sql)}`);
    }
    extractFacts(p);
  }
  // Not a string at all (untyped callers).
  assert.deepEqual(parseSql(undefined as unknown as string).statements, []);
});

test('deep nesting is an error, not a crash, and the parser keeps working', () => {
  const deep = 'SELECT ' + '('.repeat(20000) + '1' + ')'.repeat(20000);
  const p = parseSql(deep);
  assert.equal(p.statements.length + p.errors.length >= 1, true);
  const after = parseSql('SELECT 1; SELECT 2');
  assert.deepEqual(texts(after), ['SELECT 1', 'SELECT 2']);
});

test('Utf8OffsetMap handles 1–4 byte characters and lone surrogates', () => {
  const s = 'aé日😀\ud800z';
  const m = new Utf8OffsetMap(s);
  assert.equal(m.byteLength, 1 + 2 + 3 + 4 + 3 + 1);
  assert.deepEqual(
    [0, 1, 3, 6, 10, 13, 14].map((b) => m.toUtf16(b)),
    [0, 1, 2, 3, 5, 6, 7],
  );
  assert.equal(new Utf8OffsetMap('ascii').toUtf16(3), 3);
});
