// Django's deconstruct(), on our data: turns Operations (and the fields, indexes, constraints and
// expressions inside them) back into the values Django's MigrationWriter serializes, so that
// writer.ts writes exactly what `MigrationWriter.as_string()` would for the same operations.
//
//   operationToWritten(op)  — OperationWriter's view of an operation: deconstruct() arguments in
//                             signature order, default-valued arguments left out.
//   fieldToValue(field)     — Field.deconstruct(): class path (shortened for django.db.models),
//                             non-default keyword arguments, `to` lower-cased, swappable settings.
//   deconstructValue(v)     — any other value: Index/constraint deconstruct(), Q trees, F()
//                             arithmetic as CombinedExpression, Func/Value calls as constructed.
//   migrationToSpec(m)      — a whole read migration, for writeMigration().
//
// Values that were not statically known (`unknown`) are written back as their source text.
import { Value, asItems, evaluate, isTruthy, lastSegment, valuesEqual } from '../python/values';
import { findAssign } from '../python/module';
import { canonicalPath } from './canonical';
import { FieldDef, FieldKind, builtinFieldKind, unknownFieldKind } from './fields';
import { MigrationFile } from './migrationFile';
import { Operation } from './operations';
import { MigrationSpec, WrittenOperation } from './writer';

type Call = Extract<Value, { t: 'call' }>;

export interface SerializeOptions {
  /** 5.2 or 6.1 (default). */
  djangoVersion?: number;
  /** settings.AUTH_USER_MODEL (default `auth.User`). */
  authUserModel?: string;
  /**
   * Lower-cased model labels that are swappable (written as `settings.<SETTING>`), mapped to the
   * setting. Default: `auth.user` and AUTH_USER_MODEL → AUTH_USER_MODEL (django.contrib.auth installed).
   */
  swappable?: Record<string, string>;
}

interface Ctx {
  v61: boolean;
  authUserModel: string;
  swappable: Record<string, string>;
}

function context(options: SerializeOptions = {}): Ctx {
  const authUserModel = options.authUserModel ?? 'auth.User';
  return {
    v61: (options.djangoVersion ?? 6.1) >= 6,
    authUserModel,
    swappable: options.swappable ?? { 'auth.user': 'AUTH_USER_MODEL', [authUserModel.toLowerCase()]: 'AUTH_USER_MODEL' },
  };
}

const str = (v: string): Value => ({ t: 'str', v });
const bool = (v: boolean): Value => ({ t: 'bool', v });
const NONE: Value = { t: 'none' };
const call = (func: string, args: Value[], kwargs: Array<[string, Value]>): Call => ({ t: 'call', func, args, kwargs });

// ---------------------------------------------------------------------------------------------
// Small Python semantics on values

function truthy(v: Value | undefined): boolean {
  if (v === undefined) return false;
  if (v.t === 'call' || v.t === 'op') {
    // A Q object is falsy without children.
    const q = asQ(v, context());
    if (q) return q.children.length > 0;
  }
  return isTruthy(v) ?? true;
}

function isNone(v: Value | undefined): boolean {
  return v === undefined || v.t === 'none';
}

/** `value is False` (identity: only the bool False). */
function isFalse(v: Value | undefined): boolean {
  return v?.t === 'bool' && !v.v;
}

function isTrue(v: Value | undefined): boolean {
  return v?.t === 'bool' && v.v;
}

/** `value == n` for numbers (bools compare as ints). */
function equalsNumber(v: Value | undefined, n: number): boolean {
  if (!v) return false;
  return valuesEqual(v, { t: 'int', v: n });
}

function asList(v: Value): Value {
  const items = asItems(v);
  return items ? { t: 'list', items } : v;
}

function asTuple(v: Value): Value {
  const items = asItems(v);
  return items ? { t: 'tuple', items } : v;
}

/** An ordered keyword dict. */
class Kw {
  readonly entries: Array<[string, Value]> = [];
  get(k: string): Value | undefined {
    return this.entries.find(([n]) => n === k)?.[1];
  }
  has(k: string): boolean {
    return this.entries.some(([n]) => n === k);
  }
  set(k: string, v: Value): void {
    const i = this.entries.findIndex(([n]) => n === k);
    if (i >= 0) this.entries[i] = [k, v];
    else this.entries.push([k, v]);
  }
  del(k: string): void {
    const i = this.entries.findIndex(([n]) => n === k);
    if (i >= 0) this.entries.splice(i, 1);
  }
}

/** Binds positional arguments to parameter names; returns the keyword view and the leftovers. */
function bind(args: Value[], kwargs: Array<[string, Value]>, positional: string[]): { kw: Kw; extra: Value[] } {
  const kw = new Kw();
  const extra: Value[] = [];
  args.forEach((a, i) => {
    if (i < positional.length) kw.set(positional[i], a);
    else extra.push(a);
  });
  for (const [k, v] of kwargs) kw.set(k, v);
  return { kw, extra };
}

// ---------------------------------------------------------------------------------------------
// Fields

const FIELD_POSITIONAL = ['verbose_name', 'name', 'primary_key', 'max_length', 'unique', 'blank', 'null', 'db_index', 'rel', 'default', 'editable', 'serialize', 'unique_for_date', 'unique_for_month', 'unique_for_year', 'choices', 'help_text', 'db_column', 'db_tablespace', 'auto_created', 'validators', 'error_messages', 'db_comment', 'db_default'];
const FK_POSITIONAL = ['to', 'on_delete', 'related_name', 'related_query_name', 'limit_choices_to', 'parent_link', 'to_field', 'db_constraint'];

/** Positional parameter names of field constructors (where they differ from Field's). */
const POSITIONAL: Record<string, string[]> = {
  DateField: ['verbose_name', 'name', 'auto_now', 'auto_now_add'],
  DateTimeField: ['verbose_name', 'name', 'auto_now', 'auto_now_add'],
  TimeField: ['verbose_name', 'name', 'auto_now', 'auto_now_add'],
  DecimalField: ['verbose_name', 'name', 'max_digits', 'decimal_places'],
  FileField: ['verbose_name', 'name', 'upload_to', 'storage'],
  ImageField: ['verbose_name', 'name', 'width_field', 'height_field'],
  FilePathField: ['verbose_name', 'name', 'path', 'match', 'recursive', 'allow_files', 'allow_folders'],
  GenericIPAddressField: ['verbose_name', 'name', 'protocol', 'unpack_ipv4'],
  JSONField: ['verbose_name', 'name', 'encoder', 'decoder'],
  URLField: ['verbose_name', 'name'],
  UUIDField: ['verbose_name'],
  GeneratedField: [],
  ForeignKey: FK_POSITIONAL,
  OneToOneField: FK_POSITIONAL,
  ForeignObject: ['to', 'on_delete', 'from_fields', 'to_fields'],
  ManyToManyField: ['to', 'related_name', 'related_query_name', 'limit_choices_to', 'symmetrical', 'through', 'through_fields', 'db_constraint', 'db_table', 'swappable'],
  ArrayField: ['base_field', 'size'],
  CompositePrimaryKey: [],
};

function kindOf(func: string): FieldKind | undefined {
  return builtinFieldKind(canonicalPath(func));
}

/** The deconstruct() path of a field class. */
function fieldPath(field: FieldDef): string {
  const cls = canonicalPath(field.cls);
  const builtin = builtinFieldKind(cls);
  if (builtin?.module === 'django.db.models') return `django.db.models.${builtin.name}`;
  return cls;
}

/** Django's normalize_choices(): mappings become lists of 2-tuples, nested groups too. */
function normalizeChoices(v: Value, depth = 0): Value {
  if (v.t === 'str') return v;
  if (v.t === 'dict' && depth < 2) return { t: 'list', items: v.entries.map(([k, val]) => ({ t: 'tuple', items: [k, normalizeChoices(val, depth + 1)] })) };
  if ((v.t === 'list' || v.t === 'tuple') && depth < 2) {
    if (v.items.some((x) => x.t === 'str')) return v;
    const out: Value[] = [];
    for (const item of v.items) {
      const pair = asItems(item);
      if (!pair || pair.length !== 2) return v;
      out.push({ t: 'tuple', items: [pair[0], normalizeChoices(pair[1], depth + 1)] });
    }
    return { t: 'list', items: out };
  }
  return v;
}

/**
 * `to` as ForeignObject/ManyToManyField.deconstruct() writes it: `app.model` lower-cased (the app
 * label keeps its case), or `settings.X` when the target is swappable (swappable=True).
 */
function relationTo(to: Value | undefined, swappable: boolean, ctx: Ctx): Value {
  if (!to) return NONE;
  const { label, raw } = modelLabel(to, ctx);
  if (raw === undefined) return deconstructWith(to, ctx);
  const setting = swappable ? ctx.swappable[raw.toLowerCase()] : undefined;
  return setting ? { t: 'ref', path: `django.conf.settings.${setting}` } : label;
}

function modelLabel(to: Value, ctx: Ctx): { label: Value; raw: string | undefined } {
  let raw: string | undefined;
  if (to.t === 'str') raw = to.v;
  else if (to.t === 'ref' && /(^|\.)settings\.AUTH_USER_MODEL$/.test(to.path)) raw = ctx.authUserModel;
  if (raw === undefined) return { label: to, raw };
  const dot = raw.indexOf('.');
  const label = dot >= 0 ? `${raw.slice(0, dot)}.${raw.slice(dot + 1).toLowerCase()}` : raw.toLowerCase();
  return { label: str(label), raw };
}

/** Field.deconstruct() of a field as written: `path(**non-default kwargs)` as a call value. */
export function fieldToValue(field: FieldDef, options: SerializeOptions = {}): Value {
  return deconstructField(field, context(options));
}

function deconstructField(field: FieldDef, ctx: Ctx): Value {
  if (field.cls && !field.cls.includes('.') && field.kind === unknownFieldKind() && field.args.length === 0 && field.kwargs.length === 0) {
    // Not a call at all (e.g. a name that could not be resolved): write it back as written.
    return { t: 'unknown', text: field.cls };
  }
  // A project subclass of a built-in field inherits its deconstruct() (and keeps its own path).
  const builtin = builtinFieldKind(canonicalPath(field.cls)) ?? (field.unresolved || field.kind === unknownFieldKind() ? undefined : field.kind);
  const name = builtin?.name ?? 'Field';
  const positional = builtin ? POSITIONAL[name] ?? (builtin.module === 'django.db.models' ? FIELD_POSITIONAL : builtin.positional) : FIELD_POSITIONAL;
  const { kw: given, extra } = bind(field.args, field.kwargs, name === 'CompositePrimaryKey' ? [] : positional);
  const out = new Kw();
  const path = fieldPath(field);
  const dc = (v: Value): Value => deconstructWith(v, ctx);

  // Attributes set by subclasses' __init__ before Field.__init__.
  const attrs = new Kw();
  for (const [k, v] of given.entries) attrs.set(k, v);
  switch (name) {
    case 'EmailField':
    case 'CIEmailField':
      if (!attrs.has('max_length')) attrs.set('max_length', { t: 'int', v: 254 });
      break;
    case 'FilePathField':
    case 'FileField':
    case 'ImageField':
      if (!attrs.has('max_length')) attrs.set('max_length', { t: 'int', v: 100 });
      break;
    case 'URLField':
      if (!attrs.has('max_length')) attrs.set('max_length', { t: 'int', v: 200 });
      break;
    case 'SlugField':
      if (!attrs.has('max_length')) attrs.set('max_length', { t: 'int', v: 50 });
      if (!attrs.has('db_index')) attrs.set('db_index', bool(true));
      break;
    case 'IPAddressField':
      attrs.set('max_length', { t: 'int', v: 15 });
      break;
    case 'GenericIPAddressField':
      attrs.set('max_length', { t: 'int', v: 39 });
      break;
    case 'UUIDField':
      attrs.set('max_length', { t: 'int', v: 32 });
      break;
    case 'NullBooleanField':
      attrs.set('null', bool(true));
      attrs.set('blank', bool(true));
      break;
    case 'BinaryField':
      if (!attrs.has('editable')) attrs.set('editable', bool(false));
      break;
    case 'AutoField':
    case 'BigAutoField':
    case 'SmallAutoField':
      attrs.set('blank', bool(true));
      break;
    case 'DateField':
    case 'DateTimeField':
    case 'TimeField':
      if (truthy(attrs.get('auto_now')) || truthy(attrs.get('auto_now_add'))) {
        attrs.set('editable', bool(false));
        attrs.set('blank', bool(true));
      }
      break;
    case 'GeneratedField':
      attrs.set('blank', bool(true));
      attrs.set('editable', bool(false));
      break;
    case 'ForeignKey':
    case 'OneToOneField':
      if (!attrs.has('db_index')) attrs.set('db_index', bool(true));
      if (name === 'OneToOneField') attrs.set('unique', bool(true));
      break;
    case 'CompositePrimaryKey':
      if (!attrs.has('editable')) attrs.set('editable', bool(false));
      if (!attrs.has('primary_key')) attrs.set('primary_key', bool(true));
      if (!attrs.has('blank')) attrs.set('blank', bool(true));
      break;
    default:
      break;
  }
  const a = (k: string): Value | undefined => attrs.get(k);

  // Field.deconstruct
  if (!isNone(a('verbose_name'))) out.set('verbose_name', dc(a('verbose_name')!));
  if (a('primary_key') !== undefined && !isFalse(a('primary_key'))) out.set('primary_key', dc(a('primary_key')!));
  if (!isNone(a('max_length'))) out.set('max_length', dc(a('max_length')!));
  if (a('unique') !== undefined && !isFalse(a('unique'))) out.set('unique', dc(a('unique')!));
  if (a('blank') !== undefined && !isFalse(a('blank'))) out.set('blank', dc(a('blank')!));
  if (a('null') !== undefined && !isFalse(a('null'))) out.set('null', dc(a('null')!));
  if (a('db_index') !== undefined && !isFalse(a('db_index'))) out.set('db_index', dc(a('db_index')!));
  if (a('default') !== undefined) out.set('default', dc(a('default')!));
  if (a('db_default') !== undefined) out.set('db_default', dc(a('db_default')!));
  if (a('editable') !== undefined && !isTrue(a('editable'))) out.set('editable', dc(a('editable')!));
  if (a('serialize') !== undefined && !isTrue(a('serialize'))) out.set('serialize', dc(a('serialize')!));
  for (const k of ['unique_for_date', 'unique_for_month', 'unique_for_year']) if (!isNone(a(k))) out.set(k, dc(a(k)!));
  if (!isNone(a('choices'))) out.set('choices', dc(normalizeChoices(a('choices')!)));
  if (a('help_text') !== undefined && !valuesEqual(a('help_text'), str(''))) out.set('help_text', dc(a('help_text')!));
  for (const k of ['db_column', 'db_comment', 'db_tablespace']) if (!isNone(a(k))) out.set(k, dc(a(k)!));
  if (a('auto_created') !== undefined && !isFalse(a('auto_created'))) out.set('auto_created', dc(a('auto_created')!));
  const validators = a('validators');
  if (validators !== undefined) {
    const list = asList(validators);
    if (!(list.t === 'list' && list.items.length === 0)) out.set('validators', dc(list));
  }
  if (!isNone(a('error_messages'))) out.set('error_messages', dc(a('error_messages')!));

  // Subclasses
  switch (name) {
    case 'CharField':
    case 'TextField':
    case 'EmailField':
    case 'SlugField':
    case 'URLField':
    case 'CommaSeparatedIntegerField':
    case 'CICharField':
    case 'CIEmailField':
    case 'CITextField':
      if (truthy(a('db_collation'))) out.set('db_collation', dc(a('db_collation')!));
      break;
    default:
      break;
  }
  switch (name) {
    case 'DateField':
    case 'DateTimeField':
      if (truthy(a('auto_now'))) out.set('auto_now', bool(true));
      if (truthy(a('auto_now_add'))) out.set('auto_now_add', bool(true));
      if (truthy(a('auto_now')) || truthy(a('auto_now_add'))) {
        out.del('editable');
        out.del('blank');
      }
      break;
    case 'TimeField':
      if (a('auto_now') !== undefined && !isFalse(a('auto_now'))) out.set('auto_now', dc(a('auto_now')!));
      if (a('auto_now_add') !== undefined && !isFalse(a('auto_now_add'))) out.set('auto_now_add', dc(a('auto_now_add')!));
      if (truthy(a('auto_now')) || truthy(a('auto_now_add'))) {
        out.del('blank');
        out.del('editable');
      }
      break;
    case 'DecimalField':
      if (!isNone(a('max_digits'))) out.set('max_digits', dc(a('max_digits')!));
      if (!isNone(a('decimal_places'))) out.set('decimal_places', dc(a('decimal_places')!));
      break;
    case 'FilePathField':
      if (a('path') !== undefined && !valuesEqual(a('path'), str(''))) out.set('path', dc(a('path')!));
      if (!isNone(a('match'))) out.set('match', dc(a('match')!));
      if (a('recursive') !== undefined && !isFalse(a('recursive'))) out.set('recursive', dc(a('recursive')!));
      if (a('allow_files') !== undefined && !isTrue(a('allow_files'))) out.set('allow_files', dc(a('allow_files')!));
      if (a('allow_folders') !== undefined && !isFalse(a('allow_folders'))) out.set('allow_folders', dc(a('allow_folders')!));
      if (equalsNumber(out.get('max_length'), 100)) out.del('max_length');
      break;
    case 'IPAddressField':
    case 'UUIDField':
      out.del('max_length');
      break;
    case 'GenericIPAddressField':
      if (a('unpack_ipv4') !== undefined && !isFalse(a('unpack_ipv4'))) out.set('unpack_ipv4', dc(a('unpack_ipv4')!));
      if (a('protocol') !== undefined && !valuesEqual(a('protocol'), str('both'))) out.set('protocol', dc(a('protocol')!));
      out.del('max_length');
      break;
    case 'NullBooleanField':
      out.del('null');
      out.del('blank');
      break;
    case 'SlugField':
      if (equalsNumber(out.get('max_length'), 50)) out.del('max_length');
      if (isFalse(a('db_index'))) out.set('db_index', bool(false));
      else out.del('db_index');
      if (a('allow_unicode') !== undefined && !isFalse(a('allow_unicode'))) out.set('allow_unicode', dc(a('allow_unicode')!));
      break;
    case 'URLField':
      if (equalsNumber(out.get('max_length'), 200)) out.del('max_length');
      break;
    case 'BinaryField':
      if (truthy(a('editable'))) out.set('editable', bool(true));
      else out.del('editable');
      break;
    case 'AutoField':
    case 'BigAutoField':
    case 'SmallAutoField':
      out.del('blank');
      out.set('primary_key', bool(true));
      break;
    case 'FileField':
    case 'ImageField':
      if (equalsNumber(out.get('max_length'), 100)) out.del('max_length');
      out.set('upload_to', dc(a('upload_to') ?? str('')));
      if (a('storage') !== undefined) out.set('storage', dc(a('storage')!));
      if (name === 'ImageField') {
        if (truthy(a('width_field'))) out.set('width_field', dc(a('width_field')!));
        if (truthy(a('height_field'))) out.set('height_field', dc(a('height_field')!));
      }
      break;
    case 'JSONField':
      if (!isNone(a('encoder'))) out.set('encoder', dc(a('encoder')!));
      if (!isNone(a('decoder'))) out.set('decoder', dc(a('decoder')!));
      break;
    case 'GeneratedField':
      out.del('blank');
      out.del('editable');
      out.set('db_persist', dc(a('db_persist') ?? NONE));
      if (a('expression') !== undefined) out.set('expression', dc(a('expression')!));
      if (a('output_field') !== undefined) out.set('output_field', dc(a('output_field')!));
      break;
    case 'ArrayField':
      if (a('base_field') !== undefined) out.set('base_field', dc(a('base_field')!));
      // 5.2 always wrote size (None included).
      if (!ctx.v61) out.set('size', dc(a('size') ?? NONE));
      else if (!isNone(a('size'))) out.set('size', dc(a('size')!));
      break;
    case 'IntegerRangeField':
    case 'BigIntegerRangeField':
    case 'DecimalRangeField':
    case 'DateTimeRangeField':
    case 'DateRangeField':
      if (truthy(a('default_bounds')) && !valuesEqual(a('default_bounds'), str('[)'))) out.set('default_bounds', dc(a('default_bounds')!));
      break;
    default:
      break;
  }
  const relation = builtin?.relation;
  if (relation === 'fk' || relation === 'o2o' || relation === 'foreignobject' || relation === 'm2m') {
    // RelatedField
    if (truthy(a('limit_choices_to'))) out.set('limit_choices_to', dc(a('limit_choices_to')!));
    if (!isNone(a('related_name'))) out.set('related_name', dc(a('related_name')!));
    if (!isNone(a('related_query_name'))) out.set('related_query_name', dc(a('related_query_name')!));
  }
  const swappableOn = !isFalse(a('swappable'));
  if (relation === 'fk' || relation === 'o2o' || relation === 'foreignobject') {
    out.set('on_delete', dc(a('on_delete') ?? NONE));
    if (relation === 'foreignobject') {
      out.set('from_fields', dc(a('from_fields') ?? { t: 'list', items: [] }));
      out.set('to_fields', dc(a('to_fields') ?? { t: 'list', items: [] }));
    }
    if (truthy(a('parent_link'))) out.set('parent_link', dc(a('parent_link')!));
    out.set('to', relationTo(a('to'), swappableOn, ctx));
    if (relation !== 'foreignobject') {
      if (truthy(a('db_index'))) out.del('db_index');
      else out.set('db_index', bool(false));
      if (a('db_constraint') !== undefined && !isTrue(a('db_constraint'))) out.set('db_constraint', dc(a('db_constraint')!));
      if (truthy(a('to_field'))) out.set('to_field', dc(a('to_field')!));
      if (relation === 'o2o') out.del('unique');
    }
  } else if (relation === 'm2m') {
    if (!isNone(a('db_table'))) out.set('db_table', dc(a('db_table')!));
    if (a('db_constraint') !== undefined && !isTrue(a('db_constraint'))) out.set('db_constraint', dc(a('db_constraint')!));
    out.set('to', relationTo(a('to'), swappableOn, ctx));
    const through = a('through');
    if (through !== undefined && !isNone(through)) out.set('through', dc(through));
    if (truthy(a('through_fields'))) out.set('through_fields', dc(a('through_fields')!));
  } else if (!builtin) {
    // A field class we do not know: its own deconstruct() is unknown; keep what was written.
    for (const [k, v] of given.entries) if (!out.has(k) && !FIELD_POSITIONAL.includes(k)) out.set(k, dc(v));
  }
  const args = name === 'CompositePrimaryKey' ? field.args.map(dc) : builtin ? [] : extra.map(dc);
  return call(path, args, out.entries);
}

// ---------------------------------------------------------------------------------------------
// Other values: indexes, constraints, expressions

const INDEX_CLASSES = new Set(['Index', 'GinIndex', 'GistIndex', 'HashIndex', 'SpGistIndex', 'BrinIndex', 'BTreeIndex', 'BloomIndex']);
const POSTGRES_INDEX_EXTRA: Record<string, string[]> = {
  BloomIndex: ['length', 'columns'],
  BrinIndex: ['autosummarize', 'pages_per_range'],
  BTreeIndex: ['fillfactor', 'deduplicate_items'],
  GinIndex: ['fastupdate', 'gin_pending_list_limit'],
  GistIndex: ['buffering', 'fillfactor'],
  HashIndex: ['fillfactor'],
  SpGistIndex: ['fillfactor'],
};

function isDjangoClass(func: string, ...modules: string[]): boolean {
  const canonical = canonicalPath(func);
  return modules.some((m) => canonical.startsWith(`${m}.`) && !canonical.slice(m.length + 1).includes('.'));
}

/** Q objects as Django builds them: children, connector, negation. */
interface QNode {
  children: Value[];
  connector: string;
  negated: boolean;
}

function qFromCall(c: Call, ctx: Ctx): QNode | undefined {
  let connector = 'AND';
  let negated = false;
  const kwargs: Array<[string, Value]> = [];
  for (const [k, v] of c.kwargs) {
    if (k === '_connector') {
      if (v.t === 'str') connector = v.v;
      else if (v.t !== 'none') return undefined;
    } else if (k === '_negated') {
      const t = isTruthy(v);
      if (t === undefined) return undefined;
      negated = t;
    } else kwargs.push([k, v]);
  }
  kwargs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const children: Value[] = [...c.args.map((a) => qChild(a, ctx)), ...kwargs.map(([k, v]) => ({ t: 'tuple' as const, items: [str(k), deconstructWith(v, ctx)] }))];
  return { children, connector, negated };
}

function qChild(v: Value, ctx: Ctx): Value {
  const q = asQ(v, ctx);
  if (q) return qToValue(q);
  return deconstructWith(v, ctx);
}

/** A value that evaluates to a Q object, as a QNode. */
function asQ(v: Value, ctx: Ctx): QNode | undefined {
  if (v.t === 'call' && canonicalPath(v.func) === 'django.db.models.Q') return qFromCall(v, ctx);
  if (v.t === 'op') {
    if (v.op === 'u~' && v.args.length === 1) {
      const inner = asQ(v.args[0], ctx);
      if (!inner) return undefined;
      return { ...inner, negated: !inner.negated };
    }
    const conn = v.op === '|' ? 'OR' : v.op === '&' ? 'AND' : v.op === '^' ? 'XOR' : undefined;
    if (conn && v.args.length === 2) {
      const left = asQ(v.args[0], ctx);
      const right = asQ(v.args[1], ctx);
      if (!left || !right) return undefined;
      if (left.children.length === 0) return { ...right };
      if (right.children.length === 0) return { ...left };
      const obj: QNode = { children: [], connector: conn, negated: false };
      for (const data of [left, right]) {
        if (!data.negated && (data.connector === conn || data.children.length === 1)) obj.children.push(...data.children);
        else obj.children.push(qToValue(data));
      }
      return obj;
    }
  }
  return undefined;
}

function qToValue(q: QNode): Value {
  const kwargs: Array<[string, Value]> = [];
  if (q.connector !== 'AND') kwargs.push(['_connector', str(q.connector)]);
  if (q.negated) kwargs.push(['_negated', bool(true)]);
  return call('django.db.models.Q', q.children, kwargs);
}

const CONNECTORS: Record<string, string> = { '+': '+', '-': '-', '*': '*', '/': '/', '%': '%%', '**': '^' };

/** Whether a value is a query expression (has resolve_expression) as far as we can tell. */
function isExpression(v: Value): boolean {
  if (v.t === 'call') {
    const canonical = canonicalPath(v.func);
    return canonical.startsWith('django.db.models.') || canonical.startsWith('django.contrib.postgres.');
  }
  if (v.t === 'op') return v.op in CONNECTORS || v.op === 'u-' || v.op === 'u~';
  return false;
}

/** Values inside deconstructed objects, as the serializer sees them. */
export function deconstructValue(v: Value, options: SerializeOptions = {}): Value {
  return deconstructWith(v, context(options));
}

function deconstructWith(v: Value, ctx: Ctx): Value {
  const dc = (x: Value): Value => deconstructWith(x, ctx);
  switch (v.t) {
    case 'list':
    case 'tuple':
    case 'set':
      return { t: v.t, items: v.items.map(dc) };
    case 'dict':
      return { t: 'dict', entries: v.entries.map(([k, x]) => [dc(k), dc(x)]) };
    case 'op': {
      const q = asQ(v, ctx);
      if (q) return qToValue(q);
      if (v.op === 'u-' && v.args.length === 1 && isExpression(v.args[0])) {
        return call('django.db.models.expressions.CombinedExpression', [dc(v.args[0]), str('*'), call('django.db.models.Value', [{ t: 'int', v: -1 }], [])], []);
      }
      if (v.op === 'u~' && v.args.length === 1 && isExpression(v.args[0])) {
        return call('django.db.models.expressions.NegatedExpression', [dc(v.args[0])], []);
      }
      const connector = CONNECTORS[v.op];
      if (connector && v.args.length === 2) {
        const [l, r] = v.args;
        if (isExpression(l)) return call('django.db.models.expressions.CombinedExpression', [dc(l), str(connector), isExpression(r) ? dc(r) : call('django.db.models.Value', [dc(r)], [])], []);
        if (isExpression(r)) return call('django.db.models.expressions.CombinedExpression', [call('django.db.models.Value', [dc(l)], []), str(connector), dc(r)], []);
      }
      return { ...v, args: v.args.map(dc) };
    }
    case 'ref':
      // RunSQL.noop is the empty string.
      if (/(^|\.)RunSQL\.noop$/.test(v.path)) return str('');
      return { t: 'ref', path: canonicalPath(v.path), span: v.span };
    case 'call':
      return deconstructCall(v, ctx);
    case 'unknown': {
      // `django.db.models.constraints.Deferrable['IMMEDIATE']` (how the writer writes enum members).
      const m = /^((?:[A-Za-z_]\w*\.)*Deferrable)\[\s*(['"])(\w+)\2\s*\]$/.exec(v.text);
      if (m) {
        const base = m[1].startsWith('models.') ? `django.db.${m[1]}` : m[1];
        const canonical = canonicalPath(base);
        if (canonical === 'django.db.models.Deferrable') return { t: 'ref', path: `${canonical}.${m[3]}`, span: v.span };
      }
      return v;
    }
    default:
      return v;
  }
}

function deconstructCall(c: Call, ctx: Ctx): Value {
  const dc = (x: Value): Value => deconstructWith(x, ctx);
  const canonical = canonicalPath(c.func);
  const cls = lastSegment(canonical);
  const kind = kindOf(canonical);
  if (kind) {
    return deconstructField({ cls: canonical, kind, args: c.args, kwargs: c.kwargs }, ctx);
  }
  if (canonical === 'django.db.models.Q') {
    const q = qFromCall(c, ctx);
    if (q) return qToValue(q);
  }
  if (INDEX_CLASSES.has(cls) && isDjangoClass(canonical, 'django.db.models', 'django.contrib.postgres.indexes')) {
    const { kw } = bind([], c.kwargs, []);
    const out = new Kw();
    out.set('name', dc(kw.get('name') ?? str('')));
    const fields = kw.get('fields');
    if (fields && truthy(fields)) out.set('fields', dc(asList(fields)));
    if (!isNone(kw.get('db_tablespace'))) out.set('db_tablespace', dc(kw.get('db_tablespace')!));
    if (truthy(kw.get('opclasses'))) out.set('opclasses', dc(kw.get('opclasses')!));
    if (truthy(kw.get('condition'))) out.set('condition', dc(kw.get('condition')!));
    if (truthy(kw.get('include'))) out.set('include', dc(asTuple(kw.get('include')!)));
    for (const extra of POSTGRES_INDEX_EXTRA[cls] ?? []) {
      const x = kw.get(extra);
      if (extra === 'columns' ? truthy(x) : !isNone(x)) out.set(extra, dc(x!));
    }
    const expressions = c.args.map((e) => (e.t === 'str' ? call('django.db.models.F', [e], []) : dc(e)));
    return call(canonical, expressions, out.entries);
  }
  if ((cls === 'CheckConstraint' || cls === 'UniqueConstraint' || cls === 'BaseConstraint') && isDjangoClass(canonical, 'django.db.models')) {
    const { kw } = bind(ctx.v61 ? [] : c.args.slice(0, cls === 'UniqueConstraint' ? 0 : 2), c.kwargs, ['name', 'violation_error_message']);
    const out = baseConstraint(kw, ctx);
    if (cls === 'CheckConstraint') {
      out.set('condition', dc(kw.get('condition') ?? kw.get('check') ?? NONE));
      return call(canonical, [], out.entries);
    }
    if (cls === 'UniqueConstraint') {
      const fields = kw.get('fields');
      if (fields && truthy(fields)) out.set('fields', dc(asTuple(fields)));
      if (truthy(kw.get('condition'))) out.set('condition', dc(kw.get('condition')!));
      if (truthy(kw.get('deferrable'))) out.set('deferrable', dc(kw.get('deferrable')!));
      if (truthy(kw.get('include'))) out.set('include', dc(asTuple(kw.get('include')!)));
      if (truthy(kw.get('opclasses'))) out.set('opclasses', dc(kw.get('opclasses')!));
      if (!isNone(kw.get('nulls_distinct'))) out.set('nulls_distinct', dc(kw.get('nulls_distinct')!));
      const expressions = c.args.map((e) => (e.t === 'str' ? call('django.db.models.F', [e], []) : dc(e)));
      return call(canonical, expressions, out.entries);
    }
    return call(canonical, [], out.entries);
  }
  if (cls === 'ExclusionConstraint' && isDjangoClass(canonical, 'django.contrib.postgres.constraints')) {
    const { kw } = bind([], c.kwargs, []);
    const out = baseConstraint(kw, ctx);
    out.set('expressions', dc(kw.get('expressions') ?? NONE));
    if (!isNone(kw.get('condition'))) out.set('condition', dc(kw.get('condition')!));
    const indexType = kw.get('index_type');
    if (indexType && truthy(indexType) && !(indexType.t === 'str' && indexType.v.toLowerCase() === 'gist')) out.set('index_type', dc(indexType));
    if (truthy(kw.get('deferrable'))) out.set('deferrable', dc(kw.get('deferrable')!));
    if (truthy(kw.get('include'))) out.set('include', dc(asTuple(kw.get('include')!)));
    return call(canonical, [], out.entries);
  }
  if (canonical === 'django.db.models.Manager' || canonical === 'django.db.models.manager.Manager') {
    return call('django.db.models.manager.Manager', c.args.map(dc), c.kwargs.map(([k, x]) => [k, dc(x)]));
  }
  // Anything else deconstructs to its constructor arguments.
  return call(canonical, c.args.map(dc), c.kwargs.map(([k, x]) => [k, dc(x)]));
}

function baseConstraint(kw: Kw, ctx: Ctx): Kw {
  const dc = (x: Value): Value => deconstructWith(x, ctx);
  const out = new Kw();
  out.set('name', dc(kw.get('name') ?? NONE));
  const message = kw.get('violation_error_message');
  if (!isNone(message)) out.set('violation_error_message', dc(message!));
  if (!isNone(kw.get('violation_error_code'))) out.set('violation_error_code', dc(kw.get('violation_error_code')!));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Operations

/** get_func_args(Operation.__init__) per class (the signature order OperationWriter follows). */
const OPERATION_PARAMS: Record<string, string[]> = {
  CreateModel: ['name', 'fields', 'options', 'bases', 'managers'],
  DeleteModel: ['name'],
  RenameModel: ['old_name', 'new_name'],
  AlterModelTable: ['name', 'table'],
  AlterModelTableComment: ['name', 'table_comment'],
  AlterModelOptions: ['name', 'options'],
  AlterModelManagers: ['name', 'managers'],
  AlterUniqueTogether: ['name', 'unique_together'],
  AlterIndexTogether: ['name', 'index_together'],
  AlterOrderWithRespectTo: ['name', 'order_with_respect_to'],
  AddField: ['model_name', 'name', 'field', 'preserve_default'],
  AlterField: ['model_name', 'name', 'field', 'preserve_default'],
  RemoveField: ['model_name', 'name', 'field'],
  RenameField: ['model_name', 'old_name', 'new_name'],
  AddIndex: ['model_name', 'index'],
  AddIndexConcurrently: ['model_name', 'index'],
  RemoveIndex: ['model_name', 'name'],
  RemoveIndexConcurrently: ['model_name', 'name'],
  RenameIndex: ['model_name', 'new_name', 'old_name', 'old_fields'],
  AddConstraint: ['model_name', 'constraint'],
  AddConstraintNotValid: ['model_name', 'constraint'],
  RemoveConstraint: ['model_name', 'name'],
  AlterConstraint: ['model_name', 'name', 'constraint'],
  ValidateConstraint: ['model_name', 'name'],
  RunSQL: ['sql', 'reverse_sql', 'state_operations', 'hints', 'elidable'],
  RunPython: ['code', 'reverse_code', 'atomic', 'hints', 'elidable'],
  SeparateDatabaseAndState: ['database_operations', 'state_operations'],
  CreateCollation: ['name', 'locale', 'provider', 'deterministic'],
  RemoveCollation: ['name', 'locale', 'provider', 'deterministic'],
};

const EXTENSION_SUBCLASSES = new Set(['BloomExtension', 'BtreeGinExtension', 'BtreeGistExtension', 'CITextExtension', 'CryptoExtension', 'HStoreExtension', 'TrigramExtension', 'UnaccentExtension']);
const POSTGRES_OPERATIONS = new Set([...EXTENSION_SUBCLASSES, 'CreateExtension', 'AddIndexConcurrently', 'RemoveIndexConcurrently', 'CreateCollation', 'RemoveCollation', 'AddConstraintNotValid', 'ValidateConstraint']);

function operationFunc(op: Operation): string {
  const cls = lastSegment(op.call.func);
  if (POSTGRES_OPERATIONS.has(cls)) return `django.contrib.postgres.operations.${cls}`;
  if (op.kind === 'Unknown') return canonicalPath(op.call.func);
  return `django.db.migrations.${cls}`;
}

/** Turns an operation into what OperationWriter writes: class path and deconstruct() arguments in signature order. */
export function operationToWritten(op: Operation, options: SerializeOptions = {}): WrittenOperation {
  return toWritten(op, context(options));
}

function toWritten(op: Operation, ctx: Ctx): WrittenOperation {
  const cls = lastSegment(op.call.func);
  const func = operationFunc(op);
  const dc = (x: Value): Value => deconstructWith(x, ctx);
  const params = OPERATION_PARAMS[cls] ?? (op.kind === 'CreateExtension' ? (EXTENSION_SUBCLASSES.has(cls) ? (ctx.v61 ? ['hints'] : []) : ctx.v61 ? ['name', 'hints'] : ['name']) : []);
  const { kw: given } = bind(op.call.args, op.call.kwargs, params);
  const g = (k: string): Value | undefined => given.get(k);
  const out: Array<[string, Value | WrittenOperation[]]> = [];
  const put = (k: string, v: Value | WrittenOperation[]): void => {
    out.push([k, v]);
  };
  switch (op.kind) {
    case 'CreateModel': {
      put('name', dc(g('name') ?? str(op.name)));
      const fieldsArg = g('fields');
      const fieldItems = op.fields.map(([n, f]) => ({ t: 'tuple' as const, items: [str(n), deconstructField(f, ctx)] }));
      put('fields', fieldsArg?.t === 'tuple' ? { t: 'tuple', items: fieldItems } : { t: 'list', items: fieldItems });
      const options = g('options');
      if (options && truthy(options)) put('options', dc(options));
      const bases = g('bases');
      if (bases && truthy(bases) && !(bases.t === 'tuple' && bases.items.length === 1 && bases.items[0].t === 'ref' && canonicalPath(bases.items[0].path) === 'django.db.models.Model')) {
        put('bases', dc(bases));
      }
      const managers = g('managers');
      if (managers && truthy(managers) && !isDefaultManagers(managers)) put('managers', dc(managers));
      break;
    }
    case 'AddField':
    case 'AlterField': {
      put('model_name', dc(g('model_name') ?? str(op.modelName)));
      put('name', dc(g('name') ?? str(op.name)));
      put('field', deconstructField(op.field, ctx));
      const pd = g('preserve_default');
      if (pd !== undefined && !isTrue(pd)) put('preserve_default', dc(pd));
      break;
    }
    case 'RemoveField':
      put('model_name', dc(g('model_name') ?? str(op.modelName)));
      put('name', dc(g('name') ?? str(op.name)));
      break;
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether': {
      const key = op.kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together';
      put('name', dc(g('name') ?? str(op.name)));
      put(key, dc(normalizedTogether(g(key) ?? NONE)));
      break;
    }
    case 'AlterModelManagers':
      put('name', dc(g('name') ?? str(op.name)));
      put('managers', dc(g('managers') ?? NONE));
      break;
    case 'RenameIndex':
      put('model_name', dc(g('model_name') ?? NONE));
      put('new_name', dc(g('new_name') ?? NONE));
      if (truthy(g('old_name'))) put('old_name', dc(g('old_name')!));
      if (truthy(g('old_fields'))) put('old_fields', dc(g('old_fields')!));
      break;
    case 'RunSQL':
      put('sql', dc(g('sql') ?? NONE));
      if (!isNone(g('reverse_sql'))) put('reverse_sql', dc(g('reverse_sql')!));
      if (op.stateOperations.length) put('state_operations', op.stateOperations.map((o) => toWritten(o, ctx)));
      else if (truthy(g('state_operations'))) put('state_operations', dc(g('state_operations')!));
      if (truthy(g('hints'))) put('hints', dc(g('hints')!));
      if (ctx.v61 && truthy(g('elidable'))) put('elidable', dc(g('elidable')!));
      break;
    case 'RunPython':
      put('code', dc(g('code') ?? NONE));
      if (!isNone(g('reverse_code'))) put('reverse_code', dc(g('reverse_code')!));
      if (!isNone(g('atomic'))) put('atomic', dc(g('atomic')!));
      if (truthy(g('hints'))) put('hints', dc(g('hints')!));
      if (ctx.v61 && truthy(g('elidable'))) put('elidable', dc(g('elidable')!));
      break;
    case 'SeparateDatabaseAndState':
      if (op.databaseOperations.length) put('database_operations', op.databaseOperations.map((o) => toWritten(o, ctx)));
      if (op.stateOperations.length) put('state_operations', op.stateOperations.map((o) => toWritten(o, ctx)));
      break;
    case 'CreateCollation':
    case 'RemoveCollation': {
      put('name', dc(g('name') ?? NONE));
      put('locale', dc(g('locale') ?? NONE));
      const provider = g('provider');
      if (provider && truthy(provider) && !valuesEqual(provider, str('libc'))) put('provider', dc(provider));
      if (isFalse(g('deterministic'))) put('deterministic', bool(false));
      break;
    }
    case 'CreateExtension':
    case 'Unknown': {
      // Operation.deconstruct(): the constructor arguments as given.
      for (const [k, v] of given.entries) if (params.includes(k) || op.kind === 'Unknown') put(k, dc(v));
      const extra = op.call.args.slice(params.length).map(dc);
      return { func, kwargs: sortBySignature(out, params), args: op.kind === 'Unknown' ? extra : undefined };
    }
    default: {
      // Operations whose deconstruct() lists every argument (in signature order).
      for (const p of params) {
        const v = g(p);
        if (v !== undefined) put(p, dc(v));
      }
      break;
    }
  }
  return { func, kwargs: sortBySignature(out, params) };
}

function sortBySignature(kwargs: Array<[string, Value | WrittenOperation[]]>, params: string[]): Array<[string, Value | WrittenOperation[]]> {
  if (!params.length) return kwargs;
  return params.flatMap((p) => kwargs.filter(([k]) => k === p));
}

/** [('objects', models.Manager())] — CreateModel leaves these default managers out. */
function isDefaultManagers(v: Value): boolean {
  if (v.t !== 'list' || v.items.length !== 1) return false;
  const pair = v.items[0];
  if (pair.t !== 'tuple' || pair.items.length !== 2) return false;
  const [n, m] = pair.items;
  return n.t === 'str' && n.v === 'objects' && m.t === 'call' && canonicalPath(m.func) === 'django.db.models.Manager' && m.args.length === 0 && m.kwargs.length === 0;
}

/** AlterTogetherOptionOperation.option_value: set(normalize_together(v)) when truthy. */
function normalizedTogether(v: Value): Value {
  if (!truthy(v) || v.t === 'unknown') return v;
  let groups: Value[] | undefined;
  if (v.t === 'list' || v.t === 'tuple') {
    const first = v.items[0];
    groups = (first.t === 'list' || first.t === 'tuple' ? v.items : [v]).map((g) => {
      if (g.t === 'str') return { t: 'tuple', items: [...g.v].map((ch) => str(ch)) } as Value;
      const items = asItems(g);
      return items ? ({ t: 'tuple', items } as Value) : g;
    });
  } else if (v.t === 'set') groups = v.items;
  if (!groups) return v;
  const out: Value[] = [];
  for (const g of groups) if (!out.some((x) => valuesEqual(x, g))) out.push(g);
  return { t: 'set', items: out };
}

// ---------------------------------------------------------------------------------------------
// Whole migrations

export interface SpecOptions extends SerializeOptions {
  /** Operations to write instead of the migration's own (e.g. optimized ones). */
  operations?: Operation[];
}

/** What MigrationWriter writes for a loaded migration (dependencies as loaded: swappable ones become `(app, '__first__')`). */
export function migrationToSpec(m: MigrationFile, options: SpecOptions = {}): MigrationSpec {
  const ops = options.operations ?? m.operations;
  // `initial = 1` / `atomic = 0`: the writer tests truthiness, readMigration keeps booleans only.
  const attr = (name: string): boolean | undefined => {
    if (!m.classDef) return undefined;
    const assign = findAssign(m.classDef.body, name);
    if (!assign?.value) return undefined;
    return isTruthy(evaluate(assign.value, { module: m.module, canonical: canonicalPath }));
  };
  const initial = attr('initial') ?? m.initial;
  const atomic = attr('atomic') ?? m.atomic;
  return {
    dependencies: m.dependencies.map((d) => ({ app: d.app, name: d.name })),
    operations: ops.map((o) => operationToWritten(o, options)),
    replaces: m.replaces.map((r) => ({ app: r.app, name: r.name })),
    runBefore: m.runBefore.map((r) => ({ app: r.app, name: r.name })),
    initial,
    atomic,
    djangoVersion: options.djangoVersion,
  };
}

