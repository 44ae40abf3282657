// Identifier naming exactly as Django (db/backends/utils.py, base/schema.py) and PostgreSQL
// (makeObjectName / ChooseRelationName) build them. Lengths count characters, as Python's len() does.
import { createHash } from 'node:crypto';

export const MAX_NAME_LENGTH = 63;

export function md5Hex(...parts: string[]): string {
  const hash = createHash('md5');
  for (const part of parts) hash.update(Buffer.from(part, 'utf8'));
  return hash.digest('hex');
}

export function namesDigest(parts: string[], length: number): string {
  return md5Hex(...parts).slice(0, length);
}

/** Characters as Python counts them (code points). */
function chars(s: string): string[] {
  return Array.from(s);
}

export function pyLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function pySlice(s: string, end: number): string {
  return chars(s).slice(0, Math.max(0, end)).join('');
}

export function splitIdentifier(identifier: string): [string, string] {
  const parts = identifier.split('"."');
  if (parts.length !== 2) return ['', stripChars(identifier, '"')];
  return [stripChars(parts[0], '"'), stripChars(parts[1], '"')];
}

function stripChars(s: string, c: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === c) start++;
  while (end > start && s[end - 1] === c) end--;
  return s.slice(start, end);
}

export function stripQuotes(name: string): string {
  return name.startsWith('"') && name.endsWith('"') && name.length >= 2 ? name.slice(1, -1) : name;
}

/** django.db.backends.utils.truncate_name */
export function truncateName(identifier: string, length: number = MAX_NAME_LENGTH, hashLen = 4): string {
  const [namespace, name] = splitIdentifier(identifier);
  if (pyLen(name) <= length) return identifier;
  const digest = namesDigest([name], hashLen);
  return `${namespace ? `${namespace}"."` : ''}${pySlice(name, length - hashLen)}${digest}`;
}

/** BaseDatabaseSchemaEditor._create_index_name */
export function createIndexName(tableName: string, columnNames: string[], suffix = ''): string {
  const [, table] = splitIdentifier(tableName);
  let hashSuffixPart = `${namesDigest([table, ...columnNames], 8)}${suffix}`;
  const maxLength = MAX_NAME_LENGTH;
  let indexName = `${table}_${columnNames.join('_')}_${hashSuffixPart}`;
  if (pyLen(indexName) <= maxLength) return indexName;
  if (pyLen(hashSuffixPart) > maxLength / 3) hashSuffixPart = pySlice(hashSuffixPart, Math.floor(maxLength / 3));
  const otherLength = Math.floor((maxLength - pyLen(hashSuffixPart)) / 2) - 1;
  indexName = `${pySlice(table, otherLength)}_${pySlice(columnNames.join('_'), otherLength)}_${hashSuffixPart}`;
  if (indexName[0] === '_' || /^[0-9]/.test(indexName)) indexName = `D${chars(indexName).slice(0, -1).join('')}`;
  return indexName;
}

/** Index.set_name_with_model: the name the autodetector gives an unnamed Meta index. */
export function autodetectedIndexName(tableName: string, columnNamesWithOrder: string[], suffix = 'idx'): string {
  const [, table] = splitIdentifier(tableName);
  const firstColumn = columnNamesWithOrder[0]?.replace(/^-/, '') ?? '';
  const digest = namesDigest([table, ...columnNamesWithOrder, suffix], 6);
  let name = `${pySlice(table, 11)}_${pySlice(firstColumn, 7)}_${digest}_${suffix}`;
  if (name[0] === '_' || /^[0-9]/.test(name)) name = `D${name.slice(1)}`;
  return name;
}

export function quoteName(name: string): string {
  return name.startsWith('"') && name.endsWith('"') ? name : `"${name}"`;
}

const NAMEDATALEN = 64;

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Clips a string to at most `bytes` UTF-8 bytes without splitting a character (pg_mbcliplen). */
function clipBytes(s: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const len = utf8Length(ch);
    if (used + len > bytes) break;
    out += ch;
    used += len;
  }
  return out;
}

/** PostgreSQL's makeObjectName(name1, name2, label): the name of an implicitly named object. */
export function pgMakeObjectName(name1: string, name2: string | undefined, label: string | undefined): string {
  let overhead = 0;
  if (name2) overhead++;
  if (label) overhead += utf8Length(label) + 1;
  const avail = NAMEDATALEN - 1 - overhead;
  let n1 = utf8Length(name1);
  let n2 = name2 ? utf8Length(name2) : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const part1 = clipBytes(name1, n1);
  const part2 = name2 ? clipBytes(name2, n2) : undefined;
  let name = part1;
  if (part2 !== undefined) name += `_${part2}`;
  if (label) name += `_${label}`;
  return name;
}

/** PostgreSQL's ChooseConstraintName / ChooseRelationName: add a number until the name is free. */
export function pgChooseName(name1: string, name2: string | undefined, label: string, taken: (name: string) => boolean): string {
  let pass = 0;
  for (;;) {
    const modLabel = pass === 0 ? label : `${label}${pass}`;
    const name = pgMakeObjectName(name1, name2, modLabel);
    if (!taken(name)) return name;
    pass++;
  }
}
