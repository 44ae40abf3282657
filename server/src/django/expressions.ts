// Compiles Django query expressions (F, Q, Value, Func subclasses, lookups) to PostgreSQL SQL the
// way Django's SQLCompiler does for indexes, constraints, db_default and GeneratedField.
import { Value, asItems, asString, kwarg, lastSegment, valuesEqual } from '../python/values';
import { FieldDef, fieldOption, optBool } from './fields';
import { NotStaticError, SqlParam, callParam, ipAddressText, pyFloatRepr, pyJsonDumps, quoteParam } from './literals';
import { Apps, RField, RModel, dbParameters, fieldDefFromCall } from './render';
import { pyRepr } from './writer';

export interface CompileContext {
  apps: Apps;
  model: RModel;
  djangoVersion: number;
  pgVersion: number;
  useTz: boolean;
}

export interface Compiled {
  sql: string;
  params: SqlParam[];
  /** Python output field internal type, when known (for Concat casts). */
  outputType?: string;
  isColumn?: boolean;
  isValue?: boolean;
}

/** `sql % tuple(quote_value(p) for p in params)`: Python %-interpolation, `%%` becoming `%`. */
export function interpolate(sql: string, params: SqlParam[]): string {
  let i = 0;
  return sql.replace(/%%|%s/g, (m) => {
    if (m === '%%') return '%';
    const p = params[i++];
    return p ? quoteParam(p) : '%s';
  });
}

function isCall(v: Value | undefined, ...names: string[]): v is Extract<Value, { t: 'call' }> {
  return v?.t === 'call' && names.includes(lastSegment(v.func));
}

/** Calls that build plain Python values (no resolve_expression): Decimal, datetime objects, UUID. */
export function isPlainValueCall(v: Value | undefined): v is Extract<Value, { t: 'call' }> {
  return isCall(v, 'Decimal', 'date', 'datetime', 'time', 'timedelta', 'UUID');
}

function resolveFieldName(ctx: CompileContext, model: RModel, name: string): RField {
  if (name === 'pk' && model.pk) return model.pk;
  const field = model.allFields.find((f) => f.name === name) ?? model.allFields.find((f) => f.attname === name);
  if (!field) throw new NotStaticError(`Cannot resolve keyword '${name}' into field of ${model.name}`);
  void ctx;
  return field;
}

function column(field: RField): string {
  if (!field.column) throw new NotStaticError(`${field.name} has no column`);
  return `"${field.column}"`;
}

/** Converts a Python value to the parameter Django would pass for a field (get_db_prep_value). */
export function valueToParam(value: Value, ctx: { useTz: boolean }, internalType?: string): SqlParam {
  switch (value.t) {
    case 'str':
      if (internalType === 'UUIDField' && /^[0-9a-fA-F-]{32,36}$/.test(value.v)) return { k: 'uuid', hex: value.v.replace(/-/g, '').toLowerCase() };
      if (internalType === 'JSONField') return { k: 'jsonb', json: pyJsonDumps(value) };
      if (internalType === 'DecimalField' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value.v)) return { k: 'decimal', text: value.v.replace(/^\+/, '') };
      if (internalType === 'IntegerField' || internalType === 'BigIntegerField' || internalType === 'SmallIntegerField' || internalType === 'PositiveIntegerField' || internalType === 'PositiveSmallIntegerField' || internalType === 'PositiveBigIntegerField') {
        if (/^[+-]?\d+$/.test(value.v.trim())) return { k: 'int', v: BigInt(value.v.trim()) };
      }
      if (internalType === 'GenericIPAddressField' || internalType === 'IPAddressField') {
        // adapt_ipaddressfield_value: Inet(value) (ipaddress.ip_address), or None for an empty string.
        if (value.v === '') return { k: 'null' };
        const address = ipAddressText(value.v);
        if (address === undefined) throw new NotStaticError('IP address');
        return { k: 'inet', address };
      }
      if (value.bytes) return { k: 'bytea', hex: Buffer.from(value.v, 'latin1').toString('hex') };
      return { k: 'str', v: value.v };
    case 'int':
      if (internalType === 'FloatField') return { k: 'float', v: value.v, repr: pyFloatRepr(value.v) };
      if (internalType === 'BooleanField') return { k: 'bool', v: value.v !== 0 };
      if (internalType === 'JSONField') return { k: 'jsonb', json: String(value.v) };
      if (internalType === 'DecimalField') return { k: 'decimal', text: value.text?.replace(/_/g, '') ?? String(value.v) };
      if (internalType === 'CharField' || internalType === 'TextField' || internalType === 'SlugField') return { k: 'str', v: String(value.v) };
      return { k: 'int', v: value.text && /^-?\d+$/.test(value.text) ? BigInt(value.text) : value.v };
    case 'float':
      if (internalType === 'IntegerField' || internalType === 'BigIntegerField' || internalType === 'SmallIntegerField') return { k: 'int', v: Math.trunc(value.v) };
      if (internalType === 'DecimalField') return { k: 'decimal', text: value.text.replace(/_/g, '') };
      if (internalType === 'JSONField') return { k: 'jsonb', json: pyFloatRepr(value.v, value.text) };
      return { k: 'float', v: value.v, repr: pyFloatRepr(value.v, value.text) };
    case 'bool':
      if (internalType === 'JSONField') return { k: 'jsonb', json: value.v ? 'true' : 'false' };
      if (internalType === 'IntegerField' || internalType === 'SmallIntegerField' || internalType === 'BigIntegerField') return { k: 'int', v: value.v ? 1 : 0 };
      return { k: 'bool', v: value.v };
    case 'none':
      if (internalType === 'JSONField') return { k: 'null' };
      return { k: 'null' };
    case 'list':
    case 'tuple':
    case 'dict':
      if (internalType === 'JSONField' || internalType === undefined || value.t === 'dict') return { k: 'jsonb', json: pyJsonDumps(value) };
      // ArrayField: psycopg's ListDumper finds no element to type an empty list, so it is dumped with no oid: '{}'.
      if (internalType === 'ArrayField' && value.items.length === 0) return { k: 'raw', sql: "'{}'" };
      throw new NotStaticError('container value');
    case 'call': {
      if (internalType === 'JSONField' && (value.func === 'dict' || value.func === 'list' || value.func === 'builtins.dict' || value.func === 'builtins.list')) {
        return { k: 'jsonb', json: pyJsonDumps(value) };
      }
      if (internalType === 'ArrayField' && (value.func === 'list' || value.func === 'builtins.list') && value.args.length === 0) return { k: 'raw', sql: "'{}'" };
      if (value.func === 'str' || value.func === 'builtins.str') return { k: 'str', v: '' };
      if (value.func === 'int' || value.func === 'builtins.int') return { k: 'int', v: 0 };
      if (value.func === 'float' || value.func === 'builtins.float') return { k: 'float', v: 0, repr: '0.0' };
      if (value.func === 'bool' || value.func === 'builtins.bool') return { k: 'bool', v: false };
      const p = callParam(value, ctx.useTz);
      if (p) {
        if (p.k === 'datetime' && internalType === 'DateField') throw new NotStaticError('datetime for a date field');
        return p;
      }
      throw new NotStaticError(`value ${value.func}()`);
    }
    default:
      throw new NotStaticError('value not known statically');
  }
}

// ---- Q objects ----

interface QNode {
  connector: 'AND' | 'OR' | 'XOR';
  negated: boolean;
  children: Array<QNode | [string, Value] | { expr: Value }>;
}

function isQNode(c: QNode['children'][number]): c is QNode {
  return !Array.isArray(c) && 'connector' in c;
}

/** Q(...) as a tree, following Q.__init__, _combine and Node.add. */
export function toQ(value: Value): QNode {
  if (value.t === 'call' && lastSegment(value.func) === 'Q') {
    const children: QNode['children'] = [];
    for (const arg of value.args) {
      if (arg.t === 'tuple' && arg.items.length === 2 && arg.items[0].t === 'str') children.push([arg.items[0].v, arg.items[1]]);
      else if (isCall(arg, 'Q') || arg.t === 'op') children.push(toQ(arg));
      else children.push({ expr: arg });
    }
    const lookups = value.kwargs.filter(([k]) => k !== '_connector' && k !== '_negated');
    lookups.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of lookups) children.push([k, v]);
    const connector = (asString(kwarg(value, '_connector')) ?? 'AND') as QNode['connector'];
    const negatedValue = kwarg(value, '_negated');
    return { connector, negated: negatedValue?.t === 'bool' && negatedValue.v, children };
  }
  if (value.t === 'op' && (value.op === '&' || value.op === '|' || value.op === '^') && value.args.length === 2) {
    const conn = value.op === '&' ? 'AND' : value.op === '|' ? 'OR' : 'XOR';
    const left = toQ(value.args[0]);
    const right = toQ(value.args[1]);
    if (left.children.length === 0) return { ...right };
    if (right.children.length === 0) return { ...left };
    const obj: QNode = { connector: conn, negated: false, children: [] };
    nodeAdd(obj, left, conn);
    nodeAdd(obj, right, conn);
    return obj;
  }
  if (value.t === 'op' && value.op === 'u~' && value.args.length === 1) {
    const inner = toQ(value.args[0]);
    // Q.__invert__: copy then negate (a copy of a single-child, non-negated Q keeps its child).
    return { ...inner, negated: !inner.negated };
  }
  return { connector: 'AND', negated: false, children: [{ expr: value }] };
}

function nodeAdd(self: QNode, data: QNode, conn: QNode['connector']): void {
  if (self.connector !== conn) {
    const copy: QNode = { ...self, children: [...self.children] };
    self.connector = conn;
    self.children = [copy, data];
    return;
  }
  if (!data.negated && (data.connector === conn || data.children.length === 1)) {
    self.children.push(...data.children);
    return;
  }
  self.children.push(data);
}

interface WhereLeaf {
  sql: string;
  params: SqlParam[];
}

interface WhereNode {
  connector: 'AND' | 'OR' | 'XOR';
  negated: boolean;
  children: Array<WhereNode | WhereLeaf>;
}

function whereAdd(self: WhereNode, data: WhereNode, conn: WhereNode['connector']): void {
  if (self.connector !== conn) {
    const copy: WhereNode = { ...self, children: [...self.children] };
    self.connector = conn;
    self.children = [copy, data];
    return;
  }
  if (!data.negated && (data.connector === conn || data.children.length === 1)) {
    self.children.push(...data.children);
    return;
  }
  self.children.push(data);
}

/** Query.build_where(Q) then WhereNode.as_sql, returning SQL with %s params. */
export function compileWhere(q: Value, ctx: CompileContext): Compiled {
  const node = addQ(toQ(q), ctx, false);
  const { sql, params } = whereAsSql(node);
  return { sql, params };
}

/** The interpolated SQL of a condition, as CheckConstraint._get_check_sql returns it. */
export function conditionSql(q: Value, ctx: CompileContext): string {
  const compiled = compileWhere(q, ctx);
  return interpolate(compiled.sql, compiled.params);
}

function addQ(q: QNode, ctx: CompileContext, currentNegated: boolean): WhereNode {
  const negatedNow = currentNegated !== q.negated;
  const target: WhereNode = { connector: q.connector, negated: q.negated, children: [] };
  for (const child of q.children) {
    let clause: WhereNode;
    if (isQNode(child)) clause = addQ(child, ctx, negatedNow);
    else if (Array.isArray(child)) clause = buildFilter(child[0], child[1], ctx, negatedNow);
    else {
      const compiled = compileExpression(child.expr, ctx);
      clause = { connector: 'AND', negated: false, children: [{ sql: compiled.sql, params: compiled.params }] };
    }
    whereAdd(target, clause, q.connector);
  }
  return target;
}

function whereAsSql(node: WhereNode): { sql: string; params: SqlParam[] } {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  for (const child of node.children) {
    const compiled = 'connector' in child ? whereAsSql(child) : child;
    if (compiled.sql) {
      parts.push(compiled.sql);
      params.push(...compiled.params);
    }
  }
  let sql = parts.join(` ${node.connector} `);
  if (node.connector === 'XOR') throw new NotStaticError('XOR conditions');
  if (node.negated) sql = `NOT (${sql})`;
  else if (parts.length > 1) sql = `(${sql})`;
  return { sql, params };
}

const LOOKUPS = new Set(['exact', 'iexact', 'contains', 'icontains', 'in', 'gt', 'gte', 'lt', 'lte', 'startswith', 'istartswith', 'endswith', 'iendswith', 'range', 'isnull', 'regex', 'iregex']);

const TEXT_CAST_LOOKUPS = new Set(['iexact', 'contains', 'icontains', 'startswith', 'istartswith', 'endswith', 'iendswith', 'regex', 'iregex']);

function likeEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/%/g, '\\%').replace(/_/g, '\\_');
}

function buildFilter(key: string, value: Value, ctx: CompileContext, currentNegated: boolean): WhereNode {
  const parts = key.split('__');
  const field = resolveFieldName(ctx, ctx.model, parts[0]);
  let lookup = 'exact';
  const transforms: string[] = [];
  for (const part of parts.slice(1)) {
    if (LOOKUPS.has(part)) lookup = part;
    else transforms.push(part);
  }
  if (transforms.length > 0) throw new NotStaticError(`lookup ${key}`);
  let lhs = column(field);
  let rhsValue = value;
  if (lookup === 'exact' && value.t === 'none') {
    lookup = 'isnull';
    rhsValue = { t: 'bool', v: true };
  }
  const leaf = compileLookup(lookup, lhs, field, rhsValue, ctx);
  const clause: WhereNode = { connector: 'AND', negated: false, children: [leaf] };
  const rhsIsTrueNull = lookup === 'isnull' && rhsValue.t === 'bool' && rhsValue.v;
  if (currentNegated && (lookup !== 'isnull' || !rhsIsTrueNull) && !(lookup === 'isnull' && rhsValue.t === 'none')) {
    if (lookup !== 'isnull' && field.null) {
      const hasNoneInIn = lookup === 'in' && (asItems(rhsValue) ?? []).some((v) => v.t === 'none');
      if (hasNoneInIn) whereAdd(clause, { connector: 'AND', negated: false, children: [{ sql: `${lhs} IS NULL`, params: [] }] }, 'OR');
      else whereAdd(clause, { connector: 'AND', negated: false, children: [{ sql: `${lhs} IS NOT NULL`, params: [] }] }, 'AND');
    }
    if (isCall(rhsValue, 'F')) {
      const other = resolveFieldName(ctx, ctx.model, asString(rhsValue.args[0]) ?? '');
      if (other.null) whereAdd(clause, { connector: 'AND', negated: false, children: [{ sql: `${column(other)} IS NOT NULL`, params: [] }] }, 'AND');
    }
  }
  lhs = lhs + '';
  return clause;
}

function compileRhs(value: Value, field: RField, ctx: CompileContext): { sql: string; params: SqlParam[] } {
  if (value.t === 'call' && !isPlainValueCall(value)) {
    const compiled = compileExpression(value, ctx);
    if (compiled.isValue) return compiled;
    // Lookup.process_rhs wraps expressions in parentheses unless they already start with one.
    return { sql: compiled.sql.startsWith('(') ? compiled.sql : `(${compiled.sql})`, params: compiled.params };
  }
  if (value.t === 'op') {
    const compiled = compileExpression(value, ctx);
    return { sql: compiled.sql.startsWith('(') ? compiled.sql : `(${compiled.sql})`, params: compiled.params };
  }
  return { sql: '%s', params: [valueToParam(value, ctx, fieldInternalType(field))] };
}

function fieldInternalType(field: RField): string {
  if (field.def.kind.relation === 'fk' || field.def.kind.relation === 'o2o') return 'IntegerField';
  return field.internalType;
}

/** BooleanField.to_python of a lookup value, when the value is one it accepts; undefined otherwise. */
function preparedBool(value: Value): boolean | undefined {
  if (value.t === 'bool') return value.v;
  if ((value.t === 'int' || value.t === 'float') && (Number(value.v) === 0 || Number(value.v) === 1)) return Number(value.v) === 1;
  if (value.t === 'str') return ['t', 'True', '1'].includes(value.v) ? true : ['f', 'False', '0'].includes(value.v) ? false : undefined;
  return undefined;
}

function compileLookup(lookup: string, lhsCol: string, field: RField, value: Value, ctx: CompileContext): WhereLeaf {
  const internal = field.internalType;
  let lhs = lhsCol;
  if (TEXT_CAST_LOOKUPS.has(lookup)) lhs = internal === 'GenericIPAddressField' || internal === 'IPAddressField' ? `HOST(${lhs})` : `${lhs}::text`;
  if (lookup === 'iexact' || lookup === 'icontains' || lookup === 'istartswith' || lookup === 'iendswith') lhs = `UPPER(${lhs})`;
  switch (lookup) {
    case 'isnull':
      return { sql: `${lhsCol} IS ${value.t === 'bool' && value.v ? '' : 'NOT '}NULL`, params: [] };
    case 'exact':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      // Exact.as_sql: a boolean column compared with a bool (after BooleanField.get_prep_value/to_python, so 1/0
      // and 't'/'False'… too) compiles to the bare column or NOT column, never `= true` (PG has native booleans).
      const isBoolean = field.internalType === 'BooleanField' || field.internalType === 'NullBooleanField';
      const prepared = lookup === 'exact' && isBoolean ? preparedBool(value) : undefined;
      if (prepared !== undefined) return { sql: prepared ? lhs : `NOT ${lhs}`, params: [] };
      const op = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }[lookup];
      const rhs = compileRhs(value, field, ctx);
      return { sql: `${lhs} ${op} ${rhs.sql}`, params: rhs.params };
    }
    case 'iexact': {
      if (value.t !== 'str') throw new NotStaticError('iexact');
      return { sql: `${lhs} = UPPER(%s)`, params: [{ k: 'str', v: value.v }] };
    }
    case 'contains':
    case 'icontains':
    case 'startswith':
    case 'istartswith':
    case 'endswith':
    case 'iendswith': {
      if (value.t !== 'str' && value.t !== 'int') throw new NotStaticError(lookup);
      const raw = likeEscape(value.t === 'str' ? value.v : String(value.v));
      const pattern = lookup.endsWith('contains') ? `%${raw}%` : lookup.endsWith('startswith') ? `${raw}%` : `%${raw}`;
      const rhs = lookup.startsWith('i') ? 'UPPER(%s)' : '%s';
      return { sql: `${lhs} LIKE ${rhs}`, params: [{ k: 'str', v: pattern }] };
    }
    case 'regex':
    case 'iregex': {
      if (value.t !== 'str') throw new NotStaticError('regex');
      return { sql: `${lhs} ${lookup === 'regex' ? '~' : '~*'} %s`, params: [{ k: 'str', v: value.v }] };
    }
    case 'in': {
      const items = asItems(value);
      if (!items) throw new NotStaticError('in lookup');
      const unique: Value[] = [];
      for (const item of items) if (item.t !== 'none' && !unique.some((u) => valuesEqual(u, item))) unique.push(item);
      if (unique.length === 0) throw new NotStaticError('empty in lookup');
      const params = unique.map((v) => valueToParam(v, ctx, fieldInternalType(field)));
      return { sql: `${lhs} IN (${params.map(() => '%s').join(', ')})`, params };
    }
    case 'range': {
      const items = asItems(value);
      if (!items || items.length !== 2) throw new NotStaticError('range lookup');
      const a = compileRhs(items[0], field, ctx);
      const b = compileRhs(items[1], field, ctx);
      return { sql: `${lhs} BETWEEN ${a.sql} AND ${b.sql}`, params: [...a.params, ...b.params] };
    }
    default:
      throw new NotStaticError(`lookup ${lookup}`);
  }
}

// ---- expressions ----

const SIMPLE_FUNCTIONS: Record<string, string> = {
  Lower: 'LOWER',
  Upper: 'UPPER',
  Length: 'LENGTH',
  Trim: 'TRIM',
  LTrim: 'LTRIM',
  RTrim: 'RTRIM',
  Reverse: 'REVERSE',
  Abs: 'ABS',
  Ceil: 'CEILING',
  Floor: 'FLOOR',
  Sign: 'SIGN',
  Sqrt: 'SQRT',
  Exp: 'EXP',
  Ln: 'LN',
  Log: 'LOG',
  Mod: 'MOD',
  Power: 'POWER',
  Round: 'ROUND',
  Coalesce: 'COALESCE',
  Greatest: 'GREATEST',
  Least: 'LEAST',
  NullIf: 'NULLIF',
  Left: 'LEFT',
  Right: 'RIGHT',
  Replace: 'REPLACE',
  Repeat: 'REPEAT',
  LPad: 'LPAD',
  RPad: 'RPAD',
  Chr: 'CHR',
  Ord: 'ASCII',
  MD5: 'MD5',
  Pi: 'PI',
  Random: 'RANDOM',
  Degrees: 'DEGREES',
  Radians: 'RADIANS',
  Sin: 'SIN',
  Cos: 'COS',
  Tan: 'TAN',
  Cot: 'COT',
  ASin: 'ASIN',
  ACos: 'ACOS',
  ATan: 'ATAN',
  ATan2: 'ATAN2',
};

const TEXT_OUTPUT = new Set(['Lower', 'Upper', 'Trim', 'LTrim', 'RTrim', 'Reverse', 'Left', 'Right', 'Replace', 'Repeat', 'LPad', 'RPad', 'Chr', 'MD5', 'Concat', 'ConcatPair', 'Substr']);

function fieldOutputType(field: RField): string {
  return field.internalType;
}

/** Compiles an expression in a non-condition position; Q objects become where-clauses. */
export function compileExpression(value: Value, ctx: CompileContext): Compiled {
  switch (value.t) {
    case 'str':
      // A bare string in an expression list is F(name).
      return compileF(value.v, ctx);
    case 'int':
    case 'float':
    case 'bool':
    case 'none':
      return { sql: '%s', params: [valueToParam(value, ctx)], isValue: true, outputType: value.t === 'int' ? 'IntegerField' : value.t === 'float' ? 'FloatField' : value.t === 'bool' ? 'BooleanField' : undefined };
    case 'op': {
      if (value.op === '&' || value.op === '|' || value.op === 'u~' || value.op === '^') return compileWhere(value, ctx);
      if (value.args.length === 2 && ['+', '-', '*', '/', '%', '**', '&', '|'].includes(value.op)) return combine(value.args[0], value.op, value.args[1], ctx);
      if (value.op === 'u-' && value.args.length === 1) {
        const inner = compileExpression(value.args[0], ctx);
        return { sql: `-${inner.sql}`, params: inner.params, outputType: inner.outputType };
      }
      throw new NotStaticError(`operator ${value.op}`);
    }
    case 'call':
      return compileCall(value, ctx);
    default:
      throw new NotStaticError('expression not known statically');
  }
}

function compileF(name: string, ctx: CompileContext): Compiled {
  const field = resolveFieldName(ctx, ctx.model, name);
  return { sql: column(field), params: [], outputType: fieldOutputType(field), isColumn: true };
}

const COMBINE_SQL: Record<string, string> = { '+': '+', '-': '-', '*': '*', '/': '/', '%': '%%', '**': '^', '&': '&', '|': '|' };

function combine(left: Value, op: string, right: Value, ctx: CompileContext): Compiled {
  const l = compileExpression(left, ctx);
  const r = compileExpression(right, ctx);
  const connector = COMBINE_SQL[op] ?? op;
  return { sql: `(${l.sql} ${connector} ${r.sql})`, params: [...l.params, ...r.params], outputType: l.outputType ?? r.outputType };
}

function compileArgs(args: Value[], ctx: CompileContext): Compiled[] {
  return args.map((a) => compileExpression(a, ctx));
}

function compileCall(value: Extract<Value, { t: 'call' }>, ctx: CompileContext): Compiled {
  const name = lastSegment(value.func);
  switch (name) {
    case 'F':
      return compileF(asString(value.args[0]) ?? '', ctx);
    case 'Value': {
      const inner = value.args[0] ?? { t: 'none' };
      const outputField = kwarg(value, 'output_field');
      const outputDef = outputField?.t === 'call' ? fieldDefFromCall(outputField) : undefined;
      const internal = outputDef?.kind.internalType;
      const outputType = internal ?? (inner.t === 'str' ? 'CharField' : inner.t === 'int' ? 'IntegerField' : inner.t === 'float' ? 'FloatField' : inner.t === 'bool' ? 'BooleanField' : undefined);
      return { sql: '%s', params: [valueToParam(inner, ctx, internal)], isValue: true, outputType };
    }
    case 'Q':
      return compileWhere(value, ctx);
    case 'CombinedExpression': {
      const op = asString(value.args[1]) ?? '';
      return combine(value.args[0], op, value.args[2], ctx);
    }
    case 'ExpressionWrapper':
      return compileExpression(value.args[0], ctx);
    case 'OrderBy': {
      const inner = compileExpression(value.args[0], ctx);
      const descending = optFlag(value, 'descending');
      const nullsFirst = kwarg(value, 'nulls_first');
      const nullsLast = kwarg(value, 'nulls_last');
      let sql = `${inner.sql} ${descending ? 'DESC' : 'ASC'}`;
      if (nullsFirst?.t === 'bool' && nullsFirst.v) sql += ' NULLS FIRST';
      if (nullsLast?.t === 'bool' && nullsLast.v) sql += ' NULLS LAST';
      return { sql, params: inner.params };
    }
    case 'Collate': {
      const inner = compileExpression(value.args[0], ctx);
      const collation = asString(value.args[1]) ?? asString(kwarg(value, 'collation')) ?? '';
      return { sql: `${inner.sql} COLLATE "${collation}"`, params: inner.params, outputType: inner.outputType };
    }
    case 'OpClass': {
      const inner = compileExpression(value.args[0], ctx);
      const opclass = asString(value.args[1]) ?? asString(kwarg(value, 'name')) ?? '';
      return { sql: `${inner.sql} ${opclass}`, params: inner.params };
    }
    case 'Now':
      return { sql: 'STATEMENT_TIMESTAMP()', params: [], outputType: 'DateTimeField' };
    case 'Cast': {
      const inner = compileExpression(value.args[0], ctx);
      const outputField = value.args[1] ?? kwarg(value, 'output_field');
      const def = outputField?.t === 'call' ? fieldDefFromCall(outputField) : undefined;
      const type = def ? castDbType(def, ctx) : undefined;
      if (!type) throw new NotStaticError('Cast output field');
      return { sql: `(${inner.sql})::${type}`, params: inner.params, outputType: def?.kind.internalType };
    }
    case 'Concat': {
      if (value.args.length < 2) throw new NotStaticError('Concat');
      return concatPair(value.args, ctx);
    }
    case 'Substr': {
      const args = compileArgs(value.args, ctx);
      return { sql: `SUBSTRING(${args.map((a) => a.sql).join(', ')})`, params: args.flatMap((a) => a.params), outputType: 'CharField' };
    }
    case 'StrIndex': {
      const args = compileArgs(value.args, ctx);
      return { sql: `STRPOS(${args.map((a) => a.sql).join(', ')})`, params: args.flatMap((a) => a.params), outputType: 'IntegerField' };
    }
    case 'UUID4':
      return { sql: ctx.pgVersion >= 18 ? 'UUIDV4()' : 'GEN_RANDOM_UUID()', params: [], outputType: 'UUIDField' };
    case 'UUID7':
      return { sql: 'UUIDV7()', params: [], outputType: 'UUIDField' };
    case 'RawSQL': {
      const sql = asString(value.args[0]);
      if (sql === undefined) throw new NotStaticError('RawSQL');
      const params = (asItems(value.args[1]) ?? []).map((p) => valueToParam(p, ctx));
      return { sql: `(${sql})`, params };
    }
    case 'Func': {
      const fn = asString(kwarg(value, 'function'));
      const template = asString(kwarg(value, 'template'));
      const args = compileArgs(value.args, ctx);
      const joined = args.map((a) => a.sql).join(asString(kwarg(value, 'arg_joiner')) ?? ', ');
      const sql = template
        ? template.replace('%(function)s', fn ?? '').replace('%(expressions)s', joined)
        : `${fn ?? ''}(${joined})`;
      return { sql, params: args.flatMap((a) => a.params) };
    }
    case 'Case':
      return compileCase(value, ctx);
    case 'Exact':
    case 'GreaterThan':
    case 'GreaterThanOrEqual':
    case 'LessThan':
    case 'LessThanOrEqual': {
      const op = { Exact: '=', GreaterThan: '>', GreaterThanOrEqual: '>=', LessThan: '<', LessThanOrEqual: '<=' }[name];
      const l = compileExpression(value.args[0], ctx);
      const r = compileExpression(value.args[1], ctx);
      const rsql = r.isValue || r.sql.startsWith('(') ? r.sql : `(${r.sql})`;
      return { sql: `${l.sql} ${op} ${rsql}`, params: [...l.params, ...r.params], outputType: 'BooleanField' };
    }
    case 'IsNull': {
      const l = compileExpression(value.args[0], ctx);
      const isNull = value.args[1]?.t === 'bool' ? value.args[1].v : true;
      return { sql: `${l.sql} IS ${isNull ? '' : 'NOT '}NULL`, params: l.params, outputType: 'BooleanField' };
    }
    default: {
      const fn = SIMPLE_FUNCTIONS[name];
      if (fn) {
        const args = compileArgs(value.args, ctx);
        return {
          sql: `${fn}(${args.map((a) => a.sql).join(', ')})`,
          params: args.flatMap((a) => a.params),
          outputType: TEXT_OUTPUT.has(name) ? 'CharField' : args[0]?.outputType,
        };
      }
      throw new NotStaticError(`expression ${name}()`);
    }
  }
}

function optFlag(call: Extract<Value, { t: 'call' }>, name: string): boolean {
  const v = kwarg(call, name);
  return v?.t === 'bool' ? v.v : false;
}

function concatPair(args: Value[], ctx: CompileContext): Compiled {
  // Concat(a, b, c) -> ConcatPair(a, ConcatPair(b, c)); on PostgreSQL each side is cast to text
  // unless it is a CharField/TextField, then wrapped in COALESCE(x, '') and joined with ||.
  const compileSide = (v: Value): Compiled => {
    const c = v.t === 'list' ? concatPair(v.items, ctx) : compileExpression(v, ctx);
    const textual = c.outputType === 'CharField' || c.outputType === 'TextField' || c.outputType === 'SlugField' || c.outputType === 'EmailField' || c.outputType === 'URLField';
    const casted = textual ? c : { sql: `(${c.sql})::text`, params: c.params, outputType: 'TextField' };
    return { sql: `COALESCE(${casted.sql}, %s)`, params: [...casted.params, { k: 'str', v: '' }], outputType: 'CharField' };
  };
  const left = compileSide(args[0]);
  const right = args.length === 2 ? compileSide(args[1]) : compileSide({ t: 'list', items: args.slice(1) });
  return { sql: `(${left.sql} || ${right.sql})`, params: [...left.params, ...right.params], outputType: 'CharField' };
}

function compileCase(value: Extract<Value, { t: 'call' }>, ctx: CompileContext): Compiled {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  for (const when of value.args) {
    if (!isCall(when, 'When')) throw new NotStaticError('Case');
    const condition = when.args[0] ?? { t: 'call', func: 'django.db.models.Q', args: [], kwargs: when.kwargs.filter(([k]) => k !== 'then') };
    const cond = compileWhere(condition, ctx);
    const then = compileExpression(kwarg(when, 'then') ?? when.args[1] ?? { t: 'none' }, ctx);
    parts.push(`WHEN ${cond.sql} THEN ${then.sql}`);
    params.push(...cond.params, ...then.params);
  }
  const dflt = kwarg(value, 'default');
  const d = compileExpression(dflt ?? { t: 'none' }, ctx);
  params.push(...d.params);
  return { sql: `CASE ${parts.join(' ')} ELSE ${d.sql} END`, params };
}

function castDbType(def: FieldDef, ctx: CompileContext): string | undefined {
  const internal = def.kind.internalType;
  const castTypes: Record<string, string> = {
    AutoField: 'integer',
    BigAutoField: 'bigint',
    SmallAutoField: 'smallint',
  };
  if (castTypes[internal]) return castTypes[internal];
  if (internal === 'CharField' && fieldOption(def, 'max_length') === undefined) return 'varchar';
  const fake: RField = {
    name: '_cast',
    def,
    model: ctx.model,
    attname: '_cast',
    column: '_cast',
    internalType: internal,
    primaryKey: false,
    unique: false,
    null: optBool(def, 'null'),
    dbIndex: false,
    autoCreated: false,
  };
  return dbParameters(ctx.apps, fake, ctx.djangoVersion).type;
}

// ---- Python repr of expressions (for operation descriptions) ----

/**
 * str() of an index expression, as AddIndex.describe() prints it: Index() turns a string into F(name); inside a Func
 * (`_parse_expressions`) strings become F() and other constants Value(); Func.__repr__ appends the `**extra` keyword
 * arguments sorted by name, with str() of their values.
 */
export function expressionRepr(value: Value): string {
  return value.t === 'str' ? `F(${value.v})` : exprStr(value);
}

/** Python repr() of a constant (Value.__repr__ uses it). */
function pyConstRepr(value: Value): string {
  switch (value.t) {
    case 'str':
      return pyRepr(value.v);
    case 'int':
      return value.text && /^-?\d+$/.test(value.text) ? value.text : String(value.v);
    case 'float':
      return pyFloatRepr(value.v, value.text);
    case 'bool':
      return value.v ? 'True' : 'False';
    case 'none':
      return 'None';
    default:
      return '?';
  }
}

/** An argument of a Func or an operand of a combined expression: a string is F(), any other constant Value(). */
function argStr(value: Value): string {
  if (value.t === 'str') return `F(${value.v})`;
  if (value.t === 'int' || value.t === 'float' || value.t === 'bool' || value.t === 'none') return `Value(${pyConstRepr(value)})`;
  return exprStr(value);
}

/** Func subclasses whose __init__ does not hand every argument to Func: which become source expressions, which extra. */
const FUNC_SIGNATURES: Record<string, (call: Extract<Value, { t: 'call' }>) => { args: Value[]; extra: Array<[string, Value]> }> = {
  // Collate(expression, collation): the collation is an attribute, not an argument or an extra.
  Collate: (c) => ({ args: c.args.slice(0, 1), extra: [] }),
  // OpClass(expression, name): super().__init__(expression, name=name).
  OpClass: (c) => {
    const name = c.args[1] ?? kwarg(c, 'name');
    return { args: c.args.slice(0, 1), extra: name ? [['name', name]] : [] };
  },
};

function exprStr(value: Value): string {
  switch (value.t) {
    case 'call': {
      const name = lastSegment(value.func);
      if (name === 'F') return `F(${asString(value.args[0]) ?? ''})`;
      if (name === 'Value') return `Value(${pyConstRepr(value.args[0] ?? { t: 'none' })})`;
      if (name === 'OrderBy') {
        return `OrderBy(${argStr(value.args[0])}, descending=${optFlag(value, 'descending') ? 'True' : 'False'})`;
      }
      if (name === 'CombinedExpression') return `${argStr(value.args[0])} ${asString(value.args[1]) ?? ''} ${argStr(value.args[2])}`;
      const signature = FUNC_SIGNATURES[name]?.(value) ?? { args: value.args, extra: value.kwargs.filter(([k]) => k !== 'output_field') };
      const args = signature.args.map(argStr).join(', ');
      if (signature.extra.length === 0) return `${name}(${args})`;
      const extra = [...signature.extra]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v.t === 'str' ? v.v : v.t === 'call' || v.t === 'op' ? exprStr(v) : pyConstRepr(v)}`)
        .join(', ');
      return `${name}(${args}, ${extra})`;
    }
    case 'op':
      if (value.args.length === 2) return `${argStr(value.args[0])} ${value.op} ${argStr(value.args[1])}`;
      return `${value.op}${argStr(value.args[0])}`;
    default:
      return pyConstRepr(value);
  }
}

/** Normalises `F('x').desc()` written in models.py (a call on an attribute) into OrderBy. */
export function normalizeIndexExpression(value: Value): Value {
  return value;
}

/** Columns referenced by an expression (Expressions in ddl_references). */
export function referencedFieldNames(value: Value, out: Set<string> = new Set()): Set<string> {
  if (value.t === 'call') {
    if (lastSegment(value.func) === 'F' && value.args[0]?.t === 'str') out.add(value.args[0].v.split('__')[0]);
    for (const a of value.args) referencedFieldNames(a, out);
    for (const [k, v] of value.kwargs) {
      if (lastSegment(value.func) === 'Q' && !k.startsWith('_')) out.add(k.split('__')[0]);
      referencedFieldNames(v, out);
    }
  } else if (value.t === 'op') {
    for (const a of value.args) referencedFieldNames(a, out);
  } else if (value.t === 'tuple' && value.items.length === 2 && value.items[0].t === 'str') {
    out.add(value.items[0].v.split('__')[0]);
    referencedFieldNames(value.items[1], out);
  } else if (value.t === 'str') {
    out.add(value.v.replace(/^-/, ''));
  } else if (value.t === 'list' || value.t === 'tuple') {
    for (const i of value.items) referencedFieldNames(i, out);
  }
  return out;
}
