// Fixture harness for the SQL layer.
//
// A fixture is a .sql file. After each statement come one expectation line per fact of that statement:
//
//   ALTER TABLE shop_order ADD COLUMN c uuid NOT NULL DEFAULT gen_random_uuid();
//   -- expect: addColumn table=shop_order column=c notNull defaultVolatility=volatile lock=AE rewrite | pg11: rewrite
//
// - The first word is the fact kind; then `key=value` (value may be "double quoted"), `flag` (must be
//   true) or `!flag` (must be false/absent). Keys are the fact's fields flattened by describeFact():
//   names give their folded qualified name (`table=public.Order`), `key.raw` the text as written,
//   expressions their text, types their canonical form, lists are comma-joined.
// - Effect keys come from lockEffect() on PostgreSQL 16: `lock=AE` (first lock, abbreviated),
//   `locks=t:AE,u:SRE`, and flags `rewrite scan buildsIndex reads writes notx unsupported`.
// - `| pgNN: ...` segments check effect keys on another version.
// - `-- expect-error: <message substring> @<error text>` after a statement that fails to parse.
// - `-- options: params` on the first line parses the file with psycopg parameter substitution.
//
// Every statement and every error needs expectations; facts are matched in order and their count must
// match. Invariants are checked for every fact: each name/expression span slices to its raw text and
// lies inside the statement.

import { readFileSync } from 'node:fs';
import { parseSql, type ParsedSql, type Span } from '../../server/src/sql/parser';
import { extractFacts, type Fact } from '../../server/src/sql/facts';
import { LOCK_ABBREVIATIONS, lockEffect, type LockEffect } from '../../server/src/sql/locks';
import { formatType, type SqlType } from '../../server/src/sql/datatypes';

type Value = string | boolean;
export type Description = Record<string, Value>;

const SKIP_KEYS = new Set(['kind', 'span', 'statementSpan', 'statementIndex', 'typeSpan', 'notNullSpan', 'concurrentlySpan', 'concurrentlyInsertAt']);

function isSpan(v: unknown): v is Span {
  return !!v && typeof v === 'object' && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';
}
function isNameLike(v: unknown): v is { name: string; raw: string; span: Span; qualified?: string } {
  return !!v && typeof v === 'object' && 'raw' in v && 'span' in v && 'name' in v;
}
function isExpr(v: unknown): v is { text: string; span: Span } {
  return !!v && typeof v === 'object' && 'text' in v && 'span' in v && !('mods' in v);
}
function isType(v: unknown): v is SqlType {
  return !!v && typeof v === 'object' && 'mods' in v && 'arrayDims' in v;
}

function render(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isNameLike(v)) return v.qualified ?? v.name;
  if (isType(v)) return formatType(v);
  if (isExpr(v)) return v.text;
  if (v && typeof v === 'object' && 'column' in v && isNameLike((v as { column: unknown }).column)) {
    return (v as { column: { name: string } }).column.name; // ColumnInfo
  }
  return undefined;
}

/** Flattens a fact into key → value (see the file comment). */
export function describeFact(fact: Fact): Description {
  const d: Description = {};
  for (const [key, v] of Object.entries(fact)) {
    if (SKIP_KEYS.has(key) || v === undefined) continue;
    if (typeof v === 'boolean') d[key] = v;
    else if (Array.isArray(v)) {
      d[key] = v.map((x) => render(x) ?? JSON.stringify(x)).join(key === 'elements' ? ';' : ',');
      if (v.length > 0 && v.every(isNameLike)) d[`${key}.raw`] = v.map((x) => x.raw).join(',');
    }
    else if (v === null) d[key] = 'null';
    else if (isNameLike(v)) {
      d[key] = render(v)!;
      d[`${key}.raw`] = v.raw;
    } else if (isType(v)) d[key] = formatType(v);
    else if (isExpr(v)) {
      d[key] = v.text;
      for (const [k2, v2] of Object.entries(v)) {
        if (k2 === 'text' || k2 === 'span') continue;
        d[`${key}.${k2}`] = Array.isArray(v2) ? v2.join(',') : typeof v2 === 'boolean' ? v2 : String(v2);
      }
    } else d[key] = render(v) ?? JSON.stringify(v);
  }
  if ('elements' in fact) d.elements = fact.elements.map((e) => e.text).join(';');
  return d;
}

export const EFFECT_FLAGS = ['rewrite', 'scan', 'buildsIndex', 'reads', 'writes', 'notx', 'unsupported'];

export function describeEffect(e: LockEffect): Description {
  return {
    lock: e.locks.length > 0 ? LOCK_ABBREVIATIONS[e.locks[0].lock] : 'none',
    locks: e.locks.map((l) => `${l.table.qualified}:${LOCK_ABBREVIATIONS[l.lock]}`).join(','),
    rewrite: e.rewritesTable,
    scan: e.scansTable,
    buildsIndex: e.buildsIndex,
    reads: e.blocksReads,
    writes: e.blocksWrites,
    notx: !e.canRunInTransaction,
    unsupported: !e.supported,
  };
}

interface Check {
  key: string;
  value?: string;
  negated?: boolean;
}

function parseChecks(text: string): Check[] {
  const checks: Check[] = [];
  const re = /\s*(!?)([\w.]+)(?:=("(?:[^"\\]|\\.)*"|\S+))?/y;
  let pos = 0;
  const src = text.trim();
  while (pos < src.length) {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new Error(`cannot read expectation at: ${src.slice(pos)}`);
    pos = re.lastIndex;
    const raw = m[3];
    const value = raw === undefined ? undefined : raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
    checks.push({ key: m[2], value, negated: m[1] === '!' });
  }
  return checks;
}

function check(d: Description, checks: Check[], known: Set<string>, where: string, problems: string[]): void {
  for (const c of checks) {
    const actual = d[c.key];
    if (!(c.key in d) && !known.has(c.key)) {
      problems.push(`${where}: unknown key '${c.key}' (have: ${Object.keys(d).join(' ')})`);
      continue;
    }
    if (c.negated) {
      if (actual !== undefined && actual !== false) problems.push(`${where}: expected !${c.key}, got ${c.key}=${String(actual)}`);
    } else if (c.value === undefined) {
      if (actual !== true) problems.push(`${where}: expected flag ${c.key}, got ${String(actual)}`);
    } else if (String(actual) !== c.value) {
      problems.push(`${where}: expected ${c.key}=${JSON.stringify(c.value)}, got ${JSON.stringify(actual)}`);
    }
  }
}

/** Checks that every name and expression span of a fact slices to its text and sits in the statement. */
export function factInvariants(fact: Fact, source: string, where: string): string[] {
  const problems: string[] = [];
  const stmt = fact.statementSpan;
  const visit = (v: unknown, path: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (!v || typeof v !== 'object') return;
    if (isSpan(v)) {
      if (v.start < stmt.start || v.end > stmt.end || v.start > v.end) problems.push(`${where}: ${path} span ${v.start}-${v.end} outside statement ${stmt.start}-${stmt.end}`);
      return;
    }
    if (isNameLike(v)) {
      if (v.span.start === stmt.start && v.span.end === stmt.end) problems.push(`${where}: ${path} '${v.raw}' not located in the source`);
      else if (source.slice(v.span.start, v.span.end) !== v.raw) {
        problems.push(`${where}: ${path} span text ${JSON.stringify(source.slice(v.span.start, v.span.end))} ≠ raw ${JSON.stringify(v.raw)}`);
      }
    } else if (isExpr(v) && source.slice(v.span.start, v.span.end) !== v.text) {
      problems.push(`${where}: ${path} span text ${JSON.stringify(source.slice(v.span.start, v.span.end))} ≠ text ${JSON.stringify(v.text)}`);
    }
    for (const [k, x] of Object.entries(v)) if (k !== 'statementSpan') visit(x, `${path}.${k}`);
  };
  visit(fact, fact.kind);
  if (fact.span.start < stmt.start || fact.span.end > stmt.end) problems.push(`${where}: fact span outside statement`);
  return problems;
}

interface Item {
  start: number;
  end: number;
  kind: 'statement' | 'error';
  index: number;
  expects: Array<{ line: number; text: string }>;
}

export interface FixtureResult {
  parsed: ParsedSql;
  facts: Fact[];
  checked: number;
  problems: string[];
}

/** Runs one fixture; returns the problems found (empty when it passes). */
export function runFixture(path: string): FixtureResult {
  const source = readFileSync(path, 'utf8');
  const params = /^--\s*options:.*\bparams\b/.test(source);
  const parsed = parseSql(source, { params });
  const facts = extractFacts(parsed);
  const problems: string[] = [];
  const items: Item[] = [
    ...parsed.statements.map<Item>((s, i) => ({ start: s.start, end: s.end, kind: 'statement', index: i, expects: [] })),
    ...parsed.errors.map<Item>((e, i) => ({ start: e.statement.start, end: e.statement.end, kind: 'error', index: i, expects: [] })),
  ].sort((a, b) => a.start - b.start);

  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const re = /--\s*(expect(?:-error)?):(.*)$/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const owner = [...items].reverse().find((it) => it.end <= m!.index);
    const line = lineOf(m.index);
    if (!owner) {
      problems.push(`line ${line}: expectation before any statement`);
      continue;
    }
    const isError = m[1] === 'expect-error';
    if (isError !== (owner.kind === 'error')) {
      const what = owner.kind === 'error' ? `a syntax error (${parsed.errors[owner.index].message})` : 'a statement that parsed';
      problems.push(`line ${line}: ${m[1]} follows ${what}`);
      continue;
    }
    owner.expects.push({ line, text: m[2] });
  }

  let checked = 0;
  for (const item of items) {
    const where0 = `line ${lineOf(item.start)}`;
    if (item.kind === 'error') {
      const err = parsed.errors[item.index];
      if (item.expects.length !== 1) {
        problems.push(`${where0}: syntax error "${err.message}" needs exactly one expect-error (has ${item.expects.length})`);
        continue;
      }
      const [msg, at] = item.expects[0].text.split(' @');
      if (!err.message.includes(msg.trim())) problems.push(`${where0}: error "${err.message}" does not contain "${msg.trim()}"`);
      if (at !== undefined && source.slice(err.start, err.end) !== at.trim()) {
        problems.push(`${where0}: error span ${JSON.stringify(source.slice(err.start, err.end))} ≠ ${JSON.stringify(at.trim())}`);
      }
      checked++;
      continue;
    }
    const stmtFacts = facts.filter((f) => f.statementIndex === item.index);
    if (stmtFacts.length !== item.expects.length) {
      problems.push(
        `${where0}: ${stmtFacts.length} fact(s) [${stmtFacts.map((f) => f.kind).join(', ')}] but ${item.expects.length} expectation(s)` +
          (item.expects.length === 0 ? `\n    ${stmtFacts.map((f) => summarize(f)).join('\n    ')}` : ''),
      );
      continue;
    }
    stmtFacts.forEach((fact, k) => {
      const { line, text } = item.expects[k];
      const where = `line ${line}`;
      problems.push(...factInvariants(fact, source, where));
      const [head, ...versions] = text.split(' | ');
      const words = head.trim().split(/\s+/);
      const kind = words.shift() ?? '';
      if (kind !== fact.kind) {
        problems.push(`${where}: expected ${kind}, got ${summarize(fact)}`);
        return;
      }
      const d = { ...describeFact(fact), ...describeEffect(lockEffect(fact)) };
      const known = new Set([...Object.keys(fact), ...EFFECT_FLAGS]);
      try {
        check(d, parseChecks(head.trim().slice(kind.length)), known, where, problems);
        for (const seg of versions) {
          const vm = /^\s*pg(\d+):(.*)$/.exec(seg);
          if (!vm) throw new Error(`bad version segment '${seg}'`);
          const e = describeEffect(lockEffect(fact, { pgVersion: Number(vm[1]) }));
          check(e, parseChecks(vm[2]), new Set(EFFECT_FLAGS), `${where} (pg${vm[1]})`, problems);
        }
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
      }
      checked++;
    });
  }
  return { parsed, facts, checked, problems };
}

/** One-line description of a fact, in expectation syntax (handy when writing fixtures). */
export function summarize(fact: Fact): string {
  const d = { ...describeFact(fact), ...describeEffect(lockEffect(fact)) };
  const parts = Object.entries(d)
    .filter(([, v]) => v !== false && v !== '')
    .map(([k, v]) => (v === true ? k : `${k}=${/[\s"|]/.test(String(v)) || v === '' ? JSON.stringify(v) : v}`));
  return `${fact.kind} ${parts.join(' ')}`;
}
