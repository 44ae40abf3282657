// A small, parser-independent Python AST: only what Django models, settings and migrations use.
// Every node carries UTF-16 offsets into the source text.

export interface Span {
  start: number;
  end: number;
}

/** Maps offsets in a decoded string value back to the source text. */
export interface StringSegment {
  /** Offset in the decoded value. */
  valueStart: number;
  valueLength: number;
  /** Offset in the source text. */
  sourceStart: number;
  sourceLength: number;
}

export type Expr =
  | (Span & { kind: 'str'; value: string; bytes: boolean; raw: boolean; fstring: boolean; segments: StringSegment[] })
  | (Span & { kind: 'num'; value: number; text: string; isFloat: boolean; imaginary: boolean })
  | (Span & { kind: 'bool'; value: boolean })
  | (Span & { kind: 'none' })
  | (Span & { kind: 'ellipsis' })
  | (Span & { kind: 'name'; id: string })
  | (Span & { kind: 'attr'; object: Expr; name: string; nameSpan: Span })
  | (Span & { kind: 'call'; func: Expr; args: Expr[]; kwargs: Keyword[]; starArgs: Expr[]; openParen: number; closeParen: number })
  | (Span & { kind: 'list' | 'tuple' | 'set'; items: Expr[] })
  | (Span & { kind: 'dict'; entries: DictEntry[] })
  | (Span & { kind: 'binop'; op: string; left: Expr; right: Expr })
  | (Span & { kind: 'unary'; op: string; operand: Expr })
  | (Span & { kind: 'boolop'; op: 'and' | 'or'; left: Expr; right: Expr })
  | (Span & { kind: 'compare'; text: string })
  | (Span & { kind: 'subscript'; value: Expr; index: Expr })
  | (Span & { kind: 'lambda'; text: string })
  | (Span & { kind: 'conditional'; body: Expr; test: Expr; orelse: Expr })
  | (Span & { kind: 'starred'; value: Expr })
  | (Span & { kind: 'unknown'; text: string });

export interface Keyword extends Span {
  /** undefined for `**mapping`. */
  name: string | undefined;
  nameSpan: Span;
  value: Expr;
}

export interface DictEntry extends Span {
  /** undefined for `**mapping`. */
  key: Expr | undefined;
  value: Expr;
}

export interface Assign extends Span {
  /** Simple target names (`a = b = 1` gives two); attribute targets are kept as dotted text. */
  targets: string[];
  targetSpan: Span;
  value: Expr | undefined;
  annotation: Expr | undefined;
  augmented: string | undefined;
}

export interface FunctionDef extends Span {
  name: string;
  nameSpan: Span;
  params: string[];
  /** Values of `return` statements in the body (not in nested functions). */
  returns: Expr[];
  decorators: Expr[];
  /** Start of the first line of the definition, decorators included. */
  fullStart: number;
}

export interface ClassDef extends Span {
  name: string;
  nameSpan: Span;
  bases: Expr[];
  keywords: Keyword[];
  body: Block;
  decorators: Expr[];
  /** Offset of the first statement of the body; the body's indentation is the column there. */
  bodyStart: number;
  bodyIndent: string;
  /** Offset just after the colon of the header. */
  headerEnd: number;
}

export interface ImportBinding extends Span {
  /** Local name bound in the module. */
  local: string;
  /** Absolute or relative module path, e.g. `django.db.models` or `.fields`. */
  module: string;
  /** Imported name for `from m import name`; undefined for `import m`. */
  name: string | undefined;
  /** Relative import level (number of leading dots). */
  level: number;
}

export interface Block {
  assigns: Assign[];
  classes: ClassDef[];
  functions: FunctionDef[];
  imports: ImportBinding[];
  /** Bare expression statements, e.g. a call at module level. */
  expressions: Expr[];
}

export interface SyntaxProblem extends Span {
  message: string;
}

export interface Comment extends Span {
  text: string;
  /** True when nothing but whitespace precedes the comment on its line. */
  ownLine: boolean;
}

export function emptyBlock(): Block {
  return { assigns: [], classes: [], functions: [], imports: [], expressions: [] };
}

/** Maps an offset in a decoded string value back to an offset in the source. */
export function sourceOffsetOf(str: Extract<Expr, { kind: 'str' }>, valueOffset: number): number {
  const segments = str.segments;
  if (segments.length === 0) return str.start;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].valueStart <= valueOffset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  const delta = valueOffset - seg.valueStart;
  if (seg.valueLength === seg.sourceLength) return seg.sourceStart + Math.min(delta, seg.sourceLength);
  // An escape sequence: anything inside it maps to its start, its end to its end.
  return delta >= seg.valueLength ? seg.sourceStart + seg.sourceLength : seg.sourceStart;
}
