// Django's MigrationOptimizer (db/migrations/optimizer.py) over our Operation IR, with every
// Operation.reduce() / references_model() / references_field() of operations/{base,models,fields,
// special}.py and contrib/postgres/operations.py, for the behaviour of Django 5.2 or 6.1:
//
// - The inner pass is repeated until nothing changes; each pass performs at most one reduction.
// - A reduction of ops[i] with ops[j] is a "right" reduction (result lands at j, the operations in
//   between stay before it) while every in-between operation returned True; otherwise a "left"
//   reduction (result at i) is tried, which needs every in-between operation to reduce through ops[j].
// - 6.1 builds results with copy.replace() (all other constructor arguments kept); 5.2 constructed
//   new operations, dropping e.g. preserve_default=False, and AddIndex+RenameIndex renamed the
//   AddIndex's index *in place* even when the reduction was not applied.
//
// Reduced operations are real Operations whose `call` is rebuilt consistently with their typed
// fields (so that serialize.ts can write them); spans of synthesized operations are undefined.
import { Value, asItems, asString, isTruthy, kwarg, lastSegment, valuesEqual } from '../python/values';
import { FieldDef, fieldOption } from './fields';
import { ALTER_OPTION_KEYS, Operation, withPreserveDefault } from './operations';

type Call = Extract<Value, { t: 'call' }>;
type Op<K extends Operation['kind']> = Extract<Operation, { kind: K }>;

export interface OptimizeOptions {
  /** settings.AUTH_USER_MODEL (default `auth.User`): what `to=settings.AUTH_USER_MODEL` resolves to. */
  authUserModel?: string;
  /** Called for every reduction performed (for tests and tracing). */
  onReduction?: (event: ReductionEvent) => void;
  /**
   * Schema Guard's squash mode rather than Django's exact behaviour: `preserve_default=False` keeps its
   * meaning (the one-off default is not folded into CreateModel, and 5.2 does not lose it), and index or
   * constraint operations only block reductions that involve their own model.
   */
  exact?: boolean;
  /**
   * Exact mode: a reduction is made only when the list it gives is accepted (the squash checks that the
   * database and state stay the same); a refused one stops the scan like a failed left reduction.
   */
  accept?: (candidate: Operation[]) => boolean;
}

export interface ReductionEvent {
  left: Operation;
  right: Operation;
  result: Operation[];
  /** `right`: the result replaces the right operand (in-between operations stay before it); `left`: the left one. */
  direction: 'right' | 'left';
  /** The number of operations between the two. */
  between: number;
}

/** An exception Django raises while optimizing (e.g. a CreateModel that would get duplicate fields). */
export class OptimizerError extends Error {
  constructor(
    message: string,
    /** The Python exception class Django raises. */
    readonly pythonType: 'ValueError' | 'TypeError' = 'ValueError',
  ) {
    super(message);
  }
}

interface Ctx {
  app: string;
  onReduction?: (event: ReductionEvent) => void;
  /** 5.2 → false, 6.1 → true: results are built with copy.replace(). */
  replace: boolean;
  /** 6.1: references_field also follows GeneratedField expressions; CreateModel absorbs AlterConstraint. */
  v61: boolean;
  authUserModel: string;
  exact: boolean;
  accept?: (candidate: Operation[]) => boolean;
  /** Refused reductions (left operand -> right operands), not proposed again. */
  refused: WeakMap<Operation, WeakSet<Operation>>;
}

/** The optimized list (the same array contents when nothing reduces). Throws OptimizerError like Django's ValueError. */
export function optimize(operations: Operation[], appLabel: string, djangoVersion: number, options: OptimizeOptions = {}): Operation[] {
  const ctx: Ctx = {
    app: appLabel,
    replace: djangoVersion >= 6 || !!options.exact,
    v61: djangoVersion >= 6,
    authUserModel: options.authUserModel ?? 'auth.User',
    onReduction: options.onReduction,
    exact: !!options.exact,
    accept: options.exact ? options.accept : undefined,
    refused: new WeakMap(),
  };
  let ops = [...operations];
  for (let guard = 0; guard < 100_000; guard++) {
    const { result, changed } = optimizeInner(ops, ctx);
    if (!changed) return result;
    ops = result;
  }
  throw new OptimizerError('The optimizer did not converge');
}

/** The number of passes Django's optimizer makes (its `_iterations`), for tests. */
export function optimizePasses(operations: Operation[], appLabel: string, djangoVersion: number, options: OptimizeOptions = {}): number {
  const ctx: Ctx = {
    app: appLabel,
    replace: djangoVersion >= 6 || !!options.exact,
    v61: djangoVersion >= 6,
    authUserModel: options.authUserModel ?? 'auth.User',
    exact: !!options.exact,
    refused: new WeakMap(),
  };
  let ops = [...operations];
  for (let n = 1; ; n++) {
    const { result, changed } = optimizeInner(ops, ctx);
    if (!changed) return n;
    ops = result;
  }
}

type ReduceResult = Operation[] | boolean;

/** Django's reduce() may mutate its receiver (5.2 AddIndex + RenameIndex): `mutated` replaces it in the list. */
interface Reduced {
  result: ReduceResult;
  mutated?: Operation;
}

function optimizeInner(input: Operation[], ctx: Ctx): { result: Operation[]; changed: boolean } {
  const ops = [...input];
  const out: Operation[] = [];
  const reduceAt = (k: number, other: Operation): ReduceResult => {
    const r = reduce(ops[k], other, ctx);
    if (r.mutated) ops[k] = r.mutated;
    return r.result;
  };
  const refuse = (left: Operation, right: Operation, candidate: Operation[]): boolean => {
    if (!ctx.accept) return false;
    if (ctx.refused.get(left)?.has(right)) return true;
    if (ctx.accept(candidate)) return false;
    if (!ctx.refused.has(left)) ctx.refused.set(left, new WeakSet());
    ctx.refused.get(left)!.add(right);
    return true;
  };
  for (let i = 0; i < ops.length; i++) {
    let right = true;
    let kept = false;
    for (let j = i + 1; j < ops.length; j++) {
      const other = ops[j];
      const result = reduceAt(i, other);
      if (Array.isArray(result)) {
        if (right) {
          const candidate = [...out, ...ops.slice(i + 1, j), ...result, ...ops.slice(j + 1)];
          if (refuse(ops[i], other, candidate)) {
            out.push(ops[i]);
            kept = true;
            break;
          }
          ctx.onReduction?.({ left: ops[i], right: other, result, direction: 'right', between: j - i - 1 });
          return { result: candidate, changed: true };
        }
        let all = true;
        for (let k = i + 1; k < j; k++) {
          if (reduceAt(k, other) !== true || (ctx.exact && usesWhatChanges(ops[k], other, ctx))) {
            all = false;
            break;
          }
        }
        if (all) {
          const candidate = [...out, ...result, ...ops.slice(i + 1, j), ...ops.slice(j + 1)];
          if (!refuse(ops[i], other, candidate)) {
            ctx.onReduction?.({ left: ops[i], right: other, result, direction: 'left', between: j - i - 1 });
            return { result: candidate, changed: true };
          }
        }
        out.push(ops[i]);
        kept = true;
        break;
      } else if (!result) {
        right = false;
      }
    }
    if (!kept) out.push(ops[i]);
  }
  return { result: out, changed: false };
}

// ---------------------------------------------------------------------------------------------
// Python-ish helpers over values

const lower = (s: string): string => s.toLowerCase();

function call(func: string, args: Value[], kwargs: Array<[string, Value]>): Call {
  return { t: 'call', func, args, kwargs };
}

const str = (v: string): Value => ({ t: 'str', v });
const NONE: Value = { t: 'none' };

/** An argument of the operation call by position or keyword (Django's attribute before defaults). */
function argOf(op: Operation, index: number, name: string): Value | undefined {
  return kwarg(op.call, name) ?? (index >= 0 ? op.call.args[index] : undefined);
}

/** Python truthiness; unknown values count as truthy (the conservative answer for elidable is handled separately). */
function truthy(v: Value | undefined): boolean {
  if (v === undefined) return false;
  return isTruthy(v) ?? true;
}

/** `for x in value` for lists, tuples, sets, dict keys and strings; undefined when not iterable statically. */
function iterate(v: Value | undefined): Value[] | undefined {
  if (!v) return undefined;
  switch (v.t) {
    case 'list':
    case 'tuple':
    case 'set':
      return v.items;
    case 'dict':
      return v.entries.map(([k]) => k);
    case 'str':
      return [...v.v].map((c) => str(c));
    case 'call':
      if ((v.func === 'frozenset' || v.func === 'set' || v.func === 'tuple' || v.func === 'list') && v.args.length <= 1 && v.kwargs.length === 0) {
        return v.args.length ? iterate(v.args[0]) : [];
      }
      return undefined;
    default:
      return undefined;
  }
}

function pySet(items: Value[]): Value {
  const out: Value[] = [];
  for (const item of items) if (!out.some((x) => valuesEqual(x, item))) out.push(item);
  return { t: 'set', items: out };
}

/** A Python dict with string keys, in insertion order. */
type Dict = Array<[string, Value]>;

function dictOf(v: Value | undefined): Dict {
  if (v?.t !== 'dict') return [];
  const out: Dict = [];
  for (const [k, val] of v.entries) if (k.t === 'str') dictSet(out, k.v, val);
  return out;
}

function dictGet(d: Dict, key: string): Value | undefined {
  return d.find(([k]) => k === key)?.[1];
}

function dictSet(d: Dict, key: string, value: Value): void {
  const i = d.findIndex(([k]) => k === key);
  if (i >= 0) d[i] = [key, value];
  else d.push([key, value]);
}

function dictPop(d: Dict, key: string): Value | undefined {
  const i = d.findIndex(([k]) => k === key);
  if (i < 0) return undefined;
  const [[, v]] = d.splice(i, 1);
  return v;
}

function dictValue(d: Dict): Value {
  return { t: 'dict', entries: d.map(([k, v]) => [str(k), v]) };
}

/** The `name` attribute of an Index/constraint object given as a call. */
function objName(v: Value | undefined, positionalIndex = -1): string | undefined {
  if (v?.t !== 'call') return undefined;
  const name = kwarg(v, 'name') ?? (positionalIndex >= 0 ? v.args[positionalIndex] : undefined);
  if (name === undefined) return '';
  return asString(name);
}

function constraintName(v: Value | undefined, ctx: Ctx): string | undefined {
  // 5.2 still accepted BaseConstraint(name, ...) positionally (deprecated).
  if (v?.t === 'call' && !ctx.v61 && kwarg(v, 'name') === undefined && v.args[0]?.t === 'str') {
    const cls = lastSegment(v.func);
    if (cls === 'CheckConstraint' || cls === 'BaseConstraint') return v.args[0].v;
  }
  return objName(v);
}

// ---------------------------------------------------------------------------------------------
// Operation classes

const ELIDABLE_KINDS = new Set(['RunSQL', 'RunPython']);

function isElidable(op: Operation): boolean {
  if (!ELIDABLE_KINDS.has(op.kind)) return false;
  const v = kwarg(op.call, 'elidable') ?? op.call.args[4];
  if (v === undefined) return false;
  return isTruthy(v) === true;
}

type Family = 'model' | 'field' | 'index' | 'other';

function family(op: Operation): Family {
  switch (op.kind) {
    case 'CreateModel':
    case 'DeleteModel':
    case 'RenameModel':
    case 'AlterModelTable':
    case 'AlterModelTableComment':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
    case 'AlterOrderWithRespectTo':
      return 'model';
    case 'AddField':
    case 'AlterField':
    case 'RemoveField':
    case 'RenameField':
      return 'field';
    case 'AddIndex':
    case 'RemoveIndex':
    case 'RenameIndex':
    case 'AddConstraint':
    case 'RemoveConstraint':
    case 'AlterConstraint':
      return 'index';
    default:
      return 'other';
  }
}

const MODEL_OPTION_KINDS = new Set(['AlterModelTable', 'AlterModelTableComment', 'AlterModelOptions', 'AlterModelManagers', 'AlterUniqueTogether', 'AlterIndexTogether', 'AlterOrderWithRespectTo']);
const TOGETHER_KINDS = new Set(['AlterUniqueTogether', 'AlterIndexTogether']);

/** ModelOperation.name: CreateModel/DeleteModel/options use `name`, RenameModel its old name. */
function modelOpName(op: Operation): string {
  if (op.kind === 'RenameModel') return op.oldName;
  return (op as { name: string }).name;
}

function fieldOpModel(op: Op<'AddField' | 'AlterField' | 'RemoveField' | 'RenameField'>): string {
  return op.modelName;
}

/** FieldOperation.name (RenameField: its old name). */
function fieldOpName(op: Op<'AddField' | 'AlterField' | 'RemoveField' | 'RenameField'>): string {
  return op.kind === 'RenameField' ? op.oldName : op.name;
}

function fieldOf(op: Operation): FieldDef | undefined {
  return op.kind === 'AddField' || op.kind === 'AlterField' ? op.field : undefined;
}

function isSameFieldOperation(a: Op<'AddField' | 'AlterField' | 'RemoveField' | 'RenameField'>, b: Operation): boolean {
  if (family(b) !== 'field') return false;
  const fb = b as Op<'AddField' | 'AlterField' | 'RemoveField' | 'RenameField'>;
  return lower(fieldOpModel(a)) === lower(fieldOpModel(fb)) && lower(fieldOpName(a)) === lower(fieldOpName(fb));
}

function indexOpModel(op: Operation): string {
  return (op as { modelName: string }).modelName;
}

// ---------------------------------------------------------------------------------------------
// Relations: migrations/utils.py resolve_relation() and field_references()

const RELATION_KINDS = new Set(['fk', 'o2o', 'm2m', 'foreignobject']);

/** A `to`/`through` value as a model string; undefined when not statically known. */
function modelString(v: Value | undefined, ctx: Ctx): string | undefined {
  if (!v) return undefined;
  if (v.t === 'str') return v.v;
  if (v.t === 'ref' && /(^|\.)settings\.AUTH_USER_MODEL$/.test(v.path)) return ctx.authUserModel;
  return undefined;
}

function resolveRelation(model: string, appLabel: string, modelName: string): [string, string] {
  if (model === 'self') return [appLabel, modelName];
  const dot = model.indexOf('.');
  if (dot >= 0) return [model.slice(0, dot), lower(model.slice(dot + 1))];
  return [appLabel, lower(model)];
}

function sameTuple(a: [string, string], b: [string, string]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function hasRemoteField(field: FieldDef): boolean | undefined {
  if (field.kind.relation) return RELATION_KINDS.has(field.kind.relation) || field.kind.name === 'GenericRelation' ? true : false;
  if (field.unresolved) return fieldOption(field, 'to') !== undefined ? undefined : false;
  return false;
}

/** Items of a list/tuple value as strings or None; undefined when not static. */
function stringList(v: Value | undefined): Array<string | null> | undefined {
  const items = asItems(v);
  if (!items) return undefined;
  const out: Array<string | null> = [];
  for (const item of items) {
    if (item.t === 'str') out.push(item.v);
    else if (item.t === 'none') out.push(null);
    else return undefined;
  }
  return out;
}

/**
 * field_references(model_tuple, field, reference_model_tuple, reference_field_name): whether the
 * field points at the model (through `to` or `through`), optionally at one of its fields.
 * Unknowable cases answer true (Django: "if in doubt, return True").
 */
function fieldReferences(modelTuple: [string, string], field: FieldDef, ref: [string, string], refFieldName: string | undefined, ctx: Ctx): boolean {
  const remote = hasRemoteField(field);
  if (remote === false) return false;
  if (remote === undefined) return true;
  const toValue = fieldOption(field, 'to');
  const to = modelString(toValue, ctx);
  if (to === undefined) return true;
  let references = false;
  if (sameTuple(resolveRelation(to, modelTuple[0], modelTuple[1]), ref)) {
    let toFields: Array<string | null> | null | undefined;
    if (field.kind.relation === 'fk' || field.kind.relation === 'o2o') {
      const tf = fieldOption(field, 'to_field');
      if (tf === undefined || tf.t === 'none') toFields = [null];
      else if (tf.t === 'str') toFields = [tf.v];
      else toFields = undefined;
    } else if (field.kind.relation === 'foreignobject') {
      toFields = stringList(fieldOption(field, 'to_fields'));
    } else if (field.kind.relation === 'm2m') {
      toFields = null;
    } else {
      toFields = undefined;
    }
    if (toFields === undefined) return true;
    if (refFieldName === undefined || toFields === null || toFields.includes(null) || toFields.includes(refFieldName)) references = true;
  }
  if (field.kind.relation === 'm2m' || field.unresolved) {
    const throughValue = fieldOption(field, 'through');
    if (throughValue && throughValue.t !== 'none') {
      const through = modelString(throughValue, ctx);
      if (through === undefined) return true;
      if (sameTuple(resolveRelation(through, modelTuple[0], modelTuple[1]), ref)) {
        const tfValue = fieldOption(field, 'through_fields');
        let throughFields: Array<string | null> | null | undefined;
        if (tfValue === undefined || tfValue.t === 'none') throughFields = null;
        else throughFields = stringList(tfValue);
        if (throughFields === undefined) return true;
        if (refFieldName === undefined || throughFields === null || throughFields.includes(refFieldName)) references = true;
      }
    }
  }
  return references;
}

/** Model._get_expr_references(): the lookup paths (split on `__`) an expression refers to. */
export function exprReferences(v: Value | undefined): string[][] | undefined {
  const out: string[][] = [];
  let unknown = false;
  const walk = (e: Value | undefined, asSource: boolean): void => {
    if (!e || unknown) return;
    switch (e.t) {
      case 'call': {
        const name = lastSegment(e.func);
        if (name === 'F') {
          const n = e.args[0] ?? kwarg(e, 'name');
          if (n?.t === 'str') out.push(n.v.split('__'));
          else unknown = true;
          return;
        }
        if (name === 'Q') {
          for (const child of e.args) qChild(child);
          for (const [k, val] of [...e.kwargs].filter(([k]) => k !== '_connector' && k !== '_negated')) {
            out.push(k.split('__'));
            walk(val, false);
          }
          return;
        }
        if (name === 'Value' || name === 'RawSQL' || name === 'JSONNull') return;
        if (name === 'When') {
          const condition = kwarg(e, 'condition') ?? e.args[0];
          if (condition) walk(condition, false);
          for (const [k, val] of e.kwargs) {
            if (k === 'condition' || k === 'then') continue;
            out.push(k.split('__'));
            walk(val, false);
          }
          walk(kwarg(e, 'then') ?? e.args[1], true);
          return;
        }
        const firstOnly = FIRST_ARG_ONLY.has(name);
        e.args.forEach((a, i) => {
          if (firstOnly && i > 0) return;
          walk(a, true);
        });
        for (const [k, val] of e.kwargs) if (EXPRESSION_KWARGS.has(k)) walk(val, true);
        return;
      }
      case 'str':
        // Func(*expressions) parses strings as F() references.
        if (asSource) out.push(e.v.split('__'));
        return;
      case 'op':
        for (const a of e.args) walk(a, false);
        return;
      case 'list':
      case 'tuple':
        for (const a of e.items) walk(a, false);
        return;
      case 'unknown':
      case 'lambda':
        unknown = true;
        return;
      default:
        return;
    }
  };
  const qChild = (child: Value): void => {
    if (child.t === 'tuple' && child.items.length === 2 && child.items[0].t === 'str') {
      out.push(child.items[0].v.split('__'));
      walk(child.items[1], false);
    } else walk(child, false);
  };
  walk(v, false);
  return unknown ? undefined : out;
}

const FIRST_ARG_ONLY = new Set(['Cast', 'Collate', 'Extract', 'ExtractYear', 'ExtractMonth', 'ExtractDay', 'ExtractWeek', 'ExtractWeekDay', 'ExtractIsoWeekDay', 'ExtractIsoYear', 'ExtractQuarter', 'ExtractHour', 'ExtractMinute', 'ExtractSecond', 'Trunc', 'TruncYear', 'TruncMonth', 'TruncDay', 'TruncWeek', 'TruncQuarter', 'TruncHour', 'TruncMinute', 'TruncSecond', 'TruncDate', 'TruncTime', 'ExpressionWrapper', 'OrderBy', 'Left', 'Right', 'Round', 'LPad', 'RPad', 'Repeat', 'StrIndex', 'Substr']);
const EXPRESSION_KWARGS = new Set(['expression', 'default', 'condition', 'then', 'filter']);

// references_model / references_field, per class

function referencesModel(op: Operation, name: string, ctx: Ctx): boolean {
  const nameLower = lower(name);
  switch (op.kind) {
    case 'CreateModel': {
      if (nameLower === lower(op.name)) return true;
      const ref: [string, string] = [ctx.app, nameLower];
      for (const base of iterate(argOf(op, 3, 'bases')) ?? []) {
        if (base.t === 'str' && base.v !== 'self' && sameTuple(resolveRelation(base.v, ctx.app, ''), ref)) return true;
      }
      for (const [, field] of op.fields) {
        if (fieldReferences([ctx.app, lower(op.name)], field, ref, undefined, ctx)) return true;
      }
      return false;
    }
    case 'DeleteModel':
      return true;
    case 'RenameModel':
      return nameLower === lower(op.oldName) || nameLower === lower(op.newName);
    case 'AddField':
    case 'AlterField':
    case 'RemoveField':
    case 'RenameField': {
      if (nameLower === lower(op.modelName)) return true;
      const field = fieldOf(op);
      if (field) return fieldReferences([ctx.app, lower(op.modelName)], field, [ctx.app, nameLower], undefined, ctx);
      return false;
    }
    default:
      if (MODEL_OPTION_KINDS.has(op.kind)) return nameLower === lower(modelOpName(op));
      // Django: any index or constraint operation references every model. It only touches its own.
      if (ctx.exact && family(op) === 'index') return nameLower === lower((op as { modelName: string }).modelName);
      return true;
  }
}

function referencesField(op: Operation, modelName: string, name: string, ctx: Ctx): boolean {
  switch (op.kind) {
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether': {
      if (!referencesModel(op, modelName, ctx)) return false;
      const value = togetherOptionValue(op);
      if (!truthy(value)) return true;
      const groups = iterate(value);
      if (!groups) return true;
      return groups.some((g) => {
        const items = iterate(g);
        return items === undefined ? true : items.some((f) => valuesEqual(f, str(name)));
      });
    }
    case 'AlterOrderWithRespectTo': {
      if (!referencesModel(op, modelName, ctx)) return false;
      const owrt = argOf(op, 1, 'order_with_respect_to') ?? NONE;
      return owrt.t === 'none' || valuesEqual(owrt, str(name));
    }
    case 'RenameField':
      return referencesModel(op, modelName, ctx) && (lower(name) === lower(op.oldName) || lower(name) === lower(op.newName));
    case 'AddField':
    case 'AlterField':
    case 'RemoveField': {
      const modelLower = lower(modelName);
      const field = fieldOf(op);
      if (modelLower === lower(op.modelName)) {
        if (name === op.name) return true;
        if (field) {
          if (field.kind.relation === 'foreignobject' || field.kind.relation === 'fk' || field.kind.relation === 'o2o') {
            const from = field.kind.relation === 'foreignobject' ? stringList(fieldOption(field, 'from_fields')) : ['self'];
            if (from === undefined) return true;
            if (from.includes(name)) return true;
          } else if (ctx.v61 && field.kind.name === 'GeneratedField') {
            const refs = exprReferences(fieldOption(field, 'expression'));
            if (refs === undefined) return true;
            if (refs.some((r) => r[0] === name)) return true;
          } else if (field.unresolved && fieldOption(field, 'to') !== undefined) {
            // An unknown relation class (a ForeignKey subclass?): it may have from_fields.
            return true;
          }
        }
      }
      if (!field) return false;
      return fieldReferences([ctx.app, lower(op.modelName)], field, [ctx.app, modelLower], name, ctx);
    }
    default:
      return referencesModel(op, modelName, ctx);
  }
}

/**
 * Exact mode, left reductions: `other` moves back before `between`, which Django allows when `other` does not
 * reference what `between` touches, but not the converse. A `between` that names the model or field `other`
 * renames or removes (a relation `to`/`through` the old model name, a `to_field` naming the old field) would then
 * point at nothing: Django's squash keeps `through='app.OldName'` after folding a RenameModel into CreateModel.
 */
function usesWhatChanges(between: Operation, other: Operation, ctx: Ctx): boolean {
  if (other.kind === 'RenameModel') return referencesModel(between, other.oldName, ctx) || referencesModel(between, other.newName, ctx);
  if (other.kind === 'RenameField') return namesField(between, other.modelName, other.oldName, ctx) || namesField(between, other.modelName, other.newName, ctx);
  if (other.kind === 'RemoveField') return namesField(between, other.modelName, other.name, ctx);
  return false;
}

/** A relation of `op`'s field that names `model.name` explicitly (to_field(s), through_fields, from_fields). */
function namesField(op: Operation, model: string, name: string, ctx: Ctx): boolean {
  const fields: Array<[string, FieldDef]> =
    op.kind === 'CreateModel' ? op.fields.map(([, f]) => [lower(op.name), f]) : op.kind === 'AddField' || op.kind === 'AlterField' ? [[lower(op.modelName), op.field]] : [];
  for (const [owner, field] of fields) {
    if (!field.kind.relation && !field.unresolved) continue;
    const named = (option: string): boolean => {
      const v = fieldOption(field, option);
      if (v === undefined || v.t === 'none') return false;
      const items = v.t === 'str' ? [v.v] : stringList(v);
      return items === undefined || items.includes(name);
    };
    if (owner === lower(model) && named('from_fields')) return true;
    const to = modelString(fieldOption(field, 'to'), ctx);
    const targets = to === undefined || sameTuple(resolveRelation(to, ctx.app, owner), [ctx.app, lower(model)]);
    if (targets && (named('to_field') || named('to_fields'))) return true;
    const throughValue = fieldOption(field, 'through');
    if (throughValue && throughValue.t !== 'none') {
      const through = modelString(throughValue, ctx);
      if ((through === undefined || sameTuple(resolveRelation(through, ctx.app, owner), [ctx.app, lower(model)])) && named('through_fields')) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Attributes Django derives in __init__

/** AlterTogetherOptionOperation.option_value: set(normalize_together(v)) when truthy, else v as given. */
function togetherOptionValue(op: Op<'AlterUniqueTogether' | 'AlterIndexTogether'>): Value {
  const v = argOf(op, 1, op.kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together') ?? NONE;
  return normalizedTogetherSet(v);
}

export function normalizedTogetherSet(v: Value): Value {
  if (isTruthy(v) !== true) return v;
  let normalized: Value[] | undefined;
  if (v.t === 'list' || v.t === 'tuple') {
    const first = v.items[0];
    const groups = first.t === 'list' || first.t === 'tuple' ? v.items : [v];
    normalized = [];
    for (const g of groups) {
      const items = iterate(g);
      if (!items) return v;
      normalized.push({ t: 'tuple', items });
    }
  } else {
    normalized = iterate(v);
    if (!normalized) return v;
  }
  return pySet(normalized);
}

function createModelOptions(op: Op<'CreateModel'>): Dict {
  return dictOf(argOf(op, 2, 'options'));
}

// ---------------------------------------------------------------------------------------------
// Building operations (copy.replace in 6.1; explicit constructors in 5.2)

const PARAMS: Record<string, string[]> = {
  CreateModel: ['name', 'fields', 'options', 'bases', 'managers'],
  RenameModel: ['old_name', 'new_name'],
  AddField: ['model_name', 'name', 'field', 'preserve_default'],
  AlterField: ['model_name', 'name', 'field', 'preserve_default'],
  RenameField: ['model_name', 'old_name', 'new_name'],
  AddIndex: ['model_name', 'index'],
  AddIndexConcurrently: ['model_name', 'index'],
  RenameIndex: ['model_name', 'new_name', 'old_name', 'old_fields'],
  AddConstraint: ['model_name', 'constraint'],
  AddConstraintNotValid: ['model_name', 'constraint'],
};

/** Operation.__replace__: positional arguments replaced by name, keyword arguments merged (dict `|`). */
function replaceCall(c: Call, changes: Array<[string, Value]>): Call {
  const params = PARAMS[lastSegment(c.func)] ?? [];
  const pending = [...changes];
  const args = c.args.map((v, i) => {
    const k = pending.findIndex(([n]) => n === params[i]);
    if (k < 0) return v;
    const [[, nv]] = pending.splice(k, 1);
    return nv;
  });
  const kwargs: Array<[string, Value]> = [...c.kwargs];
  for (const [n, v] of pending) {
    const k = kwargs.findIndex(([x]) => x === n);
    if (k >= 0) kwargs[k] = [n, v];
    else kwargs.push([n, v]);
  }
  return { t: 'call', func: c.func, args, kwargs, span: undefined };
}

function fieldValue(field: FieldDef): Value {
  return { t: 'call', func: field.cls, args: field.args, kwargs: field.kwargs, span: field.span };
}

function fieldsValue(fields: Array<[string, FieldDef]>): Value {
  return { t: 'list', items: fields.map(([n, f]) => ({ t: 'tuple', items: [str(n), fieldValue(f)] })) };
}

interface CreateModelChanges {
  name?: string;
  fields?: Array<[string, FieldDef]>;
  options?: Dict;
  managers?: Value;
}

function checkDuplicates(what: string, keys: Array<string | Value>): void {
  const seen: Array<string | Value> = [];
  for (const k of keys) {
    if (seen.some((s) => (typeof s === 'string' || typeof k === 'string' ? s === k : valuesEqual(s, k)))) {
      throw new OptimizerError(`Found duplicate value ${typeof k === 'string' ? k : describeValue(k)} in CreateModel ${what} argument.`);
    }
    seen.push(k);
  }
}

function describeValue(v: Value): string {
  if (v.t === 'str') return v.v;
  if (v.t === 'ref') return `<class '${v.path}'>`;
  return v.t;
}

function newCreateModel(self: Op<'CreateModel'>, changes: CreateModelChanges, ctx: Ctx): Op<'CreateModel'> {
  const name = changes.name ?? self.name;
  const fields = changes.fields ?? self.fields;
  const options = changes.options ?? createModelOptions(self);
  let c: Call;
  const kw: Array<[string, Value]> = [];
  if (changes.name !== undefined) kw.push(['name', str(changes.name)]);
  if (changes.fields) kw.push(['fields', fieldsValue(changes.fields)]);
  if (changes.options) kw.push(['options', dictValue(changes.options)]);
  if (changes.managers) kw.push(['managers', changes.managers]);
  if (ctx.replace) {
    c = replaceCall(self.call, kw);
  } else {
    // CreateModel(self.name, fields=..., options=..., bases=self.bases, managers=self.managers)
    const bases = argOf(self, 3, 'bases');
    const managers = changes.managers ?? argOf(self, 4, 'managers');
    c = call(self.call.func, [str(name)], [
      ['fields', changes.fields ? fieldsValue(changes.fields) : argOf(self, 1, 'fields') ?? fieldsValue(fields)],
      ['options', dictValue(options)],
      ['bases', bases && truthy(bases) ? bases : { t: 'tuple', items: [{ t: 'ref', path: 'django.db.models.Model' }] }],
      ['managers', managers && truthy(managers) ? managers : { t: 'list', items: [] }],
    ]);
  }
  const managersValue = kwarg(c, 'managers') ?? c.args[4];
  checkDuplicates('fields', fields.map(([n]) => n));
  checkDuplicates(
    'bases',
    (iterate(kwarg(c, 'bases') ?? c.args[3]) ?? []).map((b) => (b.t === 'str' ? lower(b.v) : b)),
  );
  checkDuplicates(
    'managers',
    (iterate(managersValue) ?? []).map((m) => {
      const items = asItems(m);
      return items?.[0] ?? m;
    }).map((m) => (m.t === 'str' ? m.v : m)),
  );
  return {
    kind: 'CreateModel',
    name,
    fields,
    options: options.map(([k, v]) => [k, v] as [string, Value]),
    bases: asItems(kwarg(c, 'bases') ?? c.args[3]) ?? [],
    managers: managersValue,
    span: undefined,
    call: c,
  };
}

function newFieldOp(self: Op<'AddField' | 'AlterField'>, changes: { name?: string; field?: FieldDef }, ctx: Ctx): Operation {
  const name = changes.name ?? self.name;
  const field = changes.field ?? self.field;
  let c: Call;
  if (ctx.replace) {
    const kw: Array<[string, Value]> = [];
    if (changes.name !== undefined) kw.push(['name', str(changes.name)]);
    if (changes.field) kw.push(['field', fieldValue(changes.field)]);
    c = replaceCall(self.call, kw);
  } else {
    c = call(self.call.func, [], [
      ['model_name', str(self.modelName)],
      ['name', str(name)],
      ['field', fieldValue(field)],
    ]);
  }
  const pd = kwarg(c, 'preserve_default') ?? c.args[3];
  return { ...self, name, field, preserveDefault: !(pd?.t === 'bool' && !pd.v), span: undefined, call: c };
}

function withIndexName(index: Value, newName: string): Value {
  if (index.t !== 'call') return index;
  const kwargs: Array<[string, Value]> = index.kwargs.some(([k]) => k === 'name')
    ? index.kwargs.map(([k, v]) => [k, k === 'name' ? str(newName) : v] as [string, Value])
    : [...index.kwargs, ['name', str(newName)]];
  return { ...index, kwargs, span: undefined };
}

function newAddIndex(self: Op<'AddIndex'>, index: Value, ctx: Ctx): Op<'AddIndex'> {
  const c = ctx.replace ? replaceCall(self.call, [['index', index]]) : call(self.call.func, [], [['model_name', str(self.modelName)], ['index', index]]);
  return { ...self, index, span: undefined, call: c };
}

// ---------------------------------------------------------------------------------------------
// reduce()

/** Operation.reduce: the elidable rule. */
function baseReduce(self: Operation, other: Operation): ReduceResult {
  if (isElidable(self)) return [other];
  if (isElidable(other)) return [self];
  return false;
}

/** `a or b` where a is a reduce result. */
function or(a: ReduceResult, b: () => boolean): ReduceResult {
  if (Array.isArray(a)) return a;
  if (a) return a;
  return b();
}

function reduce(self: Operation, other: Operation, ctx: Ctx): Reduced {
  switch (self.kind) {
    case 'CreateModel':
      return { result: reduceCreateModel(self, other, ctx) };
    case 'RenameModel':
      if (other.kind === 'RenameModel' && lower(self.newName) === lower(other.oldName)) {
        const c = ctx.replace ? replaceCall(self.call, [['new_name', str(other.newName)]]) : call(self.call.func, [str(self.oldName), str(other.newName)], []);
        return { result: [{ ...self, newName: other.newName, span: undefined, call: c }] };
      }
      // Exact: nor may it move past an operation on a new model that took the old name.
      return { result: or(baseReduce(self, other), () => !referencesModel(other, self.newName, ctx) && !(ctx.exact && referencesModel(other, self.oldName, ctx))) };
    case 'DeleteModel':
      return { result: modelReduce(self, other, ctx) };
    case 'AddField':
      if (isSameFieldOperation(self, other)) {
        if (other.kind === 'AlterField') return { result: [newFieldOp(self, { name: other.name, field: other.field }, ctx)] };
        if (other.kind === 'RemoveField') return { result: [] };
        if (other.kind === 'RenameField') return { result: [newFieldOp(self, { name: other.newName }, ctx)] };
      }
      return { result: fieldReduce(self, other, ctx) };
    case 'RemoveField':
      if (other.kind === 'DeleteModel' && lower(other.name) === lower(self.modelName)) return { result: [other] };
      return { result: fieldReduce(self, other, ctx) };
    case 'AlterField':
      if ((other.kind === 'AlterField' || other.kind === 'RemoveField') && isSameFieldOperation(self, other)) return { result: [other] };
      if (other.kind === 'RenameField' && isSameFieldOperation(self, other)) {
        const dbColumn = fieldOption(self.field, 'db_column');
        if (dbColumn === undefined || dbColumn.t === 'none') return { result: [other, newFieldOp(self, { name: other.newName }, ctx)] };
      }
      return { result: fieldReduce(self, other, ctx) };
    case 'RenameField':
      if (other.kind === 'RenameField' && lower(self.modelName) === lower(other.modelName) && lower(self.newName) === lower(other.oldName)) {
        const c = ctx.replace
          ? replaceCall(self.call, [['new_name', str(other.newName)]])
          : call(self.call.func, [str(self.modelName), str(self.oldName), str(other.newName)], []);
        return { result: [{ ...self, newName: other.newName, span: undefined, call: c }] };
      }
      return {
        result: or(baseReduce(self, other), () => !(referencesField(other, self.modelName, self.oldName, ctx) || referencesField(other, self.modelName, self.newName, ctx))),
      };
    case 'AddIndex': {
      const name = objName(self.index);
      if (other.kind === 'RemoveIndex' && name !== undefined && name === other.name) return { result: [] };
      if (other.kind === 'RenameIndex' && name !== undefined && other.oldName !== undefined && name === other.oldName) {
        const index = withIndexName(self.index, other.newName);
        if (ctx.replace) return { result: [newAddIndex(self, index, ctx)] };
        // 5.2: self.index.name = operation.new_name; return [self.__class__(model_name=..., index=self.index)]
        const mutated: Op<'AddIndex'> = { ...self, index, call: replaceCall(self.call, [['index', index]]) };
        return { result: [newAddIndex(self, index, ctx)], mutated };
      }
      return { result: baseReduce(self, other) };
    }
    case 'RenameIndex':
      if (other.kind === 'RenameIndex' && lower(self.modelName) === lower(other.modelName) && other.oldName && lower(self.newName) === lower(other.oldName)) {
        let c: Call;
        if (ctx.replace) c = replaceCall(self.call, [['new_name', str(other.newName)]]);
        else {
          c = call(self.call.func, [str(self.modelName)], [
            ['new_name', str(other.newName)],
            ['old_name', argOf(self, 2, 'old_name') ?? NONE],
            ['old_fields', argOf(self, 3, 'old_fields') ?? NONE],
          ]);
        }
        return { result: [{ ...self, newName: other.newName, span: undefined, call: c }] };
      }
      return { result: baseReduce(self, other) };
    case 'AddConstraint': {
      const name = constraintName(self.constraint, ctx);
      if (other.kind === 'RemoveConstraint' && lower(self.modelName) === lower(other.modelName) && name !== undefined && name === other.name) return { result: [] };
      if (other.kind === 'AlterConstraint' && lower(self.modelName) === lower(other.modelName) && name !== undefined && name === other.name) {
        if (ctx.replace) {
          const c = replaceCall(self.call, [['constraint', other.constraint]]);
          if (lastSegment(self.call.func) === 'AddConstraintNotValid' && other.constraint.t === 'call' && lastSegment(other.constraint.func) !== 'CheckConstraint') {
            throw new OptimizerError('AddConstraintNotValid.constraint must be a check constraint.', 'TypeError');
          }
          return { result: [{ ...self, constraint: other.constraint as Call, span: undefined, call: c }] };
        }
        // 5.2: AddConstraint(self.model_name, operation.constraint) — always the base class.
        const c = call('django.db.migrations.AddConstraint', [str(self.modelName), other.constraint], []);
        return { result: [{ ...self, constraint: other.constraint as Call, notValid: false, span: undefined, call: c }] };
      }
      return { result: baseReduce(self, other) };
    }
    case 'AlterConstraint':
      if ((other.kind === 'AlterConstraint' || other.kind === 'RemoveConstraint') && lower(self.modelName) === lower(other.modelName) && self.name === other.name) {
        return { result: [other] };
      }
      return { result: baseReduce(self, other) };
    case 'CreateCollation':
      if (other.kind === 'RemoveCollation' && self.name === other.name) return { result: [] };
      return { result: baseReduce(self, other) };
    default:
      if (MODEL_OPTION_KINDS.has(self.kind)) {
        if (other.kind === self.kind || other.kind === 'DeleteModel') {
          if (lower(modelOpName(self)) === lower(modelOpName(other))) return { result: [other] };
        }
        return { result: modelReduce(self, other, ctx) };
      }
      return { result: baseReduce(self, other) };
  }
}

/** ModelOperation.reduce: elidable rule, or can_reduce_through. */
function modelReduce(self: Operation, other: Operation, ctx: Ctx): ReduceResult {
  return or(baseReduce(self, other), () => {
    if (!referencesModel(other, modelOpName(self), ctx)) return true;
    return TOGETHER_KINDS.has(self.kind) && TOGETHER_KINDS.has(other.kind) && other.kind !== self.kind;
  });
}

/** FieldOperation.reduce: elidable rule, or the other operation does not reference this field. */
function fieldReduce(self: Op<'AddField' | 'AlterField' | 'RemoveField'>, other: Operation, ctx: Ctx): ReduceResult {
  return or(baseReduce(self, other), () => !referencesField(other, self.modelName, self.name, ctx));
}

function reduceCreateModel(self: Op<'CreateModel'>, other: Operation, ctx: Ctx): ReduceResult {
  const nameLower = lower(self.name);
  const options = createModelOptions(self);
  if (other.kind === 'DeleteModel' && nameLower === lower(other.name) && !truthy(dictGet(options, 'proxy'))) return [];
  if (other.kind === 'RenameModel' && nameLower === lower(other.oldName)) return [newCreateModel(self, { name: other.newName }, ctx)];
  if (MODEL_OPTION_KINDS.has(other.kind) && nameLower === lower(modelOpName(other))) {
    switch (other.kind) {
      case 'AlterModelOptions': {
        const merged: Dict = [...options];
        const given = dictOf(argOf(other, 1, 'options'));
        for (const [k, v] of given) dictSet(merged, k, v);
        for (const key of ALTER_OPTION_KEYS) if (!given.some(([k]) => k === key)) dictPop(merged, key);
        return [newCreateModel(self, { options: merged }, ctx)];
      }
      case 'AlterModelManagers':
        return [newCreateModel(self, { managers: argOf(other, 1, 'managers') ?? NONE }, ctx)];
      case 'AlterModelTable': {
        const merged: Dict = [...options];
        dictSet(merged, 'db_table', argOf(other, 1, 'table') ?? NONE);
        return [newCreateModel(self, { options: merged }, ctx)];
      }
      case 'AlterModelTableComment': {
        const merged: Dict = [...options];
        dictSet(merged, 'db_table_comment', argOf(other, 1, 'table_comment') ?? NONE);
        return [newCreateModel(self, { options: merged }, ctx)];
      }
      case 'AlterUniqueTogether':
      case 'AlterIndexTogether': {
        const merged: Dict = [...options];
        dictSet(merged, other.kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together', togetherOptionValue(other));
        return [newCreateModel(self, { options: merged }, ctx)];
      }
      case 'AlterOrderWithRespectTo': {
        const merged: Dict = [...options];
        dictSet(merged, 'order_with_respect_to', argOf(other, 1, 'order_with_respect_to') ?? NONE);
        return [newCreateModel(self, { options: merged }, ctx)];
      }
    }
  }
  if (family(other) === 'field' && nameLower === lower((other as { modelName: string }).modelName)) {
    switch (other.kind) {
      case 'AddField':
        // 5.2: `self.fields + [(name, field)]` fails when the fields were given as a tuple.
        if (!ctx.replace && argOf(self, 1, 'fields')?.t === 'tuple') throw new OptimizerError('can only concatenate tuple (not "list") to tuple', 'TypeError');
        // A new table has no rows: a one-off default (preserve_default=False) is not part of the field.
        return [newCreateModel(self, { fields: [...self.fields, [other.name, ctx.exact ? withPreserveDefault(other.field, other.preserveDefault) : other.field]] }, ctx)];
      case 'AlterField':
        return [newCreateModel(self, { fields: self.fields.map(([n, f]) => [n, n === other.name ? other.field : f] as [string, FieldDef]) }, ctx)];
      case 'RemoveField': {
        const removed = lower(other.name);
        const merged: Dict = [...options];
        for (const optionName of ['unique_together', 'index_together']) {
          const option = dictPop(merged, optionName);
          if (option && truthy(option)) {
            const groups = iterate(option);
            if (!groups) {
              dictSet(merged, optionName, option);
              continue;
            }
            const kept: Value[] = [];
            for (const g of groups) {
              const items = iterate(g) ?? [];
              const t: Value = { t: 'tuple', items: items.filter((f) => !valuesEqual(f, str(removed))) };
              if (truthy(t)) kept.push(t);
            }
            const set = pySet(kept);
            if (truthy(set)) dictSet(merged, optionName, set);
          }
        }
        const owrt = dictGet(merged, 'order_with_respect_to');
        if (owrt && valuesEqual(owrt, str(removed))) dictPop(merged, 'order_with_respect_to');
        return [newCreateModel(self, { fields: self.fields.filter(([n]) => lower(n) !== removed), options: merged }, ctx)];
      }
      case 'RenameField': {
        const merged: Dict = [...options];
        for (const optionName of ['unique_together', 'index_together']) {
          const option = dictGet(merged, optionName);
          if (option && truthy(option)) {
            const groups = iterate(option);
            if (!groups) continue;
            dictSet(
              merged,
              optionName,
              pySet(groups.map((g) => ({ t: 'tuple', items: (iterate(g) ?? []).map((f) => (valuesEqual(f, str(other.oldName)) ? str(other.newName) : f)) }))),
            );
          }
        }
        const owrt = dictGet(merged, 'order_with_respect_to');
        if (owrt && valuesEqual(owrt, str(other.oldName))) dictSet(merged, 'order_with_respect_to', str(other.newName));
        return [
          newCreateModel(self, { fields: self.fields.map(([n, f]) => [n === other.oldName ? other.newName : n, f] as [string, FieldDef]), options: merged }, ctx),
        ];
      }
    }
  }
  if (family(other) === 'index' && nameLower === lower(indexOpModel(other))) {
    const merged: Dict = [...options];
    const listOf = (key: string): Value[] => iterate(dictGet(merged, key)) ?? [];
    switch (other.kind) {
      case 'AddIndex':
        dictSet(merged, 'indexes', { t: 'list', items: [...listOf('indexes'), other.index] });
        return [newCreateModel(self, { options: merged }, ctx)];
      case 'RemoveIndex':
        dictSet(merged, 'indexes', { t: 'list', items: listOf('indexes').filter((i) => objName(i) !== other.name) });
        return [newCreateModel(self, { options: merged }, ctx)];
      case 'AddConstraint':
        dictSet(merged, 'constraints', { t: 'list', items: [...listOf('constraints'), other.constraint] });
        return [newCreateModel(self, { options: merged }, ctx)];
      case 'AlterConstraint':
        if (!ctx.v61) break;
        dictSet(merged, 'constraints', { t: 'list', items: [...listOf('constraints').filter((c) => constraintName(c, ctx) !== other.name), other.constraint] });
        return [newCreateModel(self, { options: merged }, ctx)];
      case 'RemoveConstraint':
        dictSet(merged, 'constraints', { t: 'list', items: listOf('constraints').filter((c) => constraintName(c, ctx) !== other.name) });
        return [newCreateModel(self, { options: merged }, ctx)];
      default:
        break;
    }
  }
  return modelReduce(self, other, ctx);
}
