// Static evaluation of Python expressions into plain values. Names are resolved through imports and
// module-level constants; anything not knowable statically becomes an `unknown` value, never an exception.
import { Expr, Span } from './ast';
import { PyModule, qualifiedName } from './module';

export type Value =
  | { t: 'str'; v: string; span?: Span; bytes?: boolean; expr?: Extract<Expr, { kind: 'str' }> }
  | { t: 'int'; v: number; span?: Span; text?: string }
  | { t: 'float'; v: number; span?: Span; text: string }
  | { t: 'bool'; v: boolean; span?: Span }
  | { t: 'none'; span?: Span }
  | { t: 'list' | 'tuple' | 'set'; items: Value[]; span?: Span }
  | { t: 'dict'; entries: Array<[Value, Value]>; span?: Span }
  | { t: 'call'; func: string; args: Value[]; kwargs: Array<[string, Value]>; span?: Span; funcSpan?: Span }
  | { t: 'ref'; path: string; span?: Span }
  | { t: 'op'; op: string; args: Value[]; span?: Span }
  | { t: 'lambda'; text: string; span?: Span }
  | { t: 'unknown'; text: string; span?: Span };

export interface EvalScope {
  module: PyModule;
  /** Names bound in an enclosing class body, checked before module level. */
  locals?: Map<string, Expr>;
  /** Canonicalises dotted paths (e.g. Django re-exports); identity by default. */
  canonical?: (path: string) => string;
  /** Resolves a name imported from another project module to its value, if that module is known. */
  resolveImported?: (path: string, depth: number) => Value | undefined;
}

const MAX_EVAL_DEPTH = 40;

export function evaluate(expr: Expr, scope: EvalScope, depth = 0): Value {
  const span = { start: expr.start, end: expr.end };
  if (depth > MAX_EVAL_DEPTH) return { t: 'unknown', text: '…', span };
  switch (expr.kind) {
    case 'str':
      if (expr.fstring) return { t: 'unknown', text: scope.module.text.slice(expr.start, expr.end), span };
      return { t: 'str', v: expr.value, span, bytes: expr.bytes || undefined, expr };
    case 'num':
      if (expr.imaginary) return { t: 'unknown', text: expr.text, span };
      return expr.isFloat ? { t: 'float', v: expr.value, text: expr.text, span } : { t: 'int', v: expr.value, text: expr.text, span };
    case 'bool':
      return { t: 'bool', v: expr.value, span };
    case 'none':
      return { t: 'none', span };
    case 'list':
    case 'tuple':
    case 'set': {
      const items: Value[] = [];
      for (const item of expr.items) {
        if (item.kind === 'starred') {
          const inner = evaluate(item.value, scope, depth + 1);
          if (inner.t === 'list' || inner.t === 'tuple' || inner.t === 'set') items.push(...inner.items);
          else items.push({ t: 'unknown', text: textOf(item, scope), span: item });
        } else items.push(evaluate(item, scope, depth + 1));
      }
      return { t: expr.kind, items, span };
    }
    case 'dict': {
      const entries: Array<[Value, Value]> = [];
      for (const entry of expr.entries) {
        if (entry.key === undefined) {
          const inner = evaluate(entry.value, scope, depth + 1);
          if (inner.t === 'dict') entries.push(...inner.entries);
          continue;
        }
        entries.push([evaluate(entry.key, scope, depth + 1), evaluate(entry.value, scope, depth + 1)]);
      }
      return { t: 'dict', entries, span };
    }
    case 'name':
    case 'attr':
      return evaluateName(expr, scope, depth, span);
    case 'call': {
      const path = qualify(expr.func, scope);
      const args = expr.args.map((a) => evaluate(a, scope, depth + 1));
      for (const s of expr.starArgs) {
        const inner = evaluate(s, scope, depth + 1);
        if (inner.t === 'list' || inner.t === 'tuple') args.push(...inner.items);
        else args.push({ t: 'unknown', text: textOf(s, scope), span: s });
      }
      const kwargs: Array<[string, Value]> = [];
      for (const kw of expr.kwargs) {
        if (kw.name !== undefined) kwargs.push([kw.name, evaluate(kw.value, scope, depth + 1)]);
        else {
          const inner = evaluate(kw.value, scope, depth + 1);
          if (inner.t === 'dict') for (const [k, v] of inner.entries) if (k.t === 'str') kwargs.push([k.v, v]);
        }
      }
      if (path === undefined) return { t: 'unknown', text: textOf(expr, scope), span };
      return { t: 'call', func: path, args, kwargs, span, funcSpan: { start: expr.func.start, end: expr.func.end } };
    }
    case 'binop': {
      const left = evaluate(expr.left, scope, depth + 1);
      const right = evaluate(expr.right, scope, depth + 1);
      return foldBinop(expr.op, left, right, span);
    }
    case 'unary': {
      const operand = evaluate(expr.operand, scope, depth + 1);
      if (expr.op === '-' && (operand.t === 'int' || operand.t === 'float')) {
        return operand.t === 'int'
          ? { t: 'int', v: -operand.v, text: `-${operand.text ?? operand.v}`, span }
          : { t: 'float', v: -operand.v, text: `-${operand.text}`, span };
      }
      if (expr.op === '+' && (operand.t === 'int' || operand.t === 'float')) return { ...operand, span };
      if (expr.op === 'not' && operand.t === 'bool') return { t: 'bool', v: !operand.v, span };
      return { t: 'op', op: expr.op === 'not' ? 'not' : `u${expr.op}`, args: [operand], span };
    }
    case 'boolop':
      return { t: 'op', op: expr.op, args: [evaluate(expr.left, scope, depth + 1), evaluate(expr.right, scope, depth + 1)], span };
    case 'lambda':
      return { t: 'lambda', text: expr.text, span };
    case 'subscript': {
      const value = evaluate(expr.value, scope, depth + 1);
      const index = evaluate(expr.index, scope, depth + 1);
      if ((value.t === 'list' || value.t === 'tuple') && index.t === 'int') {
        const item = value.items[index.v < 0 ? value.items.length + index.v : index.v];
        if (item) return item;
      }
      if (value.t === 'dict' && (index.t === 'str' || index.t === 'int')) {
        const found = value.entries.find(([k]) => valuesEqual(k, index));
        if (found) return found[1];
      }
      return { t: 'unknown', text: textOf(expr, scope), span };
    }
    default:
      return { t: 'unknown', text: textOf(expr, scope), span };
  }
}

function textOf(expr: Span, scope: EvalScope): string {
  return scope.module.text.slice(expr.start, expr.end);
}

function qualify(expr: Expr, scope: EvalScope): string | undefined {
  if (expr.kind === 'name' && scope.locals?.has(expr.id)) return expr.id;
  const path = qualifiedName(expr, scope.module);
  if (path === undefined) return undefined;
  return scope.canonical ? scope.canonical(path) : path;
}

function evaluateName(expr: Extract<Expr, { kind: 'name' | 'attr' }>, scope: EvalScope, depth: number, span: Span): Value {
  if (expr.kind === 'name') {
    const local = scope.locals?.get(expr.id);
    if (local) return { ...evaluate(local, { ...scope, locals: undefined }, depth + 1), span };
    const top = scope.module.topLevel.get(expr.id);
    if (top && 'value' in top && top.value && !('bases' in top) && !top.augmented) {
      // A module-level constant: use its value, keeping the reference's span.
      const value = evaluate(top.value, { ...scope, locals: undefined }, depth + 1);
      if (value.t !== 'unknown') return { ...value, span };
    }
    if (expr.id === 'True') return { t: 'bool', v: true, span };
    if (expr.id === 'False') return { t: 'bool', v: false, span };
    if (expr.id === 'None') return { t: 'none', span };
  }
  const path = qualify(expr, scope);
  if (path === undefined) return { t: 'unknown', text: textOf(expr, scope), span };
  if (scope.resolveImported && scope.module.imports.has(rootName(expr))) {
    const resolved = scope.resolveImported(path, depth + 1);
    if (resolved) return { ...resolved, span };
  }
  return { t: 'ref', path, span };
}

function rootName(expr: Expr): string {
  let e = expr;
  while (e.kind === 'attr') e = e.object;
  return e.kind === 'name' ? e.id : '';
}

function foldBinop(op: string, left: Value, right: Value, span: Span): Value {
  if (op === '+') {
    if (left.t === 'str' && right.t === 'str') return { t: 'str', v: left.v + right.v, span };
    if ((left.t === 'list' || left.t === 'tuple') && left.t === right.t) return { t: left.t, items: [...left.items, ...right.items], span };
  }
  if ((left.t === 'int' || left.t === 'float') && (right.t === 'int' || right.t === 'float')) {
    const isFloat = left.t === 'float' || right.t === 'float';
    let v: number | undefined;
    switch (op) {
      case '+': v = left.v + right.v; break;
      case '-': v = left.v - right.v; break;
      case '*': v = left.v * right.v; break;
      case '//': v = right.v === 0 ? undefined : Math.floor(left.v / right.v); break;
      case '**': v = left.v ** right.v; break;
    }
    if (v !== undefined) return isFloat ? { t: 'float', v, text: String(v), span } : { t: 'int', v, span };
  }
  if (op === '*' && (left.t === 'list' || left.t === 'tuple') && right.t === 'int') {
    const items: Value[] = [];
    for (let i = 0; i < Math.min(right.v, 1000); i++) items.push(...left.items);
    return { t: left.t, items, span };
  }
  return { t: 'op', op, args: [left, right], span };
}

// ---- helpers over values ----

export function kwarg(call: Extract<Value, { t: 'call' }>, name: string): Value | undefined {
  for (let i = call.kwargs.length - 1; i >= 0; i--) if (call.kwargs[i][0] === name) return call.kwargs[i][1];
  return undefined;
}

/** A constructor argument given either positionally (at `index`) or by keyword. */
export function argument(call: Extract<Value, { t: 'call' }>, index: number, name: string): Value | undefined {
  return kwarg(call, name) ?? (index >= 0 ? call.args[index] : undefined);
}

export function asString(value: Value | undefined): string | undefined {
  return value?.t === 'str' ? value.v : undefined;
}

export function asNumber(value: Value | undefined): number | undefined {
  return value?.t === 'int' || value?.t === 'float' ? value.v : undefined;
}

export function asBool(value: Value | undefined): boolean | undefined {
  if (value?.t === 'bool') return value.v;
  if (value?.t === 'int') return value.v !== 0;
  return undefined;
}

export function asItems(value: Value | undefined): Value[] | undefined {
  return value && (value.t === 'list' || value.t === 'tuple' || value.t === 'set') ? value.items : undefined;
}

export function dictGet(value: Value | undefined, key: string): Value | undefined {
  if (value?.t !== 'dict') return undefined;
  for (let i = value.entries.length - 1; i >= 0; i--) {
    const [k, v] = value.entries[i];
    if (k.t === 'str' && k.v === key) return v;
  }
  return undefined;
}

export function isTruthy(value: Value | undefined): boolean | undefined {
  if (!value) return undefined;
  switch (value.t) {
    case 'bool':
      return value.v;
    case 'none':
      return false;
    case 'int':
    case 'float':
      return value.v !== 0;
    case 'str':
      return value.v.length > 0;
    case 'list':
    case 'tuple':
    case 'set':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0;
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

/** Structural equality, ignoring spans. Lists and tuples are distinct, as in Python. */
export function valuesEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if ((a.t === 'int' || a.t === 'float') && (b.t === 'int' || b.t === 'float')) return a.v === b.v;
  if (a.t === 'bool' && (b.t === 'int' || b.t === 'float')) return Number(a.v) === b.v;
  if (b.t === 'bool' && (a.t === 'int' || a.t === 'float')) return Number(b.v) === a.v;
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'str':
      return a.v === (b as typeof a).v && !!a.bytes === !!(b as typeof a).bytes;
    case 'bool':
      return a.v === (b as typeof a).v;
    case 'none':
      return true;
    case 'list':
    case 'tuple':
    case 'set': {
      const bi = (b as typeof a).items;
      if (a.items.length !== bi.length) return false;
      if (a.t === 'set') return a.items.every((x) => bi.some((y) => valuesEqual(x, y)));
      return a.items.every((x, i) => valuesEqual(x, bi[i]));
    }
    case 'dict': {
      const be = (b as typeof a).entries;
      if (a.entries.length !== be.length) return false;
      return a.entries.every(([k, v]) => be.some(([k2, v2]) => valuesEqual(k, k2) && valuesEqual(v, v2)));
    }
    case 'call': {
      const bc = b as typeof a;
      if (a.func !== bc.func || a.args.length !== bc.args.length || a.kwargs.length !== bc.kwargs.length) return false;
      if (!a.args.every((x, i) => valuesEqual(x, bc.args[i]))) return false;
      return a.kwargs.every(([k, v]) => bc.kwargs.some(([k2, v2]) => k === k2 && valuesEqual(v, v2)));
    }
    case 'ref':
      return a.path === (b as typeof a).path;
    case 'op': {
      const bo = b as typeof a;
      return a.op === bo.op && a.args.length === bo.args.length && a.args.every((x, i) => valuesEqual(x, bo.args[i]));
    }
    case 'lambda':
    case 'unknown':
      return a.text === (b as typeof a).text;
    default:
      return false;
  }
}

export function lastSegment(path: string): string {
  const i = path.lastIndexOf('.');
  return i === -1 ? path : path.slice(i + 1);
}
