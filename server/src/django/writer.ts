// Writes Python values and migration files the way Django's MigrationWriter does (writer.py,
// serializer.py): repr() literals, `models.X`/`migrations.X` shortening, sorted imports,
// sorted dependency lines, four-space indentation with trailing commas.
import { Value, lastSegment } from '../python/values';
import { pyStrRepr } from './operations';
import { pyFloatRepr } from './literals';

export interface WriterImports {
  /** `import x` lines. */
  modules: Set<string>;
  /** `from a import b` lines. */
  froms: Set<string>;
}

export function newImports(): WriterImports {
  return { modules: new Set(), froms: new Set() };
}

const INDENT = '    ';

/** Serializes a value to Python source; nested calls of Django classes use the short forms. */
export function serializeValue(value: Value, imports: WriterImports, level = 0, expand = false): string {
  switch (value.t) {
    case 'str':
      return value.bytes ? `b${pyStrRepr(value.v)}` : pyStrRepr(value.v);
    case 'int':
      return String(value.v);
    case 'float':
      if (!Number.isFinite(value.v)) return Number.isNaN(value.v) ? 'float("nan")' : value.v > 0 ? 'float("inf")' : 'float("-inf")';
      return pyFloatRepr(value.v, value.text);
    case 'bool':
      return value.v ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'list':
    case 'tuple':
    case 'set': {
      let items = value.items.map((i) => serializeValue(i, imports, level + 1, false));
      if (value.t === 'set') items = [...items].sort();
      if (value.t === 'set' && items.length === 0) return 'set()';
      const [open, close] = value.t === 'list' ? ['[', ']'] : value.t === 'tuple' ? ['(', ')'] : ['{', '}'];
      if (expand) return multiline(open, close, items, level);
      if (value.t === 'tuple' && items.length === 1) return `(${items[0]},)`;
      return `${open}${items.join(', ')}${close}`;
    }
    case 'dict': {
      const entries = value.entries
        .map(([k, v]) => [serializeValue(k, imports, level + 1), serializeValue(v, imports, level + 1)] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const items = entries.map(([k, v]) => `${k}: ${v}`);
      if (expand) return multiline('{', '}', items, level);
      return `{${items.join(', ')}}`;
    }
    case 'call': {
      const name = callName(value.func, imports);
      const args = value.args.map((a) => serializeValue(a, imports, level));
      const kwargs = [...value.kwargs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${serializeValue(v, imports, level)}`);
      return `${name}(${[...args, ...kwargs].join(', ')})`;
    }
    case 'ref':
      return refName(value.path, imports);
    case 'op':
      if (value.args.length === 2) return `${serializeValue(value.args[0], imports, level)} ${value.op} ${serializeValue(value.args[1], imports, level)}`;
      return `${value.op.replace(/^u/, '')}${serializeValue(value.args[0], imports, level)}`;
    case 'lambda':
    case 'unknown':
      return value.text;
  }
}

function multiline(open: string, close: string, items: string[], level: number): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = INDENT.repeat(level + 1);
  return `${open}\n${items.map((i) => `${inner}${i},`).join('\n')}\n${INDENT.repeat(level)}${close}`;
}

function callName(func: string, imports: WriterImports): string {
  if (func.startsWith('django.db.models.') && !func.slice('django.db.models.'.length).includes('.')) {
    imports.froms.add('from django.db import models');
    return `models.${lastSegment(func)}`;
  }
  if (func.startsWith('django.db.migrations.') && !func.slice('django.db.migrations.'.length).includes('.')) {
    return `migrations.${lastSegment(func)}`;
  }
  if (!func.includes('.')) return func;
  const module = func.slice(0, func.lastIndexOf('.'));
  imports.modules.add(module);
  return func;
}

function refName(path: string, imports: WriterImports): string {
  if (path === 'django.conf.settings.AUTH_USER_MODEL' || path.endsWith('settings.AUTH_USER_MODEL')) {
    imports.froms.add('from django.conf import settings');
    return 'settings.AUTH_USER_MODEL';
  }
  if (path.startsWith('django.db.models.') && !path.slice('django.db.models.'.length).includes('.')) {
    // Django writes deletion functions by their full path.
    const name = lastSegment(path);
    if (['CASCADE', 'PROTECT', 'SET_NULL', 'SET_DEFAULT', 'DO_NOTHING', 'RESTRICT'].includes(name)) {
      imports.modules.add('django.db.models.deletion');
      return `django.db.models.deletion.${name}`;
    }
    imports.froms.add('from django.db import models');
    return `models.${name}`;
  }
  if (!path.includes('.')) return path;
  imports.modules.add(path.slice(0, path.lastIndexOf('.')));
  return path;
}

export interface WrittenOperation {
  /** Class path, e.g. `django.db.migrations.AlterModelTable` or `django.contrib.postgres.operations.AddIndexConcurrently`. */
  func: string;
  /** Keyword arguments in signature order. */
  kwargs: Array<[string, Value | WrittenOperation[]]>;
  /** Argument names that are written one item per line. */
  expand?: string[];
}

export function serializeOperation(op: WrittenOperation, imports: WriterImports, level: number): string {
  const name = callName(op.func, imports);
  const inner = INDENT.repeat(level + 1);
  const lines = [`${name}(`];
  for (const [k, v] of op.kwargs) {
    if (Array.isArray(v)) {
      const ops = v.map((o) => `${INDENT.repeat(level + 2)}${serializeOperation(o, imports, level + 2)},`);
      lines.push(`${inner}${k}=[`, ...ops, `${inner}],`);
    } else lines.push(`${inner}${k}=${serializeValue(v, imports, level + 1, op.expand?.includes(k) ?? false)},`);
  }
  lines.push(`${INDENT.repeat(level)})`);
  return lines.join('\n');
}

export interface MigrationSpec {
  dependencies: Array<{ app: string; name: string } | { swappable: string }>;
  operations: WrittenOperation[];
  atomic?: boolean;
  initial?: boolean;
  replaces?: Array<{ app: string; name: string }>;
  runBefore?: Array<{ app: string; name: string }>;
  header?: string;
  /** Extra top-level code (functions copied for RunPython). */
  preamble?: string;
}

/** The text of a migration file. */
export function writeMigration(spec: MigrationSpec): string {
  const imports = newImports();
  const body = spec.operations.map((o) => `${INDENT.repeat(2)}${serializeOperation(o, imports, 2)},`);
  const deps = spec.dependencies
    .map((d) => {
      if ('swappable' in d) {
        imports.froms.add('from django.conf import settings');
        return `migrations.swappable_dependency(settings.${d.swappable})`;
      }
      return `(${pyStrRepr(d.app)}, ${pyStrRepr(d.name)})`;
    })
    .sort()
    .map((d) => `${INDENT.repeat(2)}${d},`);
  if (imports.froms.has('from django.db import models')) {
    imports.froms.delete('from django.db import models');
    imports.froms.add('from django.db import migrations, models');
  } else imports.froms.add('from django.db import migrations');
  const importLines = [...[...imports.modules].map((m) => `import ${m}`).sort(), ...[...imports.froms].sort()];
  const out: string[] = [];
  if (spec.header !== undefined) out.push(spec.header, '');
  out.push(...importLines, '', '');
  if (spec.preamble) out.push(spec.preamble.trimEnd(), '', '');
  out.push('class Migration(migrations.Migration):', '');
  if (spec.replaces?.length) {
    out.push(`${INDENT}replaces = [`, ...spec.replaces.map((r) => `${INDENT.repeat(2)}(${pyStrRepr(r.app)}, ${pyStrRepr(r.name)}),`), `${INDENT}]`, '');
  }
  if (spec.initial) out.push(`${INDENT}initial = True`, '');
  if (spec.atomic === false) out.push(`${INDENT}atomic = False`, '');
  if (spec.runBefore?.length) {
    out.push(`${INDENT}run_before = [`, ...spec.runBefore.map((r) => `${INDENT.repeat(2)}(${pyStrRepr(r.app)}, ${pyStrRepr(r.name)}),`), `${INDENT}]`, '');
  }
  out.push(`${INDENT}dependencies = [`, ...deps, `${INDENT}]`, '');
  out.push(`${INDENT}operations = [`, ...body, `${INDENT}]`, '');
  return out.join('\n');
}

/** Migration.suggest_name-style name from operation fragments. */
export function suggestName(fragments: string[], fallback: string): string {
  if (fragments.length === 0) return fallback;
  const name = fragments.join('_');
  return name.length > 52 ? fallback : name;
}

/** The next migration number in an app: one more than the largest numeric prefix. */
export function nextMigrationNumber(names: string[]): string {
  let max = 0;
  for (const n of names) {
    const m = /^(\d+)/.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return String(max + 1).padStart(4, '0');
}
