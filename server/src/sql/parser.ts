// PostgreSQL parsing on top of libpg-query (the real PostgreSQL 18 parser compiled to wasm).
//
// Invariants:
// - Every offset returned from this module is a UTF-16 offset (JS string index) into the string given
//   to parseSql(). libpg-query speaks UTF-8 byte offsets (AST `location`, scanner tokens) and code
//   points (error `cursorPosition`); both are converted here and nowhere else.
// - parseSql() never throws: syntax errors and internal failures are returned as data.
// - After a syntax error the input is split into statements (with PostgreSQL's scanner, or a small
//   lexer of our own when the scanner rejects the text) and each statement is parsed on its own, so
//   one broken statement does not hide the others.
// - Statement tokens are scanned lazily (scanning costs about twice as much as parsing).

import type { Node, ParseResult, RawStmt } from '@pgsql/types';
import type * as LibPgQuery from 'libpg-query';

export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

export type SqlTokenKind = 'keyword' | 'ident' | 'string' | 'number' | 'param' | 'operator' | 'punct' | 'comment';

export interface SqlToken extends Span {
  /** Source text of the token (sliced from the input, so it is exact for non-ASCII text). */
  text: string;
  /** The text the parser saw, when parameter substitution changed it (`%s` → `''`, `%%` → `%`). */
  parsedText?: string;
  kind: SqlTokenKind;
  /** Upper-case keyword for keyword tokens (`CONCURRENTLY`, `INDEX`, ...). Unreserved keywords may still be names. */
  keyword?: string;
  /** True for reserved keywords, which can never be bare identifiers. */
  reserved?: boolean;
}

export interface SqlStatement extends Span {
  /** Position in ParsedSql.statements. */
  index: number;
  /** Source text of the statement, without the terminating semicolon. */
  text: string;
  /** The statement node, e.g. `{ AlterTableStmt: {...} }` (typed @pgsql/types). Its `location`s are UTF-8 byte offsets: convert them with loc(). */
  node: Node;
  /** Node type name, e.g. `AlterTableStmt`. */
  type: string;
  /** Tokens of the statement (inner comments included, semicolon excluded), UTF-16 offsets into the input. Computed on first access. */
  tokens: SqlToken[];
  /** UTF-16 offset of the terminating `;`, when there is one. */
  semicolon?: number;
  /** Converts an AST `location` of this statement (UTF-8 bytes) into a UTF-16 offset into the input. Returns undefined for missing/negative locations. */
  loc(location: number | undefined): number | undefined;
}

export interface SqlSyntaxError extends Span {
  /** PostgreSQL's message, e.g. `syntax error at or near "selec"`. The span is the offending token (it can be the statement's `;`), or runs to the end for unterminated literals. */
  message: string;
  /** The statement (as split for recovery) that failed to parse. */
  statement: Span;
}

export interface ParsedSql {
  /** The input string given to parseSql (offsets refer to it). */
  source: string;
  statements: SqlStatement[];
  errors: SqlSyntaxError[];
  /** Grammar version of the parser, e.g. 180004. Undefined when the parser is not loaded. */
  parserVersion?: number;
}

export interface ParseSqlOptions {
  /**
   * The SQL is a psycopg query with parameters (Django `RunSQL(sql, params)` or `cursor.execute(sql, params)`):
   * `%s`, `%b`, `%t` and `%(name)s` are replaced with string literals of equal length before parsing and
   * `%%` stands for `%`. Offsets still refer to the original text.
   */
  params?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Loading

let lib: typeof LibPgQuery | undefined;
let loading: Promise<void> | undefined;
let loadError: Error | undefined;

/**
 * Loads libpg-query's wasm. Idempotent: later calls return the same promise. Rejects when the wasm
 * cannot be loaded (the `libpg-query.wasm` file must sit next to the running bundle, or in
 * node_modules/libpg-query/wasm when running from source); parseSql then reports an error instead of parsing.
 */
export function initSqlParser(): Promise<void> {
  loading ??= (async () => {
    try {
      // Required lazily: libpg-query starts instantiating its wasm as soon as it is loaded, and a
      // failure would otherwise surface as an unhandled rejection at import time. It locates
      // `libpg-query.wasm` in `__dirname`, which is node_modules/libpg-query/wasm from source and the
      // bundle's directory once esbuild has inlined the package (esbuild.mjs copies the wasm there).
      const mod = require('libpg-query') as typeof LibPgQuery;
      await mod.loadModule();
      lib = mod;
    } catch (e) {
      loadError = new Error(`cannot load the PostgreSQL parser (libpg-query.wasm): ${errorMessage(e)}`);
      throw loadError;
    }
  })();
  return loading;
}

export function isSqlParserReady(): boolean {
  return lib !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Offsets

/** Maps UTF-8 byte offsets of one string to UTF-16 offsets. Identity (and allocation-free) for ASCII text. */
export class Utf8OffsetMap {
  readonly byteLength: number;
  private readonly table: Uint32Array | undefined;

  constructor(private readonly text: string) {
    if (!/[^\x00-\x7f]/.test(text)) {
      this.byteLength = text.length;
      return;
    }
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      bytes += utf8Width(cp);
      if (cp > 0xffff) i++;
    }
    const table = new Uint32Array(bytes + 1);
    let b = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const w = utf8Width(cp);
      for (let k = 0; k < w; k++) table[b + k] = i;
      b += w;
      i += cp > 0xffff ? 2 : 1;
    }
    table[b] = text.length;
    this.byteLength = bytes;
    this.table = table;
  }

  toUtf16(byteOffset: number): number {
    if (byteOffset <= 0) return 0;
    if (byteOffset >= this.byteLength) return this.text.length;
    return this.table ? this.table[byteOffset] : byteOffset;
  }
}

/** UTF-8 width of a code point the way emscripten's stringToUTF8 writes it (lone surrogates take 3 bytes). */
function utf8Width(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** UTF-16 offset of the `codePoints`-th code point of `text`. */
function codePointsToUtf16(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// ---------------------------------------------------------------------------------------------
// psycopg parameters

export interface ParamSubstitution {
  /** The text handed to the parser. */
  text: string;
  /** Maps an offset in `text` back to the original string. */
  toOriginal(offset: number): number;
}

/**
 * Replaces psycopg placeholders with string literals of the same length (`%s` → `''`,
 * `%(name)s` → `'______'`) and `%%` with `%`. Only `%%` changes lengths; toOriginal() undoes that.
 * Like psycopg itself, this is purely textual (it applies inside string literals and comments too).
 */
export function substitutePsycopgParams(sql: string): ParamSubstitution {
  if (!sql.includes('%')) return { text: sql, toOriginal: (o) => o };
  let out = '';
  const collapsed: number[] = []; // offsets in `out` of each '%' that stood for '%%'
  let last = 0;
  for (let i = sql.indexOf('%'); i !== -1 && i < sql.length; i = sql.indexOf('%', i)) {
    const next = sql[i + 1];
    let replacement: string | undefined;
    let width = 0;
    if (next === '%') {
      out += sql.slice(last, i);
      collapsed.push(out.length);
      out += '%';
      last = i + 2;
      i += 2;
      continue;
    } else if (next === 's' || next === 'b' || next === 't') {
      width = 2;
    } else if (next === '(') {
      const close = sql.indexOf(')', i + 2);
      const conv = close === -1 ? undefined : sql[close + 1];
      if (conv === 's' || conv === 'b' || conv === 't') width = close + 2 - i;
    }
    if (width > 0) {
      replacement = "'" + '_'.repeat(width - 2) + "'";
      out += sql.slice(last, i) + replacement;
      last = i + width;
      i += width;
    } else {
      i += 1;
    }
  }
  out += sql.slice(last);
  if (collapsed.length === 0) return { text: out, toOriginal: (o) => o };
  return {
    text: out,
    toOriginal(offset: number): number {
      // original = offset + number of collapsed '%' strictly before `offset`
      let lo = 0;
      let hi = collapsed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (collapsed[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + lo;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scanner

const PUNCT = new Set(['(', ')', '[', ']', ',', ';', '.', ':', '$']);
const KEYWORD_KINDS = new Set(['UNRESERVED_KEYWORD', 'COL_NAME_KEYWORD', 'TYPE_FUNC_NAME_KEYWORD', 'RESERVED_KEYWORD']);

function tokenKind(tokenName: string, keywordName: string, text: string): SqlTokenKind {
  if (KEYWORD_KINDS.has(keywordName)) return 'keyword';
  switch (tokenName) {
    case 'IDENT':
    case 'UIDENT':
      return 'ident';
    case 'SCONST':
    case 'USCONST':
    case 'BCONST':
    case 'XCONST':
      return 'string';
    case 'ICONST':
    case 'FCONST':
      return 'number';
    case 'PARAM':
      return 'param';
    case 'SQL_COMMENT':
    case 'C_COMMENT':
      return 'comment';
  }
  return PUNCT.has(text) ? 'punct' : 'operator';
}

/** Runs PostgreSQL's scanner over `text`; offsets are UTF-16 plus `base`. Throws on lexer errors (unterminated literals, `0x`...). */
function scan(pg: typeof LibPgQuery, text: string, base = 0): SqlToken[] {
  if (text.length === 0) return [];
  const map = new Utf8OffsetMap(text);
  const result = pg.scanSync(text);
  const tokens: SqlToken[] = [];
  for (const t of result.tokens ?? []) {
    const start = map.toUtf16(t.start);
    const end = map.toUtf16(t.end);
    const tokText = text.slice(start, end);
    const kind = tokenKind(t.tokenName, t.keywordName, tokText);
    const token: SqlToken = { start: start + base, end: end + base, text: tokText, kind };
    if (kind === 'keyword') {
      token.keyword = tokText.toUpperCase();
      if (t.keywordName === 'RESERVED_KEYWORD') token.reserved = true;
    }
    tokens.push(token);
  }
  return tokens;
}

function tryScan(pg: typeof LibPgQuery, text: string, base = 0): SqlToken[] | undefined {
  try {
    return scan(pg, text, base);
  } catch {
    return undefined;
  }
}

/**
 * Tokenizes SQL with PostgreSQL's scanner (UTF-16 offsets, comments included). Returns undefined when the
 * parser is not loaded or the text has a lexer error (unterminated string, comment or quoted identifier).
 */
export function scanSql(sql: string): SqlToken[] | undefined {
  return lib && typeof sql === 'string' ? tryScan(lib, sql) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Statement splitting (error recovery)

/** A statement's extent in the parsed text: first to last significant character, and its `;`. */
export interface StatementRange extends Span {
  semicolon?: number;
}

/**
 * Splits scanner tokens into statements at `;`, except inside `BEGIN ATOMIC ... END` bodies (SQL-standard
 * function bodies, where `CASE ... END` nests). Strings, dollar quotes and comments are single tokens,
 * so their semicolons are never seen.
 */
function splitTokens(tokens: SqlToken[]): StatementRange[] {
  const out: StatementRange[] = [];
  let start = -1;
  let end = -1;
  let atomicDepth = 0;
  let prevKeyword: string | undefined;
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (t.text === ';' && atomicDepth === 0) {
      if (start !== -1) out.push({ start, end, semicolon: t.start });
      start = -1;
      prevKeyword = undefined;
      continue;
    }
    if (start === -1) start = t.start;
    end = t.end;
    const kw = t.keyword;
    if (kw === 'ATOMIC' && prevKeyword === 'BEGIN') atomicDepth++;
    else if (atomicDepth > 0 && kw === 'CASE') atomicDepth++;
    else if (atomicDepth > 0 && kw === 'END') atomicDepth--;
    prevKeyword = kw;
  }
  if (start !== -1) out.push({ start, end });
  return out;
}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Index just past a quoted literal starting at `i` (quote doubled to escape; backslashes too in E'' strings). Unterminated → text.length. */
function skipQuoted(text: string, i: number, quote: string, backslash: boolean): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (backslash && c === '\\') j += 2;
    else if (c === quote) {
      if (text[j + 1] !== quote) return j + 1;
      j += 2;
    } else j++;
  }
  return text.length;
}

/**
 * Splits SQL into statements with a small lexer of its own. Used only when PostgreSQL's scanner rejects
 * the text (e.g. `0x` or an unterminated string), so that the statements around the bad one still parse.
 * Knows comments (nested), '' / E'' / "" literals, dollar quotes and BEGIN ATOMIC bodies; an unterminated
 * literal or comment runs to the end of the text.
 */
export function splitSqlText(text: string): StatementRange[] {
  const out: StatementRange[] = [];
  const n = text.length;
  let start = -1;
  let end = -1;
  let atomicDepth = 0;
  let prevWord = '';
  let lastWord = '';
  let lastWordEnd = -1;
  const mark = (s: number, e: number): void => {
    if (start === -1) start = s;
    end = e;
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') (depth++, (i += 2));
        else if (text[i] === '*' && text[i + 1] === '/') (depth--, (i += 2));
        else i++;
      }
      continue;
    }
    if (c === ';' && atomicDepth === 0) {
      if (start !== -1) out.push({ start, end, semicolon: i });
      start = -1;
      prevWord = '';
      i++;
      continue;
    }
    const s = i;
    if (c === "'" || c === '"') {
      const escapeString = c === "'" && lastWordEnd === i && (lastWord === 'e' || lastWord === 'E');
      i = skipQuoted(text, i, c, escapeString);
      prevWord = '';
    } else if (c === '$' && !(i > 0 && IDENT_CHAR.test(text[i - 1]))) {
      const m = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
      m.lastIndex = i;
      const tag = m.exec(text)?.[0];
      if (tag) {
        const close = text.indexOf(tag, i + tag.length);
        i = close === -1 ? n : close + tag.length;
      } else i++;
      prevWord = '';
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_CHAR.test(text[j])) j++;
      lastWord = text.slice(i, j);
      lastWordEnd = j;
      const w = lastWord.toLowerCase();
      if (w === 'atomic' && prevWord === 'begin') atomicDepth++;
      else if (atomicDepth > 0 && w === 'case') atomicDepth++;
      else if (atomicDepth > 0 && w === 'end') atomicDepth--;
      prevWord = w;
      i = j;
    } else {
      i++;
      prevWord = '';
    }
    mark(s, i);
  }
  if (start !== -1) out.push({ start, end });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Error position (UTF-16 offset into `text`) of a libpg-query SqlError. */
function errorOffset(e: unknown, text: string): number | undefined {
  const details = (e as { sqlDetails?: { cursorPosition?: unknown } } | undefined)?.sqlDetails;
  const cp = details?.cursorPosition;
  return typeof cp === 'number' && cp >= 0 ? codePointsToUtf16(text, cp) : undefined;
}

function firstIndexAtOrAfter(tokens: SqlToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nodeType(node: Node): string {
  const keys = Object.keys(node);
  return keys.length > 0 ? keys[0] : 'Unknown';
}

interface Builder {
  pg: typeof LibPgQuery;
  source: string; // original input
  text: string; // parsed text (after parameter substitution)
  toOriginal(offset: number): number;
  statements: SqlStatement[];
  errors: SqlSyntaxError[];
}

/** Tokens of a statement range without surrounding comments and the terminating `;`, plus where that `;` is. */
function trimTokens(tokens: SqlToken[], from: number, to: number): { toks: SqlToken[]; semicolon?: number } {
  const toks: SqlToken[] = [];
  for (let i = firstIndexAtOrAfter(tokens, from); i < tokens.length && tokens[i].start < to; i++) toks.push(tokens[i]);
  // Semicolons inside a BEGIN ATOMIC body are followed by END, so a trailing one is always the terminator.
  let semicolon: number | undefined;
  while (toks.length > 0 && toks[toks.length - 1].kind === 'comment') toks.pop();
  if (toks.length > 0 && toks[toks.length - 1].text === ';') semicolon = toks.pop()!.start;
  while (toks.length > 0 && toks[toks.length - 1].kind === 'comment') toks.pop();
  while (toks.length > 0 && toks[0].kind === 'comment') toks.shift();
  if (semicolon === undefined) {
    for (let k = firstIndexAtOrAfter(tokens, to); k < tokens.length; k++) {
      if (tokens[k].kind === 'comment') continue;
      if (tokens[k].text === ';') semicolon = tokens[k].start;
      break;
    }
  }
  return { toks, semicolon };
}

/**
 * Adds the statements of one successful parse of `chunkText`, found at UTF-16 offset `base` of the parsed
 * text. `tokens` are scanner tokens covering the chunk (offsets into the parsed text); when omitted,
 * each statement scans itself the first time its tokens are read (scanning costs more than parsing).
 */
function addStatements(b: Builder, result: ParseResult, chunkText: string, base: number, tokens?: SqlToken[], chunkSemicolon?: number): void {
  const map = new Utf8OffsetMap(chunkText);
  const stmts: RawStmt[] = result.stmts ?? [];
  for (const [n, raw] of stmts.entries()) {
    if (!raw.stmt) continue;
    const locByte = raw.stmt_location ?? 0;
    const from = base + map.toUtf16(locByte);
    const to = base + (raw.stmt_len ? map.toUtf16(locByte + raw.stmt_len) : chunkText.length);
    let toks: SqlToken[] | undefined;
    let semicolon: number | undefined;
    let start = from;
    let end = to;
    const slice = b.text.slice(from, to);
    // Trailing comments are inside stmt_len: trimming them needs tokens. Without comments, blanks suffice.
    const scanned = tokens ?? (slice.includes('--') || slice.includes('/*') ? tryScan(b.pg, slice, from) : undefined);
    if (scanned) {
      const t = trimTokens(scanned, from, to);
      toks = t.toks;
      semicolon = t.semicolon;
      if (toks.length > 0) {
        start = toks[0].start;
        end = toks[toks.length - 1].end;
      }
    }
    if (!toks || toks.length === 0) {
      while (end > start && /\s/.test(b.text[end - 1])) end--;
      while (start < end && /\s/.test(b.text[start])) start++;
    }
    if (semicolon === undefined && b.text[to] === ';') semicolon = to;
    if (semicolon === undefined && n === stmts.length - 1) semicolon = chunkSemicolon;
    const toOriginal = b.toOriginal;
    const origStart = toOriginal(start);
    const origEnd = toOriginal(end);
    const lazyFrom = start;
    const lazyText = b.text.slice(start, end);
    let mapped: SqlToken[] | undefined = toks?.map((t) => mapToken(b, t));
    b.statements.push({
      index: b.statements.length,
      start: origStart,
      end: origEnd,
      text: b.source.slice(origStart, origEnd),
      node: raw.stmt,
      type: nodeType(raw.stmt),
      get tokens(): SqlToken[] {
        mapped ??= (tryScan(b.pg, lazyText, lazyFrom) ?? []).map((t) => mapToken(b, t));
        return mapped;
      },
      semicolon: semicolon === undefined ? undefined : toOriginal(semicolon),
      loc(location: number | undefined): number | undefined {
        if (location === undefined || location < 0) return undefined;
        return toOriginal(base + map.toUtf16(location));
      },
    });
  }
}

function mapToken(b: Builder, t: SqlToken): SqlToken {
  if (b.text === b.source) return t;
  const start = b.toOriginal(t.start);
  const end = b.toOriginal(t.end);
  const text = b.source.slice(start, end);
  return text === t.text ? { ...t, start, end } : { ...t, start, end, text, parsedText: t.text };
}

function emptyResult(source: string, message?: string): ParsedSql {
  return {
    source,
    statements: [],
    errors: message ? [{ start: 0, end: Math.min(source.length, 1), message, statement: { start: 0, end: source.length } }] : [],
  };
}

/**
 * Parses SQL into statements with UTF-16 spans plus syntax errors. Never throws.
 * Before initSqlParser() has resolved, returns a single error saying the parser is not loaded.
 */
export function parseSql(sql: string, options: ParseSqlOptions = {}): ParsedSql {
  const source = typeof sql === 'string' ? sql : '';
  const pg = lib;
  if (!pg) {
    return emptyResult(source, loadError ? loadError.message : 'the PostgreSQL parser is not loaded (call initSqlParser() first)');
  }
  try {
    return parseWith(pg, source, options);
  } catch (e) {
    return emptyResult(source, `internal error while parsing SQL: ${errorMessage(e)}`);
  }
}

const PARSER_VERSION = 180004;
const NUL_MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00';

function parseWith(pg: typeof LibPgQuery, source: string, options: ParseSqlOptions): ParsedSql {
  const sub = options.params ? substitutePsycopgParams(source) : { text: source, toOriginal: (o: number) => o };
  let text = sub.text;
  const b: Builder = { pg, source, text, toOriginal: sub.toOriginal, statements: [], errors: [] };
  // The wasm parser reads a C string: a NUL would silently end the input. PostgreSQL rejects NUL bytes,
  // so report them and parse the rest with a blank in their place.
  if (text.includes('\0')) {
    for (let i = text.indexOf('\0'), n = 0; i !== -1 && n < 100; i = text.indexOf('\0', i + 1), n++) {
      const at = sub.toOriginal(i);
      b.errors.push({ start: at, end: at + 1, message: NUL_MESSAGE, statement: { start: at, end: at + 1 } });
    }
    text = b.text = text.replace(/\0/g, ' ');
  }
  const done = (version: number | undefined): ParsedSql => ({
    source,
    statements: b.statements,
    errors: b.errors.sort((x, y) => x.start - y.start),
    parserVersion: version ?? PARSER_VERSION,
  });
  if (text.trim() === '') return done(undefined);

  let whole: ParseResult | undefined;
  let wholeError: unknown;
  try {
    whole = pg.parseSync(text);
  } catch (e) {
    wholeError = e;
  }
  if (whole) {
    addStatements(b, whole, text, 0);
    return done(whole.version);
  }
  const tokens = tryScan(pg, text);

  // Recovery: split into statements (with the scanner's tokens, or with our own lexer when the scanner
  // rejects the text) and parse each one alone; report errors on the failing statements only.
  const ranges = tokens ? splitTokens(tokens) : splitSqlText(text);
  let version: number | undefined;
  for (const range of ranges) {
    const chunkText = text.slice(range.start, range.end);
    const chunkTokens = tokens ?? tryScan(pg, chunkText, range.start);
    try {
      const result = pg.parseSync(chunkText);
      addStatements(b, result, chunkText, range.start, chunkTokens, range.semicolon);
      version ??= result.version;
    } catch (e) {
      const at = range.start + (errorOffset(e, chunkText) ?? 0);
      let span = errorSpan(text, chunkTokens, at, range);
      let message = errorMessage(e);
      if (at >= range.end && range.semicolon !== undefined && message === 'syntax error at end of input') {
        // Parsed alone, the statement ends before its semicolon; PostgreSQL running the whole
        // script would report the semicolon, so do the same.
        span = { start: range.semicolon, end: range.semicolon + 1 };
        message = 'syntax error at or near ";"';
      }
      b.errors.push({
        start: sub.toOriginal(span.start),
        end: sub.toOriginal(span.end),
        message,
        statement: { start: sub.toOriginal(range.start), end: sub.toOriginal(range.end) },
      });
    }
  }
  if (!b.errors.some((e) => e.message !== NUL_MESSAGE)) {
    // Safety net: the whole text failed but no statement did (e.g. an unterminated comment after the
    // last statement, which the splitter drops): report the parser's own error.
    const at = Math.min(errorOffset(wholeError, text) ?? 0, text.length);
    const stmt = { start: at, end: text.length };
    const span = errorSpan(text, tokens, at, stmt);
    b.errors.push({
      start: sub.toOriginal(span.start),
      end: sub.toOriginal(Math.max(span.end, span.start)),
      message: errorMessage(wholeError),
      statement: { start: sub.toOriginal(stmt.start), end: sub.toOriginal(stmt.end) },
    });
  }
  return done(version);
}

/**
 * The error span: the token at `at`; the last token when the error is at the end of the statement; to
 * the end of the statement for lexer errors (no token starts there, e.g. an unterminated string).
 */
function errorSpan(text: string, tokens: SqlToken[] | undefined, at: number, stmt: Span): Span {
  if (tokens) {
    if (at >= stmt.end) {
      let i = firstIndexAtOrAfter(tokens, stmt.end) - 1;
      while (i >= 0 && tokens[i].kind === 'comment') i--;
      if (i >= 0 && tokens[i].start >= stmt.start) return { start: tokens[i].start, end: tokens[i].end };
    } else {
      const i = firstIndexAtOrAfter(tokens, at);
      if (i < tokens.length && tokens[i].start === at) return { start: at, end: tokens[i].end };
      return { start: at, end: stmt.end };
    }
  }
  if (at >= stmt.end) {
    // Last word of the statement.
    let s = stmt.end;
    while (s > stmt.start && IDENT_CHAR.test(text[s - 1])) s--;
    return { start: s < stmt.end ? s : stmt.end - 1, end: stmt.end };
  }
  // No tokens (the scanner rejected this statement): the word at the error, or to the end for literals.
  const c = text[at];
  if (c === "'" || c === '"' || c === '$' || (c === '/' && text[at + 1] === '*')) return { start: at, end: stmt.end };
  let e = at + 1;
  while (e < stmt.end && IDENT_CHAR.test(text[e])) e++;
  return { start: at, end: e };
}
