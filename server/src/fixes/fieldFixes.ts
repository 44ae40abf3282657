// Edit builders for the field and table rules: find the source of a field call in a migration and
// in models.py, add keyword arguments to both, write replacement operations (SeparateDatabaseAndState,
// RunSQL) as text with the imports they need, and name the temporary NOT NULL check constraint.
import { Expr, Keyword, Span } from '../python/ast';
import { Value, lastSegment } from '../python/values';
import { Operation, pyStrRepr } from '../django/operations';
import { ModelField, ModelInfo } from '../django/models';
import { createIndexName } from '../django/names';
import { DjangoProject, MigrationEntry } from '../engine/project';
import { ProjectIndex } from '../engine/projectIndex';
import { TextEdit } from '../engine/types';
import { WriterImports } from '../django/writer';
import { indentAt, lineEnd } from './pythonEdits';

export type CallExpr = Extract<Expr, { kind: 'call' }>;

function children(e: Expr): Expr[] {
  switch (e.kind) {
    case 'call':
      return [e.func, ...e.args, ...e.kwargs.map((k) => k.value), ...e.starArgs];
    case 'list':
    case 'tuple':
    case 'set':
      return e.items;
    case 'dict':
      return e.entries.flatMap((en) => (en.key ? [en.key, en.value] : [en.value]));
    case 'attr':
      return [e.object];
    case 'binop':
    case 'boolop':
      return [e.left, e.right];
    case 'unary':
      return [e.operand];
    case 'subscript':
      return [e.value, e.index];
    case 'conditional':
      return [e.body, e.test, e.orelse];
    case 'starred':
      return [e.value];
    default:
      return [];
  }
}

/** The call expression exactly covering `span` under `root`. */
export function findCall(root: Expr | undefined, span: Span | undefined): CallExpr | undefined {
  if (!root || !span || root.end < span.start || root.start > span.end) return undefined;
  if (root.kind === 'call' && root.start === span.start && root.end === span.end) return root;
  for (const child of children(root)) {
    const found = findCall(child, span);
    if (found) return found;
  }
  return undefined;
}

/** The source call of a top-level migration operation. */
export function operationCall(entry: MigrationEntry, op: Operation): CallExpr | undefined {
  return findCall(entry.migration.operationsAssign?.value, op.span);
}

export function keyword(call: CallExpr, name: string): Keyword | undefined {
  return call.kwargs.find((k) => k.name === name);
}

/** The `field=` call of an AddField/AlterField, as written in the migration. */
export function migrationFieldCall(entry: MigrationEntry, op: Operation): CallExpr | undefined {
  const call = operationCall(entry, op);
  if (!call) return undefined;
  const field = keyword(call, 'field')?.value ?? call.args[2];
  return field?.kind === 'call' ? field : undefined;
}

export interface ModelFieldSource {
  model: ModelInfo;
  field: ModelField;
  call: CallExpr;
  file: string;
  text: string;
}

/** A field of a model as declared in models.py, when the model class itself declares it with a call. */
export function modelFieldSource(index: ProjectIndex, app: string, modelName: string, fieldName: string): ModelFieldSource | undefined {
  const model = index.get(app, modelName);
  if (!model?.file) return undefined;
  const field = model.fields.find((f) => f.name === fieldName);
  // A field inherited from an abstract base or mixin is shared: editing it would change other models.
  if (!field || field.declaredIn.classDef !== model.classDef || field.assign.value?.kind !== 'call') return undefined;
  return { model, field, call: field.assign.value, file: model.file, text: model.module.text };
}

/** A literal that means the same as a Python default and as a database default. */
export function isConstant(value: Value | undefined): boolean {
  return !!value && (value.t === 'str' || value.t === 'int' || value.t === 'float' || value.t === 'bool') && !(value.t === 'str' && value.bytes);
}

export function sourceText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Django's deterministic name for a helper constraint on one column (as _create_index_name builds it). */
export function notNullCheckName(table: string, column: string): string {
  return createIndexName(table, [column], '_notnull');
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// ---- writing operations as text ----

/** A call written one keyword per line; values are source text or lists of nested calls. */
export interface PyCall {
  func: string;
  kwargs: Array<[string, string | PyCall[]]>;
}

/** Python source of a call; the first line has no indentation, the others are indented from `indent`. */
export function renderCall(call: PyCall, indent: string, unit = '    '): string {
  const inner = indent + unit;
  const lines = [`${call.func}(`];
  for (const [name, value] of call.kwargs) {
    if (typeof value === 'string') lines.push(`${inner}${name}=${value},`);
    else if (value.length === 0) lines.push(`${inner}${name}=[],`);
    else {
      lines.push(`${inner}${name}=[`);
      for (const item of value) lines.push(`${inner}${unit}${renderCall(item, inner + unit, unit)},`);
      lines.push(`${inner}],`);
    }
  }
  lines.push(`${indent})`);
  return lines.join('\n');
}

/** `RunSQL(sql=..., reverse_sql=...)`; a reverse of `null` is RunSQL.noop. */
export function runSql(migrations: string, sql: string, reverse: string | null): PyCall {
  return { func: `${migrations}.RunSQL`, kwargs: [['sql', pyStrRepr(sql)], ['reverse_sql', reverse === null ? `${migrations}.RunSQL.noop` : pyStrRepr(reverse)]] };
}

/** Replaces an operation's source with new text (written at the operation's indentation). */
export function replaceOperation(entry: MigrationEntry, op: Operation, render: (indent: string) => string): TextEdit | undefined {
  if (!op.span || !entry.file) return undefined;
  const indent = indentAt(entry.migration.module.text, op.span.start);
  return { file: entry.file, start: op.span.start, end: op.span.end, newText: render(indent) };
}

/** The local name a migration uses for `django.db.migrations` / `django.db.models`, when imported. */
export function localName(entry: MigrationEntry, path: string): string | undefined {
  for (const [local, target] of entry.migration.module.imports) if (target === path) return local;
  return undefined;
}

/**
 * One edit adding the imports a serialized value needs (`from django.db import models`, `import
 * django.db.models.deletion`) to a migration; undefined `ok` when an import exists under another name.
 */
export function importEdit(entry: MigrationEntry, imports: WriterImports): { ok: boolean; edit?: TextEdit } {
  const module = entry.migration.module;
  const lines: string[] = [];
  for (const line of [...imports.froms].sort()) {
    const m = /^from (\S+) import (\w+)$/.exec(line);
    if (!m) return { ok: false };
    const local = localName(entry, `${m[1]}.${m[2]}`);
    if (local === m[2]) continue;
    if (local !== undefined || module.imports.has(m[2])) return { ok: false };
    lines.push(line);
  }
  for (const name of [...imports.modules].sort()) {
    if (module.body.imports.some((i) => i.name === undefined && i.module === name)) continue;
    const root = name.split('.')[0];
    if (module.imports.has(root) && module.imports.get(root) !== root) return { ok: false };
    lines.push(`import ${name}`);
  }
  if (lines.length === 0 || !entry.file) return { ok: true };
  const text = module.text;
  const last = [...module.body.imports].sort((a, b) => b.end - a.end)[0];
  const at = last ? lineEnd(text, last.end) : 0;
  return { ok: true, edit: { file: entry.file, start: at, end: at, newText: last ? `\n${lines.join('\n')}` : `${lines.join('\n')}\n` } };
}

/** A model's class name as models.py spells it, from the lower-case migration name. */
export function modelClassName(index: ProjectIndex, app: string, name: string): string {
  return index.get(app, name)?.name ?? name;
}

/** True when no later migration of the project changes what `key` names in the final state. */
export function unchangedAfter<T>(project: DjangoProject, after: T, final: T, same: (a: T, b: T) => boolean): boolean {
  void project;
  return same(after, final);
}

export { lastSegment };
