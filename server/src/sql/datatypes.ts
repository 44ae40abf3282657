// PostgreSQL data type names: canonical form, parsing of type strings, and whether a column type change
// needs a table rewrite.

import type { Node, TypeName } from '@pgsql/types';

export interface SqlType {
  /** Canonical lower-case name without schema: `int4`, `varchar`, `numeric`, `timestamptz`, `bpchar`, `text`, `citext`... */
  name: string;
  /** Schema when written qualified (omitted for pg_catalog). */
  schema?: string;
  /** Type modifiers: `varchar(20)` → [20], `numeric(10,2)` → [10, 2], `geometry(Point,4326)` → ['point', 4326]. */
  mods: (number | string)[];
  /** Number of array dimensions (`int[]` → 1). */
  arrayDims: number;
  /** The type as written. */
  text: string;
}

const ALIASES: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  real: 'float4',
  'double precision': 'float8',
  float: 'float8',
  decimal: 'numeric',
  dec: 'numeric',
  boolean: 'bool',
  'character varying': 'varchar',
  'char varying': 'varchar',
  character: 'bpchar',
  char: 'bpchar',
  'national character varying': 'varchar',
  'national character': 'bpchar',
  nchar: 'bpchar',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  'time without time zone': 'time',
  'time with time zone': 'timetz',
  'bit varying': 'varbit',
  serial4: 'serial',
  serial8: 'bigserial',
  serial2: 'smallserial',
};

/**
 * Canonical name for a folded type name (unquoted names already lower-cased, as the parser and
 * parseTypeString give them): `integer` → `int4`, `character varying` → `varchar`. Quoted names such as
 * `Integer` are different types and stay as they are.
 */
export function canonicalTypeName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  return ALIASES[n] ?? n;
}

/** Formats a type canonically: `varchar(20)`, `numeric(10,2)`, `int4[]`. */
export function formatType(t: SqlType): string {
  const mods = t.mods.length > 0 ? `(${t.mods.join(',')})` : '';
  return `${t.schema ? t.schema + '.' : ''}${t.name}${mods}${'[]'.repeat(t.arrayDims)}`;
}

function floatName(mods: (number | string)[]): string {
  const p = typeof mods[0] === 'number' ? mods[0] : 53;
  return p <= 24 ? 'float4' : 'float8';
}

/** Builds a SqlType from a parser TypeName node; `text` is the type as written. */
export function typeFromNode(tn: TypeName | undefined, text: string): SqlType {
  const names = (tn?.names ?? []).map(stringValue);
  let schema: string | undefined = names.length > 1 ? names[names.length - 2] : undefined;
  if (schema === 'pg_catalog') schema = undefined;
  const mods = (tn?.typmods ?? []).map(modValue);
  let name = canonicalTypeName(names[names.length - 1] ?? '');
  if (name === 'float8' && !schema && mods.length > 0) name = floatName(mods);
  const arrayDims = tn?.arrayBounds?.length ?? 0;
  // `float(p)` keeps no modifier once mapped to float4/float8.
  return { name, schema, mods: name === 'float4' || name === 'float8' ? [] : mods, arrayDims, text };
}

function stringValue(n: Node): string {
  return 'String' in n ? (n.String.sval ?? '') : '';
}

function modValue(n: Node): number | string {
  if ('A_Const' in n) {
    const c = n.A_Const;
    if (c.ival !== undefined) return c.ival.ival ?? 0;
    if (c.sval !== undefined) return c.sval.sval ?? '';
    if (c.fval !== undefined) return Number(c.fval.fval);
  }
  if ('ColumnRef' in n) return (n.ColumnRef.fields ?? []).map(stringValue).join('.');
  return '?';
}

/**
 * Parses a type string such as `varchar(100)`, `character varying(100)`, `numeric(10, 2)`,
 * `timestamp(3) with time zone`, `integer[]`, `public.citext`. Returns undefined when it does not look like a type.
 */
export function parseTypeString(text: string): SqlType | undefined {
  const re = /\s*(?:("(?:[^"]|"")+")|([A-Za-z_][A-Za-z_0-9$]*)|(\()|(\))|(\[)\s*\d*\s*(\])|(\.)|(,)|([-+]?\d+(?:\.\d+)?))/y;
  const words: string[] = [];
  const mods: (number | string)[] = [];
  let schema: string | undefined;
  let arrayDims = 0;
  let inMods = false;
  let sawMods = false;
  let pos = 0;
  const src = text.trim();
  while (pos < src.length) {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) return undefined;
    pos = re.lastIndex;
    if (m[1] || m[2]) {
      const word = m[1] ? m[1].slice(1, -1).replace(/""/g, '"') : m[2].toLowerCase();
      if (inMods) mods.push(word);
      else if (arrayDims > 0) return undefined;
      else words.push(word);
    } else if (m[3]) {
      if (inMods || sawMods) return undefined;
      inMods = sawMods = true;
    } else if (m[4]) {
      if (!inMods) return undefined;
      inMods = false;
    } else if (m[5]) {
      arrayDims++;
    } else if (m[7]) {
      if (inMods || words.length !== 1 || schema !== undefined) return undefined;
      schema = words.pop();
    } else if (m[8]) {
      if (!inMods) return undefined;
    } else if (m[9]) {
      if (!inMods) return undefined;
      mods.push(Number(m[9]));
    }
  }
  if (inMods || words.length === 0) return undefined;
  // `timestamp(3) with time zone`: modifiers may sit before the trailing words.
  let name = canonicalTypeName(words.join(' '));
  if (schema === 'pg_catalog') schema = undefined;
  if (name === 'float8' && !schema && mods.length > 0) name = floatName(mods);
  if (name === 'float4' || name === 'float8') mods.length = 0;
  return { name, schema, mods, arrayDims, text };
}

function asType(t: string | SqlType): SqlType | undefined {
  return typeof t === 'string' ? parseTypeString(t) : t;
}

/** Types whose typmod is a precision that can grow without a rewrite (the *_support planner functions). */
const PRECISION_TYPES = new Set(['timestamp', 'timestamptz', 'time', 'timetz', 'interval']);
const LENGTH_TYPES = new Set(['varchar', 'varbit']);

/**
 * True when `ALTER COLUMN ... TYPE new` from `old` needs no table rewrite (binary-coercible or a
 * typmod relaxation that PostgreSQL recognises as a no-op). See the ALTER TABLE docs, "Notes":
 * a rewrite is skipped when "the old type is either binary coercible to the new type or an
 * unconstrained domain over the new type"; since 9.2 the varchar/numeric/varbit/timestamp support
 * functions also make typmod increases no-ops.
 * Safe:  varchar(n) → varchar(m ≥ n) | varchar | text;  text ↔ varchar (unlimited);
 *        numeric(p,s) → numeric(p' ≥ p, s) | numeric;  varbit(n) → varbit(m ≥ n) | varbit;  bit(n) → varbit;
 *        timestamp(p)/timestamptz/time/timetz/interval(p) → same type with p' ≥ p or no precision;
 *        cidr → inet;  text/varchar ↔ citext (casts WITHOUT FUNCTION);  xml → text;  identical types.
 * Not safe (returns false): int4 → int8, char(n) widening, anything → varchar(n) from text, arrays of
 * different element types, and timestamp → timestamptz (only skipped since PG 12 when the session
 * TimeZone is UTC, which static analysis cannot know).
 * Indexes may still be rebuilt (not for varchar ↔ text), see the same notes.
 */
export function isBinaryCoercibleChange(oldType: string | SqlType, newType: string | SqlType): boolean {
  const a = asType(oldType);
  const b = asType(newType);
  if (!a || !b) return false;
  if ((a.schema ?? '') !== (b.schema ?? '')) return false;
  const sameMods = a.mods.length === b.mods.length && a.mods.every((m, i) => m === b.mods[i]);
  if (a.name === b.name && sameMods && a.arrayDims === b.arrayDims) return true;
  // Array element changes go through an ArrayCoerceExpr, which always rewrites.
  if (a.arrayDims !== b.arrayDims || a.arrayDims > 0) return false;
  const n = (m: number | string | undefined): number | undefined => (typeof m === 'number' ? m : undefined);
  if (a.name === b.name) {
    if (LENGTH_TYPES.has(a.name) || PRECISION_TYPES.has(a.name)) {
      if (b.mods.length === 0) return true;
      if (a.mods.length === 0 || a.mods.length > 1 || b.mods.length > 1) return false;
      const from = n(a.mods[0]);
      const to = n(b.mods[0]);
      return from !== undefined && to !== undefined && to >= from;
    }
    if (a.name === 'numeric') {
      if (b.mods.length === 0) return true;
      if (a.mods.length === 0) return false;
      const [p1, s1 = 0] = a.mods.map(n);
      const [p2, s2 = 0] = b.mods.map(n);
      return p1 !== undefined && p2 !== undefined && s1 === s2 && p2 >= p1;
    }
    return false;
  }
  const pair = `${a.name}->${b.name}`;
  switch (pair) {
    case 'varchar->text':
    case 'cidr->inet':
    case 'xml->text':
    case 'text->citext':
    case 'varchar->citext':
    case 'citext->text':
      return true;
    case 'text->varchar':
    case 'citext->varchar':
    case 'bit->varbit':
      return b.mods.length === 0;
  }
  return false;
}
