// Tests for the TextMate grammars in syntaxes/, driven by fixture files with inline scope markers.
//
// Every `test/grammar/*.py` and `test/grammar/*.sql` file is a fixture. Its first line is a header
//
//     <comment-token> SYNTAX TEST "<root scope>" ["description"]
//
// e.g. `# SYNTAX TEST "source.python"`. Every other line is either source code or a marker line.
// A marker line starts (at column 0) with the comment token followed by carets or an arrow:
//
//     migrations.RunSQL("CREATE INDEX i ON t (c)")
//     #                  ^^^^^^ meta.embedded.sql keyword.other.sql
//     #                  ^^^^^^ - string.quoted.single.sql
//     #<---------- - meta.embedded.sql
//
// and asserts about the nearest preceding source line: each character under a `^` (or, for the
// `<-` form, the first N characters of the line where N is the number of `-`; `<~~-` skips two
// characters first) must be covered by a token whose scope list contains every scope listed before
// a ` - `, and none of the scopes listed after it. A listed scope matches an actual scope that is
// equal to it or extends it at a dot (`comment.block` matches `comment.block.sql`), as in TextMate
// selectors. Marker lines and the header are removed before tokenizing, so markers may sit inside
// multi-line strings without changing the code under test.
//
// For Python fixtures there is one more, marker-free check: every line that is not inside a RunSQL
// call must be tokenized exactly as the plain Python grammar (without the injection) tokenizes it,
// so the injection cannot leak into, or swallow, the code around it.
//
// Run: node --import tsx --test test/grammar/grammar.test.ts

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const INJECTION_SCOPE = 'runsql.injection.schema-guard';
const RUNSQL_CALL_SCOPE = 'meta.function-call.runsql.schema-guard';

const GRAMMAR_FILES: Record<string, string> = {
  'source.python': require.resolve('tm-grammars/grammars/python.json'),
  'source.sql': require.resolve('tm-grammars/grammars/sql.json'),
  [INJECTION_SCOPE]: path.join(ROOT, 'syntaxes', 'runsql.injection.tmLanguage.json'),
  'source.sql.schema-guard': path.join(ROOT, 'syntaxes', 'sqlmigrate.tmLanguage.json'),
};

// ---------------------------------------------------------------------------------------------
// Grammar loading

let onigReady: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  onigReady ??= oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  return onigReady;
}

function createRegistry(withInjection: boolean): vsctm.Registry {
  return new vsctm.Registry({
    onigLib: loadOniguruma().then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    })),
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMAR_FILES[scopeName];
      if (file === undefined) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName: string) => (withInjection && scopeName === 'source.python' ? [INJECTION_SCOPE] : undefined),
  });
}

const registries = { injected: createRegistry(true), plain: createRegistry(false) };
const grammarCache = new Map<string, Promise<vsctm.IGrammar>>();

function getGrammar(scopeName: string, variant: keyof typeof registries = 'injected'): Promise<vsctm.IGrammar> {
  const key = `${variant}:${scopeName}`;
  let grammar = grammarCache.get(key);
  if (grammar === undefined) {
    grammar = registries[variant].loadGrammar(scopeName).then((g) => {
      if (g === null) throw new Error(`no grammar for ${scopeName}`);
      return g;
    });
    grammarCache.set(key, grammar);
  }
  return grammar;
}

interface Token {
  start: number;
  end: number;
  scopes: string[];
}

function tokenizeLines(grammar: vsctm.IGrammar, lines: readonly string[]): Token[][] {
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
}

// ---------------------------------------------------------------------------------------------
// Fixture parsing

interface SourceLine {
  fileLine: number; // 1-based line number in the fixture file
  text: string;
}

interface Marker {
  fileLine: number; // line of the marker itself
  target: number; // index into Fixture.source
  columns: number[];
  present: string[];
  absent: string[];
}

interface Fixture {
  name: string;
  commentToken: string;
  scopeName: string;
  source: SourceLine[];
  markers: Marker[];
}

const HEADER = /^(\S+)\s+SYNTAX\s+TEST\s+"([^"]+)"(?:\s+"[^"]*")?\s*$/;

function parseFixture(name: string, text: string): Fixture {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (!header) throw new Error(`${name}:1: first line must be a header like: # SYNTAX TEST "source.python"`);
  const [, commentToken = '', scopeName = ''] = header;
  const fixture: Fixture = { name, commentToken, scopeName, source: [], markers: [] };
  const escaped = commentToken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const caretLine = new RegExp(`^${escaped}(\\s*\\^[\\s^]*)(.*)$`);
  const arrowLine = new RegExp(`^${escaped}\\s*<(~*)(-+)(.*)$`);

  for (let i = 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const fileLine = i + 1;
    let columns: number[] | undefined;
    let rest = '';
    const caret = caretLine.exec(text);
    const arrow = caret ? null : arrowLine.exec(text);
    if (caret) {
      const caretPart = caret[1] ?? '';
      columns = [];
      for (let c = 0; c < caretPart.length; c++) if (caretPart[c] === '^') columns.push(commentToken.length + c);
      rest = caret[2] ?? '';
    } else if (arrow) {
      const skip = (arrow[1] ?? '').length;
      const count = (arrow[2] ?? '').length;
      columns = Array.from({ length: count }, (_, k) => skip + k);
      rest = arrow[3] ?? '';
    }
    if (columns === undefined) {
      fixture.source.push({ fileLine, text });
      continue;
    }
    if (fixture.source.length === 0) throw new Error(`${name}:${fileLine}: marker line before any source line`);
    const words = rest.trim().split(/\s+/).filter((w) => w !== '');
    const dash = words.indexOf('-');
    const present = dash === -1 ? words : words.slice(0, dash);
    const absent = dash === -1 ? [] : words.slice(dash + 1).filter((w) => w !== '-');
    if (present.length + absent.length === 0) throw new Error(`${name}:${fileLine}: marker line lists no scopes`);
    fixture.markers.push({ fileLine, target: fixture.source.length - 1, columns, present, absent });
  }
  return fixture;
}

// ---------------------------------------------------------------------------------------------
// Checking

function scopeMatches(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(`${expected}.`);
}

/** Groups sorted columns into [start, end) runs that fall into the same token. */
function segments(columns: number[], tokens: Token[], lineLength: number): { start: number; end: number; token?: Token }[] {
  const out: { start: number; end: number; token?: Token }[] = [];
  for (const col of [...new Set(columns)].sort((a, b) => a - b)) {
    const token = col < lineLength ? tokens.find((t) => t.start <= col && col < t.end) : undefined;
    const last = out[out.length - 1];
    if (last && last.end === col && last.token === token) last.end = col + 1;
    else out.push({ start: col, end: col + 1, token });
  }
  return out;
}

interface CheckResult {
  failures: string[];
  markerLines: number;
  scopeChecks: number; // one per (character, listed scope)
}

function checkMarkers(fixture: Fixture, tokens: Token[][]): CheckResult {
  const failures: string[] = [];
  let scopeChecks = 0;
  for (const marker of fixture.markers) {
    const line = fixture.source[marker.target];
    const lineTokens = tokens[marker.target];
    if (line === undefined || lineTokens === undefined) throw new Error('marker target out of range');
    scopeChecks += marker.columns.length * (marker.present.length + marker.absent.length);
    for (const seg of segments(marker.columns, lineTokens, line.text.length)) {
      const where = `${fixture.name}:${line.fileLine}:${seg.start + 1}${seg.end - seg.start > 1 ? `-${seg.end}` : ''} (marker on line ${marker.fileLine})`;
      const pointer = `${' '.repeat(seg.start)}${'^'.repeat(seg.end - seg.start)}`;
      if (seg.token === undefined) {
        failures.push(`${where}: column is past the end of the line\n    source: ${line.text}\n            ${pointer}`);
        continue;
      }
      const actual = seg.token.scopes;
      const missing = marker.present.filter((s) => !actual.some((a) => scopeMatches(a, s)));
      const unwanted = marker.absent.filter((s) => actual.some((a) => scopeMatches(a, s)));
      if (missing.length === 0 && unwanted.length === 0) continue;
      failures.push(
        [
          `${where}: text ${JSON.stringify(line.text.slice(seg.start, seg.end))}`,
          `    source:   ${line.text}`,
          `              ${pointer}`,
          ...(missing.length ? [`    missing:  ${missing.join(' ')}`] : []),
          ...(unwanted.length ? [`    unwanted: ${unwanted.join(' ')}`] : []),
          `    expected: ${[...marker.present, ...marker.absent.map((s) => `-${s}`)].join(' ')}`,
          `    actual:   ${actual.join(' ')}`,
        ].join('\n'),
      );
    }
  }
  return { failures, markerLines: fixture.markers.length, scopeChecks };
}

/** Lines outside RunSQL calls must be tokenized exactly as by the plain Python grammar. */
function checkUnchangedOutsideRunSQL(fixture: Fixture, injected: Token[][], plain: Token[][]): string[] {
  const failures: string[] = [];
  fixture.source.forEach((line, i) => {
    const a = injected[i] ?? [];
    const b = plain[i] ?? [];
    if (a.some((t) => t.scopes.includes(RUNSQL_CALL_SCOPE))) return;
    const same = a.length === b.length && a.every((t, k) => {
      const u = b[k];
      return u !== undefined && t.start === u.start && t.end === u.end && t.scopes.join(' ') === u.scopes.join(' ');
    });
    if (same) return;
    const k = a.findIndex((t, j) => {
      const u = b[j];
      return u === undefined || t.start !== u.start || t.end !== u.end || t.scopes.join(' ') !== u.scopes.join(' ');
    });
    const at = a[k === -1 ? a.length - 1 : k];
    const ref = b[k === -1 ? b.length - 1 : k];
    failures.push(
      [
        `${fixture.name}:${line.fileLine}: line outside RunSQL(...) is tokenized differently with the injection`,
        `    source:    ${line.text}`,
        `    injected:  ${at ? `${at.start}-${at.end} ${at.scopes.join(' ')}` : '(no token)'}`,
        `    plain:     ${ref ? `${ref.start}-${ref.end} ${ref.scopes.join(' ')}` : '(no token)'}`,
      ].join('\n'),
    );
  });
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Tests

const fixtureFiles = fs
  .readdirSync(HERE)
  .filter((f) => f.endsWith('.py') || f.endsWith('.sql'))
  .sort();

let totalMarkerLines = 0;
let totalScopeChecks = 0;

describe('TextMate grammars (syntaxes/)', () => {
  test('fixtures exist for both grammars', () => {
    assert.ok(fixtureFiles.some((f) => f.endsWith('.py')), 'no .py fixture in test/grammar');
    assert.ok(fixtureFiles.some((f) => f.endsWith('.sql')), 'no .sql fixture in test/grammar');
  });

  for (const file of fixtureFiles) {
    test(file, async (t) => {
      const fixture = parseFixture(file, fs.readFileSync(path.join(HERE, file), 'utf8'));
      assert.ok(fixture.markers.length > 0, `${file}: no marker lines`);
      const lines = fixture.source.map((l) => l.text);
      const tokens = tokenizeLines(await getGrammar(fixture.scopeName), lines);
      const result = checkMarkers(fixture, tokens);
      const failures = [...result.failures];
      if (fixture.scopeName === 'source.python') {
        const plain = tokenizeLines(await getGrammar('source.python', 'plain'), lines);
        failures.push(...checkUnchangedOutsideRunSQL(fixture, tokens, plain));
      }
      totalMarkerLines += result.markerLines;
      totalScopeChecks += result.scopeChecks;
      t.diagnostic(`${result.markerLines} marker lines, ${result.scopeChecks} character/scope checks`);
      if (failures.length > 0) {
        assert.fail(`${failures.length} failed assertion(s) in ${file}:\n\n${failures.join('\n\n')}\n`);
      }
    });
  }

  test('the harness reports wrong expectations', async () => {
    // A fixture whose markers are all wrong must produce one failure per marker. It is tokenized with the
    // plain Python grammar, so this checks the harness itself, independently of syntaxes/.
    const fixture = parseFixture(
      'self-test.py',
      [
        '# SYNTAX TEST "source.python"',
        'x = "SELECT 1"',
        '#    ^^^^^^ meta.embedded.sql',
        '#    ^^^^^^ - string.quoted.single.python',
        '#<- comment',
        '#              ^ source.python',
      ].join('\n'),
    );
    const tokens = tokenizeLines(await getGrammar('source.python', 'plain'), fixture.source.map((l) => l.text));
    const { failures } = checkMarkers(fixture, tokens);
    assert.equal(failures.length, 4, failures.join('\n\n'));
    assert.match(failures[0] ?? '', /self-test\.py:2:6-11 \(marker on line 3\)[\s\S]*missing: {2}meta\.embedded\.sql/);
    assert.match(failures[1] ?? '', /self-test\.py:2:6-11 \(marker on line 4\)[\s\S]*unwanted: string\.quoted\.single\.python/);
    assert.match(failures[2] ?? '', /self-test\.py:2:1 [\s\S]*missing: {2}comment/);
    assert.match(failures[3] ?? '', /self-test\.py:2:16 [\s\S]*past the end of the line/);
  });

  test('README contributes snippet matches the grammar files', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'syntaxes', 'README.md'), 'utf8');
    const block = /```jsonc?\n([\s\S]*?)\n```/.exec(readme);
    assert.ok(block?.[1], 'syntaxes/README.md has no ```json block');
    const snippet = JSON.parse(`{${block[1]}}`) as {
      contributes: {
        grammars: { scopeName: string; path: string; injectTo?: string[]; language?: string; embeddedLanguages?: Record<string, string> }[];
        languages: { id: string }[];
      };
    };
    for (const g of snippet.contributes.grammars) {
      const raw = JSON.parse(fs.readFileSync(path.join(ROOT, g.path), 'utf8')) as { scopeName: string };
      assert.equal(raw.scopeName, g.scopeName, `${g.path}: scopeName`);
    }
    const injection = snippet.contributes.grammars.find((g) => g.scopeName === INJECTION_SCOPE);
    assert.deepEqual(injection?.injectTo, ['source.python']);
    assert.deepEqual(injection?.embeddedLanguages, { 'meta.embedded.sql': 'sql' });
    const sqlmigrate = snippet.contributes.grammars.find((g) => g.scopeName === 'source.sql.schema-guard');
    assert.equal(sqlmigrate?.language, 'schema-guard-sql');
    assert.ok(snippet.contributes.languages.some((l) => l.id === 'schema-guard-sql'));
  });

  test('summary', (t) => {
    t.diagnostic(`${totalMarkerLines} marker lines, ${totalScopeChecks} character/scope checks in ${fixtureFiles.length} fixtures`);
  });
});
