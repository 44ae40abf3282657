// What a squash must keep: the database the migrations leave (tables, columns, constraints and indexes, names
// included, as PostgreSQL would have them) and the migration state (what makemigrations compares the models with).
// Both are compared as canonical text, one line per object, so a difference can be shown.
import { parseSync } from 'libpg-query';
import { Value } from '../python/values';
import { FieldDef } from '../django/fields';
import { PhysicalSchema } from '../django/physical';
import { ProjectState } from '../django/state';

/** One line per table, column, constraint, index and sequence; sorted. */
export function physicalLines(schema: PhysicalSchema): string[] {
  const lines: string[] = [];
  for (const t of schema.tables.values()) {
    lines.push(`table ${t.name}`);
    for (const c of t.columns) lines.push(`column ${t.name}.${c.name} ${c.type}${c.notNull ? ' not null' : ''}${c.identity ? ' identity' : ''}`);
    for (const c of t.constraints) {
      const target = c.fkTarget ? ` -> ${c.fkTarget.table}(${c.fkTarget.columns.join(', ')})` : '';
      lines.push(`constraint ${t.name}.${c.name} ${c.kind} (${c.columns.join(', ')})${target}${c.validated ? '' : ' not valid'}${c.checkSql ? ` ${c.checkSql}` : ''}`);
    }
    for (const i of t.indexes) {
      lines.push(`index ${t.name}.${i.name} ${i.method}${i.unique ? ' unique' : ''} (${i.columns.map((c) => c ?? '<expr>').join(', ')})${i.hasOptions ? ' with options' : ''}`);
    }
    for (const s of t.sequences) lines.push(`sequence ${t.name}.${s.column} ${s.name}`);
  }
  for (const e of schema.extensions) lines.push(`extension ${e}`);
  return lines.sort();
}

/** One line per model option and field of the given apps' models (all apps when omitted); sorted. */
export function stateLines(state: ProjectState, apps?: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const [key, model] of state.models) {
    if (apps && !apps.has(model.app)) continue;
    lines.push(`model ${key}${model.bases.length ? ` bases ${model.bases.map(canon).join(', ')}` : ''}${model.managers ? ` managers ${canon(model.managers)}` : ''}`);
    for (const [name, field] of model.fields) lines.push(`field ${key}.${name} ${fieldCanon(field)}`);
    for (const [name, value] of model.options) lines.push(`option ${key}.${name} ${canon(value)}`);
  }
  return lines.sort();
}

type Node = Record<string, unknown>;

/**
 * Statements that would fail on PostgreSQL because what they name is not there (yet): the physical model ignores
 * them, but `migrate` stops. A squash moves statements around (Django creates a CreateModel's constraints at the
 * end of the migration when the table has a db_default), so a VALIDATE CONSTRAINT can come before its constraint.
 * Returns one line per failing statement.
 */
export function missingReferences(statements: readonly string[], start: PhysicalSchema): string[] {
  const out: string[] = [];
  let schema = start;
  for (const sql of statements) {
    let stmts: Array<{ stmt?: unknown }> = [];
    try {
      stmts = (parseSync(sql).stmts ?? []) as Array<{ stmt?: unknown }>;
    } catch {
      // not SQL we can read: nothing to say about it
    }
    for (const { stmt } of stmts) {
      const problem = stmt ? missingIn(stmt as Node, schema) : undefined;
      if (problem) out.push(`${problem}: ${sql.length > 120 ? `${sql.slice(0, 117)}...` : sql}`);
    }
    schema = schema.applySql(sql);
  }
  return out;
}

function missingIn(stmt: Node, schema: PhysicalSchema): string | undefined {
  const [kind] = Object.keys(stmt);
  const body = stmt[kind] as Node;
  const relation = (body.relation as Node | undefined)?.relname as string | undefined;
  const hasIndex = (name: string): boolean => [...schema.tables.values()].some((t) => t.indexes.some((i) => i.name === name) || t.constraints.some((c) => c.name === name));
  if (kind === 'AlterTableStmt' && relation && !body.missing_ok) {
    const table = schema.table(relation);
    if (!table) return body.objtype === 'OBJECT_INDEX' && hasIndex(relation) ? undefined : `no table ${relation}`;
    for (const item of (body.cmds as Node[] | undefined) ?? []) {
      const cmd = item.AlterTableCmd as Node | undefined;
      const name = cmd?.name as string | undefined;
      if (!cmd || !name || cmd.missing_ok) continue;
      if ((cmd.subtype === 'AT_ValidateConstraint' || cmd.subtype === 'AT_DropConstraint') && !table.constraints.some((c) => c.name === name)) return `no constraint ${name} on ${relation}`;
      if (/^AT_(DropColumn|AlterColumnType|SetNotNull|DropNotNull|ColumnDefault)$/.test(String(cmd.subtype)) && !table.columns.some((c) => c.name === name)) return `no column ${relation}.${name}`;
    }
  }
  if (kind === 'RenameStmt' && !body.missing_ok) {
    const subname = body.subname as string | undefined;
    if (body.renameType === 'OBJECT_INDEX' && relation && !hasIndex(relation)) return `no index ${relation}`;
    if ((body.renameType === 'OBJECT_TABLE' || body.renameType === 'OBJECT_COLUMN' || body.renameType === 'OBJECT_TABCONSTRAINT') && relation && !schema.table(relation)) return `no table ${relation}`;
    if (body.renameType === 'OBJECT_COLUMN' && relation && subname && !schema.table(relation)!.columns.some((c) => c.name === subname)) return `no column ${relation}.${subname}`;
    if (body.renameType === 'OBJECT_TABCONSTRAINT' && relation && subname && !schema.table(relation)!.constraints.some((c) => c.name === subname)) return `no constraint ${subname} on ${relation}`;
  }
  if (kind === 'DropStmt' && body.removeType === 'OBJECT_INDEX' && !body.missing_ok) {
    for (const o of (body.objects as Node[] | undefined) ?? []) {
      const items = ((o.List as Node | undefined)?.items as Node[] | undefined) ?? [];
      const name = ((items[items.length - 1]?.String as Node | undefined)?.sval as string | undefined) ?? '';
      if (name && !hasIndex(name)) return `no index ${name}`;
    }
  }
  if (kind === 'IndexStmt' && relation && !schema.table(relation)) return `no table ${relation}`;
  return undefined;
}

/** `- a` / `+ b` lines of what differs (at most `max`). */
export function lineDiff(a: string[], b: string[], max = 8): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  const out = [...a.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
  return out.length > max ? [...out.slice(0, max), `… ${out.length - max} more`] : out;
}

function fieldCanon(f: FieldDef): string {
  const kwargs = new Map<string, Value>();
  f.args.forEach((v, i) => kwargs.set(f.kind.positional[i] ?? `#${i}`, v));
  for (const [k, v] of f.kwargs) kwargs.set(k, v);
  return `${f.cls}(${[...kwargs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${canon(v)}`).join(', ')})`;
}

/** Value text without source positions; sets, dicts and keyword arguments in a stable order. */
function canon(v: Value): string {
  switch (v.t) {
    case 'str':
      return JSON.stringify(v.v);
    case 'int':
    case 'float':
      return String(v.v);
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'list':
      return `[${v.items.map(canon).join(', ')}]`;
    case 'tuple':
      return `(${v.items.map(canon).join(', ')})`;
    case 'set':
      return `{${v.items.map(canon).sort().join(', ')}}`;
    case 'dict':
      return `{${v.entries.map(([k, x]) => `${canon(k)}: ${canon(x)}`).sort().join(', ')}}`;
    case 'call': {
      let { args, kwargs } = v;
      // Q(a=1) is Q(('a', 1)): Django writes the tuple form.
      if (/(^|\.)Q$/.test(v.func)) {
        args = [...args, ...kwargs.filter(([k]) => !k.startsWith('_')).map(([k, x]): Value => ({ t: 'tuple', items: [{ t: 'str', v: k }, x] }))];
        kwargs = kwargs.filter(([k]) => k.startsWith('_'));
      }
      return `${v.func}(${[...args.map(canon), ...[...kwargs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${k}=${canon(x)}`)].join(', ')})`;
    }
    case 'ref':
      return v.path;
    case 'op':
      return `(${v.op} ${v.args.map(canon).join(' ')})`;
    case 'lambda':
    case 'unknown':
      return v.text.replace(/\s+/g, ' ');
  }
}
