// Edit builders for the field and table rules: find the source of a field call in a migration and
// in models.py, add keyword arguments to both, write replacement operations (SeparateDatabaseAndState,
// RunSQL) as text with the imports they need, and name the temporary NOT NULL check constraint.
import { Expr, Keyword, Span } from '../python/ast';
import { Value } from '../python/values';
import { Operation, pyStrRepr } from '../django/operations';
import { ModelField, ModelInfo } from '../django/models';
import { hasDbDefault, hasDefault } from '../django/fields';
import { createIndexName } from '../django/names';
import { DjangoProject, MigrationEntry } from '../engine/project';
import { ProjectIndex } from '../engine/projectIndex';
import { TextEdit } from '../engine/types';
import { WriterImports } from '../django/writer';
import { indentAt, lineEnd, lineStart, removeCallKeyword } from './pythonEdits';
import { ProjectState, getField } from '../django/state';
import { AnalyzedStatement, MigrationAnalysis } from '../engine/migrationAnalysis';
import { AddColumnFact } from '../sql/index';

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

/** Removes `name=value` from a call; a keyword on a line of its own goes with its line. */
export function removeKeyword(file: string, text: string, call: CallExpr, name: string): TextEdit | undefined {
  const kw = keyword(call, name);
  if (!kw) return undefined;
  const ls = lineStart(text, kw.start);
  const after = /^[ \t]*,?[ \t]*(\n|$)/.exec(text.slice(kw.end));
  if (text.slice(ls, kw.start).trim() === '' && after) return { file, start: ls, end: kw.end + after[0].length, newText: '' };
  return removeCallKeyword(file, text, call, name);
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

/** AddField whose Python default the state keeps (Django adds the column with it, then drops it). */
export function keepsPythonDefault(op: Operation): boolean {
  return op.kind === 'AddField' && op.preserveDefault && hasDefault(op.field) && !hasDbDefault(op.field);
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

/** Source text copied from a file, with the indentation of its first line there. */
export interface RawSource {
  text: string;
  indent: string;
}

/** A call written one keyword per line; values are source text or lists of nested calls. */
export interface PyCall {
  func: string;
  kwargs: Array<[string, string | Array<PyCall | RawSource>]>;
}

function isRaw(item: PyCall | RawSource): item is RawSource {
  return (item as RawSource).text !== undefined;
}

/** Moves the lines after the first from one indentation to another. */
export function reindentSource(text: string, from: string, to: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
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
      for (const item of value) {
        const itemIndent = inner + unit;
        lines.push(`${itemIndent}${isRaw(item) ? reindentSource(item.text, item.indent, itemIndent) : renderCall(item, itemIndent, unit)},`);
      }
      lines.push(`${inner}],`);
    }
  }
  lines.push(`${indent})`);
  return lines.join('\n');
}

/** The source of a top-level operation with the indentation of its first line. */
export function operationSource(entry: MigrationEntry, op: Operation): RawSource | undefined {
  if (!op.span) return undefined;
  const text = entry.migration.module.text;
  return { text: text.slice(op.span.start, op.span.end), indent: indentAt(text, op.span.start) };
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
 * Edits adding the imports a serialized value needs (`from django.db import models`, `import
 * django.db.models.deletion`) to a migration: a name joins an existing one-line `from` import of its
 * module, other lines go after the last import. `ok` is false when a name is bound to something else.
 */
export function importEdits(entry: MigrationEntry, imports: WriterImports): { ok: boolean; edits: TextEdit[] } {
  const module = entry.migration.module;
  const text = module.text;
  const file = entry.file;
  const edits: TextEdit[] = [];
  const lines: string[] = [];
  if (!file) return { ok: false, edits };
  for (const line of [...imports.froms].sort()) {
    const m = /^from (\S+) import (\w+)$/.exec(line);
    if (!m) return { ok: false, edits };
    const local = localName(entry, `${m[1]}.${m[2]}`);
    if (local === m[2]) continue;
    if (local !== undefined || module.imports.has(m[2])) return { ok: false, edits };
    const sibling = module.body.imports.find((i) => i.module === m[1] && i.name !== undefined);
    const siblingLine = sibling ? text.slice(lineStart(text, sibling.start), lineEnd(text, sibling.start)) : '';
    if (sibling && /^from [\w.]+ import [\w, ]+$/.test(siblingLine.trim())) {
      const at = lineEnd(text, sibling.start);
      edits.push({ file, start: at, end: at, newText: `, ${m[2]}` });
    } else lines.push(line);
  }
  for (const name of [...imports.modules].sort()) {
    if (module.body.imports.some((i) => i.name === undefined && i.module === name)) continue;
    const root = name.split('.')[0];
    if (module.imports.has(root) && module.imports.get(root) !== root) return { ok: false, edits };
    lines.push(`import ${name}`);
  }
  if (lines.length) {
    const last = [...module.body.imports].sort((a, b) => b.end - a.end)[0];
    const at = last ? lineEnd(text, last.end) : 0;
    const newText = last ? `\n${lines.join('\n')}` : `${lines.join('\n')}\n`;
    // Insertions at one offset must be one edit, or their order is undefined.
    const same = edits.find((e) => e.start === at);
    if (same) same.newText += newText;
    else edits.push({ file, start: at, end: at, newText });
  }
  return { ok: true, edits };
}

/**
 * The field is the same at the end of the history as after this migration: a fix may then edit this
 * migration and models.py together without a later migration undoing the change.
 */
export function fieldUnchangedLater(project: DjangoProject, after: ProjectState, app: string, model: string, name: string): boolean {
  const here = after.get(app, model);
  const final = project.finalState().get(app, model);
  const field = here ? getField(here, name) : undefined;
  return !!field && !!final && getField(final, name) === field;
}

/** The model is the same at the end of the history as after this migration. */
export function modelUnchangedLater(project: DjangoProject, after: ProjectState, app: string, model: string): boolean {
  const here = after.get(app, model);
  return !!here && project.finalState().get(app, model) === here;
}

// ---- added columns ----

export interface AddedColumn {
  statement: AnalyzedStatement;
  fact: AddColumnFact;
  /** The same operation drops the column's default right after adding it (Django's add-then-drop). */
  defaultDropped: boolean;
}

/** ADD COLUMN facts of the migration, with whether the same operation drops the default again. */
export function addedColumns(analysis: MigrationAnalysis): AddedColumn[] {
  const out: AddedColumn[] = [];
  analysis.statements.forEach((statement, i) => {
    for (const fact of statement.facts) {
      if (fact.kind !== 'addColumn') continue;
      const defaultDropped = analysis.statements.slice(i + 1).some(
        (later) => later.op === statement.op && later.opIndex === statement.opIndex
          && later.facts.some((f) => f.kind === 'dropDefault' && f.table.name === fact.table.name && f.column.name === fact.column.name),
      );
      out.push({ statement, fact, defaultDropped });
    }
  });
  return out;
}
