// The migration state, as Django's ProjectState / ModelState hold it, but immutable:
// every change returns a new state that shares unchanged models with the old one.
import { Value, asItems, asString, kwarg, valuesEqual } from '../python/values';
import { FieldDef, fieldOption, resolveRelationValue, withKwarg } from './fields';

export interface ModelState {
  app: string;
  /** Model name with its case, as the operation wrote it. */
  name: string;
  fields: ReadonlyArray<readonly [string, FieldDef]>;
  /** Meta options, in order; `indexes` and `constraints` are lists of Index/constraint calls. */
  options: ReadonlyArray<readonly [string, Value]>;
  bases: ReadonlyArray<Value>;
  managers: Value | undefined;
}

export interface StateSettings {
  authUserModel?: string;
  /** `settings.DEFAULT_AUTO_FIELD`, canonical path; used for implicit pks and auto-created M2M tables. */
  defaultAutoField: string;
}

export function modelKey(app: string, name: string): string {
  return `${app}.${name.toLowerCase()}`;
}

export class ProjectState {
  constructor(
    readonly models: ReadonlyMap<string, ModelState>,
    readonly settings: StateSettings,
  ) {}

  static empty(settings: StateSettings): ProjectState {
    return new ProjectState(new Map(), settings);
  }

  get(app: string, name: string): ModelState | undefined {
    return this.models.get(modelKey(app, name));
  }

  with(changes: Array<[string, ModelState | undefined]>): ProjectState {
    const models = new Map(this.models);
    for (const [key, model] of changes) {
      if (model) models.set(key, model);
      else models.delete(key);
    }
    return new ProjectState(models, this.settings);
  }
}

// ---- option accessors ----

export function option(model: ModelState, name: string): Value | undefined {
  for (let i = model.options.length - 1; i >= 0; i--) if (model.options[i][0] === name) return model.options[i][1];
  return undefined;
}

export function withOption(model: ModelState, name: string, value: Value | undefined): ModelState {
  const options = model.options.filter(([k]) => k !== name);
  if (value !== undefined) {
    const index = model.options.findIndex(([k]) => k === name);
    if (index >= 0) options.splice(Math.min(index, options.length), 0, [name, value]);
    else options.push([name, value]);
  }
  return { ...model, options };
}

export function dbTableOption(model: ModelState): string | undefined {
  return asString(option(model, 'db_table'));
}

export function isProxy(model: ModelState): boolean {
  const v = option(model, 'proxy');
  return v?.t === 'bool' && v.v;
}

export function isManaged(model: ModelState): boolean {
  const v = option(model, 'managed');
  return !(v?.t === 'bool' && !v.v);
}

/** normalize_together: a flat tuple of names becomes a one-element list of tuples. */
export function normalizeTogether(value: Value | undefined): string[][] {
  const items = asItems(value);
  if (!items || items.length === 0) return [];
  if (items.every((i) => i.t === 'str')) return [items.map((i) => (i as { v: string }).v)];
  const out: string[][] = [];
  for (const item of items) {
    const names = asItems(item);
    if (names) out.push(names.map((n) => asString(n) ?? ''));
  }
  return out;
}

export function togetherValue(groups: string[][]): Value {
  return { t: 'set', items: groups.map((g) => ({ t: 'tuple' as const, items: g.map((n) => ({ t: 'str' as const, v: n })) })) };
}

export function listOption(model: ModelState, name: 'indexes' | 'constraints'): Value[] {
  return asItems(option(model, name)) ?? [];
}

/** The `name=` of an Index or constraint call. */
export function objectName(obj: Value): string | undefined {
  if (obj.t !== 'call') return undefined;
  return asString(kwarg(obj, 'name'));
}

export function getField(model: ModelState, name: string): FieldDef | undefined {
  for (const [n, f] of model.fields) if (n === name) return f;
  return undefined;
}

export function getFieldCaseInsensitive(model: ModelState, name: string): [string, FieldDef] | undefined {
  const lower = name.toLowerCase();
  for (const [n, f] of model.fields) if (n.toLowerCase() === lower) return [n, f];
  return undefined;
}

// ---- references between models (django/db/migrations/utils.py) ----

export function relationTargetKey(field: FieldDef, owner: ModelState, settings: StateSettings): string | undefined {
  const target = resolveRelationValue(fieldOption(field, 'to'), owner.app, owner.name, settings);
  return target ? `${target.app}.${target.model}` : undefined;
}

export function throughKey(field: FieldDef, owner: ModelState, settings: StateSettings): string | undefined {
  const through = fieldOption(field, 'through');
  if (!through || through.t === 'none') return undefined;
  const target = resolveRelationValue(through, owner.app, owner.name, settings);
  return target ? `${target.app}.${target.model}` : undefined;
}

export interface FieldReference {
  model: ModelState;
  name: string;
  field: FieldDef;
  to: boolean;
  through: boolean;
}

/** Fields of any model referencing `key` (through `to` or `through`). */
export function getReferences(state: ProjectState, key: string): FieldReference[] {
  const out: FieldReference[] = [];
  for (const model of state.models.values()) {
    for (const [name, field] of model.fields) {
      if (!field.kind.relation || field.kind.relation === 'generic') continue;
      const to = relationTargetKey(field, model, state.settings) === key;
      const through = throughKey(field, model, state.settings) === key;
      if (to || through) out.push({ model, name, field, to, through });
    }
  }
  return out;
}

// ---- state changes (ProjectState methods in Django) ----

export function addModel(state: ProjectState, model: ModelState): ProjectState {
  return state.with([[modelKey(model.app, model.name), model]]);
}

export function removeModel(state: ProjectState, app: string, name: string): ProjectState {
  return state.with([[modelKey(app, name), undefined]]);
}

export function renameModel(state: ProjectState, app: string, oldName: string, newName: string): ProjectState {
  const oldKey = modelKey(app, oldName);
  const existing = state.models.get(oldKey);
  if (!existing) return state;
  const changes: Array<[string, ModelState | undefined]> = [];
  const renamed: ModelState = { ...existing, name: newName };
  const newRemote: Value = { t: 'str', v: `${app}.${newName}` };
  // Repoint every field referencing the old model, including the model's own self-references.
  const updated = new Map<string, ModelState>();
  const base = new Map(state.models);
  base.set(modelKey(app, newName), renamed);
  for (const ref of getReferences(state, oldKey)) {
    const ownerKey = modelKey(ref.model.app, ref.model.name) === oldKey ? modelKey(app, newName) : modelKey(ref.model.app, ref.model.name);
    const owner = updated.get(ownerKey) ?? base.get(ownerKey);
    if (!owner) continue;
    let field = ref.field;
    if (ref.to) field = withKwarg(field, 'to', newRemote);
    if (ref.through) field = withKwarg(field, 'through', newRemote);
    updated.set(ownerKey, { ...owner, fields: owner.fields.map(([n, f]) => (n === ref.name ? [n, field] as const : [n, f] as const)) });
  }
  for (const [key, model] of updated) changes.push([key, model]);
  if (!updated.has(modelKey(app, newName))) changes.push([modelKey(app, newName), renamed]);
  changes.push([oldKey, undefined]);
  if (oldKey === modelKey(app, newName)) {
    // Only the case changed: keep the renamed model.
    changes.pop();
  }
  return state.with(changes);
}

export function alterModel(state: ProjectState, app: string, name: string, change: (m: ModelState) => ModelState): ProjectState {
  const key = modelKey(app, name);
  const model = state.models.get(key);
  if (!model) return state;
  return state.with([[key, change(model)]]);
}

export function alterModelOptions(model: ModelState, options: Array<[string, Value]>, optionKeys: string[]): ModelState {
  let next = model;
  for (const [k, v] of options) next = withOption(next, k, v);
  for (const key of optionKeys) if (!options.some(([k]) => k === key)) next = withOption(next, key, undefined);
  return next;
}

export function addField(model: ModelState, name: string, field: FieldDef): ModelState {
  const fields = model.fields.filter(([n]) => n !== name);
  const index = model.fields.findIndex(([n]) => n === name);
  if (index >= 0) fields.splice(index, 0, [name, field]);
  else fields.push([name, field]);
  return { ...model, fields };
}

export function removeField(model: ModelState, name: string): ModelState {
  return { ...model, fields: model.fields.filter(([n]) => n !== name) };
}

/** ProjectState.rename_field: the field moves to the end; together options and to_field/from_fields follow. */
export function renameFieldInState(state: ProjectState, app: string, modelName: string, oldName: string, newName: string): ProjectState {
  const key = modelKey(app, modelName);
  const model = state.models.get(key);
  if (!model) return state;
  const found = getField(model, oldName);
  if (!found) return state;
  const renameIn = (names: Value | undefined): Value | undefined => {
    const items = asItems(names);
    if (!items) return names;
    return { t: 'tuple', items: items.map((i) => (i.t === 'str' && i.v === oldName ? { t: 'str', v: newName } : i)) };
  };
  let fields = model.fields.filter(([n]) => n !== oldName).map(([n, f]) => {
    let field = f;
    const fromFields = fieldOption(field, 'from_fields');
    if (fromFields && asItems(fromFields)?.some((i) => i.t === 'str' && i.v === oldName)) field = withKwarg(field, 'from_fields', renameIn(fromFields));
    if (field.kind.internalType === 'CompositePrimaryKey') {
      const names = field.args;
      if (names.some((i) => i.t === 'str' && i.v === oldName)) field = { ...field, args: names.map((i) => (i.t === 'str' && i.v === oldName ? { t: 'str', v: newName } : i)) };
    }
    return [n, field] as const;
  });
  fields = [...fields, [newName, found] as const];
  let renamed: ModelState = { ...model, fields };
  for (const together of ['index_together', 'unique_together']) {
    const value = option(renamed, together);
    if (value) {
      const groups = normalizeTogether(value).map((g) => g.map((n) => (n === oldName ? newName : n)));
      renamed = withOption(renamed, together, togetherValue(groups));
    }
  }
  let next = state.with([[key, renamed]]);
  // to_field references from other models follow the rename.
  for (const ref of getReferences(next, key)) {
    if (!ref.to) continue;
    const toField = fieldOption(ref.field, 'to_field');
    const toFields = fieldOption(ref.field, 'to_fields');
    let field = ref.field;
    if (asString(toField) === oldName) field = withKwarg(field, 'to_field', { t: 'str', v: newName });
    if (toFields && asItems(toFields)?.some((i) => i.t === 'str' && i.v === oldName)) field = withKwarg(field, 'to_fields', renameIn(toFields));
    if (field !== ref.field) {
      const ownerKey = modelKey(ref.model.app, ref.model.name);
      const owner = next.models.get(ownerKey)!;
      next = next.with([[ownerKey, { ...owner, fields: owner.fields.map(([n, f]) => (n === ref.name ? [n, field] as const : [n, f] as const)) }]]);
    }
  }
  return next;
}

export function appendListOption(model: ModelState, name: 'indexes' | 'constraints', obj: Value): ModelState {
  return withOption(model, name, { t: 'list', items: [...listOption(model, name), obj] });
}

export function removeListOption(model: ModelState, name: 'indexes' | 'constraints', objName: string): ModelState {
  return withOption(model, name, { t: 'list', items: listOption(model, name).filter((o) => objectName(o) !== objName) });
}

export function replaceListOption(model: ModelState, name: 'indexes' | 'constraints', objName: string, obj: Value): ModelState {
  return withOption(model, name, { t: 'list', items: listOption(model, name).map((o) => (objectName(o) === objName ? obj : o)) });
}

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  return valuesEqual(a, b);
}
