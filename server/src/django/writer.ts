// Writes Python values and migration files the way Django's MigrationWriter does
// (db/migrations/writer.py, serializer.py): repr() literals, `models.X` for deconstruct paths in
// django.db.models, `import module` for everything else, sorted keyword arguments inside values,
// signature order at operation level, expanded arguments one item per line, `(is_from, module)`
// sorted imports, string-sorted dependency lines, and the 5.2/6.1 differences of the template.
//
// Values given to the writer are what Django's serializer would see: serialize.ts turns parsed
// operations (fields, indexes, expressions…) into such "deconstructed" values. Canonical Django
// paths (`django.db.models.CASCADE`, `django.db.models.functions.Lower`) are mapped back to the
// module that defines them, as the serializer writes them.
import { Value, lastSegment } from '../python/values';

export interface WriterImports {
  /** `import x` lines (module names). */
  modules: Set<string>;
  /** `from a import b` lines (full lines). */
  froms: Set<string>;
}

export function newImports(): WriterImports {
  return { modules: new Set(), froms: new Set() };
}

export interface WriterOptions {
  /** 5.2 or 6.1 (default): 6.1 writes non-identifier keywords as `**{…}` and partial() with plain arguments. */
  djangoVersion?: number;
}


// ---------------------------------------------------------------------------------------------
// Python repr()

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** Python's repr() of a bytes value (each char of `s` is one byte). */
export function pyBytesRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i) & 0xff;
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `b${quote}${out}${quote}`;
}

/** Python's repr() of a float (shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16). */
export function pyFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const sign = v < 0 ? '-' : '';
  const [mant, expText] = Math.abs(v).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    const point = exp + 1;
    let intPart: string;
    let frac: string;
    if (point <= 0) {
      intPart = '0';
      frac = '0'.repeat(-point) + digits;
    } else if (point >= digits.length) {
      intPart = digits + '0'.repeat(point - digits.length);
      frac = '';
    } else {
      intPart = digits.slice(0, point);
      frac = digits.slice(point);
    }
    return `${sign}${intPart}.${frac || '0'}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp);
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
}

function pyIntRepr(value: Extract<Value, { t: 'int' }>): string {
  const text = value.text?.replace(/_/g, '');
  if (text !== undefined) {
    const negative = text.startsWith('-');
    const body = negative ? text.slice(1) : text.replace(/^\+/, '');
    try {
      const n = /^0[xXoObB]/.test(body) ? BigInt(body.toLowerCase()) : /^\d+$/.test(body) ? BigInt(body) : undefined;
      if (n !== undefined) return `${negative && n !== 0n ? '-' : ''}${n.toString()}`;
    } catch {
      /* fall through */
    }
  }
  return Number.isInteger(value.v) ? BigInt(value.v).toString() : String(value.v);
}

// ---------------------------------------------------------------------------------------------
// Decimal, datetime, uuid

interface DecimalParts {
  sign: boolean;
  digits: string;
  exp: number;
  special?: 'NaN' | 'sNaN' | 'Infinity';
}

function decimalFromString(text: string): DecimalParts | undefined {
  const s = text.trim().replace(/_/g, '');
  const m = /^([+-])?(?:(\d*)(?:\.(\d*))?)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (m && (m[2] || m[3])) {
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    const digits = (intPart + frac).replace(/^0+(?=\d)/, '') || '0';
    return { sign: m[1] === '-', digits, exp: Number(m[4] ?? 0) - frac.length };
  }
  const special = /^([+-])?(inf|infinity|nan|snan)$/i.exec(s);
  if (special) {
    const word = special[2].toLowerCase();
    return { sign: special[1] === '-', digits: '', exp: 0, special: word === 'nan' ? 'NaN' : word === 'snan' ? 'sNaN' : 'Infinity' };
  }
  return undefined;
}

/** Decimal(float): the exact binary value (float.as_integer_ratio()). */
function decimalFromFloat(v: number): DecimalParts | undefined {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? { sign: false, digits: '', exp: 0, special: 'NaN' } : { sign: v < 0, digits: '', exp: 0, special: 'Infinity' };
  const sign = v < 0 || Object.is(v, -0);
  let x = Math.abs(v);
  let k = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  const n = BigInt(x) * 5n ** BigInt(k);
  return { sign, digits: n.toString(), exp: -k };
}

/** Decimal.__str__ (scientific form). */
function decimalStr(d: DecimalParts): string {
  const sign = d.sign ? '-' : '';
  if (d.special) return `${sign}${d.special}`;
  const leftdigits = d.exp + d.digits.length;
  const dotplace = d.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
  let intpart: string;
  let fracpart: string;
  if (dotplace <= 0) {
    intpart = '0';
    fracpart = `.${'0'.repeat(-dotplace)}${d.digits}`;
  } else if (dotplace >= d.digits.length) {
    intpart = d.digits + '0'.repeat(dotplace - d.digits.length);
    fracpart = '';
  } else {
    intpart = d.digits.slice(0, dotplace);
    fracpart = `.${d.digits.slice(dotplace)}`;
  }
  const e = leftdigits - dotplace;
  const exp = leftdigits === dotplace ? '' : `E${e >= 0 ? '+' : '-'}${Math.abs(e)}`;
  return sign + intpart + fracpart + exp;
}

function decimalRepr(c: Extract<Value, { t: 'call' }>): string | undefined {
  const a = c.args[0] ?? c.kwargs.find(([k]) => k === 'value')?.[1];
  let d: DecimalParts | undefined;
  if (a === undefined) d = { sign: false, digits: '0', exp: 0 };
  else if (a.t === 'str') d = decimalFromString(a.v);
  else if (a.t === 'int') {
    const t = pyIntRepr(a);
    d = { sign: t.startsWith('-'), digits: t.replace(/^-/, ''), exp: 0 };
  } else if (a.t === 'float') d = decimalFromFloat(a.v);
  else if (a.t === 'bool') d = { sign: false, digits: a.v ? '1' : '0', exp: 0 };
  if (!d) return undefined;
  return `Decimal('${decimalStr(d)}')`;
}

function intArgs(c: Extract<Value, { t: 'call' }>, names: string[]): Array<number | undefined> | undefined {
  const out: Array<number | undefined> = [];
  for (let i = 0; i < names.length; i++) {
    const v = c.args[i] ?? c.kwargs.find(([k]) => k === names[i])?.[1];
    if (v === undefined) out.push(undefined);
    else if (v.t === 'int') out.push(v.v);
    else return undefined;
  }
  return out;
}

function tzArgIsUtc(v: Value | undefined): boolean | undefined {
  if (v === undefined || v.t === 'none') return false;
  if (v.t === 'ref' && /^(datetime\.timezone\.utc|datetime\.UTC|django\.utils\.timezone\.utc|zoneinfo\.ZoneInfo\.UTC)$/.test(v.path)) return true;
  return undefined;
}

function dateTimeRepr(c: Extract<Value, { t: 'call' }>): string | undefined {
  const cls = lastSegment(c.func);
  if (cls === 'date') {
    const a = intArgs(c, ['year', 'month', 'day']);
    if (!a || a.some((x) => x === undefined)) return undefined;
    return `datetime.date(${a.join(', ')})`;
  }
  if (cls === 'datetime') {
    const a = intArgs(c, ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond']);
    if (!a || a.slice(0, 3).some((x) => x === undefined)) return undefined;
    const [y, mo, d, h = 0, mi = 0, s = 0, us = 0] = a.map((x) => x ?? 0);
    const utc = tzArgIsUtc(c.kwargs.find(([k]) => k === 'tzinfo')?.[1] ?? c.args[7]);
    if (utc === undefined) return undefined;
    let text = `datetime.datetime(${y}, ${mo}, ${d}, ${h}, ${mi}`;
    if (us) text += `, ${s}, ${us}`;
    else if (s) text += `, ${s}`;
    if (utc) text += ', tzinfo=datetime.timezone.utc';
    return `${text})`;
  }
  if (cls === 'time') {
    const a = intArgs(c, ['hour', 'minute', 'second', 'microsecond']);
    if (!a) return undefined;
    if (c.kwargs.some(([k]) => k === 'tzinfo') || c.args.length > 4) return undefined;
    const [h = 0, mi = 0, s = 0, us = 0] = a.map((x) => x ?? 0);
    let text = `datetime.time(${h}, ${mi}`;
    if (us) text += `, ${s}, ${us}`;
    else if (s) text += `, ${s}`;
    return `${text})`;
  }
  if (cls === 'timedelta') {
    const names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
    const scale = [86_400_000_000n, 1_000_000n, 1n, 1000n, 60_000_000n, 3_600_000_000n, 604_800_000_000n];
    let total = 0n;
    for (let i = 0; i < names.length; i++) {
      const v = c.args[i] ?? c.kwargs.find(([k]) => k === names[i])?.[1];
      if (v === undefined) continue;
      if (v.t === 'int') total += BigInt(v.v) * scale[i];
      else if (v.t === 'float') total += BigInt(Math.round(v.v * Number(scale[i])));
      else return undefined;
    }
    const day = 86_400_000_000n;
    let days = total / day;
    let rem = total % day;
    if (rem < 0n) {
      rem += day;
      days -= 1n;
    }
    const seconds = rem / 1_000_000n;
    const micro = rem % 1_000_000n;
    const parts: string[] = [];
    if (days) parts.push(`days=${days}`);
    if (seconds) parts.push(`seconds=${seconds}`);
    if (micro) parts.push(`microseconds=${micro}`);
    return `datetime.timedelta(${parts.length ? parts.join(', ') : '0'})`;
  }
  return undefined;
}

function uuidRepr(c: Extract<Value, { t: 'call' }>): string | undefined {
  const a = c.args[0] ?? c.kwargs.find(([k]) => k === 'hex')?.[1];
  if (a?.t !== 'str') return undefined;
  const hex = a.v.replace(/^urn:/, '').replace(/^uuid:/, '').replace(/[{}-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `uuid.UUID('${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}')`;
}

// ---------------------------------------------------------------------------------------------
// Where Django's names really live (the serializer writes __module__ paths)

const EXPLICIT_MODELS_PATHS = new Set([
  // Fields shorten themselves in deconstruct(); these deconstruct with an explicit django.db.models path.
  'Index', 'BaseConstraint', 'CheckConstraint', 'UniqueConstraint', 'Q', 'F', 'Func', 'Value', 'Case', 'When', 'OrderBy', 'ExpressionWrapper', 'JSONNull', 'SET', 'Model',
]);

const MODULE_OF: Record<string, string> = {};
function defineIn(module: string, names: string): void {
  for (const n of names.split(/\s+/).filter(Boolean)) MODULE_OF[n] = module;
}
defineIn('django.db.models.deletion', 'CASCADE PROTECT RESTRICT SET_NULL SET_DEFAULT DO_NOTHING DB_CASCADE DB_SET_NULL DB_SET_DEFAULT ProtectedError RestrictedError');
defineIn('django.db.models.expressions', 'CombinedExpression DurationValue TemporalSubtraction Exists Subquery OuterRef ResolvedOuterRef Window WindowFrame RowRange ValueRange ExpressionList OrderByList RawSQL Ref Col Star NegatedExpression Expression WindowFrameExclusion');
defineIn('django.db.models.aggregates', 'Aggregate AnyValue Avg BitAnd BitOr BitXor Count Max Min StdDev StringAgg Sum Variance');
defineIn('django.db.models.lookups', 'Lookup Transform Exact IExact GreaterThan GreaterThanOrEqual LessThan LessThanOrEqual In Contains IContains StartsWith IStartsWith EndsWith IEndsWith Range IsNull Regex IRegex');
defineIn('django.db.models.manager', 'Manager BaseManager');
defineIn('django.db.models.constraints', 'Deferrable');
defineIn('django.db.models.enums', 'Choices IntegerChoices TextChoices');
defineIn('django.db.models.query_utils', 'FilteredRelation');

const FUNCTION_MODULES: Record<string, string> = {};
function functionsIn(sub: string, names: string): void {
  for (const n of names.split(/\s+/).filter(Boolean)) FUNCTION_MODULES[n] = `django.db.models.functions.${sub}`;
}
functionsIn('math', 'ACos ASin ATan ATan2 Abs Ceil Cos Cot Degrees Exp Floor Ln Log Mod Pi Power Radians Random Round Sign Sin Sqrt Tan');
functionsIn('comparison', 'Cast Coalesce Collate Greatest JSONObject Least NullIf');
functionsIn('text', 'Chr Concat ConcatPair LPad LTrim Left Length Lower MD5 Ord RPad RTrim Repeat Replace Reverse Right SHA1 SHA224 SHA256 SHA384 SHA512 StrIndex Substr Trim Upper');
functionsIn('window', 'CumeDist DenseRank FirstValue Lag LastValue Lead NthValue Ntile PercentRank Rank RowNumber');
functionsIn('datetime', 'Extract ExtractDay ExtractHour ExtractIsoWeekDay ExtractIsoYear ExtractMinute ExtractMonth ExtractQuarter ExtractSecond ExtractWeek ExtractWeekDay ExtractYear Now Trunc TruncDate TruncDay TruncHour TruncMinute TruncMonth TruncQuarter TruncSecond TruncTime TruncWeek TruncYear');
functionsIn('json', 'JSONArray');
functionsIn('uuid', 'UUID4 UUID7');
FUNCTION_MODULES.JSONObject = 'django.db.models.functions.comparison';

const POSTGRES_FIELD_MODULES: Record<string, string> = {
  ArrayField: 'django.contrib.postgres.fields',
  HStoreField: 'django.contrib.postgres.fields.hstore',
  IntegerRangeField: 'django.contrib.postgres.fields.ranges',
  BigIntegerRangeField: 'django.contrib.postgres.fields.ranges',
  DecimalRangeField: 'django.contrib.postgres.fields.ranges',
  DateTimeRangeField: 'django.contrib.postgres.fields.ranges',
  DateRangeField: 'django.contrib.postgres.fields.ranges',
  CICharField: 'django.contrib.postgres.fields.citext',
  CIEmailField: 'django.contrib.postgres.fields.citext',
  CITextField: 'django.contrib.postgres.fields.citext',
  JSONField: 'django.contrib.postgres.fields.jsonb',
};

/** The path Django's serializer writes for a (canonical) class, function or object path. */
export function realPath(path: string): string {
  if (path.startsWith('django.db.models.') && !path.slice(17).includes('.')) {
    const name = path.slice(17);
    if (EXPLICIT_MODELS_PATHS.has(name)) return path;
    const module = MODULE_OF[name];
    if (module) return `${module}.${name}`;
    return path;
  }
  if (path.startsWith('django.db.models.functions.') && !path.slice(27).includes('.')) {
    const name = path.slice(27);
    const module = FUNCTION_MODULES[name];
    return module ? `${module}.${name}` : path;
  }
  if (path.startsWith('django.db.models.Deferrable.')) return `django.db.models.constraints.${path.slice(17)}`;
  if (path.startsWith('django.contrib.postgres.fields.') && !path.slice(31).includes('.')) {
    const name = path.slice(31);
    const module = POSTGRES_FIELD_MODULES[name];
    return module ? `${module}.${name}` : path;
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Values

/** Serializer for one value; returns Python source (one line, except nested operations). */
export function serializeValue(value: Value, imports: WriterImports, options: WriterOptions = {}): string {
  const v61 = (options.djangoVersion ?? 6.1) >= 6;
  const ser = (x: Value): string => serializeValue(x, imports, options);
  switch (value.t) {
    case 'str':
      return value.bytes ? pyBytesRepr(value.v) : pyRepr(value.v);
    case 'int':
      return pyIntRepr(value);
    case 'float':
      if (!Number.isFinite(value.v)) return Number.isNaN(value.v) ? 'float("nan")' : value.v > 0 ? 'float("inf")' : 'float("-inf")';
      return pyFloatRepr(value.v);
    case 'bool':
      return value.v ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'list':
      return `[${value.items.map(ser).join(', ')}]`;
    case 'tuple': {
      const items = value.items.map(ser);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'set': {
      const items = sortByRepr(value.items.map(ser));
      return items.length ? `{${items.join(', ')}}` : 'set()';
    }
    case 'dict': {
      const entries = value.entries.map(([k, v]) => [k, ser(k), ser(v)] as const);
      entries.sort((a, b) => pyCompare(a[0], b[0]));
      return `{${entries.map(([, k, v]) => `${k}: ${v}`).join(', ')}}`;
    }
    case 'call':
      return serializeCall(value, imports, options, v61);
    case 'ref':
      return serializeRef(value.path, imports);
    case 'op':
      if (value.args.length === 2) return `${ser(value.args[0])} ${value.op} ${ser(value.args[1])}`;
      return `${value.op.replace(/^u/, '')}${value.op === 'not' ? ' ' : ''}${ser(value.args[0])}`;
    case 'lambda':
    case 'unknown':
      return value.text;
  }
}

function sortByRepr(items: string[]): string[] {
  return [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Python ordering of dict keys (str with str, numbers with numbers). */
function pyCompare(a: Value, b: Value): number {
  const num = (x: Value): number | undefined => (x.t === 'int' || x.t === 'float' ? x.v : x.t === 'bool' ? Number(x.v) : undefined);
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na - nb;
  if (a.t === 'str' && b.t === 'str') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if ((a.t === 'tuple' || a.t === 'list') && (b.t === 'tuple' || b.t === 'list')) {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      const c = pyCompare(a.items[i], b.items[i]);
      if (c) return c;
    }
    return a.items.length - b.items.length;
  }
  return 0;
}

function serializeRef(path: string, imports: WriterImports): string {
  if (/^django\.conf\.settings\.\w+$/.test(path) || /^settings\.\w+$/.test(path)) {
    imports.froms.add('from django.conf import settings');
    return `settings.${lastSegment(path)}`;
  }
  if (path === 'django.db.models.Model' || path === 'django.db.models.base.Model') {
    imports.froms.add('from django.db import models');
    return 'models.Model';
  }
  if (path === 'types.NoneType') {
    imports.modules.add('types');
    return 'types.NoneType';
  }
  const known = KNOWN_REFS[path];
  if (known) {
    imports.modules.add(known[0]);
    return `${known[0]}.${known[1]}`;
  }
  const real = realPath(path);
  // Enum members: module.Class['NAME'].
  const enumMatch = /^(django\.db\.models\.constraints)\.Deferrable\.(\w+)$/.exec(real);
  if (enumMatch) {
    imports.modules.add(enumMatch[1]);
    return `${enumMatch[1]}.Deferrable['${enumMatch[2]}']`;
  }
  if (!real.includes('.')) return real;
  imports.modules.add(refModule(real));
  return real;
}

/** Objects whose `__module__` and `__qualname__` are not what their canonical path suggests. */
const KNOWN_REFS: Record<string, [string, string]> = {
  'django.db.migrations.RunPython.noop': ['django.db.migrations.operations.special', 'RunPython.noop'],
  'django.db.migrations.operations.special.RunPython.noop': ['django.db.migrations.operations.special', 'RunPython.noop'],
};

/**
 * The module of a function or class given by its dotted path: everything before the first
 * CamelCase segment (`pkg.mod.Klass.method` → `pkg.mod`), else everything but the last segment.
 */
function refModule(path: string): string {
  const parts = path.split('.');
  for (let i = 1; i < parts.length - 1; i++) if (/^[A-Z]/.test(parts[i]) && /[a-z]/.test(parts[i])) return parts.slice(0, i).join('.');
  return parts.slice(0, -1).join('.');
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** DeconstructibleSerializer.serialize_deconstructed(path, args, kwargs). */
export function serializeDeconstructed(path: string, args: Value[], kwargs: Array<[string, Value]>, imports: WriterImports, options: WriterOptions = {}): string {
  const v61 = (options.djangoVersion ?? 6.1) >= 6;
  const real = realPath(path);
  let name: string;
  const dot = real.lastIndexOf('.');
  if (dot < 0) name = real;
  else if (real.slice(0, dot) === 'django.db.models') {
    imports.froms.add('from django.db import models');
    name = `models.${real.slice(dot + 1)}`;
  } else {
    imports.modules.add(real.slice(0, dot));
    name = real;
  }
  const strings = args.map((a) => serializeValue(a, imports, options));
  const sorted = [...kwargs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nonIdent: Array<[Value, Value]> = [];
  for (const [k, v] of sorted) {
    if (!v61 || IDENTIFIER.test(k)) strings.push(`${k}=${serializeValue(v, imports, options)}`);
    else nonIdent.push([{ t: 'str', v: k }, v]);
  }
  if (nonIdent.length) strings.push(`**${serializeValue({ t: 'dict', entries: nonIdent }, imports, options)}`);
  return `${name}(${strings.join(', ')})`;
}

function serializeCall(c: Extract<Value, { t: 'call' }>, imports: WriterImports, options: WriterOptions, v61: boolean): string {
  const ser = (x: Value): string => serializeValue(x, imports, options);
  switch (c.func) {
    case 'decimal.Decimal': {
      const r = decimalRepr(c);
      if (r) {
        imports.froms.add('from decimal import Decimal');
        return r;
      }
      break;
    }
    case 'datetime.date':
    case 'datetime.datetime':
    case 'datetime.time':
    case 'datetime.timedelta': {
      const r = dateTimeRepr(c);
      if (r) {
        imports.modules.add('datetime');
        return r;
      }
      break;
    }
    case 'uuid.UUID': {
      const r = uuidRepr(c);
      if (r) {
        imports.modules.add('uuid');
        return r;
      }
      break;
    }
    case 'frozenset':
    case 'builtins.frozenset': {
      const items = c.args[0] && (c.args[0].t === 'list' || c.args[0].t === 'tuple' || c.args[0].t === 'set') ? c.args[0].items : c.args.length ? undefined : [];
      if (items) return `frozenset([${sortByRepr(items.map(ser)).join(', ')}])`;
      break;
    }
    case 'set':
    case 'builtins.set':
    case 'list':
    case 'builtins.list':
    case 'tuple':
    case 'builtins.tuple': {
      const items = c.args[0] && (c.args[0].t === 'list' || c.args[0].t === 'tuple' || c.args[0].t === 'set') ? c.args[0].items : c.args.length ? undefined : [];
      if (items && c.kwargs.length === 0) return ser({ t: lastSegment(c.func) as 'list' | 'tuple' | 'set', items });
      break;
    }
    case 'dict':
    case 'builtins.dict':
      if (c.args.length === 0) return ser({ t: 'dict', entries: c.kwargs.map(([k, v]) => [{ t: 'str', v: k }, v]) });
      break;
    case 'functools.partial':
    case 'functools.partialmethod': {
      const [fn, ...rest] = c.args;
      if (!fn) break;
      if (v61) return serializeDeconstructed(c.func, c.args, c.kwargs, imports, options);
      imports.modules.add('functools');
      const kw: Value = { t: 'dict', entries: c.kwargs.map(([k, v]) => [{ t: 'str', v: k }, v]) };
      return `${c.func}(${ser(fn)}, *${ser({ t: 'tuple', items: rest })}, **${ser(kw)})`;
    }
    case 'float':
    case 'builtins.float': {
      const a = c.args[0];
      if (c.args.length === 1 && c.kwargs.length === 0 && a.t === 'str') {
        const t = a.v.trim().toLowerCase().replace(/_/g, '');
        const n = /^[+-]?(inf|infinity)$/.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : /^[+-]?nan$/.test(t) ? NaN : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t) ? Number(t) : undefined;
        if (n !== undefined) return ser({ t: 'float', v: n, text: a.v });
      }
      if (c.args.length === 1 && c.kwargs.length === 0 && (a.t === 'int' || a.t === 'float')) return ser({ t: 'float', v: a.v, text: String(a.v) });
      break;
    }
    case 'range':
    case 'builtins.range': {
      const nums = c.args.map((a) => (a.t === 'int' ? pyIntRepr(a) : undefined));
      if (c.kwargs.length === 0 && nums.length >= 1 && nums.length <= 3 && nums.every((n) => n !== undefined)) {
        if (nums.length === 1) return `range(0, ${nums[0]})`;
        if (nums.length === 3 && nums[2] === '1') return `range(${nums[0]}, ${nums[1]})`;
        return `range(${nums.join(', ')})`;
      }
      break;
    }
    case 're.compile': {
      imports.modules.add('re');
      return `re.compile(${c.args.map(ser).join(', ')})`;
    }
    default:
      if (c.func.endsWith('.as_manager') && c.args.length === 0 && c.kwargs.length === 0) {
        // ModelManagerSerializer: `QuerySet.as_manager()` imports the queryset's module.
        const qs = c.func.slice(0, -'.as_manager'.length);
        const dot = qs.lastIndexOf('.');
        if (dot > 0) {
          if (qs.slice(0, dot) === 'django.db.models') imports.froms.add('from django.db import models');
          else imports.modules.add(qs.slice(0, dot));
          return `${qs.slice(0, dot) === 'django.db.models' ? `models.${qs.slice(dot + 1)}` : qs}.as_manager()`;
        }
      }
      break;
  }
  return serializeDeconstructed(c.func, c.args, c.kwargs, imports, options);
}

/** Python's str.splitlines() for the line breaks the serializer can produce. */
function splitLines(s: string): string[] {
  return s.split(/\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/);
}

// ---------------------------------------------------------------------------------------------
// Operations (OperationWriter)

export interface WrittenOperation {
  /** Class path, e.g. `django.db.migrations.AlterModelTable` or `django.contrib.postgres.operations.AddIndexConcurrently`. */
  func: string;
  /** Keyword arguments in signature order (values as Django's serializer sees them). */
  kwargs: Array<[string, Value | WrittenOperation[]]>;
  /** Argument names written one item per line, besides the class's serialization_expand_args. */
  expand?: string[];
  /** Positional arguments that cannot be named (custom operations), written first. */
  args?: Value[];
}

/** Operation.serialization_expand_args of Django's classes. */
const EXPAND_ARGS: Record<string, string[]> = {
  CreateModel: ['fields', 'options', 'managers'],
  AlterModelManagers: ['managers'],
  SeparateDatabaseAndState: ['database_operations', 'state_operations'],
};

function operationName(func: string, imports: WriterImports): string {
  const cls = lastSegment(func);
  const module = func.slice(0, Math.max(0, func.length - cls.length - 1));
  if (module === 'django.db.migrations' || module === 'migrations' || module === '' || /^django\.db\.migrations\.operations(\.\w+)?$/.test(module)) return `migrations.${cls}`;
  imports.modules.add(module);
  return func;
}

/** OperationWriter.serialize(): lines with absolute indentation, the last one `),`. */
export function operationLines(op: WrittenOperation, imports: WriterImports, indentation: number, options: WriterOptions = {}): string[] {
  const buff: string[] = [];
  let level = indentation;
  const feed = (line: string): void => {
    buff.push(' '.repeat(level * 4) + line);
  };
  const expandArgs = new Set([...(EXPAND_ARGS[lastSegment(op.func)] ?? []), ...(op.expand ?? [])]);
  const feedMultiline = (first: string, text: string): void => {
    const lines = splitLines(text);
    if (lines.length > 1) {
      feed(`${first}${lines[0]}`);
      for (const l of lines.slice(1, -1)) feed(l);
      feed(`${lines[lines.length - 1]},`);
    } else feed(`${first}${text},`);
  };
  const itemString = (item: Value | WrittenOperation): string =>
    isWrittenOperation(item) ? nestedOperation(item, imports, options) : serializeValue(item, imports, options);
  feed(`${operationName(op.func, imports)}(`);
  level++;
  for (const a of op.args ?? []) feedMultiline('', serializeValue(a, imports, options));
  for (const [name, value] of op.kwargs) {
    const list = Array.isArray(value) ? value : value.t === 'list' || value.t === 'tuple' ? value.items : undefined;
    if (expandArgs.has(name) && !Array.isArray(value) && value.t === 'dict') {
      feed(`${name}={`);
      level++;
      for (const [k, v] of value.entries) {
        const key = serializeValue(k, imports, options);
        feedMultiline(`${key}: `, serializeValue(v, imports, options));
      }
      level--;
      feed('},');
    } else if (expandArgs.has(name) && list) {
      feed(`${name}=[`);
      level++;
      for (const item of list) feedMultiline('', itemString(item));
      level--;
      feed('],');
    } else if (Array.isArray(value)) {
      feedMultiline(`${name}=`, `[${value.map((o) => nestedOperation(o, imports, options)).join(', ')}]`);
    } else {
      feedMultiline(`${name}=`, serializeValue(value, imports, options));
    }
  }
  level--;
  feed('),');
  return buff;
}

function isWrittenOperation(x: Value | WrittenOperation): x is WrittenOperation {
  return typeof (x as WrittenOperation).func === 'string' && Array.isArray((x as WrittenOperation).kwargs) && !('t' in x);
}

/** OperationSerializer: a nested operation at indentation 0, without its trailing comma. */
function nestedOperation(op: WrittenOperation, imports: WriterImports, options: WriterOptions): string {
  return operationLines(op, imports, 0, options).join('\n').replace(/,+$/, '');
}

/** One operation as Django writes it inside `operations = [...]` (indentation level 2 by default). */
export function serializeOperation(op: WrittenOperation, imports: WriterImports, level = 2, options: WriterOptions = {}): string {
  return operationLines(op, imports, level, options).join('\n').trimStart();
}

// ---------------------------------------------------------------------------------------------
// Migration files (MigrationWriter.as_string)

export interface MigrationSpec {
  /** `{ swappable }` is Django's `("__setting__", "AUTH_USER_MODEL")` form (squashmigrations, makemigrations). */
  dependencies: Array<{ app: string; name: string } | { swappable: string }>;
  operations: WrittenOperation[];
  atomic?: boolean;
  initial?: boolean;
  replaces?: Array<{ app: string; name: string }>;
  runBefore?: Array<{ app: string; name: string }>;
  /** The full header line(s), e.g. `# Generated by Django 6.1.1 on 2025-01-01 12:00`; omitted when undefined. */
  header?: string;
  /** Extra top-level code (functions copied for RunPython), placed after the imports. Not something Django writes. */
  preamble?: string;
  /** 5.2 does not write `atomic = False` and `run_before`; default 6.1. */
  djangoVersion?: number;
}

/** The text of a migration file, byte for byte what `MigrationWriter(migration).as_string()` returns. */
export function writeMigration(spec: MigrationSpec): string {
  const options: WriterOptions = { djangoVersion: spec.djangoVersion };
  const v61 = (spec.djangoVersion ?? 6.1) >= 6;
  const imports = newImports();
  const operations = spec.operations.map((o) => operationLines(o, imports, 2, options).join('\n'));
  const deps = spec.dependencies.map((d) => {
    if ('swappable' in d) {
      imports.froms.add('from django.conf import settings');
      return `        migrations.swappable_dependency(settings.${d.swappable}),`;
    }
    return `        (${pyRepr(d.app)}, ${pyRepr(d.name)}),`;
  });
  deps.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // import lines
  const lines = new Set<string>([...[...imports.modules].map((m) => `import ${m}`), ...imports.froms]);
  const migrationImports: string[] = [];
  for (const line of [...lines]) {
    const m = /^import (.*)\.\d+[^\s]*$/.exec(line);
    if (m) {
      migrationImports.push(line.split('import')[1].trim());
      lines.delete(line);
    }
  }
  if (lines.has('from django.db import models')) {
    lines.delete('from django.db import models');
    lines.add('from django.db import migrations, models');
  } else lines.add('from django.db import migrations');
  const sortedImports = [...lines].sort((a, b) => {
    const ka = a.split(/\s+/);
    const kb = b.split(/\s+/);
    const fa = ka[0] === 'from' ? 1 : 0;
    const fb = kb[0] === 'from' ? 1 : 0;
    if (fa !== fb) return fa - fb;
    return ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0;
  });
  let importsText = `${sortedImports.join('\n')}\n`;
  if (migrationImports.length) {
    importsText +=
      '\n\n# Functions from the following migrations need manual copying.\n# Move them and any dependencies into this file, then update the\n# RunPython operations to refer to the local versions:\n# ' +
      migrationImports.sort().join('\n# ');
  }
  const pairs = (items: Array<{ app: string; name: string }>): string => `[${items.map((r) => `(${pyRepr(r.app)}, ${pyRepr(r.name)})`).join(', ')}]`;
  let out = '';
  if (spec.header !== undefined) out += `${spec.header}\n\n`;
  out += importsText;
  if (spec.preamble) out += `\n\n${spec.preamble.trimEnd()}\n`;
  out += '\n\nclass Migration(migrations.Migration):\n';
  if (spec.replaces?.length) out += `\n    replaces = ${pairs(spec.replaces)}\n`;
  if (spec.initial) out += '\n    initial = True\n';
  if (v61 && spec.atomic === false) out += '\n    atomic = False\n';
  if (v61 && spec.runBefore?.length) out += `\n    run_before = ${pairs(spec.runBefore)}\n`;
  out += `\n    dependencies = [\n${deps.length ? `${deps.join('\n')}\n` : ''}    ]\n`;
  out += `\n    operations = [\n${operations.length ? `${operations.join('\n')}\n` : ''}    ]\n`;
  return out;
}

/** Migration.suggest_name-style name from operation fragments. */
export function suggestName(fragments: string[], fallback: string): string {
  if (fragments.length === 0) return fallback;
  const name = fragments.join('_');
  return name.length > 52 ? fallback : name;
}

/** The next migration number in an app: one more than the largest numeric prefix. */
export function nextMigrationNumber(names: string[]): string {
  let max = 0;
  for (const n of names) {
    const m = /^(\d+)/.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return String(max + 1).padStart(4, '0');
}
