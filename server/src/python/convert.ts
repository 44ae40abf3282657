// Converts a tree-sitter Python tree into the small AST of ast.ts. Never throws on broken input:
// ERROR nodes are reported as syntax problems and the statements around (and, best effort, inside) them are kept.
import type { TsNode, Tree } from './treeSitter';
import {
  Assign,
  Block,
  ClassDef,
  Comment,
  DictEntry,
  Expr,
  FunctionDef,
  Keyword,
  Span,
  StringSegment,
  SyntaxProblem,
  emptyBlock,
} from './ast';

export interface ConvertedModule {
  body: Block;
  problems: SyntaxProblem[];
}

const MAX_DEPTH = 200;

export function convertTree(tree: Tree, text: string): ConvertedModule {
  const problems: SyntaxProblem[] = [];
  const root = tree.rootNode;
  if (root.hasError) collectProblems(root, problems, text);
  const body = emptyBlock();
  walkStatements(root, body, text, 0);
  return { body, problems };
}

function children(node: TsNode): TsNode[] {
  return node.children.filter((c): c is TsNode => c !== null);
}

function namedChildren(node: TsNode): TsNode[] {
  return node.namedChildren.filter((c): c is TsNode => c !== null);
}

function span(node: TsNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function collectProblems(node: TsNode, out: SyntaxProblem[], text: string): void {
  if (out.length >= 50) return;
  if (node.isMissing) {
    out.push({ start: node.startIndex, end: node.endIndex, message: `Syntax error: missing \`${node.type}\`` });
    return;
  }
  if (node.isError) {
    const start = node.startIndex;
    const lineEnd = text.indexOf('\n', start);
    const end = Math.min(node.endIndex, lineEnd === -1 ? node.endIndex : Math.max(lineEnd, start + 1));
    const snippet = text.slice(start, Math.min(end, start + 30)).trim();
    out.push({ start, end, message: snippet ? `Syntax error near \`${snippet}\`` : 'Syntax error' });
  }
  for (const child of children(node)) if (child.hasError || child.isMissing) collectProblems(child, out, text);
}

const STATEMENT_CONTAINERS = new Set([
  'if_statement',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'finally_clause',
  'with_statement',
  'block',
  'for_statement',
  'while_statement',
]);

function walkStatements(node: TsNode, block: Block, text: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of children(node)) {
    switch (child.type) {
      case 'expression_statement':
        handleExpressionStatement(child, block, text, depth);
        break;
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement':
        handleImport(child, block);
        break;
      case 'class_definition': {
        const cls = convertClass(child, [], text, depth);
        if (cls) block.classes.push(cls);
        break;
      }
      case 'function_definition': {
        const fn = convertFunction(child, [], child.startIndex, text, depth);
        if (fn) block.functions.push(fn);
        break;
      }
      case 'decorated_definition':
        handleDecorated(child, block, text, depth);
        break;
      case 'ERROR':
        recoverFromError(child, block, text, depth);
        break;
      case 'if_statement':
        walkIf(child, block, text, depth);
        break;
      default:
        if (STATEMENT_CONTAINERS.has(child.type)) walkStatements(child, block, text, depth + 1);
    }
  }
}

/**
 * Statements of every branch count (a name bound in any branch may be bound), except branches on the
 * database vendor: Schema Guard targets PostgreSQL, so `connection.vendor == "mysql"` branches are dead.
 */
function walkIf(node: TsNode, block: Block, text: string, depth: number): void {
  const branches: Array<{ condition: TsNode | null; body: TsNode | null }> = [{ condition: node.childForFieldName('condition'), body: node.childForFieldName('consequence') }];
  for (const c of children(node)) {
    if (c.type === 'elif_clause') branches.push({ condition: c.childForFieldName('condition'), body: c.childForFieldName('consequence') });
    else if (c.type === 'else_clause') branches.push({ condition: null, body: c.childForFieldName('body') ?? c });
  }
  const verdicts = branches.map((b) => (b.condition ? vendorCondition(b.condition.text) : true));
  if (branches.every((b, i) => !b.condition || verdicts[i] === undefined)) {
    walkStatements(node, block, text, depth + 1);
    return;
  }
  for (const [i, branch] of branches.entries()) {
    const verdict = verdicts[i];
    if (verdict === false) continue;
    if (branch.body) walkStatements(branch.body, block, text, depth + 1);
    if (verdict === true) return; // later branches are not reached
  }
}

/** `connection.vendor == "postgresql"` and the like: true or false on PostgreSQL, undefined when it is not such a test. */
export function vendorCondition(condition: string): boolean | undefined {
  const compact = condition.replace(/\s+/g, ' ').trim().replace(/^\((.*)\)$/, '$1');
  // `a and b` is false on PostgreSQL when one side is; `a or b` true when one side is.
  for (const [joiner, decisive] of [[' or ', true], [' and ', false]] as const) {
    const parts = compact.split(joiner);
    if (parts.length < 2) continue;
    const verdicts = parts.map(vendorCondition);
    if (verdicts.includes(decisive)) return decisive;
    return verdicts.every((v) => v === !decisive) ? !decisive : undefined;
  }
  if (compact.startsWith('not ')) {
    const inner = vendorCondition(compact.slice(4));
    return inner === undefined ? undefined : !inner;
  }
  let m = /^(?:[\w.]+\.)?vendor (==|!=) ['"](\w+)['"]$/.exec(compact) ?? /^['"](\w+)['"] (==|!=) (?:[\w.]+\.)?vendor$/.exec(compact);
  if (m) {
    const [op, vendor] = m[1] === '==' || m[1] === '!=' ? [m[1], m[2]] : [m[2], m[1]];
    return (vendor === 'postgresql') === (op === '==');
  }
  m = /^(?:[\w.]+\.)?vendor (not in|in) [([]([^)\]]*)[)\]]$/.exec(compact);
  if (m) {
    const listed = /['"]postgresql['"]/.test(m[2]);
    return listed === (m[1] === 'in');
  }
  return undefined;
}

function handleDecorated(node: TsNode, block: Block, text: string, depth: number): void {
  const decorators: Expr[] = [];
  for (const c of namedChildren(node)) {
    if (c.type === 'decorator') {
      const inner = namedChildren(c)[0];
      if (inner) decorators.push(convertExpr(inner, text, depth + 1));
    }
  }
  const def = node.childForFieldName('definition');
  if (!def) return;
  if (def.type === 'class_definition') {
    const cls = convertClass(def, decorators, text, depth);
    if (cls) {
      cls.start = node.startIndex;
      block.classes.push(cls);
    }
  } else if (def.type === 'function_definition') {
    const fn = convertFunction(def, decorators, node.startIndex, text, depth);
    if (fn) block.functions.push(fn);
  }
}

function handleExpressionStatement(node: TsNode, block: Block, text: string, depth: number): void {
  for (const inner of namedChildren(node)) {
    if (inner.type === 'assignment' || inner.type === 'augmented_assignment') {
      const assign = convertAssignment(inner, text, depth);
      if (assign) {
        assign.start = node.startIndex;
        assign.end = node.endIndex;
        block.assigns.push(assign);
      }
    } else {
      block.expressions.push(convertExpr(inner, text, depth + 1));
    }
  }
}

function targetNames(node: TsNode): string[] {
  if (node.type === 'identifier') return [node.text];
  if (node.type === 'attribute') return [node.text];
  if (node.type === 'pattern_list' || node.type === 'tuple_pattern' || node.type === 'list_pattern' || node.type === 'tuple') {
    return namedChildren(node).flatMap(targetNames);
  }
  return [];
}

function convertAssignment(node: TsNode, text: string, depth: number): Assign | undefined {
  const left = node.childForFieldName('left');
  if (!left) return undefined;
  let right = node.childForFieldName('right');
  const targets = targetNames(left);
  // a = b = value: the right side is itself an assignment.
  while (right && right.type === 'assignment') {
    const innerLeft = right.childForFieldName('left');
    if (innerLeft) targets.push(...targetNames(innerLeft));
    right = right.childForFieldName('right');
  }
  const type = node.childForFieldName('type');
  const operator = node.type === 'augmented_assignment' ? node.childForFieldName('operator')?.text : undefined;
  return {
    start: node.startIndex,
    end: node.endIndex,
    targets,
    targetSpan: span(left),
    value: right ? convertExpr(right, text, depth + 1) : undefined,
    annotation: type ? convertExpr(type, text, depth + 1) : undefined,
    augmented: operator,
  };
}

function handleImport(node: TsNode, block: Block): void {
  if (node.type === 'import_statement') {
    for (const c of namedChildren(node)) {
      if (c.type === 'dotted_name') {
        const module = c.text;
        block.imports.push({ ...span(c), local: module.split('.')[0], module, name: undefined, level: 0 });
      } else if (c.type === 'aliased_import') {
        const nameNode = c.childForFieldName('name');
        const alias = c.childForFieldName('alias');
        if (nameNode && alias) block.imports.push({ ...span(c), local: alias.text, module: nameNode.text, name: undefined, level: 0 });
      }
    }
    return;
  }
  if (node.type !== 'import_from_statement') return;
  const moduleNode = node.childForFieldName('module_name');
  if (!moduleNode) return;
  let module = moduleNode.text;
  let level = 0;
  if (moduleNode.type === 'relative_import') {
    const m = /^(\.*)(.*)$/.exec(module.replace(/\s+/g, ''));
    level = m ? m[1].length : 0;
    module = m ? m[2] : module;
  }
  for (const c of namedChildren(node)) {
    if (c === moduleNode || c.startIndex === moduleNode.startIndex) continue;
    if (c.type === 'dotted_name') {
      block.imports.push({ ...span(c), local: c.text, module, name: c.text, level });
    } else if (c.type === 'aliased_import') {
      const nameNode = c.childForFieldName('name');
      const alias = c.childForFieldName('alias');
      if (nameNode && alias) block.imports.push({ ...span(c), local: alias.text, module, name: nameNode.text, level });
    } else if (c.type === 'wildcard_import') {
      block.imports.push({ ...span(c), local: '*', module, name: '*', level });
    }
  }
}

function convertClass(node: TsNode, decorators: Expr[], text: string, depth: number): ClassDef | undefined {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const bases: Expr[] = [];
  const keywords: Keyword[] = [];
  const superclasses = node.childForFieldName('superclasses');
  if (superclasses) {
    for (const c of namedChildren(superclasses)) {
      if (c.type === 'keyword_argument') {
        const kw = convertKeyword(c, text, depth);
        if (kw) keywords.push(kw);
      } else if (c.type !== 'comment') bases.push(convertExpr(c, text, depth + 1));
    }
  }
  const body = emptyBlock();
  const bodyNode = node.childForFieldName('body');
  const colon = children(node).find((c) => c.type === ':');
  const headerEnd = colon ? colon.endIndex : superclasses ? superclasses.endIndex : nameNode.endIndex;
  // Statements that tree-sitter could not attach (half-typed code) sit in ERROR siblings of the body.
  for (const c of children(node)) if (c.type === 'ERROR') recoverFromError(c, body, text, depth + 1);
  let bodyStart = headerEnd;
  if (bodyNode) {
    walkStatements(bodyNode, body, text, depth + 1);
    const first = namedChildren(bodyNode).find((c) => c.type !== 'comment');
    if (first) bodyStart = first.startIndex;
  }
  const lineStart = text.lastIndexOf('\n', bodyStart - 1) + 1;
  const indentMatch = /^[ \t]*/.exec(text.slice(lineStart, bodyStart));
  let bodyIndent = indentMatch && lineStart < bodyStart && text.slice(lineStart, bodyStart).trim() === '' ? indentMatch[0] : '';
  if (!bodyIndent) {
    const classLineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
    bodyIndent = (/^[ \t]*/.exec(text.slice(classLineStart, node.startIndex))?.[0] ?? '') + '    ';
  }
  return {
    start: node.startIndex,
    end: node.endIndex,
    name: nameNode.text,
    nameSpan: span(nameNode),
    bases,
    keywords,
    body,
    decorators,
    bodyStart,
    bodyIndent,
    headerEnd,
  };
}

function convertFunction(node: TsNode, decorators: Expr[], fullStart: number, text: string, depth: number): FunctionDef | undefined {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const params: string[] = [];
  const paramsNode = node.childForFieldName('parameters');
  if (paramsNode) {
    for (const p of namedChildren(paramsNode)) {
      const name = p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? namedChildren(p)[0]?.text;
      if (name) params.push(name);
    }
  }
  const returns: Expr[] = [];
  const bodyNode = node.childForFieldName('body');
  if (bodyNode) collectReturns(bodyNode, returns, text, depth + 1);
  return { start: node.startIndex, end: node.endIndex, name: nameNode.text, nameSpan: span(nameNode), params, returns, decorators, fullStart };
}

function collectReturns(node: TsNode, out: Expr[], text: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const c of namedChildren(node)) {
    if (c.type === 'return_statement') {
      const value = namedChildren(c)[0];
      if (value) out.push(convertExpr(value, text, depth + 1));
    } else if (c.type !== 'function_definition' && c.type !== 'class_definition' && c.type !== 'decorated_definition') {
      if (STATEMENT_CONTAINERS.has(c.type)) collectReturns(c, out, text, depth + 1);
    }
  }
}

/**
 * Best-effort recovery of statements inside an ERROR node: complete statements are handled normally,
 * and a flat `name = callee(kw=value, ...` sequence (a call still being typed) becomes an assignment.
 */
function recoverFromError(node: TsNode, block: Block, text: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const items = children(node);
  for (let i = 0; i < items.length; i++) {
    const c = items[i];
    if (c.type === 'identifier' && items[i + 1]?.type === '=' && items[i + 2]) {
      const valueNode = items[i + 2];
      let value = convertExpr(valueNode, text, depth + 1);
      let end = valueNode.endIndex;
      let j = i + 3;
      if (items[j]?.type === '(' || items[j]?.type === 'argument_list') {
        // A call whose closing parenthesis is missing: gather the arguments that parsed.
        const args: Expr[] = [];
        const kwargs: Keyword[] = [];
        const open = items[j].startIndex;
        const argNodes = items[j].type === 'argument_list' ? namedChildren(items[j]) : [];
        if (items[j].type === '(') {
          j++;
          while (j < items.length && items[j].type !== ')' && !(items[j].type === 'identifier' && items[j + 1]?.type === '=')) {
            argNodes.push(items[j]);
            j++;
          }
        } else j++;
        for (const a of argNodes) {
          if (a.type === 'keyword_argument') {
            const kw = convertKeyword(a, text, depth + 1);
            if (kw) kwargs.push(kw);
          } else if (a.isNamed && a.type !== 'comment' && a.type !== 'ERROR') args.push(convertExpr(a, text, depth + 1));
          end = Math.max(end, a.endIndex);
        }
        value = { kind: 'call', start: valueNode.startIndex, end, func: value, args, kwargs, starArgs: [], openParen: open, closeParen: -1 };
        i = j - 1;
      } else {
        i += 2;
      }
      block.assigns.push({
        start: c.startIndex,
        end,
        targets: [c.text],
        targetSpan: span(c),
        value,
        annotation: undefined,
        augmented: undefined,
      });
      continue;
    }
    switch (c.type) {
      case 'expression_statement':
        handleExpressionStatement(c, block, text, depth);
        break;
      case 'assignment': {
        const assign = convertAssignment(c, text, depth);
        if (assign) block.assigns.push(assign);
        break;
      }
      case 'import_statement':
      case 'import_from_statement':
        handleImport(c, block);
        break;
      case 'class_definition': {
        const cls = convertClass(c, [], text, depth + 1);
        if (cls) block.classes.push(cls);
        break;
      }
      case 'function_definition': {
        const fn = convertFunction(c, [], c.startIndex, text, depth + 1);
        if (fn) block.functions.push(fn);
        break;
      }
      case 'decorated_definition':
        handleDecorated(c, block, text, depth + 1);
        break;
      case 'ERROR':
        recoverFromError(c, block, text, depth + 1);
        break;
      default:
        if (STATEMENT_CONTAINERS.has(c.type)) walkStatements(c, block, text, depth + 1);
    }
  }
}

function convertKeyword(node: TsNode, text: string, depth: number): Keyword | undefined {
  const name = node.childForFieldName('name');
  const value = node.childForFieldName('value');
  if (!name || !value) return undefined;
  return { start: node.startIndex, end: node.endIndex, name: name.text, nameSpan: span(name), value: convertExpr(value, text, depth + 1) };
}

function unknown(node: TsNode): Expr {
  return { kind: 'unknown', start: node.startIndex, end: node.endIndex, text: node.text };
}

export function convertExpr(node: TsNode, text: string, depth: number): Expr {
  if (depth > MAX_DEPTH) return unknown(node);
  const s = node.startIndex;
  const e = node.endIndex;
  switch (node.type) {
    case 'string':
      return convertStrings([node], s, e, text);
    case 'concatenated_string':
      return convertStrings(namedChildren(node).filter((c) => c.type === 'string'), s, e, text);
    case 'integer':
    case 'float': {
      const raw = node.text;
      const imaginary = /[jJ]$/.test(raw);
      const clean = raw.replace(/_/g, '').replace(/[jJlL]$/, '');
      let value: number;
      if (/^0[xX]/.test(clean)) value = parseInt(clean.slice(2), 16);
      else if (/^0[oO]/.test(clean)) value = parseInt(clean.slice(2), 8);
      else if (/^0[bB]/.test(clean)) value = parseInt(clean.slice(2), 2);
      else value = Number(clean);
      return { kind: 'num', start: s, end: e, value, text: raw, isFloat: node.type === 'float', imaginary };
    }
    case 'true':
      return { kind: 'bool', start: s, end: e, value: true };
    case 'false':
      return { kind: 'bool', start: s, end: e, value: false };
    case 'none':
      return { kind: 'none', start: s, end: e };
    case 'ellipsis':
      return { kind: 'ellipsis', start: s, end: e };
    case 'identifier':
      return { kind: 'name', start: s, end: e, id: node.text };
    case 'attribute': {
      const object = node.childForFieldName('object');
      const attr = node.childForFieldName('attribute');
      if (!object || !attr) return unknown(node);
      return { kind: 'attr', start: s, end: e, object: convertExpr(object, text, depth + 1), name: attr.text, nameSpan: span(attr) };
    }
    case 'call': {
      const func = node.childForFieldName('function');
      const argList = node.childForFieldName('arguments');
      if (!func) return unknown(node);
      const args: Expr[] = [];
      const kwargs: Keyword[] = [];
      const starArgs: Expr[] = [];
      let openParen = func.endIndex;
      let closeParen = e - 1;
      if (argList) {
        if (argList.type === 'generator_expression') {
          args.push(unknown(argList));
        } else {
          for (const c of children(argList)) {
            if (c.type === '(') openParen = c.startIndex;
            else if (c.type === ')') closeParen = c.startIndex;
            else if (c.type === 'keyword_argument') {
              const kw = convertKeyword(c, text, depth);
              if (kw) kwargs.push(kw);
            } else if (c.type === 'dictionary_splat') {
              const inner = namedChildren(c)[0];
              if (inner) kwargs.push({ start: c.startIndex, end: c.endIndex, name: undefined, nameSpan: span(c), value: convertExpr(inner, text, depth + 1) });
            } else if (c.type === 'list_splat') {
              const inner = namedChildren(c)[0];
              if (inner) starArgs.push(convertExpr(inner, text, depth + 1));
            } else if (c.isNamed && c.type !== 'comment' && c.type !== 'ERROR') {
              args.push(convertExpr(c, text, depth + 1));
            }
          }
          if (!children(argList).some((c) => c.type === ')')) closeParen = -1;
        }
      }
      return { kind: 'call', start: s, end: e, func: convertExpr(func, text, depth + 1), args, kwargs, starArgs, openParen, closeParen };
    }
    case 'list':
    case 'tuple':
    case 'set':
    case 'expression_list':
    case 'pattern_list': {
      const items = namedChildren(node)
        .filter((c) => c.type !== 'comment' && c.type !== 'ERROR')
        .map((c) => convertExpr(c, text, depth + 1));
      const kind = node.type === 'list' ? 'list' : node.type === 'set' ? 'set' : 'tuple';
      return { kind, start: s, end: e, items };
    }
    case 'parenthesized_expression': {
      const inner = namedChildren(node).filter((c) => c.type !== 'comment')[0];
      if (!inner) return unknown(node);
      const value = convertExpr(inner, text, depth + 1);
      return { ...value, start: s, end: e } as Expr;
    }
    case 'dictionary': {
      const entries: DictEntry[] = [];
      for (const c of namedChildren(node)) {
        if (c.type === 'pair') {
          const key = c.childForFieldName('key');
          const value = c.childForFieldName('value');
          if (key && value) entries.push({ start: c.startIndex, end: c.endIndex, key: convertExpr(key, text, depth + 1), value: convertExpr(value, text, depth + 1) });
        } else if (c.type === 'dictionary_splat') {
          const inner = namedChildren(c)[0];
          if (inner) entries.push({ start: c.startIndex, end: c.endIndex, key: undefined, value: convertExpr(inner, text, depth + 1) });
        }
      }
      return { kind: 'dict', start: s, end: e, entries };
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const op = node.childForFieldName('operator');
      if (!left || !right || !op) return unknown(node);
      return { kind: 'binop', start: s, end: e, op: op.text, left: convertExpr(left, text, depth + 1), right: convertExpr(right, text, depth + 1) };
    }
    case 'unary_operator': {
      const arg = node.childForFieldName('argument');
      const op = node.childForFieldName('operator');
      if (!arg || !op) return unknown(node);
      return { kind: 'unary', start: s, end: e, op: op.text, operand: convertExpr(arg, text, depth + 1) };
    }
    case 'not_operator': {
      const arg = node.childForFieldName('argument');
      if (!arg) return unknown(node);
      return { kind: 'unary', start: s, end: e, op: 'not', operand: convertExpr(arg, text, depth + 1) };
    }
    case 'boolean_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const op = node.childForFieldName('operator');
      if (!left || !right || !op) return unknown(node);
      return { kind: 'boolop', start: s, end: e, op: op.text === 'and' ? 'and' : 'or', left: convertExpr(left, text, depth + 1), right: convertExpr(right, text, depth + 1) };
    }
    case 'comparison_operator':
      return { kind: 'compare', start: s, end: e, text: node.text };
    case 'subscript': {
      const value = node.childForFieldName('value');
      const index = node.childForFieldName('subscript');
      if (!value || !index) return unknown(node);
      return { kind: 'subscript', start: s, end: e, value: convertExpr(value, text, depth + 1), index: convertExpr(index, text, depth + 1) };
    }
    case 'lambda':
      return { kind: 'lambda', start: s, end: e, text: node.text };
    case 'conditional_expression': {
      const parts = namedChildren(node).filter((c) => c.type !== 'comment');
      if (parts.length < 3) return unknown(node);
      return {
        kind: 'conditional',
        start: s,
        end: e,
        body: convertExpr(parts[0], text, depth + 1),
        test: convertExpr(parts[1], text, depth + 1),
        orelse: convertExpr(parts[2], text, depth + 1),
      };
    }
    case 'list_splat':
    case 'dictionary_splat': {
      const inner = namedChildren(node)[0];
      if (!inner) return unknown(node);
      return { kind: 'starred', start: s, end: e, value: convertExpr(inner, text, depth + 1) };
    }
    default:
      return unknown(node);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function convertStrings(parts: TsNode[], start: number, end: number, source: string): Expr {
  let value = '';
  const segments: StringSegment[] = [];
  let bytes = false;
  let raw = true;
  let fstring = false;
  for (const part of parts) {
    const startNode = children(part).find((c) => c.type === 'string_start');
    const endNode = children(part).find((c) => c.type === 'string_end');
    const prefix = (startNode?.text ?? '').replace(/['"]+$/, '').toLowerCase();
    const isRaw = prefix.includes('r');
    if (prefix.includes('b')) bytes = true;
    if (!isRaw) raw = false;
    if (prefix.includes('f') || prefix.includes('t')) fstring = true;
    const contentStart = startNode ? startNode.endIndex : part.startIndex;
    const contentEnd = endNode ? endNode.startIndex : part.endIndex;
    // Interpolations of f-strings are kept as their source text.
    const pieces: Array<{ from: number; to: number; literal: boolean }> = [];
    let cursor = contentStart;
    for (const c of children(part)) {
      if (c.type === 'interpolation') {
        if (c.startIndex > cursor) pieces.push({ from: cursor, to: c.startIndex, literal: true });
        pieces.push({ from: c.startIndex, to: c.endIndex, literal: false });
        cursor = c.endIndex;
      }
    }
    if (cursor < contentEnd) pieces.push({ from: cursor, to: contentEnd, literal: true });
    for (const piece of pieces) {
      const chunk = source.slice(piece.from, piece.to);
      if (!piece.literal || isRaw) {
        segments.push({ valueStart: value.length, valueLength: chunk.length, sourceStart: piece.from, sourceLength: chunk.length });
        value += chunk;
        continue;
      }
      decodeEscapes(chunk, piece.from, bytes, segments, (s) => (value += s), () => value.length);
    }
  }
  return { kind: 'str', start, end, value, bytes, raw: raw && parts.length > 0, fstring, segments };
}

function decodeEscapes(
  chunk: string,
  sourceBase: number,
  bytes: boolean,
  segments: StringSegment[],
  append: (s: string) => void,
  length: () => number,
): void {
  let runStart = 0;
  const flush = (upTo: number) => {
    if (upTo > runStart) {
      segments.push({ valueStart: length(), valueLength: upTo - runStart, sourceStart: sourceBase + runStart, sourceLength: upTo - runStart });
      append(chunk.slice(runStart, upTo));
    }
  };
  let i = 0;
  while (i < chunk.length) {
    if (chunk[i] !== '\\' || i + 1 >= chunk.length) {
      i++;
      continue;
    }
    const next = chunk[i + 1];
    let decoded: string | undefined;
    let len = 2;
    if (next in SIMPLE_ESCAPES) decoded = SIMPLE_ESCAPES[next];
    else if (next === '\n') decoded = '';
    else if (next === '\r') {
      decoded = '';
      if (chunk[i + 2] === '\n') len = 3;
    } else if (next >= '0' && next <= '7') {
      const m = /^[0-7]{1,3}/.exec(chunk.slice(i + 1));
      if (m) {
        decoded = String.fromCharCode(parseInt(m[0], 8));
        len = 1 + m[0].length;
      }
    } else if (next === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(chunk.slice(i + 2));
      if (m) {
        decoded = String.fromCharCode(parseInt(m[0], 16));
        len = 4;
      }
    } else if (!bytes && (next === 'u' || next === 'U')) {
      const size = next === 'u' ? 4 : 8;
      const hex = chunk.slice(i + 2, i + 2 + size);
      if (hex.length === size && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = parseInt(hex, 16);
        if (cp <= 0x10ffff) {
          decoded = String.fromCodePoint(cp);
          len = 2 + size;
        }
      }
    } else if (!bytes && next === 'N') {
      const close = chunk.indexOf('}', i);
      if (chunk[i + 2] === '{' && close !== -1) {
        decoded = '\uFFFD';
        len = close + 1 - i;
      }
    }
    if (decoded === undefined) {
      // Python keeps unknown escapes as they are.
      i += 2;
      continue;
    }
    flush(i);
    segments.push({ valueStart: length(), valueLength: decoded.length, sourceStart: sourceBase + i, sourceLength: len });
    append(decoded);
    i += len;
    runStart = i;
  }
  flush(chunk.length);
}

/** Finds comments cheaply: only lines with `#` are checked against the tree. */
export function findComments(tree: Tree, text: string, needle: string): Comment[] {
  const out: Comment[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at === -1) break;
    from = at + needle.length;
    const hash = text.lastIndexOf('#', at);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (hash < lineStart) continue;
    const node = tree.rootNode.descendantForIndex(hash, hash + 1);
    if (!node || node.type !== 'comment') continue;
    out.push({ start: node.startIndex, end: node.endIndex, text: node.text, ownLine: text.slice(lineStart, node.startIndex).trim() === '' });
    from = Math.max(from, node.endIndex);
  }
  return out;
}
