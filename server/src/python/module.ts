// A parsed Python module: its statements, its import bindings resolved to absolute dotted paths,
// and syntax problems. Building one never throws.
import { Assign, Block, ClassDef, Comment, Expr, FunctionDef, SyntaxProblem, emptyBlock } from './ast';
import { convertTree, findComments } from './convert';
import { Tree, parseTree, isPythonParserReady } from './treeSitter';

export interface PyModule {
  /** Dotted module name, e.g. `shop.models`, when known. */
  moduleName: string | undefined;
  /** True for `__init__.py`: relative imports then resolve against the module itself. */
  isPackage: boolean;
  text: string;
  body: Block;
  problems: SyntaxProblem[];
  /** local name -> absolute dotted path (`models` -> `django.db.models`). */
  imports: Map<string, string>;
  /** Modules imported with `from m import *`. */
  starImports: string[];
  topLevel: Map<string, Assign | ClassDef | FunctionDef>;
  suppressionComments: Comment[];
}

export interface ParseOptions {
  moduleName?: string;
  isPackage?: boolean;
  /** A previous tree already edited with editTree, for incremental re-parsing. */
  previousTree?: Tree;
  /** Keep the tree (for incremental re-parsing of open documents); otherwise it is freed. */
  keepTree?: boolean;
}

export interface ParsedModule {
  module: PyModule;
  tree: Tree | undefined;
}

export const SUPPRESSION_MARKER = 'schema-guard:';

/** Files larger than this are not parsed: they are reported and skipped. */
export const MAX_PYTHON_FILE_SIZE = 8 * 1024 * 1024;

export function parseModule(text: string, options: ParseOptions = {}): ParsedModule {
  const problems: SyntaxProblem[] = [];
  let body: Block = emptyBlock();
  let comments: Comment[] = [];
  let tree: Tree | undefined;
  if (text.length > MAX_PYTHON_FILE_SIZE) {
    problems.push({ start: 0, end: 0, message: `File too large to analyse (${text.length} characters; the limit is ${MAX_PYTHON_FILE_SIZE})` });
  } else if (!isPythonParserReady()) {
    problems.push({ start: 0, end: 0, message: 'Python parser not initialised' });
  } else {
    try {
      tree = parseTree(text, options.previousTree);
      const converted = convertTree(tree, text);
      body = converted.body;
      problems.push(...converted.problems);
      comments = findComments(tree, text, SUPPRESSION_MARKER);
    } catch (error) {
      problems.push({ start: 0, end: 0, message: `Could not parse: ${(error as Error).message}` });
    }
    if (tree && !options.keepTree) {
      tree.delete();
      tree = undefined;
    }
  }
  const module = buildModule(text, body, problems, comments, options.moduleName, options.isPackage ?? false);
  return { module, tree };
}

function buildModule(
  text: string,
  body: Block,
  problems: SyntaxProblem[],
  comments: Comment[],
  moduleName: string | undefined,
  isPackage: boolean,
): PyModule {
  const imports = new Map<string, string>();
  const starImports: string[] = [];
  for (const imp of body.imports) {
    const base = resolveRelative(imp.module, imp.level, moduleName, isPackage);
    if (base === undefined) continue;
    if (imp.name === undefined) {
      // `import a.b.c` binds `a`; `import a.b as x` binds x to `a.b`.
      imports.set(imp.local, imp.module.startsWith(`${imp.local}.`) ? imp.local : base);
    } else if (imp.name === '*') {
      starImports.push(base);
    } else {
      imports.set(imp.local, base ? `${base}.${imp.name}` : imp.name);
    }
  }
  const topLevel = new Map<string, Assign | ClassDef | FunctionDef>();
  for (const a of body.assigns) for (const t of a.targets) if (!t.includes('.')) topLevel.set(t, a);
  for (const f of body.functions) topLevel.set(f.name, f);
  for (const c of body.classes) topLevel.set(c.name, c);
  return { moduleName, isPackage, text, body, problems, imports, starImports, topLevel, suppressionComments: comments };
}

/** Resolves `from ..x import y` to an absolute module path; undefined when it climbs above the root. */
export function resolveRelative(module: string, level: number, moduleName: string | undefined, isPackage: boolean): string | undefined {
  if (level === 0) return module;
  if (!moduleName) return module || undefined;
  const parts = moduleName.split('.');
  const packageParts = isPackage ? parts : parts.slice(0, -1);
  const keep = packageParts.length - (level - 1);
  if (keep < 0) return undefined;
  const base = packageParts.slice(0, keep).join('.');
  if (!module) return base;
  return base ? `${base}.${module}` : module;
}

/**
 * The absolute dotted path a name or attribute chain refers to:
 * `models.CharField` -> `django.db.models.CharField`, a local class `Base` -> `shop.models.Base`.
 */
export function qualifiedName(expr: Expr, module: PyModule): string | undefined {
  if (expr.kind === 'name') {
    const imported = module.imports.get(expr.id);
    if (imported !== undefined) return imported;
    if (module.topLevel.has(expr.id)) return module.moduleName ? `${module.moduleName}.${expr.id}` : expr.id;
    return expr.id;
  }
  if (expr.kind === 'attr') {
    const base = qualifiedName(expr.object, module);
    return base === undefined ? undefined : `${base}.${expr.name}`;
  }
  return undefined;
}

/** `a.b.c` as written, without resolving imports. */
export function dottedText(expr: Expr): string | undefined {
  if (expr.kind === 'name') return expr.id;
  if (expr.kind === 'attr') {
    const base = dottedText(expr.object);
    return base === undefined ? undefined : `${base}.${expr.name}`;
  }
  return undefined;
}

export function findClass(block: Block, name: string): ClassDef | undefined {
  for (let i = block.classes.length - 1; i >= 0; i--) if (block.classes[i].name === name) return block.classes[i];
  return undefined;
}

/** The last assignment to `name` in a block (Python semantics: the last one wins). */
export function findAssign(block: Block, name: string): Assign | undefined {
  for (let i = block.assigns.length - 1; i >= 0; i--) {
    const a = block.assigns[i];
    if (!a.augmented && a.targets.includes(name)) return a;
  }
  return undefined;
}
