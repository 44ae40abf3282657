// "Rendering" a migration state the way Django's StateApps does, but only as far as the schema
// editor needs: table names, columns, column types, primary keys, relations and auto-created
// many-to-many tables.
import { Value, asItems, asNumber, asString, kwarg, lastSegment } from '../python/values';
import {
  FieldDef,
  builtinFieldKind,
  fieldKindByName,
  fieldOption,
  isForeignKey,
  isManyToMany,
  isPrimaryKey,
  optBool,
  optNumber,
  optString,
  resolveRelationValue,
} from './fields';
import { truncateName, stripQuotes } from './names';
import { ModelState, ProjectState, StateSettings, dbTableOption, isManaged, isProxy, modelKey, normalizeTogether, option } from './state';

export interface RField {
  name: string;
  def: FieldDef;
  model: RModel;
  attname: string;
  /** undefined when the field has no column (M2M, GenericForeignKey, CompositePrimaryKey). */
  column: string | undefined;
  internalType: string;
  primaryKey: boolean;
  /** Field.unique (primary keys count as unique). */
  unique: boolean;
  null: boolean;
  dbIndex: boolean;
  autoCreated: boolean;
}

export interface RModel {
  key: string;
  app: string;
  name: string;
  state: ModelState | undefined;
  dbTable: string;
  /** Concrete local fields in declaration order (what CREATE TABLE lists). */
  localFields: RField[];
  localManyToMany: RField[];
  allFields: RField[];
  pk: RField | undefined;
  managed: boolean;
  proxy: boolean;
  dbTablespace: string | undefined;
  /** For an auto-created M2M through model: the owning model and field. */
  autoCreatedFrom?: { owner: RModel; field: RField };
  uniqueTogether: string[][];
  indexTogether: string[][];
  indexes: Value[];
  constraints: Value[];
  tableComment: string | undefined;
  orderWithRespectTo: string | undefined;
}

/** A rendered view of a ProjectState; models are rendered lazily and cached. */
export class Apps {
  private readonly cache = new Map<string, RModel | null>();
  constructor(readonly state: ProjectState) {}

  get settings(): StateSettings {
    return this.state.settings;
  }

  getModel(app: string, name: string): RModel | undefined {
    return this.getByKey(modelKey(app, name));
  }

  getByKey(key: string): RModel | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const model = this.state.models.get(key);
    if (!model) {
      this.cache.set(key, null);
      return undefined;
    }
    const rendered = renderModel(this, model);
    return rendered;
  }

  /** Internal: register before fields are bound, so self-references resolve. */
  register(key: string, model: RModel): void {
    this.cache.set(key, model);
  }

  resolveTarget(field: RField): RModel | undefined {
    const target = resolveRelationValue(fieldOption(field.def, 'to'), field.model.app, field.model.name, this.settings);
    if (!target) return undefined;
    return this.getModel(target.app, target.model);
  }

  /** The field a ForeignKey points at (to_field, or the target's pk). */
  targetField(field: RField): RField | undefined {
    const target = this.resolveTarget(field);
    if (!target) return undefined;
    const toField = optString(field.def, 'to_field');
    if (toField) return target.allFields.find((f) => f.name === toField);
    return target.pk;
  }

  throughModel(field: RField): RModel | undefined {
    const through = fieldOption(field.def, 'through');
    if (through && through.t !== 'none') {
      const t = resolveRelationValue(through, field.model.app, field.model.name, this.settings);
      return t ? this.getModel(t.app, t.model) : undefined;
    }
    return autoCreatedThrough(this, field);
  }

  /** Models with fields pointing at `model` (reverse relations), sorted as Django's _meta.related_objects is not; callers sort. */
  relatedFields(model: RModel): RField[] {
    const out: RField[] = [];
    for (const key of this.state.models.keys()) {
      const other = this.getByKey(key);
      if (!other) continue;
      for (const f of other.allFields) {
        if (!(isForeignKey(f.def) || isManyToMany(f.def))) continue;
        const target = this.resolveTarget(f);
        if (target && target.key === model.key) out.push(f);
      }
      for (const m2m of other.localManyToMany) {
        const through = this.throughModel(m2m);
        if (through?.autoCreatedFrom) {
          for (const f of through.localFields) {
            const target = this.resolveTarget(f);
            if (target && target.key === model.key) out.push(f);
          }
        }
      }
    }
    return out;
  }
}

function defaultAutoFieldDef(settings: StateSettings): FieldDef {
  const kind = builtinFieldKind(settings.defaultAutoField) ?? fieldKindByName(lastSegment(settings.defaultAutoField)) ?? fieldKindByName('AutoField')!;
  return {
    cls: settings.defaultAutoField,
    kind,
    args: [],
    kwargs: [
      ['auto_created', { t: 'bool', v: true }],
      ['primary_key', { t: 'bool', v: true }],
      ['serialize', { t: 'bool', v: false }],
      ['verbose_name', { t: 'str', v: 'ID' }],
    ],
  };
}

function defaultDbTable(app: string, name: string): string {
  return truncateName(`${app}_${name.toLowerCase()}`, 63);
}

function bindField(model: RModel, name: string, def: FieldDef): RField {
  const dbColumn = optString(def, 'db_column');
  let attname = name;
  if (isForeignKey(def)) attname = `${name}_id`;
  const noColumn = def.kind.noColumn === true;
  const primaryKey = isPrimaryKey(def);
  return {
    name,
    def,
    model,
    attname,
    column: noColumn ? undefined : dbColumn ?? attname,
    internalType: def.kind.internalType,
    primaryKey,
    unique: optBool(def, 'unique') || primaryKey,
    null: optBool(def, 'null'),
    dbIndex: optBool(def, 'db_index'),
    autoCreated: optBool(def, 'auto_created'),
  };
}

function renderModel(apps: Apps, state: ModelState): RModel {
  const key = modelKey(state.app, state.name);
  const tableOption = dbTableOption(state);
  const proxy = isProxy(state);
  const model: RModel = {
    key,
    app: state.app,
    name: state.name,
    state,
    dbTable: tableOption ?? defaultDbTable(state.app, state.name),
    localFields: [],
    localManyToMany: [],
    allFields: [],
    pk: undefined,
    managed: isManaged(state),
    proxy,
    dbTablespace: asString(option(state, 'db_tablespace')) || undefined,
    uniqueTogether: normalizeTogether(option(state, 'unique_together')),
    indexTogether: normalizeTogether(option(state, 'index_together')),
    indexes: asItems(option(state, 'indexes')) ?? [],
    constraints: asItems(option(state, 'constraints')) ?? [],
    tableComment: asString(option(state, 'db_table_comment')),
    orderWithRespectTo: asString(option(state, 'order_with_respect_to')),
  };
  apps.register(key, model);
  if (proxy) {
    // A proxy shares its concrete parent's table.
    const parent = concreteParent(apps, state);
    if (parent) {
      model.dbTable = parent.dbTable;
      model.pk = parent.pk;
      model.allFields = parent.allFields;
    }
    return model;
  }
  const fields: Array<readonly [string, FieldDef]> = [...state.fields];
  if (!fields.some(([, f]) => isPrimaryKey(f))) {
    // Django adds an implicit `id` unless a parent link provides the pk.
    fields.unshift(['id', defaultAutoFieldDef(apps.settings)]);
  }
  for (const [name, def] of fields) {
    const field = bindField(model, name, def);
    model.allFields.push(field);
    if (isManyToMany(def)) model.localManyToMany.push(field);
    else if (field.column !== undefined || def.kind.internalType === 'CompositePrimaryKey') model.localFields.push(field);
    if (field.primaryKey && !model.pk) model.pk = field;
  }
  if (model.orderWithRespectTo && !model.allFields.some((f) => f.name === '_order')) {
    const orderDef: FieldDef = { cls: 'django.db.models.OrderWrt', kind: fieldKindByName('IntegerField')!, args: [], kwargs: [['default', { t: 'int', v: 0 }]] };
    const orderField = bindField(model, '_order', orderDef);
    model.localFields.push(orderField);
    model.allFields.push(orderField);
  }
  return model;
}

function concreteParent(apps: Apps, state: ModelState): RModel | undefined {
  for (const base of state.bases) {
    const target = base.t === 'str' ? base.v : undefined;
    if (!target || !target.includes('.')) continue;
    const [app, name] = target.split('.');
    const parent = apps.getModel(app, name);
    if (parent) return parent.proxy ? concreteParentOf(apps, parent) : parent;
  }
  return undefined;
}

function concreteParentOf(apps: Apps, model: RModel): RModel | undefined {
  return model.state ? concreteParent(apps, model.state) : undefined;
}

const throughCache = new WeakMap<RField, RModel | null>();

/** create_many_to_many_intermediary_model, on our data. */
function autoCreatedThrough(apps: Apps, field: RField): RModel | undefined {
  const cached = throughCache.get(field);
  if (cached !== undefined) return cached ?? undefined;
  const owner = field.model;
  const target = apps.resolveTarget(field);
  const toName = target ? target.name.toLowerCase() : resolveRelationValue(fieldOption(field.def, 'to'), owner.app, owner.name, apps.settings)?.model ?? 'unknown';
  let fromName = owner.name.toLowerCase();
  let to = toName;
  if (to === fromName) {
    to = `to_${to}`;
    fromName = `from_${fromName}`;
  }
  const dbTable = optString(field.def, 'db_table') ?? truncateName(`${stripQuotes(owner.dbTable)}_${field.name}`, 63);
  const name = `${owner.name}_${field.name}`;
  const dbConstraint = fieldOption(field.def, 'db_constraint');
  const tablespace = fieldOption(field.def, 'db_tablespace');
  const fkDef = (targetKey: string): FieldDef => {
    // create_many_to_many_intermediary_model: ForeignKey(klass, related_name="%s+" % name, …).
    const kwargs: Array<[string, Value]> = [
      ['on_delete', { t: 'ref', path: 'django.db.models.CASCADE' }],
      ['related_name', { t: 'str', v: `${name}+` }],
      ['to', { t: 'str', v: targetKey }],
    ];
    if (dbConstraint) kwargs.push(['db_constraint', dbConstraint]);
    if (tablespace) kwargs.push(['db_tablespace', tablespace]);
    return { cls: 'django.db.models.ForeignKey', kind: fieldKindByName('ForeignKey')!, args: [], kwargs };
  };
  const through: RModel = {
    key: `${owner.app}.${name.toLowerCase()}`,
    app: owner.app,
    name,
    state: undefined,
    dbTable,
    localFields: [],
    localManyToMany: [],
    allFields: [],
    pk: undefined,
    managed: owner.managed || (target?.managed ?? true),
    proxy: false,
    dbTablespace: owner.dbTablespace,
    autoCreatedFrom: { owner, field },
    uniqueTogether: [[fromName, to]],
    indexTogether: [],
    indexes: [],
    constraints: [],
    tableComment: undefined,
    orderWithRespectTo: undefined,
  };
  const idField = bindField(through, 'id', defaultAutoFieldDef(apps.settings));
  const fromField = bindField(through, fromName, fkDef(`${owner.app}.${owner.name.toLowerCase()}`));
  const targetKey = target ? `${target.app}.${target.name.toLowerCase()}` : (() => {
    const t = resolveRelationValue(fieldOption(field.def, 'to'), owner.app, owner.name, apps.settings);
    return t ? `${t.app}.${t.model}` : 'unknown.unknown';
  })();
  const toField = bindField(through, to, fkDef(targetKey));
  through.localFields.push(idField, fromField, toField);
  through.allFields.push(idField, fromField, toField);
  through.pk = idField;
  throughCache.set(field, through);
  return through;
}

/** m2m_field_name / m2m_reverse_field_name for an auto-created through model. */
export function m2mFieldNames(through: RModel): { from: RField; to: RField } | undefined {
  if (!through.autoCreatedFrom) return undefined;
  return { from: through.localFields[1], to: through.localFields[2] };
}

// ---- column types (postgresql/base.py data_types and Field.db_type) ----

export interface DbParams {
  type: string | undefined;
  check: string | undefined;
  collation: string | undefined;
}

/** Field.db_parameters(connection) for PostgreSQL. `column` is only used for the check constraint. */
export function dbParameters(apps: Apps, field: RField, djangoVersion: number): DbParams {
  const def = field.def;
  if (def.kind.internalType === 'GeneratedField') {
    const output = fieldOption(def, 'output_field');
    const outputDef = def.nested?.output_field ?? (output && output.t === 'call' ? fieldDefFromCall(output) : undefined);
    if (outputDef) return dbParameters(apps, { ...field, def: outputDef, internalType: outputDef.kind.internalType }, djangoVersion);
    return { type: undefined, check: undefined, collation: undefined };
  }
  if (isManyToMany(def) || def.kind.noColumn) return { type: undefined, check: undefined, collation: undefined };
  if (isForeignKey(def)) {
    const target = apps.targetField(field);
    if (!target) return { type: guessedFkType(apps), check: undefined, collation: undefined };
    const targetParams = dbParameters(apps, target, djangoVersion);
    return { type: relDbType(apps, target, djangoVersion), check: undefined, collation: targetParams.collation };
  }
  const type = dbType(apps, field, djangoVersion);
  const collation = def.kind.internalType === 'CharField' || def.kind.internalType === 'TextField' || def.kind.internalType === 'SlugField' || def.kind.internalType === 'CICharField' || def.kind.internalType === 'CITextField' || def.kind.internalType === 'CIEmailField'
    ? optString(def, 'db_collation')
    : undefined;
  return { type, check: dbCheck(field.def, field.column ?? ''), collation };
}

function guessedFkType(apps: Apps): string {
  const t = lastSegment(apps.settings.defaultAutoField);
  return t === 'AutoField' ? 'integer' : t === 'SmallAutoField' ? 'smallint' : 'bigint';
}

export function dbCheck(def: FieldDef, column: string): string | undefined {
  const internal = def.kind.internalType === 'GeneratedField' ? undefined : def.kind.internalType;
  if (internal === 'PositiveBigIntegerField' || internal === 'PositiveIntegerField' || internal === 'PositiveSmallIntegerField') {
    return `"${column}" >= 0`;
  }
  return undefined;
}

/** The internal-type → column type table, without relations. */
export function dbType(apps: Apps | undefined, field: { def: FieldDef }, djangoVersion: number): string | undefined {
  const def = field.def;
  if (def.customDbType) return def.customDbType;
  const maxLength = optNumber(def, 'max_length');
  switch (def.kind.internalType) {
    case 'AutoField':
      return 'integer';
    case 'BigAutoField':
      return 'bigint';
    case 'SmallAutoField':
      return 'smallint';
    case 'BinaryField':
      return 'bytea';
    case 'BooleanField':
    case 'NullBooleanField':
      return 'boolean';
    case 'CharField':
      return maxLength === undefined ? 'varchar' : `varchar(${maxLength})`;
    case 'DateField':
      return 'date';
    case 'DateTimeField':
      return 'timestamp with time zone';
    case 'DecimalField': {
      const digits = optNumber(def, 'max_digits');
      const places = optNumber(def, 'decimal_places');
      if (digits === undefined && places === undefined) return djangoVersion >= 6 ? 'numeric' : 'numeric(None, None)';
      return `numeric(${digits ?? 'None'}, ${places ?? 'None'})`;
    }
    case 'DurationField':
      return 'interval';
    case 'FileField':
    case 'FilePathField':
    case 'SlugField':
      return `varchar(${maxLength ?? 'None'})`;
    case 'FloatField':
      return 'double precision';
    case 'IntegerField':
    case 'PositiveIntegerField':
      return 'integer';
    case 'BigIntegerField':
    case 'PositiveBigIntegerField':
      return 'bigint';
    case 'SmallIntegerField':
    case 'PositiveSmallIntegerField':
      return 'smallint';
    case 'IPAddressField':
    case 'GenericIPAddressField':
      return 'inet';
    case 'JSONField':
      return 'jsonb';
    case 'TextField':
      return 'text';
    case 'TimeField':
      return 'time';
    case 'UUIDField':
      return 'uuid';
    case 'HStoreField':
      return 'hstore';
    case 'IntegerRangeField':
      return 'int4range';
    case 'BigIntegerRangeField':
      return 'int8range';
    case 'DecimalRangeField':
      return 'numrange';
    case 'DateTimeRangeField':
      return 'tstzrange';
    case 'DateRangeField':
      return 'daterange';
    case 'CICharField':
    case 'CIEmailField':
    case 'CITextField':
      return 'citext';
    case 'SearchVectorField':
      return 'tsvector';
    case 'ArrayField': {
      const base = fieldOption(def, 'base_field');
      const baseDef = def.nested?.base_field ?? (base && base.t === 'call' ? fieldDefFromCall(base) : undefined);
      const baseType = baseDef ? dbType(apps, { def: baseDef }, djangoVersion) : undefined;
      if (!baseType) return undefined;
      const size = optNumber(def, 'size');
      return `${baseType}[${size ?? ''}]`;
    }
    default:
      return undefined;
  }
}

/** rel_db_type: what a ForeignKey to this field uses (auto fields drop the identity, positives the check). */
export function relDbType(apps: Apps, target: RField, djangoVersion: number): string | undefined {
  switch (target.internalType) {
    case 'AutoField':
      return 'integer';
    case 'BigAutoField':
      return 'bigint';
    case 'SmallAutoField':
      return 'smallint';
    case 'PositiveIntegerField':
      return 'integer';
    case 'PositiveBigIntegerField':
      return 'bigint';
    case 'PositiveSmallIntegerField':
      return 'smallint';
    default:
      if (isForeignKey(target.def)) return dbParameters(apps, target, djangoVersion).type;
      return dbType(apps, target, djangoVersion);
  }
}

/** Field.db_type_suffix: the identity clause of auto fields. */
export function dbTypeSuffix(field: RField): string | undefined {
  const t = field.def.kind.internalType;
  return t === 'AutoField' || t === 'BigAutoField' || t === 'SmallAutoField' ? 'GENERATED BY DEFAULT AS IDENTITY' : undefined;
}

/**
 * Builds a FieldDef from a call value using only built-in knowledge (nested fields such as
 * ArrayField.base_field or GeneratedField.output_field).
 */
export function fieldDefFromCall(call: Extract<Value, { t: 'call' }>): FieldDef | undefined {
  const kind = builtinFieldKind(call.func) ?? fieldKindByName(lastSegment(call.func));
  if (!kind) return undefined;
  return { cls: call.func, kind, args: call.args, kwargs: call.kwargs, span: call.span };
}

export function indexFieldsOrders(index: Value): Array<[string, string]> {
  if (index.t !== 'call') return [];
  const fields = asItems(kwarg(index, 'fields')) ?? [];
  return fields
    .map((f) => asString(f) ?? '')
    .map((name) => (name.startsWith('-') ? [name.slice(1), 'DESC'] : [name, '']) as [string, string]);
}

export function asInt(value: Value | undefined): number | undefined {
  return asNumber(value);
}
