// Turns a field call (`models.CharField(max_length=10)`, `myapp.fields.MoneyField(...)`) into a
// FieldDef: built-in classes directly; project classes by following their bases through the
// project's source (and a literal db_type()); well-known third-party classes from a table; the
// rest from the user's `[tool.schema-guard.field-types]` mapping, else reported once as unknown.
import { ClassDef, Span } from '../python/ast';
import { PyModule, qualifiedName } from '../python/module';
import { EvalScope, Value, evaluate, lastSegment } from '../python/values';
import { canonicalPath } from './canonical';
import {
  FieldDef,
  FieldKind,
  THIRD_PARTY_DB_TYPES,
  THIRD_PARTY_FIELDS,
  builtinFieldKind,
  unknownFieldKind,
} from './fields';

export interface ModuleProvider {
  /** A project module by dotted name, or undefined when it is not in the workspace. */
  getModule(name: string): PyModule | undefined;
}

export interface FieldTypeMapping {
  base: string;
  defaults?: Record<string, Value>;
  dbType?: string;
}

export interface ResolvedFieldClass {
  kind: FieldKind;
  implied?: Record<string, Value>;
  customDbType?: string;
  unresolved?: boolean;
  /** Project files consulted (for cache invalidation). */
  files: string[];
}

export interface UnknownFieldClass {
  path: string;
  span: Span | undefined;
}

export class FieldResolver {
  private readonly cache = new Map<string, ResolvedFieldClass>();
  readonly unknownClasses = new Map<string, UnknownFieldClass>();
  /** Project modules looked into while resolving field classes (a change to one invalidates resolutions). */
  private readonly consultedModules = new Set<string>();

  consulted(moduleName: string): boolean {
    return this.consultedModules.has(moduleName);
  }

  constructor(
    private readonly modules: ModuleProvider,
    private readonly mappings: Record<string, FieldTypeMapping> = {},
  ) {}

  clearCache(): void {
    this.cache.clear();
    this.unknownClasses.clear();
    this.consultedModules.clear();
  }

  resolveClass(path: string, depth = 0): ResolvedFieldClass {
    const canonical = canonicalPath(path);
    const cached = this.cache.get(canonical);
    if (cached) return cached;
    const result = this.resolveUncached(canonical, depth);
    this.cache.set(canonical, result);
    return result;
  }

  private resolveUncached(path: string, depth: number): ResolvedFieldClass {
    const builtin = builtinFieldKind(path);
    if (builtin) return { kind: builtin, files: [] };
    const mapping = this.mappings[path];
    if (mapping) {
      const base = this.resolveClass(mapping.base, depth + 1);
      return { kind: base.kind, implied: { ...base.implied, ...mapping.defaults }, customDbType: mapping.dbType ?? base.customDbType, files: [] };
    }
    const third = THIRD_PARTY_FIELDS[path] ?? THIRD_PARTY_FIELDS[thirdPartyAlias(path)];
    if (third) {
      const base = this.resolveClass(third.base, depth + 1);
      const customDbType = THIRD_PARTY_DB_TYPES[path] ?? base.customDbType;
      return { kind: base.kind, implied: { ...base.implied, ...third.defaults }, customDbType, unresolved: base.unresolved && !customDbType, files: [] };
    }
    if (depth < 12) {
      const project = this.resolveProjectClass(path, depth);
      if (project) return project;
    }
    return { kind: unknownFieldKind(), unresolved: true, files: [] };
  }

  /** A class defined in the workspace: follow its bases, and read a literal db_type()/get_internal_type(). */
  private resolveProjectClass(path: string, depth: number): ResolvedFieldClass | undefined {
    const dot = path.lastIndexOf('.');
    if (dot < 0) return undefined;
    const moduleName = path.slice(0, dot);
    const className = path.slice(dot + 1);
    const module = this.modules.getModule(moduleName);
    if (!module) return undefined;
    this.consultedModules.add(moduleName);
    const cls = module.body.classes.find((c) => c.name === className);
    if (!cls) {
      // Re-exported from another module (`from .fields import Foo`).
      const imported = module.imports.get(className);
      if (imported && imported !== path) return this.resolveClass(imported, depth + 1);
      return undefined;
    }
    const literal = literalMethods(cls, module);
    for (const base of cls.bases) {
      const basePath = qualifiedName(base, module);
      if (!basePath) continue;
      const resolved = this.resolveClass(basePath, depth + 1);
      if (resolved.unresolved && !literal.dbType && !literal.internalType) continue;
      let kind = resolved.kind;
      if (literal.internalType) kind = builtinFieldKind(`django.db.models.${literal.internalType}`) ?? kind;
      return {
        kind,
        implied: { ...resolved.implied, ...literal.defaults },
        customDbType: literal.dbType ?? resolved.customDbType,
        unresolved: resolved.unresolved && !literal.dbType && !literal.internalType,
        files: [...resolved.files, moduleName],
      };
    }
    if (literal.dbType) return { kind: unknownFieldKind(), customDbType: literal.dbType, files: [moduleName] };
    return undefined;
  }

  /** A FieldDef from a call value; records unknown classes once per class path. */
  makeField(call: Value, _scope?: EvalScope): FieldDef {
    if (call.t !== 'call') {
      const text = call.t === 'unknown' ? call.text : call.t === 'ref' ? call.path : call.t;
      this.noteUnknown(text, call.span);
      return { cls: text, kind: unknownFieldKind(), args: [], kwargs: [], unresolved: true, span: call.span };
    }
    const resolved = this.resolveClass(call.func);
    if (resolved.unresolved) this.noteUnknown(call.func, call.span);
    const def: FieldDef = {
      cls: canonicalPath(call.func),
      kind: resolved.kind,
      args: call.args,
      kwargs: call.kwargs,
      implied: resolved.implied,
      customDbType: resolved.customDbType,
      unresolved: resolved.unresolved,
      span: call.span,
    };
    for (const [name, index] of NESTED_FIELD_ARGS) {
      const value = call.kwargs.find(([k]) => k === name)?.[1] ?? (index >= 0 && resolved.kind.positional[index] === name ? call.args[index] : undefined);
      if (value?.t === 'call') def.nested = { ...def.nested, [name]: this.makeField(value) };
    }
    return def;
  }

  private noteUnknown(path: string, span: Span | undefined): void {
    if (!this.unknownClasses.has(path)) this.unknownClasses.set(path, { path, span });
  }
}

/** Arguments that are themselves fields (name, positional index). */
const NESTED_FIELD_ARGS: Array<[string, number]> = [
  ['base_field', 0],
  ['output_field', -1],
];

/** Third-party packages re-export their fields from the package root. */
function thirdPartyAlias(path: string): string {
  const name = lastSegment(path);
  for (const known of Object.keys(THIRD_PARTY_FIELDS)) {
    if (lastSegment(known) === name && known.split('.')[0] === path.split('.')[0]) return known;
  }
  return path;
}

/** Literal returns of db_type()/get_internal_type() and keyword defaults set in __init__. */
function literalMethods(cls: ClassDef, module: PyModule): { dbType?: string; internalType?: string; defaults: Record<string, Value> } {
  const out: { dbType?: string; internalType?: string; defaults: Record<string, Value> } = { defaults: {} };
  const scope: EvalScope = { module };
  for (const fn of cls.body.functions) {
    if (fn.name === 'db_type' || fn.name === 'get_internal_type') {
      const values = fn.returns.map((r) => evaluate(r, scope));
      const strings = values.filter((v): v is Extract<Value, { t: 'str' }> => v.t === 'str');
      if (strings.length === values.length && strings.length > 0 && strings.every((s) => s.v === strings[0].v)) {
        if (fn.name === 'db_type') out.dbType = strings[0].v;
        else out.internalType = strings[0].v;
      }
    }
  }
  return out;
}
