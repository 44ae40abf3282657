// Django field classes as data: what each built-in field means for the database, plus the
// resolution of project-defined and third-party field classes onto a built-in one.
import { Span } from '../python/ast';
import { Value, asBool, asNumber, asString, lastSegment, valuesEqual } from '../python/values';

export type AutoKind = 'integer' | 'bigint' | 'smallint';

export interface FieldKind {
  /** Class name, e.g. `CharField`. */
  name: string;
  /** Canonical module of the class. */
  module: string;
  internalType: string;
  relation?: 'fk' | 'o2o' | 'm2m' | 'foreignobject' | 'generic';
  /** Names of positional parameters, in order. */
  positional: string[];
  /** Option defaults that differ from Field's. */
  defaults: Record<string, Value>;
  emptyStringsAllowed: boolean;
  auto?: AutoKind;
  /** No column (M2M, GenericForeignKey, CompositePrimaryKey, ForeignObject). */
  noColumn?: boolean;
}

const FIELD_POSITIONAL = ['verbose_name', 'name', 'primary_key', 'max_length', 'unique', 'blank', 'null', 'db_index', 'rel', 'default', 'editable', 'serialize', 'unique_for_date', 'unique_for_month', 'unique_for_year', 'choices', 'help_text', 'db_column', 'db_tablespace', 'auto_created', 'validators', 'error_messages', 'db_comment', 'db_default'];
const NAMED_POSITIONAL = ['verbose_name', 'name'];
const FK_POSITIONAL = ['to', 'on_delete', 'related_name', 'related_query_name', 'limit_choices_to', 'parent_link', 'to_field', 'db_constraint'];
const M2M_POSITIONAL = ['to', 'related_name', 'related_query_name', 'limit_choices_to', 'symmetrical', 'through', 'through_fields', 'db_constraint', 'db_table', 'swappable'];

const int = (v: number): Value => ({ t: 'int', v });
const bool = (v: boolean): Value => ({ t: 'bool', v });

function kind(name: string, internalType: string, extra: Partial<FieldKind> = {}, module = 'django.db.models'): FieldKind {
  return {
    name,
    module,
    internalType,
    positional: extra.positional ?? FIELD_POSITIONAL,
    defaults: extra.defaults ?? {},
    emptyStringsAllowed: extra.emptyStringsAllowed ?? false,
    ...extra,
  } as FieldKind;
}

const STRINGY = { emptyStringsAllowed: true };

export const BUILTIN_FIELDS: FieldKind[] = [
  kind('AutoField', 'AutoField', { auto: 'integer', positional: NAMED_POSITIONAL }),
  kind('BigAutoField', 'BigAutoField', { auto: 'bigint', positional: NAMED_POSITIONAL }),
  kind('SmallAutoField', 'SmallAutoField', { auto: 'smallint', positional: NAMED_POSITIONAL }),
  kind('BigIntegerField', 'BigIntegerField'),
  kind('BinaryField', 'BinaryField', { emptyStringsAllowed: true }),
  kind('BooleanField', 'BooleanField'),
  kind('NullBooleanField', 'NullBooleanField', { defaults: { null: bool(true), blank: bool(true) } }),
  kind('CharField', 'CharField', STRINGY),
  kind('CommaSeparatedIntegerField', 'CharField', STRINGY),
  kind('DateField', 'DateField', { positional: ['verbose_name', 'name', 'auto_now', 'auto_now_add'] }),
  kind('DateTimeField', 'DateTimeField', { positional: ['verbose_name', 'name', 'auto_now', 'auto_now_add'] }),
  kind('DecimalField', 'DecimalField', { positional: ['verbose_name', 'name', 'max_digits', 'decimal_places'] }),
  kind('DurationField', 'DurationField'),
  kind('EmailField', 'CharField', { ...STRINGY, defaults: { max_length: int(254) } }),
  kind('FileField', 'FileField', { ...STRINGY, positional: ['verbose_name', 'name', 'upload_to', 'storage'], defaults: { max_length: int(100) } }),
  kind('ImageField', 'FileField', { ...STRINGY, positional: ['verbose_name', 'name', 'width_field', 'height_field'], defaults: { max_length: int(100) } }),
  kind('FilePathField', 'FilePathField', { ...STRINGY, positional: ['verbose_name', 'name', 'path', 'match', 'recursive', 'allow_files', 'allow_folders'], defaults: { max_length: int(100) } }),
  kind('FloatField', 'FloatField'),
  kind('GenericIPAddressField', 'GenericIPAddressField', { ...STRINGY, positional: ['verbose_name', 'name', 'protocol', 'unpack_ipv4'], defaults: { max_length: int(39) } }),
  kind('IPAddressField', 'IPAddressField', { ...STRINGY, defaults: { max_length: int(15) } }),
  kind('IntegerField', 'IntegerField'),
  kind('JSONField', 'JSONField', { positional: ['verbose_name', 'name', 'encoder', 'decoder'] }),
  kind('PositiveBigIntegerField', 'PositiveBigIntegerField'),
  kind('PositiveIntegerField', 'PositiveIntegerField'),
  kind('PositiveSmallIntegerField', 'PositiveSmallIntegerField'),
  kind('SlugField', 'SlugField', { ...STRINGY, positional: ['verbose_name', 'name'], defaults: { max_length: int(50), db_index: bool(true) } }),
  kind('SmallIntegerField', 'SmallIntegerField'),
  kind('TextField', 'TextField', STRINGY),
  kind('TimeField', 'TimeField', { positional: ['verbose_name', 'name', 'auto_now', 'auto_now_add'] }),
  kind('URLField', 'CharField', { ...STRINGY, positional: ['verbose_name', 'name'], defaults: { max_length: int(200) } }),
  kind('UUIDField', 'UUIDField', { positional: ['verbose_name'] }),
  kind('GeneratedField', 'GeneratedField', { positional: [] }),
  kind('CompositePrimaryKey', 'CompositePrimaryKey', { positional: [], noColumn: true }),
  kind('ForeignKey', 'ForeignKey', { relation: 'fk', positional: FK_POSITIONAL, defaults: { db_index: bool(true) } }),
  kind('OneToOneField', 'OneToOneField', { relation: 'o2o', positional: FK_POSITIONAL, defaults: { db_index: bool(true), unique: bool(true) } }),
  kind('ManyToManyField', 'ManyToManyField', { relation: 'm2m', positional: M2M_POSITIONAL, noColumn: true }),
  kind('ForeignObject', 'ForeignObject', { relation: 'foreignobject', positional: ['to', 'on_delete', 'from_fields', 'to_fields'], noColumn: true }),
  kind('OrderWrt', 'IntegerField'),
  // django.contrib.postgres
  kind('ArrayField', 'ArrayField', { positional: ['base_field', 'size'] }, 'django.contrib.postgres.fields'),
  kind('HStoreField', 'HStoreField', {}, 'django.contrib.postgres.fields'),
  kind('IntegerRangeField', 'IntegerRangeField', {}, 'django.contrib.postgres.fields'),
  kind('BigIntegerRangeField', 'BigIntegerRangeField', {}, 'django.contrib.postgres.fields'),
  kind('DecimalRangeField', 'DecimalRangeField', {}, 'django.contrib.postgres.fields'),
  kind('DateTimeRangeField', 'DateTimeRangeField', {}, 'django.contrib.postgres.fields'),
  kind('DateRangeField', 'DateRangeField', {}, 'django.contrib.postgres.fields'),
  kind('CICharField', 'CICharField', STRINGY, 'django.contrib.postgres.fields'),
  kind('CIEmailField', 'CIEmailField', { ...STRINGY, defaults: { max_length: int(254) } }, 'django.contrib.postgres.fields'),
  kind('CITextField', 'CITextField', STRINGY, 'django.contrib.postgres.fields'),
  kind('JSONField', 'JSONField', { positional: ['verbose_name', 'name', 'encoder', 'decoder'] }, 'django.contrib.postgres.fields'),
  kind('SearchVectorField', 'SearchVectorField', {}, 'django.contrib.postgres.search'),
  // django.contrib.contenttypes
  kind('GenericForeignKey', 'GenericForeignKey', { relation: 'generic', positional: ['ct_field', 'fk_field', 'for_concrete_model'], noColumn: true }, 'django.contrib.contenttypes.fields'),
  kind('GenericRelation', 'GenericRelation', { relation: 'generic', positional: ['to', 'object_id_field', 'content_type_field', 'for_concrete_model', 'related_query_name', 'limit_choices_to'], noColumn: true }, 'django.contrib.contenttypes.fields'),
];

const BY_PATH = new Map<string, FieldKind>();
for (const k of BUILTIN_FIELDS) BY_PATH.set(`${k.module}.${k.name}`, k);
// Aliases Django itself accepts.
BY_PATH.set('django.contrib.postgres.fields.jsonb.JSONField', BY_PATH.get('django.contrib.postgres.fields.JSONField')!);
BY_PATH.set('django.contrib.postgres.search.SearchVectorField', BY_PATH.get('django.contrib.postgres.search.SearchVectorField')!);

export function builtinFieldKind(path: string): FieldKind | undefined {
  return BY_PATH.get(path);
}

export function fieldKindByName(name: string): FieldKind | undefined {
  return BY_PATH.get(`django.db.models.${name}`) ?? BUILTIN_FIELDS.find((k) => k.name === name);
}

/** A third-party field class mapped onto a built-in one, with the options its constructor implies. */
export interface ThirdPartyField {
  base: string;
  defaults?: Record<string, Value>;
  note?: string;
}

const str = (v: string): Value => ({ t: 'str', v });

/** Well-known third-party field classes (by canonical path, also matched by submodule re-exports). */
export const THIRD_PARTY_FIELDS: Record<string, ThirdPartyField> = {
  'modelcluster.fields.ParentalKey': { base: 'django.db.models.ForeignKey' },
  'modelcluster.fields.ParentalManyToManyField': { base: 'django.db.models.ManyToManyField' },
  'modelcluster.contrib.taggit.ClusterTaggableManager': { base: 'django.db.models.ManyToManyField', defaults: { through: str('taggit.TaggedItem') } },
  'taggit.managers.TaggableManager': { base: 'django.db.models.ManyToManyField', defaults: { through: str('taggit.TaggedItem') } },
  'wagtail.fields.StreamField': { base: 'django.db.models.JSONField' },
  'wagtail.core.fields.StreamField': { base: 'django.db.models.JSONField' },
  'wagtail.fields.RichTextField': { base: 'django.db.models.TextField' },
  'wagtail.core.fields.RichTextField': { base: 'django.db.models.TextField' },
  'wagtail.search.index.AutocompleteField': { base: 'django.db.models.TextField' },
  'mptt.fields.TreeForeignKey': { base: 'django.db.models.ForeignKey' },
  'mptt.fields.TreeOneToOneField': { base: 'django.db.models.OneToOneField' },
  'mptt.fields.TreeManyToManyField': { base: 'django.db.models.ManyToManyField' },
  'phonenumber_field.modelfields.PhoneNumberField': { base: 'django.db.models.CharField', defaults: { max_length: int(128) } },
  'django_countries.fields.CountryField': { base: 'django.db.models.CharField', defaults: { max_length: int(2) } },
  'djmoney.models.fields.MoneyField': { base: 'django.db.models.DecimalField', note: 'also adds a currency column' },
  'djmoney.models.fields.CurrencyField': { base: 'django.db.models.CharField', defaults: { max_length: int(3) } },
  'timezone_field.fields.TimeZoneField': { base: 'django.db.models.CharField', defaults: { max_length: int(63) } },
  'timezone_field.TimeZoneField': { base: 'django.db.models.CharField', defaults: { max_length: int(63) } },
  'django_extensions.db.fields.AutoSlugField': { base: 'django.db.models.SlugField' },
  'django_extensions.db.fields.CreationDateTimeField': { base: 'django.db.models.DateTimeField' },
  'django_extensions.db.fields.ModificationDateTimeField': { base: 'django.db.models.DateTimeField' },
  'django_extensions.db.fields.RandomCharField': { base: 'django.db.models.CharField' },
  'django_extensions.db.fields.ShortUUIDField': { base: 'django.db.models.CharField', defaults: { max_length: int(22) } },
  'model_utils.fields.AutoCreatedField': { base: 'django.db.models.DateTimeField' },
  'model_utils.fields.AutoLastModifiedField': { base: 'django.db.models.DateTimeField' },
  'model_utils.fields.MonitorField': { base: 'django.db.models.DateTimeField' },
  'model_utils.fields.StatusField': { base: 'django.db.models.CharField', defaults: { max_length: int(100) } },
  'model_utils.fields.UUIDField': { base: 'django.db.models.UUIDField' },
  'ckeditor.fields.RichTextField': { base: 'django.db.models.TextField' },
  'ckeditor_uploader.fields.RichTextUploadingField': { base: 'django.db.models.TextField' },
  'tinymce.models.HTMLField': { base: 'django.db.models.TextField' },
  'django_ckeditor_5.fields.CKEditor5Field': { base: 'django.db.models.TextField' },
  'sorl.thumbnail.fields.ImageField': { base: 'django.db.models.ImageField' },
  'sorl.thumbnail.ImageField': { base: 'django.db.models.ImageField' },
  'easy_thumbnails.fields.ThumbnailerImageField': { base: 'django.db.models.ImageField' },
  'easy_thumbnails.fields.ThumbnailerField': { base: 'django.db.models.FileField' },
  'versatileimagefield.fields.VersatileImageField': { base: 'django.db.models.ImageField' },
  'versatileimagefield.fields.PPOIField': { base: 'django.db.models.CharField', defaults: { max_length: int(20) } },
  'colorfield.fields.ColorField': { base: 'django.db.models.CharField', defaults: { max_length: int(25) } },
  'encrypted_model_fields.fields.EncryptedCharField': { base: 'django.db.models.TextField' },
  'mirage.fields.EncryptedCharField': { base: 'django.db.models.CharField' },
  'jsonfield.fields.JSONField': { base: 'django.db.models.TextField' },
  'jsonfield.JSONField': { base: 'django.db.models.TextField' },
  'django_better_admin_arrayfield.models.fields.ArrayField': { base: 'django.contrib.postgres.fields.ArrayField' },
  'django.contrib.gis.db.models.PointField': { base: 'django.db.models.Field' },
  'netfields.fields.InetAddressField': { base: 'django.db.models.GenericIPAddressField' },
  'netfields.fields.CidrAddressField': { base: 'django.db.models.GenericIPAddressField', note: 'cidr column' },
  'netfields.fields.MACAddressField': { base: 'django.db.models.Field', note: 'macaddr column' },
};

/** Column types of some third-party classes whose type is not a built-in one. */
export const THIRD_PARTY_DB_TYPES: Record<string, string> = {
  'netfields.fields.CidrAddressField': 'cidr',
  'netfields.fields.MACAddressField': 'macaddr',
  'django.contrib.gis.db.models.PointField': 'geometry(POINT,4326)',
};

/**
 * A field as the migration state (or models.py) holds it: its class, its arguments as written,
 * and the built-in kind it behaves as.
 */
export interface FieldDef {
  /** Canonical path of the class as written. */
  cls: string;
  kind: FieldKind;
  args: Value[];
  kwargs: Array<[string, Value]>;
  /** Options implied by a project or third-party class (e.g. max_length of PhoneNumberField). */
  implied?: Record<string, Value>;
  /** Column type of a custom class that defines db_type() as a literal. */
  customDbType?: string;
  /** Fields given as arguments (ArrayField.base_field, GeneratedField.output_field), resolved like this one. */
  nested?: Record<string, FieldDef>;
  /** The class could not be resolved to a built-in field. */
  unresolved?: boolean;
  span?: Span;
}

const UNKNOWN_KIND: FieldKind = kind('Field', 'Field');

export function unknownFieldKind(): FieldKind {
  return UNKNOWN_KIND;
}

/** An option by keyword or position, then implied by the class, then the class default. */
export function fieldOption(field: FieldDef, name: string): Value | undefined {
  for (let i = field.kwargs.length - 1; i >= 0; i--) if (field.kwargs[i][0] === name) return field.kwargs[i][1];
  const index = field.kind.positional.indexOf(name);
  if (index >= 0 && index < field.args.length) return field.args[index];
  if (field.implied && name in field.implied) return field.implied[name];
  return field.kind.defaults[name];
}

export function hasExplicitOption(field: FieldDef, name: string): boolean {
  if (field.kwargs.some(([k]) => k === name)) return true;
  const index = field.kind.positional.indexOf(name);
  return index >= 0 && index < field.args.length;
}

export function optBool(field: FieldDef, name: string, fallback = false): boolean {
  return asBool(fieldOption(field, name)) ?? fallback;
}

export function optString(field: FieldDef, name: string): string | undefined {
  return asString(fieldOption(field, name));
}

export function optNumber(field: FieldDef, name: string): number | undefined {
  return asNumber(fieldOption(field, name));
}

export function isRelation(field: FieldDef): boolean {
  return field.kind.relation === 'fk' || field.kind.relation === 'o2o' || field.kind.relation === 'm2m';
}

export function isForeignKey(field: FieldDef): boolean {
  return field.kind.relation === 'fk' || field.kind.relation === 'o2o';
}

export function isManyToMany(field: FieldDef): boolean {
  return field.kind.relation === 'm2m';
}

export function isPrimaryKey(field: FieldDef): boolean {
  return optBool(field, 'primary_key');
}

/** Field.null; primary keys are never null. */
export function isNull(field: FieldDef): boolean {
  return optBool(field, 'null');
}

/** Field.unique: explicit unique, or a primary key, or a OneToOneField. */
export function isUnique(field: FieldDef): boolean {
  return optBool(field, 'unique') || isPrimaryKey(field);
}

/** Field.db_index as Django stores it (ForeignKey and SlugField default to True). */
export function isDbIndex(field: FieldDef): boolean {
  return optBool(field, 'db_index');
}

export function hasDefault(field: FieldDef): boolean {
  const v = fieldOption(field, 'default');
  return v !== undefined;
}

export function hasDbDefault(field: FieldDef): boolean {
  return fieldOption(field, 'db_default') !== undefined;
}

export function isGenerated(field: FieldDef): boolean {
  return field.kind.internalType === 'GeneratedField';
}

/** `to=` of a relation, as written. */
export function relationTarget(field: FieldDef): Value | undefined {
  return fieldOption(field, 'to');
}

export function onDeletePath(field: FieldDef): string | undefined {
  const v = fieldOption(field, 'on_delete');
  return v?.t === 'ref' ? v.path : undefined;
}

/** Django 6.1's database-level on_delete options (models.DB_CASCADE etc.). */
export function dbOnDeleteSql(field: FieldDef): string {
  const path = onDeletePath(field);
  if (!path) return '';
  switch (lastSegment(path)) {
    case 'DB_CASCADE':
      return ' ON DELETE CASCADE';
    case 'DB_SET_NULL':
      return ' ON DELETE SET NULL';
    case 'DB_SET_DEFAULT':
      return ' ON DELETE SET DEFAULT';
    default:
      return '';
  }
}

export function isDatabaseOnDelete(field: FieldDef): boolean {
  return dbOnDeleteSql(field) !== '';
}

export function withKwarg(field: FieldDef, name: string, value: Value | undefined): FieldDef {
  const kwargs = field.kwargs.filter(([k]) => k !== name);
  let args = field.args;
  const index = field.kind.positional.indexOf(name);
  if (index >= 0 && index < args.length) {
    // Move positional arguments from this one on to keywords so the field stays consistent.
    const moved: Array<[string, Value]> = [];
    for (let i = index + 1; i < args.length; i++) moved.push([field.kind.positional[i], args[i]]);
    args = args.slice(0, index);
    kwargs.push(...moved.filter(([k]) => !kwargs.some(([k2]) => k2 === k)));
  }
  if (value !== undefined) kwargs.push([name, value]);
  return { ...field, args, kwargs };
}

/** Option names that never change the database (Field.non_db_attrs). */
const NON_DB_ATTRS = new Set(['blank', 'choices', 'db_column', 'editable', 'error_messages', 'help_text', 'limit_choices_to', 'related_name', 'related_query_name', 'validators', 'verbose_name']);

/** Options whose values Django leaves out of deconstruct() when they are the default. */
const FIELD_OPTION_DEFAULTS: Record<string, Value> = {
  primary_key: bool(false),
  unique: bool(false),
  blank: bool(false),
  null: bool(false),
  db_index: bool(false),
  editable: bool(true),
  serialize: bool(true),
  auto_created: bool(false),
  db_constraint: bool(true),
  parent_link: bool(false),
  auto_now: bool(false),
  auto_now_add: bool(false),
  help_text: str(''),
};

/**
 * The keyword arguments as deconstruct() would give them: positional arguments named, class
 * defaults removed, `to` normalised to a lower-cased `app.model`.
 */
export function normalizedKwargs(field: FieldDef, resolveTo?: (to: Value) => string | undefined): Map<string, Value> {
  const out = new Map<string, Value>();
  field.args.forEach((v, i) => {
    const name = field.kind.positional[i];
    if (name) out.set(name, v);
  });
  for (const [k, v] of field.kwargs) out.set(k, v);
  for (const [k, v] of out) {
    const classDefault = field.kind.defaults[k] ?? FIELD_OPTION_DEFAULTS[k];
    if (classDefault !== undefined && valuesEqual(classDefault, v)) out.delete(k);
    if (k === 'max_length' && field.kind.defaults.max_length && valuesEqual(field.kind.defaults.max_length, v)) out.delete(k);
  }
  if (field.implied) for (const [k, v] of Object.entries(field.implied)) if (!out.has(k)) out.set(k, v);
  if (resolveTo) {
    const to = out.get('to');
    if (to) {
      const resolved = resolveTo(to);
      if (resolved) out.set('to', { t: 'str', v: resolved });
    }
  }
  return out;
}

/** BaseDatabaseSchemaEditor._field_should_be_altered, on our data. */
export function fieldKwargsForComparison(
  field: FieldDef,
  ignore: Set<string>,
  resolveTo?: (to: Value) => string | undefined,
): Map<string, Value> {
  const kwargs = normalizedKwargs(field, resolveTo);
  for (const attr of NON_DB_ATTRS) kwargs.delete(attr);
  if (field.kind.relation === 'fk' || field.kind.relation === 'o2o') {
    if (!isDatabaseOnDelete(field)) kwargs.delete('on_delete');
  }
  for (const attr of ignore) kwargs.delete(attr);
  return kwargs;
}

export function kwargMapsEqual(a: Map<string, Value>, b: Map<string, Value>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!valuesEqual(v, b.get(k))) return false;
  return true;
}

/** `"app.Model"` / `"Model"` / `"self"` / settings.AUTH_USER_MODEL → (app, model_lower). */
export function resolveRelationValue(
  to: Value | undefined,
  appLabel: string,
  modelName: string,
  settings: { authUserModel?: string },
): { app: string; model: string } | undefined {
  if (!to) return undefined;
  let target: string | undefined;
  if (to.t === 'str') target = to.v;
  else if (to.t === 'ref') {
    if (to.path === 'django.conf.settings.AUTH_USER_MODEL' || to.path.endsWith('settings.AUTH_USER_MODEL')) {
      target = settings.authUserModel ?? 'auth.User';
    } else {
      // A model class reference (models.py): app resolution is the caller's job; keep the class name.
      target = lastSegment(to.path);
    }
  }
  if (target === undefined) return undefined;
  if (target === 'self') return { app: appLabel, model: modelName.toLowerCase() };
  const dot = target.indexOf('.');
  if (dot >= 0) return { app: target.slice(0, dot), model: target.slice(dot + 1).toLowerCase() };
  return { app: appLabel, model: target.toLowerCase() };
}
