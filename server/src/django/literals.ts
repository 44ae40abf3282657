// SQL literals as psycopg 3's sql.quote() writes them (what sqlmigrate prints for parameters),
// for values given as statically evaluated Python values.
import { Value, asNumber, asString, lastSegment } from '../python/values';

export class NotStaticError extends Error {}

/** A value with a Python type, after Django's get_db_prep_value. */
export type SqlParam =
  | { k: 'str'; v: string }
  | { k: 'int'; v: bigint | number }
  | { k: 'float'; v: number; repr: string }
  | { k: 'decimal'; text: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'date'; iso: string }
  | { k: 'datetime'; text: string; aware: boolean }
  | { k: 'time'; text: string }
  | { k: 'interval'; text: string }
  | { k: 'uuid'; hex: string }
  /** ipaddress.ip_address (Django's Inet on psycopg 3), dumped with the inet oid. */
  | { k: 'inet'; address: string }
  | { k: 'jsonb'; json: string }
  | { k: 'bytea'; hex: string }
  | { k: 'raw'; sql: string }
  | { k: 'unknown'; text: string };

export function quoteParam(p: SqlParam): string {
  switch (p.k) {
    case 'str':
      return quoteString(p.v);
    case 'int': {
      const s = String(p.v);
      return s.startsWith('-') ? ` ${s}` : s;
    }
    case 'float':
      if (!Number.isFinite(p.v)) return Number.isNaN(p.v) ? "'NaN'::float8" : p.v > 0 ? "'Infinity'::float8" : "'-Infinity'::float8";
      return p.repr.startsWith('-') ? ` ${p.repr}` : p.repr;
    case 'decimal':
      if (p.text === 'NaN') return "'NaN'::numeric";
      return p.text.startsWith('-') ? ` ${p.text}` : p.text;
    case 'bool':
      return p.v ? 'true' : 'false';
    case 'null':
      return 'NULL';
    case 'date':
      return `'${p.iso}'::date`;
    case 'datetime':
      return `'${p.text}'::${p.aware ? 'timestamptz' : 'timestamp'}`;
    case 'time':
      return `'${p.text}'::time`;
    case 'interval':
      return `'${p.text}'::interval`;
    case 'uuid':
      return `'${p.hex}'::uuid`;
    case 'inet':
      return `'${p.address}'::inet`;
    case 'jsonb':
      return `${quoteString(p.json)}::jsonb`;
    case 'bytea':
      return `'\\x${p.hex}'::bytea`;
    case 'raw':
      return p.sql;
    case 'unknown':
      return `<${p.text}>`;
  }
}

export function quoteString(s: string): string {
  const body = s.replace(/'/g, "''");
  if (s.includes('\\')) return ` E'${body.replace(/\\/g, '\\\\')}'`;
  return `'${body}'`;
}

/** Python's repr() of a float. */
export function pyFloatRepr(v: number, sourceText?: string): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  if (sourceText && /^-?[0-9]+\.[0-9]+$/.test(sourceText.replace(/_/g, ''))) {
    const cleaned = sourceText.replace(/_/g, '');
    if (Number(cleaned) === v) return String(v).includes('e') ? pyExp(v) : String(v);
  }
  const s = String(v);
  if (s.includes('e')) return pyExp(v);
  return s;
}

function pyExp(v: number): string {
  // JS: 1e+21, Python: 1e+21; JS 1e-7, Python 1e-07.
  return String(v).replace(/e([+-])(\d)$/, 'e$10$2');
}

/** json.dumps with Python's default separators and ensure_ascii. */
export function pyJsonDumps(value: Value): string {
  switch (value.t) {
    case 'str':
      return jsonString(value.v);
    case 'int':
      return String(value.v);
    case 'float':
      return pyFloatRepr(value.v, value.text);
    case 'bool':
      return value.v ? 'true' : 'false';
    case 'none':
      return 'null';
    case 'list':
    case 'tuple':
      return `[${value.items.map(pyJsonDumps).join(', ')}]`;
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${jsonKey(k)}: ${pyJsonDumps(v)}`).join(', ')}}`;
    case 'call':
      if (value.func === 'dict' || value.func === 'builtins.dict') return '{}';
      if (value.func === 'list' || value.func === 'builtins.list') return '[]';
      throw new NotStaticError(`json of ${value.func}()`);
    default:
      throw new NotStaticError('json value');
  }
}

function jsonKey(k: Value): string {
  if (k.t === 'str') return jsonString(k.v);
  if (k.t === 'int') return jsonString(String(k.v));
  if (k.t === 'bool') return jsonString(k.v ? 'true' : 'false');
  if (k.t === 'none') return '"null"';
  throw new NotStaticError('json key');
}

function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (cp < 0x20 || cp > 0x7e) {
      if (cp > 0xffff) {
        const hi = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
        const lo = ((cp - 0x10000) % 0x400) + 0xdc00;
        out += `\\u${hi.toString(16).padStart(4, '0')}\\u${lo.toString(16).padStart(4, '0')}`;
      } else out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** datetime.date(...) / datetime.datetime(...) / datetime.time(...) / timedelta / Decimal / UUID calls. */
export function callParam(value: Extract<Value, { t: 'call' }>, useTz: boolean): SqlParam | undefined {
  const name = lastSegment(value.func);
  const nums = value.args.map((a) => asNumber(a));
  const kw = (k: string) => {
    const found = value.kwargs.find(([n]) => n === k);
    return found ? asNumber(found[1]) : undefined;
  };
  switch (name) {
    case 'Decimal': {
      const arg = value.args[0];
      if (arg?.t === 'str') return { k: 'decimal', text: normalizeDecimalText(arg.v) };
      if (arg?.t === 'int') return { k: 'decimal', text: String(arg.v) };
      return undefined;
    }
    case 'date':
      if (nums.length >= 3 && nums.every((n) => n !== undefined)) return { k: 'date', iso: `${pad(nums[0]!, 4)}-${pad(nums[1]!)}-${pad(nums[2]!)}` };
      return undefined;
    case 'datetime': {
      if (nums.length < 3 || nums.slice(0, 3).some((n) => n === undefined)) return undefined;
      const [y, mo, d, h = 0, mi = 0, s = 0, us = 0] = nums as number[];
      const tzArg = value.kwargs.find(([k]) => k === 'tzinfo')?.[1] ?? value.args[7];
      const aware = tzArg !== undefined && tzArg.t !== 'none';
      const isUtc = !tzArg || (tzArg.t === 'ref' && /(\.utc|\.UTC|timezone\.utc)$/.test(tzArg.path)) || (tzArg.t === 'call' && /timezone$/.test(tzArg.func));
      if (aware && !isUtc) return undefined;
      let text = `${pad(y, 4)}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}${us ? `.${pad(us, 6)}` : ''}`;
      // With USE_TZ, Django makes naive defaults aware in the current time zone (UTC in most projects).
      if (aware || useTz) text += '+00:00';
      return { k: 'datetime', text, aware: aware || useTz };
    }
    case 'time': {
      const [h = 0, mi = 0, s = 0, us = 0] = nums as number[];
      return { k: 'time', text: `${pad(h)}:${pad(mi)}:${pad(s)}${us ? `.${pad(us, 6)}` : ''}` };
    }
    case 'timedelta': {
      const days = (nums[0] ?? kw('days') ?? 0) + 7 * (kw('weeks') ?? 0);
      let seconds = (nums[1] ?? kw('seconds') ?? 0) + 60 * (kw('minutes') ?? 0) + 3600 * (kw('hours') ?? 0);
      const micro = (nums[2] ?? kw('microseconds') ?? 0) + 1000 * (kw('milliseconds') ?? 0);
      let d = days + Math.floor(seconds / 86400);
      seconds = ((seconds % 86400) + 86400) % 86400;
      const h = Math.floor(seconds / 3600);
      const m = Math.floor((seconds % 3600) / 60);
      const s = seconds % 60;
      const clock = `${h}:${pad(m)}:${pad(Math.floor(s))}${micro ? `.${pad(micro, 6)}` : ''}`;
      if (d === 0) return { k: 'interval', text: clock };
      return { k: 'interval', text: `${d} day${Math.abs(d) === 1 ? '' : 's'} ${clock}` };
    }
    case 'UUID': {
      const s = asString(value.args[0]);
      if (!s) return undefined;
      return { k: 'uuid', hex: s.replace(/[{}-]/g, '').toLowerCase() };
    }
    default:
      return undefined;
  }
}

/**
 * str(ipaddress.ip_address(value)), or undefined when the text is not an address. IPv6 uses the compressed form
 * (RFC 5952: lower case, longest run of zero groups as `::`), which the WHATWG URL host serializer also writes.
 */
export function ipAddressText(value: string): string | undefined {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(value)) return value;
  if (!value.includes(':') || value.includes('.')) return undefined;
  try {
    return new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

function normalizeDecimalText(s: string): string {
  const t = s.trim();
  if (/^[+-]?\d+$/.test(t)) return t.replace(/^\+/, '');
  if (/^[+-]?\d*\.\d*$/.test(t)) {
    let r = t.replace(/^\+/, '');
    if (r.startsWith('.')) r = `0${r}`;
    if (r.startsWith('-.')) r = `-0${r.slice(1)}`;
    if (r.endsWith('.')) r = r.slice(0, -1);
    return r;
  }
  return t;
}
