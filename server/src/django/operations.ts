// Django migration operations as data: parsed from the statically evaluated call values of a
// migration file, with Django's describe(), state_forwards() and database_forwards()/backwards().
import { Span } from '../python/ast';
import { Value, asItems, asString, kwarg, lastSegment } from '../python/values';
import { FieldDef, optString, withKwarg } from './fields';
import { expressionRepr } from './expressions';
import { Apps, RModel } from './render';
import { SchemaEditor } from './schemaEditor';
import {
  ModelState,
  ProjectState,
  addField,
  addModel,
  alterModel,
  alterModelOptions,
  appendListOption,
  getField,
  listOption,
  normalizeTogether,
  objectName,
  option,
  removeField,
  removeListOption,
  removeModel,
  renameFieldInState,
  renameModel,
  replaceListOption,
  togetherValue,
  withOption,
} from './state';

export interface RunSqlPiece {
  sql: string;
  params: Value[] | undefined;
  /** The string value, with its source span and escape map, for mapping SQL positions back. */
  source: Extract<Value, { t: 'str' }> | undefined;
}

export interface RunSqlSpec {
  /** `RunSQL.noop` or an empty string: nothing runs. */
  noop: boolean;
  /** A list was given (each item executed separately, params allowed). */
  isList: boolean;
  pieces: RunSqlPiece[];
  /** Part of the SQL is not a static string. */
  dynamic: boolean;
}

interface OpCommon {
  span: Span | undefined;
  /** The operation call as written (for rewriting and writing migrations). */
  call: Extract<Value, { t: 'call' }>;
}

export type Operation = OpCommon &
  (
    | { kind: 'CreateModel'; name: string; fields: Array<[string, FieldDef]>; options: Array<[string, Value]>; bases: Value[]; managers: Value | undefined }
    | { kind: 'DeleteModel'; name: string }
    | { kind: 'RenameModel'; oldName: string; newName: string }
    | { kind: 'AlterModelTable'; name: string; table: string | undefined }
    | { kind: 'AlterModelTableComment'; name: string; tableComment: string | undefined }
    | { kind: 'AlterModelOptions'; name: string; options: Array<[string, Value]> }
    | { kind: 'AlterModelManagers'; name: string; managers: Value | undefined }
    | { kind: 'AlterUniqueTogether' | 'AlterIndexTogether'; name: string; value: string[][] }
    | { kind: 'AlterOrderWithRespectTo'; name: string; orderWithRespectTo: string | undefined }
    | { kind: 'AddField' | 'AlterField'; modelName: string; name: string; field: FieldDef; preserveDefault: boolean }
    | { kind: 'RemoveField'; modelName: string; name: string }
    | { kind: 'RenameField'; modelName: string; oldName: string; newName: string }
    | { kind: 'AddIndex'; modelName: string; index: Value; concurrently: boolean }
    | { kind: 'RemoveIndex'; modelName: string; name: string; concurrently: boolean }
    | { kind: 'RenameIndex'; modelName: string; newName: string; oldName: string | undefined; oldFields: string[] | undefined }
    | { kind: 'AddConstraint'; modelName: string; constraint: Value; notValid: boolean }
    | { kind: 'RemoveConstraint'; modelName: string; name: string }
    | { kind: 'AlterConstraint'; modelName: string; name: string; constraint: Value }
    | { kind: 'ValidateConstraint'; modelName: string; name: string }
    | { kind: 'RunSQL'; sql: RunSqlSpec; reverseSql: RunSqlSpec | undefined; stateOperations: Operation[]; elidable: boolean }
    | { kind: 'RunPython'; code: Value; reverseCode: Value | undefined; elidable: boolean; atomic: boolean | undefined }
    | { kind: 'SeparateDatabaseAndState'; databaseOperations: Operation[]; stateOperations: Operation[] }
    | { kind: 'CreateExtension'; name: string }
    | { kind: 'CreateCollation' | 'RemoveCollation'; name: string; locale: string; provider: string; deterministic: boolean }
    | { kind: 'Unknown'; cls: string; reason: string }
  );

export type OperationKind = Operation['kind'];

/** Problems found while reading operations: reported once, with their range. */
export interface OperationProblem {
  span: Span | undefined;
  message: string;
}

export interface ParseContext {
  makeField(call: Value): FieldDef;
  problems: OperationProblem[];
}

const EXTENSION_CLASSES: Record<string, string> = {
  BloomExtension: 'bloom',
  BtreeGinExtension: 'btree_gin',
  BtreeGistExtension: 'btree_gist',
  CITextExtension: 'citext',
  CryptoExtension: 'pgcrypto',
  HStoreExtension: 'hstore',
  TrigramExtension: 'pg_trgm',
  UnaccentExtension: 'unaccent',
};

const KNOWN_MODULES = ['django.db.migrations', 'django.contrib.postgres.operations'];

function arg(call: Extract<Value, { t: 'call' }>, index: number, name: string): Value | undefined {
  return kwarg(call, name) ?? call.args[index];
}

function str(call: Extract<Value, { t: 'call' }>, index: number, name: string): string | undefined {
  return asString(arg(call, index, name));
}

function optionsList(v: Value | undefined): Array<[string, Value]> {
  if (v?.t !== 'dict') return [];
  return v.entries.filter(([k]) => k.t === 'str').map(([k, val]) => [(k as { v: string }).v, val]);
}

function runSqlSpec(value: Value | undefined): RunSqlSpec | undefined {
  if (value === undefined || value.t === 'none') return undefined;
  if (value.t === 'ref' && /RunSQL\.noop$/.test(value.path)) return { noop: true, isList: false, pieces: [], dynamic: false };
  if (value.t === 'str') return { noop: value.v === '', isList: false, pieces: [{ sql: value.v, params: undefined, source: value }], dynamic: false };
  const items = asItems(value);
  if (items) {
    const pieces: RunSqlPiece[] = [];
    let dynamic = false;
    for (const item of items) {
      if (item.t === 'str') pieces.push({ sql: item.v, params: undefined, source: item });
      else if ((item.t === 'tuple' || item.t === 'list') && item.items.length === 2 && item.items[0].t === 'str') {
        const first = item.items[0];
        pieces.push({ sql: first.v, params: asItems(item.items[1]) ?? (item.items[1].t === 'none' ? undefined : [item.items[1]]), source: first });
      } else dynamic = true;
    }
    return { noop: false, isList: true, pieces, dynamic };
  }
  return { noop: false, isList: false, pieces: [], dynamic: true };
}

export function parseOperation(value: Value, ctx: ParseContext): Operation {
  const span = value.span;
  if (value.t !== 'call') {
    const text = value.t === 'unknown' ? value.text : value.t;
    ctx.problems.push({ span, message: `This operation cannot be read statically (${text})` });
    return { kind: 'Unknown', cls: text, reason: 'not a call', span, call: { t: 'call', func: text, args: [], kwargs: [], span } };
  }
  const cls = lastSegment(value.func);
  const module = value.func.slice(0, Math.max(0, value.func.length - cls.length - 1));
  const known = KNOWN_MODULES.includes(module) || module === '' || /\.migrations$/.test(module);
  const common = { span, call: value };
  const unknown = (reason: string): Operation => {
    ctx.problems.push({ span, message: reason });
    return { kind: 'Unknown', cls: value.func, reason, ...common };
  };
  const required = (s: string | undefined, what: string): string => {
    if (s === undefined) throw new RequiredArgumentError(what);
    return s;
  };
  try {
    if (!known && !EXTENSION_CLASSES[cls]) {
      return unknown(`Custom operation ${value.func} cannot be replayed statically; the state after it may be incomplete`);
    }
    switch (cls) {
      case 'CreateModel': {
        const fieldsValue = arg(value, 1, 'fields');
        const fields: Array<[string, FieldDef]> = [];
        for (const item of asItems(fieldsValue) ?? []) {
          const pair = asItems(item);
          const name = asString(pair?.[0]);
          if (!pair || name === undefined || !pair[1]) {
            ctx.problems.push({ span: item.span, message: 'A field of this CreateModel cannot be read statically' });
            continue;
          }
          fields.push([name, ctx.makeField(pair[1])]);
        }
        return {
          kind: 'CreateModel',
          name: required(str(value, 0, 'name'), 'name'),
          fields,
          options: optionsList(arg(value, 2, 'options')),
          bases: asItems(arg(value, 3, 'bases')) ?? [],
          managers: arg(value, 4, 'managers'),
          ...common,
        };
      }
      case 'DeleteModel':
        return { kind: 'DeleteModel', name: required(str(value, 0, 'name'), 'name'), ...common };
      case 'RenameModel':
        return { kind: 'RenameModel', oldName: required(str(value, 0, 'old_name'), 'old_name'), newName: required(str(value, 1, 'new_name'), 'new_name'), ...common };
      case 'AlterModelTable':
        return { kind: 'AlterModelTable', name: required(str(value, 0, 'name'), 'name'), table: str(value, 1, 'table'), ...common };
      case 'AlterModelTableComment':
        return { kind: 'AlterModelTableComment', name: required(str(value, 0, 'name'), 'name'), tableComment: str(value, 1, 'table_comment'), ...common };
      case 'AlterModelOptions':
        return { kind: 'AlterModelOptions', name: required(str(value, 0, 'name'), 'name'), options: optionsList(arg(value, 1, 'options')), ...common };
      case 'AlterModelManagers':
        return { kind: 'AlterModelManagers', name: required(str(value, 0, 'name'), 'name'), managers: arg(value, 1, 'managers'), ...common };
      case 'AlterUniqueTogether':
        return { kind: 'AlterUniqueTogether', name: required(str(value, 0, 'name'), 'name'), value: normalizeTogether(arg(value, 1, 'unique_together')), ...common };
      case 'AlterIndexTogether':
        return { kind: 'AlterIndexTogether', name: required(str(value, 0, 'name'), 'name'), value: normalizeTogether(arg(value, 1, 'index_together')), ...common };
      case 'AlterOrderWithRespectTo':
        return { kind: 'AlterOrderWithRespectTo', name: required(str(value, 0, 'name'), 'name'), orderWithRespectTo: str(value, 1, 'order_with_respect_to'), ...common };
      case 'AddField':
      case 'AlterField': {
        const field = arg(value, 2, 'field');
        if (!field) return unknown(`${cls} without a field`);
        const pd = kwarg(value, 'preserve_default') ?? value.args[3];
        return {
          kind: cls,
          modelName: required(str(value, 0, 'model_name'), 'model_name'),
          name: required(str(value, 1, 'name'), 'name'),
          field: ctx.makeField(field),
          preserveDefault: !(pd?.t === 'bool' && !pd.v),
          ...common,
        };
      }
      case 'RemoveField':
        return { kind: 'RemoveField', modelName: required(str(value, 0, 'model_name'), 'model_name'), name: required(str(value, 1, 'name'), 'name'), ...common };
      case 'RenameField':
        return {
          kind: 'RenameField',
          modelName: required(str(value, 0, 'model_name'), 'model_name'),
          oldName: required(str(value, 1, 'old_name'), 'old_name'),
          newName: required(str(value, 2, 'new_name'), 'new_name'),
          ...common,
        };
      case 'AddIndex':
      case 'AddIndexConcurrently': {
        const index = arg(value, 1, 'index');
        if (!index || index.t !== 'call') return unknown(`${cls}: the index cannot be read statically`);
        return { kind: 'AddIndex', modelName: required(str(value, 0, 'model_name'), 'model_name'), index, concurrently: cls === 'AddIndexConcurrently', ...common };
      }
      case 'RemoveIndex':
      case 'RemoveIndexConcurrently':
        return { kind: 'RemoveIndex', modelName: required(str(value, 0, 'model_name'), 'model_name'), name: required(str(value, 1, 'name'), 'name'), concurrently: cls === 'RemoveIndexConcurrently', ...common };
      case 'RenameIndex': {
        const oldFields = asItems(arg(value, 3, 'old_fields'))?.map((v) => asString(v) ?? '');
        return {
          kind: 'RenameIndex',
          modelName: required(str(value, 0, 'model_name'), 'model_name'),
          newName: required(str(value, 1, 'new_name'), 'new_name'),
          oldName: str(value, 2, 'old_name'),
          oldFields,
          ...common,
        };
      }
      case 'AddConstraint':
      case 'AddConstraintNotValid': {
        const constraint = arg(value, 1, 'constraint');
        if (!constraint || constraint.t !== 'call') return unknown(`${cls}: the constraint cannot be read statically`);
        return { kind: 'AddConstraint', modelName: required(str(value, 0, 'model_name'), 'model_name'), constraint, notValid: cls === 'AddConstraintNotValid', ...common };
      }
      case 'RemoveConstraint':
        return { kind: 'RemoveConstraint', modelName: required(str(value, 0, 'model_name'), 'model_name'), name: required(str(value, 1, 'name'), 'name'), ...common };
      case 'AlterConstraint': {
        const constraint = arg(value, 2, 'constraint');
        if (!constraint) return unknown('AlterConstraint: the constraint cannot be read statically');
        return { kind: 'AlterConstraint', modelName: required(str(value, 0, 'model_name'), 'model_name'), name: required(str(value, 1, 'name'), 'name'), constraint, ...common };
      }
      case 'ValidateConstraint':
        return { kind: 'ValidateConstraint', modelName: required(str(value, 0, 'model_name'), 'model_name'), name: required(str(value, 1, 'name'), 'name'), ...common };
      case 'RunSQL': {
        const sql = runSqlSpec(arg(value, 0, 'sql')) ?? { noop: false, isList: false, pieces: [], dynamic: true };
        // SQL that is not a static string is reported by the dynamic-sql rule (configurable), not as a problem here.
        const stateOps = (asItems(arg(value, 2, 'state_operations')) ?? []).map((v) => parseOperation(v, ctx));
        const elidable = kwarg(value, 'elidable');
        return { kind: 'RunSQL', sql, reverseSql: runSqlSpec(arg(value, 1, 'reverse_sql')), stateOperations: stateOps, elidable: elidable?.t === 'bool' && elidable.v, ...common };
      }
      case 'RunPython': {
        const code = arg(value, 0, 'code') ?? { t: 'none' };
        const reverse = arg(value, 1, 'reverse_code');
        const elidable = kwarg(value, 'elidable');
        const atomic = kwarg(value, 'atomic');
        return {
          kind: 'RunPython',
          code,
          reverseCode: reverse && reverse.t !== 'none' ? reverse : undefined,
          elidable: elidable?.t === 'bool' && elidable.v,
          atomic: atomic?.t === 'bool' ? atomic.v : undefined,
          ...common,
        };
      }
      case 'SeparateDatabaseAndState':
        return {
          kind: 'SeparateDatabaseAndState',
          databaseOperations: (asItems(arg(value, 0, 'database_operations')) ?? []).map((v) => parseOperation(v, ctx)),
          stateOperations: (asItems(arg(value, 1, 'state_operations')) ?? []).map((v) => parseOperation(v, ctx)),
          ...common,
        };
      case 'CreateExtension':
        return { kind: 'CreateExtension', name: required(str(value, 0, 'name'), 'name'), ...common };
      case 'CreateCollation':
      case 'RemoveCollation': {
        const det = kwarg(value, 'deterministic');
        return {
          kind: cls,
          name: required(str(value, 0, 'name'), 'name'),
          locale: str(value, 1, 'locale') ?? '',
          provider: asString(kwarg(value, 'provider')) ?? 'libc',
          deterministic: !(det?.t === 'bool' && !det.v),
          ...common,
        };
      }
      default:
        if (EXTENSION_CLASSES[cls]) return { kind: 'CreateExtension', name: EXTENSION_CLASSES[cls], ...common };
        return unknown(`Unknown operation ${value.func} cannot be replayed statically; the state after it may be incomplete`);
    }
  } catch (error) {
    if (error instanceof RequiredArgumentError) return unknown(`${cls}: argument \`${error.message}\` cannot be read statically`);
    throw error;
  }
}

class RequiredArgumentError extends Error {}

// ---- describe() ----

export function describe(op: Operation): string {
  switch (op.kind) {
    case 'CreateModel': {
      const proxy = op.options.some(([k, v]) => k === 'proxy' && v.t === 'bool' && v.v);
      return `Create ${proxy ? 'proxy ' : ''}model ${op.name}`;
    }
    case 'DeleteModel':
      return `Delete model ${op.name}`;
    case 'RenameModel':
      return `Rename model ${op.oldName} to ${op.newName}`;
    case 'AlterModelTable':
      return `Rename table for ${op.name} to ${op.table ?? '(default)'}`;
    case 'AlterModelTableComment':
      return `Alter ${op.name} table comment`;
    case 'AlterModelOptions':
      return `Change Meta options on ${op.name}`;
    case 'AlterModelManagers':
      return `Change managers on ${op.name}`;
    case 'AlterUniqueTogether':
      return `Alter unique_together for ${op.name} (${op.value.length} constraint(s))`;
    case 'AlterIndexTogether':
      return `Alter index_together for ${op.name} (${op.value.length} constraint(s))`;
    case 'AlterOrderWithRespectTo':
      return `Set order_with_respect_to on ${op.name} to ${op.orderWithRespectTo ?? 'None'}`;
    case 'AddField':
      return `Add field ${op.name} to ${op.modelName}`;
    case 'AlterField':
      return `Alter field ${op.name} on ${op.modelName}`;
    case 'RemoveField':
      return `Remove field ${op.name} from ${op.modelName}`;
    case 'RenameField':
      return `Rename field ${op.oldName} on ${op.modelName} to ${op.newName}`;
    case 'AddIndex': {
      const name = asString(kwarg(op.index as Extract<Value, { t: 'call' }>, 'name')) ?? '';
      const call = op.index as Extract<Value, { t: 'call' }>;
      const fields = (asItems(kwarg(call, 'fields')) ?? []).map((v) => asString(v) ?? '');
      if (op.concurrently) return `Concurrently create index ${name} on field(s) ${fields.join(', ')} of model ${op.modelName}`;
      if (call.args.length) return `Create index ${name} on ${call.args.map(expressionRepr).join(', ')} on model ${op.modelName}`;
      return `Create index ${name} on field(s) ${fields.join(', ')} of model ${op.modelName}`;
    }
    case 'RemoveIndex':
      return op.concurrently ? `Concurrently remove index ${op.name} from ${op.modelName}` : `Remove index ${op.name} from ${op.modelName}`;
    case 'RenameIndex':
      if (op.oldName) return `Rename index ${op.oldName} on ${op.modelName} to ${op.newName}`;
      // f"{self.old_fields}": the repr of the list or tuple as the migration wrote it.
      return `Rename unnamed index for ${pySequence(op.oldFields ?? [], arg(op.call, 3, 'old_fields')?.t === 'tuple')} on ${op.modelName} to ${op.newName}`;
    case 'AddConstraint': {
      const name = objectName(op.constraint) ?? '';
      return op.notValid ? `Create not valid constraint ${name} on model ${op.modelName}` : `Create constraint ${name} on model ${op.modelName}`;
    }
    case 'RemoveConstraint':
      return `Remove constraint ${op.name} from model ${op.modelName}`;
    case 'AlterConstraint':
      return `Alter constraint ${op.name} on ${op.modelName}`;
    case 'ValidateConstraint':
      return `Validate constraint ${op.name} on model ${op.modelName}`;
    case 'RunSQL':
      return 'Raw SQL operation';
    case 'RunPython':
      return 'Raw Python operation';
    case 'SeparateDatabaseAndState':
      return 'Custom state/database change combination';
    case 'CreateExtension':
      return `Creates extension ${op.name}`;
    case 'CreateCollation':
      return `Create collation ${op.name}`;
    case 'RemoveCollation':
      return `Remove collation ${op.name}`;
    case 'Unknown':
      return `Unknown operation ${op.cls}`;
  }
}

/** Python's repr() of a list or tuple of strings. */
function pySequence(items: string[], tuple: boolean): string {
  const body = items.map(pyStrRepr).join(', ');
  if (!tuple) return `[${body}]`;
  return items.length === 1 ? `(${body},)` : `(${body})`;
}

// ---- state_forwards ----

/** AlterModelOptions.ALTER_OPTION_KEYS: options it replaces (absent from the new options = removed). */
export const ALTER_OPTION_KEYS = [
  'base_manager_name',
  'default_manager_name',
  'default_related_name',
  'get_latest_by',
  'managed',
  'ordering',
  'permissions',
  'default_permissions',
  'select_on_save',
  'verbose_name',
  'verbose_name_plural',
];

export function withPreserveDefault(field: FieldDef, preserve: boolean): FieldDef {
  return preserve ? field : withKwarg(field, 'default', undefined);
}

export function stateForwards(op: Operation, app: string, state: ProjectState): ProjectState {
  switch (op.kind) {
    case 'CreateModel': {
      const model: ModelState = { app, name: op.name, fields: op.fields.map(([n, f]) => [n, f] as const), options: op.options, bases: op.bases, managers: op.managers };
      return addModel(state, model);
    }
    case 'DeleteModel':
      return removeModel(state, app, op.name);
    case 'RenameModel':
      return renameModel(state, app, op.oldName, op.newName);
    case 'AlterModelTable':
      return alterModel(state, app, op.name, (m) => withOption(m, 'db_table', op.table === undefined ? { t: 'none' } : { t: 'str', v: op.table }));
    case 'AlterModelTableComment':
      return alterModel(state, app, op.name, (m) => withOption(m, 'db_table_comment', op.tableComment === undefined ? { t: 'none' } : { t: 'str', v: op.tableComment }));
    case 'AlterModelOptions':
      return alterModel(state, app, op.name, (m) => alterModelOptions(m, op.options, ALTER_OPTION_KEYS));
    case 'AlterModelManagers':
      return alterModel(state, app, op.name, (m) => ({ ...m, managers: op.managers }));
    case 'AlterUniqueTogether':
      return alterModel(state, app, op.name, (m) => withOption(m, 'unique_together', togetherValue(op.value)));
    case 'AlterIndexTogether':
      return alterModel(state, app, op.name, (m) => withOption(m, 'index_together', togetherValue(op.value)));
    case 'AlterOrderWithRespectTo':
      return alterModel(state, app, op.name, (m) => withOption(m, 'order_with_respect_to', op.orderWithRespectTo === undefined ? { t: 'none' } : { t: 'str', v: op.orderWithRespectTo }));
    case 'AddField':
    case 'AlterField':
      return alterModel(state, app, op.modelName, (m) => addField(m, op.name, withPreserveDefault(op.field, op.preserveDefault)));
    case 'RemoveField':
      return alterModel(state, app, op.modelName, (m) => removeField(m, op.name));
    case 'RenameField':
      return renameFieldInState(state, app, op.modelName, op.oldName, op.newName);
    case 'AddIndex':
      return alterModel(state, app, op.modelName, (m) => appendListOption(m, 'indexes', op.index));
    case 'RemoveIndex':
      return alterModel(state, app, op.modelName, (m) => removeListOption(m, 'indexes', op.name));
    case 'RenameIndex':
      if (op.oldFields) {
        const index: Value = {
          t: 'call',
          func: 'django.db.models.Index',
          args: [],
          kwargs: [
            ['fields', { t: 'list', items: op.oldFields.map((f) => ({ t: 'str' as const, v: f })) }],
            ['name', { t: 'str', v: op.newName }],
          ],
        };
        return alterModel(state, app, op.modelName, (m) => {
          const withIndex = appendListOption(m, 'indexes', index);
          const together = normalizeTogether(option(withIndex, 'index_together')).filter((g) => g.join('\u0000') !== op.oldFields!.join('\u0000'));
          return withOption(withIndex, 'index_together', togetherValue(together));
        });
      }
      return alterModel(state, app, op.modelName, (m) => {
        const existing = listOption(m, 'indexes').find((i) => objectName(i) === op.oldName);
        if (!existing || existing.t !== 'call') return m;
        const renamed: Value = { ...existing, kwargs: [...existing.kwargs.filter(([k]) => k !== 'name'), ['name', { t: 'str', v: op.newName }]] };
        return replaceListOption(m, 'indexes', op.oldName!, renamed);
      });
    case 'AddConstraint':
      return alterModel(state, app, op.modelName, (m) => appendListOption(m, 'constraints', op.constraint));
    case 'RemoveConstraint':
      return alterModel(state, app, op.modelName, (m) => removeListOption(m, 'constraints', op.name));
    case 'AlterConstraint':
      return alterModel(state, app, op.modelName, (m) => replaceListOption(m, 'constraints', op.name, op.constraint));
    case 'RunSQL':
      return op.stateOperations.reduce((s, o) => stateForwards(o, app, s), state);
    case 'SeparateDatabaseAndState':
      return op.stateOperations.reduce((s, o) => stateForwards(o, app, s), state);
    default:
      return state;
  }
}

// ---- database_forwards / database_backwards ----

export interface DbContext {
  app: string;
  editor: SchemaEditor;
  /** Fresh renders per state (Django re-renders models for every state). */
  render(state: ProjectState): Apps;
}

function allowMigrate(model: RModel | undefined): model is RModel {
  return !!model && model.managed && !model.proxy;
}

export class IrreversibleOperationError extends Error {}

export function reducesToSql(op: Operation): boolean {
  return op.kind !== 'RunPython';
}

export function isReversible(op: Operation): boolean {
  if (op.kind === 'RunSQL') return op.reverseSql !== undefined;
  if (op.kind === 'RunPython') return op.reverseCode !== undefined;
  return true;
}

export function databaseForwards(op: Operation, db: DbContext, from: ProjectState, to: ProjectState): void {
  const { app, editor } = db;
  const fromApps = db.render(from);
  const toApps = db.render(to);
  switch (op.kind) {
    case 'CreateModel': {
      const model = toApps.getModel(app, op.name);
      if (allowMigrate(model)) {
        editor.createModel(toApps, model);
        const indexTogether = normalizeTogether(option(to.get(app, op.name)!, 'index_together'));
        if (indexTogether.length) editor.alterIndexTogether(toApps, model, [], indexTogether);
      }
      return;
    }
    case 'DeleteModel': {
      const model = fromApps.getModel(app, op.name);
      if (allowMigrate(model)) editor.deleteModel(fromApps, model);
      return;
    }
    case 'RenameModel':
      return renameModelForwards(db, fromApps, toApps, op.oldName, op.newName);
    case 'AlterModelTable': {
      const newModel = toApps.getModel(app, op.name);
      const oldModel = fromApps.getModel(app, op.name);
      if (!allowMigrate(newModel) || !oldModel) return;
      editor.alterDbTable(toApps, oldModel.dbTable, newModel.dbTable);
      oldModel.localManyToMany.forEach((oldField, i) => {
        const newField = newModel.localManyToMany[i];
        if (!newField) return;
        const newThrough = toApps.throughModel(newField);
        const oldThrough = fromApps.throughModel(oldField);
        if (newThrough?.autoCreatedFrom && oldThrough) editor.alterDbTable(toApps, oldThrough.dbTable, newThrough.dbTable);
      });
      return;
    }
    case 'AlterModelTableComment': {
      const newModel = toApps.getModel(app, op.name);
      if (allowMigrate(newModel)) editor.alterDbTableComment(newModel, newModel.tableComment);
      return;
    }
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether': {
      const newModel = toApps.getModel(app, op.name);
      if (!allowMigrate(newModel)) return;
      const optionName = op.kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together';
      const olds = normalizeTogether(option(from.get(app, op.name)!, optionName));
      const news = normalizeTogether(option(to.get(app, op.name)!, optionName));
      if (op.kind === 'AlterUniqueTogether') editor.alterUniqueTogether(toApps, newModel, olds, news);
      else editor.alterIndexTogether(toApps, newModel, olds, news);
      return;
    }
    case 'AlterOrderWithRespectTo': {
      const toModel = toApps.getModel(app, op.name);
      const fromModel = fromApps.getModel(app, op.name);
      if (!allowMigrate(toModel) || !fromModel) return;
      if (fromModel.orderWithRespectTo && !toModel.orderWithRespectTo) {
        const f = fromModel.allFields.find((x) => x.name === '_order');
        if (f) editor.removeField(fromApps, fromModel, f);
      } else if (toModel.orderWithRespectTo && !fromModel.orderWithRespectTo) {
        const f = toModel.allFields.find((x) => x.name === '_order');
        if (f) editor.addField(toApps, fromModel, f);
      }
      return;
    }
    case 'AddField': {
      const toModel = toApps.getModel(app, op.modelName);
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(toModel) || !fromModel) return;
      let field = toModel.allFields.find((f) => f.name === op.name);
      if (!field) return;
      if (!op.preserveDefault) field = { ...field, def: op.field };
      editor.addField(toApps, fromModel, field);
      return;
    }
    case 'RemoveField': {
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(fromModel)) return;
      const field = fromModel.allFields.find((f) => f.name === op.name);
      if (field) editor.removeField(fromApps, fromModel, field);
      return;
    }
    case 'AlterField': {
      const toModel = toApps.getModel(app, op.modelName);
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(toModel) || !fromModel) return;
      const fromField = fromModel.allFields.find((f) => f.name === op.name);
      let toField = toModel.allFields.find((f) => f.name === op.name);
      if (!fromField || !toField) return;
      if (!op.preserveDefault) toField = { ...toField, def: op.field };
      editor.alterField(toApps, fromApps, fromModel, fromField, toField);
      return;
    }
    case 'RenameField': {
      const toModel = toApps.getModel(app, op.modelName);
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(toModel) || !fromModel) return;
      const fromField = fromModel.allFields.find((f) => f.name === op.oldName);
      const toField = toModel.allFields.find((f) => f.name === op.newName);
      if (fromField && toField) editor.alterField(toApps, fromApps, fromModel, fromField, toField);
      return;
    }
    case 'AddIndex': {
      const model = toApps.getModel(app, op.modelName);
      if (allowMigrate(model)) editor.addIndex(toApps, model, op.index, op.concurrently);
      return;
    }
    case 'RemoveIndex': {
      const model = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(model)) return;
      const index = listOption(from.get(app, op.modelName)!, 'indexes').find((i) => objectName(i) === op.name) ?? { t: 'call', func: 'django.db.models.Index', args: [], kwargs: [['name', { t: 'str', v: op.name }]] };
      editor.removeIndex(model, index, op.concurrently);
      return;
    }
    case 'RenameIndex': {
      const model = toApps.getModel(app, op.modelName);
      if (!allowMigrate(model)) return;
      let oldName = op.oldName;
      if (op.oldFields) {
        const fromModel = fromApps.getModel(app, op.modelName)!;
        const columns = op.oldFields.map((n) => fromModel.allFields.find((f) => f.name === n)?.column ?? n);
        const names = editor.introspectIndexNames(fromModel, columns);
        if (names.length !== 1) throw new Error(`Found wrong number (${names.length}) of indexes for ${fromModel.dbTable}(${columns.join(', ')}).`);
        oldName = names[0];
      }
      if (!oldName || oldName === op.newName) return;
      editor.renameIndex(model, oldName, op.newName);
      return;
    }
    case 'AddConstraint': {
      const model = op.notValid ? fromApps.getModel(app, op.modelName) : toApps.getModel(app, op.modelName);
      if (allowMigrate(model)) editor.addConstraint(op.notValid ? fromApps : toApps, model, op.constraint, op.notValid);
      return;
    }
    case 'RemoveConstraint': {
      const model = toApps.getModel(app, op.modelName);
      if (!allowMigrate(model)) return;
      const constraint = listOption(from.get(app, op.modelName)!, 'constraints').find((c) => objectName(c) === op.name);
      if (constraint) editor.removeConstraint(fromApps, model, constraint);
      return;
    }
    case 'ValidateConstraint': {
      const model = fromApps.getModel(app, op.modelName);
      if (allowMigrate(model)) editor.validateConstraint(model, op.name);
      return;
    }
    case 'RunSQL':
      runSql(editor, op.sql);
      return;
    case 'SeparateDatabaseAndState': {
      let fromState = from;
      for (const dbop of op.databaseOperations) {
        const toState = stateForwards(dbop, app, fromState);
        databaseForwards(dbop, db, fromState, toState);
        fromState = toState;
      }
      return;
    }
    case 'CreateExtension':
      if (!editor.extensionExists(op.name)) editor.execute(`CREATE EXTENSION IF NOT EXISTS ${quote(op.name)}`, null);
      return;
    case 'CreateCollation':
      editor.execute(collationSql(op), null);
      return;
    case 'RemoveCollation':
      editor.execute(`DROP COLLATION ${quote(op.name)}`, null);
      return;
    default:
      return;
  }
}

function quote(name: string): string {
  return name.startsWith('"') && name.endsWith('"') ? name : `"${name}"`;
}

function collationSql(op: Extract<Operation, { kind: 'CreateCollation' | 'RemoveCollation' }>): string {
  const args = [`locale=${quote(op.locale)}`];
  if (op.provider !== 'libc') args.push(`provider=${quote(op.provider)}`);
  if (!op.deterministic) args.push('deterministic=false');
  return `CREATE COLLATION ${quote(op.name)} (${args.join(', ')})`;
}

function runSql(editor: SchemaEditor, spec: RunSqlSpec): void {
  if (spec.noop) return;
  if (spec.isList) {
    for (const piece of spec.pieces) {
      if (piece.params) editor.executeRaw(piece.sql, piece.params);
      else editor.execute(piece.sql, null);
    }
    return;
  }
  for (const piece of spec.pieces) editor.execute(piece.sql, null);
}

function renameModelForwards(db: DbContext, fromApps: Apps, toApps: Apps, oldName: string, newName: string): void {
  const { app, editor } = db;
  const newModel = toApps.getModel(app, newName);
  const oldModel = fromApps.getModel(app, oldName);
  if (!allowMigrate(newModel) || !oldModel) return;
  editor.alterDbTable(toApps, oldModel.dbTable, newModel.dbTable);
  // Fields pointing to us (old_model._meta.related_objects).
  for (const related of relatedObjects(fromApps, oldModel)) {
    const relatedOwner = related.model;
    let model: RModel | undefined;
    let relatedKey: [string, string];
    if (relatedOwner.key === oldModel.key) {
      model = newModel;
      relatedKey = [app, newName];
    } else {
      relatedKey = [relatedOwner.app, relatedOwner.name];
      model = toApps.getModel(...relatedKey);
    }
    const toModel = toApps.getModel(...relatedKey);
    const toField = toModel?.allFields.find((f) => f.name === related.name);
    if (!model || !toField) continue;
    editor.alterField(toApps, fromApps, model, related, toField);
  }
  // M2M tables named after this model.
  oldModel.localManyToMany.forEach((oldField, i) => {
    const newField = newModel.localManyToMany[i];
    if (!newField) return;
    const target = toApps.resolveTarget(newField);
    const through = toApps.throughModel(newField);
    if ((target && target.key === newModel.key) || !through?.autoCreatedFrom) return;
    editor.alterManyToManyPublic(toApps, fromApps, newModel, oldField, newField);
  });
}

/**
 * _meta.related_objects of a model: reverse relations from FKs, O2Os and M2Ms (not auto-created through FKs).
 * Hidden relations (related_name ending in '+') are left out unless they are many-to-many
 * (`not obj.hidden or obj.field.many_to_many`), so RenameModel leaves such FKs alone.
 */
function relatedObjects(apps: Apps, model: RModel) {
  const out = [];
  for (const key of apps.state.models.keys()) {
    const other = apps.getByKey(key);
    if (!other) continue;
    for (const f of other.allFields) {
      if (f.def.kind.relation !== 'fk' && f.def.kind.relation !== 'o2o' && f.def.kind.relation !== 'm2m') continue;
      if (f.def.kind.relation !== 'm2m' && optString(f.def, 'related_name')?.endsWith('+')) continue;
      const target = apps.resolveTarget(f);
      if (target && target.key === model.key) out.push(f);
    }
  }
  return out;
}

export function databaseBackwards(op: Operation, db: DbContext, from: ProjectState, to: ProjectState): void {
  // `from` is the state after the operation, `to` the state before it (Django's naming in unapply).
  const { app, editor } = db;
  const fromApps = db.render(from);
  const toApps = db.render(to);
  switch (op.kind) {
    case 'CreateModel': {
      const model = fromApps.getModel(app, op.name);
      if (allowMigrate(model)) editor.deleteModel(fromApps, model);
      return;
    }
    case 'DeleteModel': {
      const model = toApps.getModel(app, op.name);
      if (allowMigrate(model)) editor.createModel(toApps, model);
      return;
    }
    case 'RenameModel':
      return renameModelForwards(db, fromApps, toApps, op.newName, op.oldName);
    case 'AlterModelTable':
    case 'AlterModelTableComment':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
    case 'AlterOrderWithRespectTo':
    case 'AlterField':
      return databaseForwards(op, db, from, to);
    case 'AddField': {
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(fromModel)) return;
      const field = fromModel.allFields.find((f) => f.name === op.name);
      if (field) editor.removeField(fromApps, fromModel, field);
      return;
    }
    case 'RemoveField': {
      const toModel = toApps.getModel(app, op.modelName);
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(toModel) || !fromModel) return;
      const field = toModel.allFields.find((f) => f.name === op.name);
      if (field) editor.addField(toApps, fromModel, field);
      return;
    }
    case 'RenameField': {
      const toModel = toApps.getModel(app, op.modelName);
      const fromModel = fromApps.getModel(app, op.modelName);
      if (!allowMigrate(toModel) || !fromModel) return;
      const fromField = fromModel.allFields.find((f) => f.name === op.newName);
      const toField = toModel.allFields.find((f) => f.name === op.oldName);
      if (fromField && toField) editor.alterField(toApps, fromApps, fromModel, fromField, toField);
      return;
    }
    case 'AddIndex': {
      const model = fromApps.getModel(app, op.modelName);
      if (allowMigrate(model)) editor.removeIndex(model, op.index, op.concurrently);
      return;
    }
    case 'RemoveIndex': {
      const model = toApps.getModel(app, op.modelName);
      if (!allowMigrate(model)) return;
      const index = listOption(to.get(app, op.modelName)!, 'indexes').find((i) => objectName(i) === op.name);
      if (index) editor.addIndex(toApps, model, index, op.concurrently);
      return;
    }
    case 'RenameIndex': {
      if (op.oldFields || !op.oldName) return;
      const model = toApps.getModel(app, op.modelName);
      if (allowMigrate(model) && op.oldName !== op.newName) editor.renameIndex(model, op.newName, op.oldName);
      return;
    }
    case 'AddConstraint': {
      const model = toApps.getModel(app, op.modelName);
      if (allowMigrate(model)) editor.removeConstraint(toApps, model, op.constraint);
      return;
    }
    case 'RemoveConstraint': {
      const model = toApps.getModel(app, op.modelName);
      if (!allowMigrate(model)) return;
      const constraint = listOption(to.get(app, op.modelName)!, 'constraints').find((c) => objectName(c) === op.name);
      if (constraint) editor.addConstraint(toApps, model, constraint);
      return;
    }
    case 'RunSQL':
      if (!op.reverseSql) throw new IrreversibleOperationError('You cannot reverse this operation');
      runSql(editor, op.reverseSql);
      return;
    case 'SeparateDatabaseAndState': {
      // to_states computed forwards from the state before, then the operations run in reverse.
      const states: ProjectState[] = [];
      let state = to;
      for (const dbop of op.databaseOperations) {
        states.push(state);
        state = stateForwards(dbop, app, state);
      }
      for (let i = op.databaseOperations.length - 1; i >= 0; i--) {
        const dbop = op.databaseOperations[i];
        const fromState = state;
        const toState = states[i];
        databaseBackwards(dbop, db, fromState, toState);
        state = toState;
      }
      return;
    }
    case 'CreateExtension':
      editor.execute(`DROP EXTENSION IF EXISTS ${quote(op.name)}`, null);
      return;
    case 'CreateCollation':
      editor.execute(`DROP COLLATION ${quote(op.name)}`, null);
      return;
    case 'RemoveCollation':
      editor.execute(collationSql(op), null);
      return;
    default:
      return;
  }
}

/** A short readable repr of an operation for IrreversibleError messages. */
export function operationRepr(op: Operation): string {
  if (op.kind === 'RunSQL') {
    const sql = op.sql.pieces.map((p) => p.sql).join('');
    return `<RunSQL ${pyStrRepr(sql)}>`;
  }
  if (op.kind === 'RunPython') {
    // Operation.__repr__: "<%s %s%s>" % (class, ", ".join(map(repr, args)), ",".join(" %s=%r" % kwarg)).
    const args = op.call.args.map(callableRepr).join(', ');
    const kwargs = op.call.kwargs.map(([k, v]) => ` ${k}=${callableRepr(v)}`).join(',');
    return `<RunPython ${args}${kwargs}>`;
  }
  return `<${op.kind}>`;
}

/**
 * repr() of a RunPython argument. A function's repr holds its memory address, which only the running process knows:
 * it is written as 0x0 (the corpus masks it, see test/support/parity.ts).
 */
function callableRepr(v: Value): string {
  if (v.t === 'ref') {
    const parts = v.path.split('.');
    // RunPython.noop is a staticmethod: its __qualname__ keeps the class.
    const qualname = parts.length >= 2 && parts[parts.length - 2] === 'RunPython' ? parts.slice(-2).join('.') : parts[parts.length - 1];
    return `<function ${qualname} at 0x0>`;
  }
  if (v.t === 'lambda') return '<function <lambda> at 0x0>';
  if (v.t === 'bool') return v.v ? 'True' : 'False';
  if (v.t === 'none') return 'None';
  if (v.t === 'str') return pyStrRepr(v.v);
  return '...';
}

export function pyStrRepr(s: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const quoteChar = useDouble ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quoteChar) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${quoteChar}${out}${quoteChar}`;
}

export { getField };
