// Volatility of SQL expressions (column defaults), from the raw parse tree.
//
// PostgreSQL evaluates a non-volatile ADD COLUMN default once and stores it in the catalog (PG 11+),
// while a volatile default is evaluated per row and rewrites the table. Only functions listed here
// are trusted; any other function is treated as volatile and reported in `unknown`.

import type { Node } from '@pgsql/types';

export type Volatility = 'constant' | 'stable' | 'volatile';

export interface VolatilityResult {
  volatility: Volatility;
  /** Functions or constructs whose volatility is not known (they count as volatile), e.g. `my_func`, `subquery`. */
  unknown: string[];
}

const VOLATILE = new Set([
  'random',
  'random_normal',
  'setseed',
  'gen_random_uuid',
  'gen_random_bytes',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'currval',
  'lastval',
  'pg_sleep',
]);

const STABLE = new Set([
  'now',
  'transaction_timestamp',
  'statement_timestamp',
  'current_setting',
  'current_database',
  'current_schema',
  'current_schemas',
  'txid_current',
  'pg_backend_pid',
  'version',
  'to_char',
  'to_date',
  'to_timestamp',
  'age',
  'date_trunc',
  'date_part',
  'timezone',
  'concat',
  'concat_ws',
  'format',
  'to_json',
  'to_jsonb',
  'json_build_object',
  'jsonb_build_object',
  'json_build_array',
  'jsonb_build_array',
  'row_to_json',
  'array_to_json',
]);

const IMMUTABLE = new Set([
  'abs',
  'lower',
  'upper',
  'initcap',
  'btrim',
  'ltrim',
  'rtrim',
  'length',
  'char_length',
  'character_length',
  'octet_length',
  'substr',
  'substring',
  'replace',
  'left',
  'right',
  'lpad',
  'rpad',
  'repeat',
  'reverse',
  'split_part',
  'strpos',
  'md5',
  'sha256',
  'encode',
  'decode',
  'to_hex',
  'chr',
  'ascii',
  'round',
  'floor',
  'ceil',
  'ceiling',
  'trunc',
  'mod',
  'power',
  'sqrt',
  'make_date',
  'make_time',
  'make_timestamp',
  'make_interval',
  'int4range',
  'int8range',
  'numrange',
  'daterange',
  'tsrange',
  'array_fill',
  'uuid_nil',
  'uuid_ns_dns',
  'uuid_ns_url',
  'uuid_ns_oid',
  'uuid_ns_x500',
  'jsonb_typeof',
  'cardinality',
  'array_length',
]);

/** Volatility of a function by (unqualified, lower-case) name, or undefined when unknown. */
export function functionVolatility(name: string): Volatility | undefined {
  const n = name.toLowerCase();
  if (VOLATILE.has(n)) return 'volatile';
  if (STABLE.has(n)) return 'stable';
  if (IMMUTABLE.has(n)) return 'constant';
  return undefined;
}

const RANK: Record<Volatility, number> = { constant: 0, stable: 1, volatile: 2 };

/** Volatility of an expression node: the most volatile of its parts. */
export function exprVolatility(node: Node | undefined): VolatilityResult {
  const result: VolatilityResult = { volatility: 'constant', unknown: [] };
  if (node) visit(node, result, 0);
  return result;
}

function raise(r: VolatilityResult, v: Volatility): void {
  if (RANK[v] > RANK[r.volatility]) r.volatility = v;
}

function unknown(r: VolatilityResult, what: string): void {
  raise(r, 'volatile');
  if (!r.unknown.includes(what)) r.unknown.push(what);
}

function visitAll(nodes: Node[] | undefined, r: VolatilityResult, depth: number): void {
  for (const n of nodes ?? []) visit(n, r, depth + 1);
}

function stringsOf(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
}

function visit(node: Node, r: VolatilityResult, depth: number): void {
  if (depth > 200) return unknown(r, 'deeply nested expression');
  if ('A_Const' in node || 'ParamRef' in node) return;
  if ('TypeCast' in node) return visitOpt(node.TypeCast.arg, r, depth);
  if ('CollateClause' in node) return visitOpt(node.CollateClause.arg, r, depth);
  if ('SQLValueFunction' in node) return raise(r, 'stable'); // CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER...
  if ('FuncCall' in node) {
    const f = node.FuncCall;
    const names = stringsOf(f.funcname);
    const name = names[names.length - 1] ?? '';
    const schema = names.length > 1 ? names[names.length - 2] : undefined;
    const v = schema === undefined || schema === 'pg_catalog' ? functionVolatility(name) : undefined;
    if (v === undefined) unknown(r, names.join('.'));
    else raise(r, v);
    visitAll(f.args, r, depth);
    return;
  }
  if ('A_Expr' in node) {
    visitOpt(node.A_Expr.lexpr, r, depth);
    visitOpt(node.A_Expr.rexpr, r, depth);
    return;
  }
  if ('BoolExpr' in node) return visitAll(node.BoolExpr.args, r, depth);
  if ('NullTest' in node) return visitOpt(node.NullTest.arg, r, depth);
  if ('BooleanTest' in node) return visitOpt(node.BooleanTest.arg, r, depth);
  if ('CoalesceExpr' in node) return visitAll(node.CoalesceExpr.args, r, depth);
  if ('MinMaxExpr' in node) return visitAll(node.MinMaxExpr.args, r, depth);
  if ('A_ArrayExpr' in node) return visitAll(node.A_ArrayExpr.elements, r, depth);
  if ('RowExpr' in node) return visitAll(node.RowExpr.args, r, depth);
  if ('List' in node) return visitAll(node.List.items, r, depth);
  if ('A_Indirection' in node) return visitOpt(node.A_Indirection.arg, r, depth);
  if ('CaseExpr' in node) {
    const c = node.CaseExpr;
    visitOpt(c.arg, r, depth);
    for (const w of c.args ?? []) {
      if ('CaseWhen' in w) {
        visitOpt(w.CaseWhen.expr, r, depth);
        visitOpt(w.CaseWhen.result, r, depth);
      }
    }
    visitOpt(c.defresult, r, depth);
    return;
  }
  if ('SubLink' in node) return unknown(r, 'subquery');
  if ('ColumnRef' in node) return unknown(r, 'column reference');
  unknown(r, Object.keys(node)[0] ?? 'expression');
}

function visitOpt(node: Node | undefined, r: VolatilityResult, depth: number): void {
  if (node) visit(node, r, depth + 1);
}
