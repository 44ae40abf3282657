// Reads a migrations/*.py module into a Migration description: dependencies, replaces,
// run_before, initial, atomic and the operations, with source ranges. Never throws.
import { Assign, ClassDef, Span } from '../python/ast';
import { PyModule, qualifiedName } from '../python/module';
import { EvalScope, Value, asItems, asString, evaluate, lastSegment } from '../python/values';
import { canonicalPath } from './canonical';
import { FieldDef } from './fields';
import { Operation, OperationProblem, parseOperation } from './operations';

export interface MigrationDependency {
  app: string;
  name: string;
  swappable?: string;
  span: Span | undefined;
}

export interface MigrationFile {
  app: string;
  name: string;
  path: string;
  module: PyModule;
  /** The `class Migration` definition, when found. */
  classDef: ClassDef | undefined;
  dependencies: MigrationDependency[];
  replaces: Array<{ app: string; name: string; span: Span | undefined }>;
  runBefore: Array<{ app: string; name: string; span: Span | undefined }>;
  initial: boolean | undefined;
  atomic: boolean;
  atomicAssign: Assign | undefined;
  operations: Operation[];
  operationsAssign: Assign | undefined;
  dependenciesAssign: Assign | undefined;
  replacesAssign: Assign | undefined;
  problems: OperationProblem[];
  /** The file has syntax errors: its operations may be incomplete. */
  hasSyntaxErrors: boolean;
}

export interface MigrationReadContext {
  makeField(call: Value, scope: EvalScope): FieldDef;
  authUserModel: string | undefined;
}

function isMigrationClass(cls: ClassDef, module: PyModule): boolean {
  if (cls.name !== 'Migration') return false;
  if (cls.bases.length === 0) return false;
  return cls.bases.some((b) => {
    const path = qualifiedName(b, module);
    return !!path && (canonicalPath(path) === 'django.db.migrations.Migration' || lastSegment(path) === 'Migration');
  });
}

function findAssign(cls: ClassDef, name: string): Assign | undefined {
  for (let i = cls.body.assigns.length - 1; i >= 0; i--) {
    const a = cls.body.assigns[i];
    if (a.targets.includes(name) && !a.augmented) return a;
  }
  return undefined;
}

function dependencyOf(value: Value, authUserModel: string | undefined): MigrationDependency | undefined {
  if (value.t === 'tuple' || value.t === 'list') {
    const app = asString(value.items[0]);
    const name = asString(value.items[1]);
    if (app !== undefined && name !== undefined) return { app, name, span: value.span };
    const setting = value.items[0];
    if (setting?.t === 'ref' && /settings\.AUTH_USER_MODEL$/.test(setting.path) && name !== undefined) {
      const model = authUserModel ?? 'auth.User';
      return { app: model.split('.')[0], name, swappable: 'AUTH_USER_MODEL', span: value.span };
    }
    return undefined;
  }
  if (value.t === 'call' && lastSegment(value.func) === 'swappable_dependency') {
    const arg = value.args[0];
    let model: string | undefined;
    let setting: string | undefined;
    if (arg?.t === 'ref') {
      setting = lastSegment(arg.path);
      if (setting === 'AUTH_USER_MODEL') model = authUserModel ?? 'auth.User';
    } else model = asString(arg);
    if (!model) return undefined;
    return { app: model.split('.')[0], name: '__first__', swappable: setting ?? model, span: value.span };
  }
  return undefined;
}

export function readMigration(module: PyModule, app: string, name: string, path: string, ctx: MigrationReadContext): MigrationFile {
  const problems: OperationProblem[] = [];
  const classDef = module.body.classes.find((c) => isMigrationClass(c, module)) ?? module.body.classes.find((c) => c.name === 'Migration');
  const result: MigrationFile = {
    app,
    name,
    path,
    module,
    classDef,
    dependencies: [],
    replaces: [],
    runBefore: [],
    initial: undefined,
    atomic: true,
    atomicAssign: undefined,
    operations: [],
    operationsAssign: undefined,
    dependenciesAssign: undefined,
    replacesAssign: undefined,
    problems,
    hasSyntaxErrors: module.problems.length > 0,
  };
  if (!classDef) {
    problems.push({ span: { start: 0, end: 0 }, message: 'No `Migration` class found in this migration file' });
    return result;
  }
  const locals = new Map<string, import('../python/ast').Expr>();
  for (const a of classDef.body.assigns) for (const t of a.targets) if (a.value) locals.set(t, a.value);
  const scope: EvalScope = { module, canonical: canonicalPath };
  const read = (assign: Assign | undefined): Value | undefined => (assign?.value ? evaluate(assign.value, scope) : undefined);

  const depsAssign = findAssign(classDef, 'dependencies');
  result.dependenciesAssign = depsAssign;
  const deps = read(depsAssign);
  for (const item of asItems(deps) ?? []) {
    const dep = dependencyOf(item, ctx.authUserModel);
    if (dep) result.dependencies.push(dep);
    else problems.push({ span: item.span, message: 'This dependency cannot be read statically' });
  }
  if (deps && !asItems(deps)) problems.push({ span: deps.span, message: 'The dependencies of this migration cannot be read statically' });

  const pairList = (value: Value | undefined, what: string) => {
    const out: Array<{ app: string; name: string; span: Span | undefined }> = [];
    for (const item of asItems(value) ?? []) {
      const items = asItems(item);
      const a = asString(items?.[0]);
      const n = asString(items?.[1]);
      if (a !== undefined && n !== undefined) out.push({ app: a, name: n, span: item.span });
      else problems.push({ span: item.span, message: `This ${what} entry cannot be read statically` });
    }
    return out;
  };
  result.replacesAssign = findAssign(classDef, 'replaces');
  result.replaces = pairList(read(result.replacesAssign), 'replaces');
  result.runBefore = pairList(read(findAssign(classDef, 'run_before')), 'run_before');
  const initial = read(findAssign(classDef, 'initial'));
  if (initial?.t === 'bool') result.initial = initial.v;
  result.atomicAssign = findAssign(classDef, 'atomic');
  const atomic = read(result.atomicAssign);
  if (atomic?.t === 'bool') result.atomic = atomic.v;

  const opsAssign = findAssign(classDef, 'operations');
  result.operationsAssign = opsAssign;
  const ops = read(opsAssign);
  const parseCtx = {
    makeField: (call: Value) => ctx.makeField(call, scope),
    problems,
  };
  const items = asItems(ops);
  if (ops && !items) problems.push({ span: ops.span, message: 'The operations of this migration cannot be read statically' });
  for (const item of items ?? []) {
    try {
      result.operations.push(parseOperation(item, parseCtx));
    } catch (error) {
      problems.push({ span: item.span, message: `This operation could not be read: ${(error as Error).message}` });
    }
  }
  void locals;
  return result;
}
