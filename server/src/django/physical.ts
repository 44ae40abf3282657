// The database as a replayed history leaves it: tables, columns, constraints and indexes with the
// names PostgreSQL and Django gave them at creation time. It answers what Django's schema editor
// would introspect (get_constraints, get_sequences) without a database. It is updated by applying
// the SQL of each migration through the real PostgreSQL parser, so RunSQL counts too.
import { parseSync } from 'libpg-query';
import { pgChooseName } from './names';

export interface PhysColumn {
  name: string;
  type: string;
  notNull: boolean;
  identity: boolean;
}

export interface PhysConstraint {
  name: string;
  /** p = primary key, u = unique, f = foreign key, c = check, x = exclusion. */
  kind: 'p' | 'u' | 'f' | 'c' | 'x';
  columns: string[];
  fkTarget?: { table: string; columns: string[] };
  validated: boolean;
  /** Text of a check condition, for "CHECK (col IS NOT NULL)" detection. */
  checkSql?: string;
}

export interface PhysIndex {
  name: string;
  columns: Array<string | null>;
  unique: boolean;
  primary: boolean;
  method: string;
  hasOptions: boolean;
  /** An index that backs a constraint of the same name. */
  constraintBacked: boolean;
}

export interface PhysTable {
  name: string;
  columns: PhysColumn[];
  constraints: PhysConstraint[];
  indexes: PhysIndex[];
  /** Owned sequences: column -> sequence name. */
  sequences: Array<{ column: string; name: string }>;
}

export interface IntrospectedConstraint {
  name: string;
  columns: string[];
  primaryKey: boolean;
  unique: boolean;
  foreignKey: boolean;
  check: boolean;
  index: boolean;
  /** `idx` for plain btree indexes (Index.suffix), else the access method. */
  type?: string;
}

export interface ConstraintQuery {
  columns?: string[];
  unique?: boolean;
  primaryKey?: boolean;
  index?: boolean;
  foreignKey?: boolean;
  check?: boolean;
  type?: string;
  exclude?: Set<string>;
}

/** An immutable snapshot; `apply` returns a new one and shares unchanged tables. */
export class PhysicalSchema {
  constructor(
    readonly tables: ReadonlyMap<string, PhysTable> = new Map(),
    readonly extensions: ReadonlySet<string> = new Set(),
    readonly collations: ReadonlyMap<string, boolean> = new Map(),
  ) {}

  table(name: string): PhysTable | undefined {
    return this.tables.get(name);
  }

  /**
   * Connection.introspection.get_constraints(table): pg_constraint rows first (in creation order), then indexes that
   * are not constraints, ordered by name. The index query groups with array_agg(… ORDER BY …), which PostgreSQL
   * cannot hash-aggregate, so it sorts on the GROUP BY keys, indexname first (type name, collation "C": byte order).
   */
  getConstraints(tableName: string): IntrospectedConstraint[] {
    const table = this.tables.get(tableName);
    if (!table) return [];
    const out: IntrospectedConstraint[] = [];
    for (const c of table.constraints) {
      out.push({
        name: c.name,
        columns: c.columns,
        primaryKey: c.kind === 'p',
        unique: c.kind === 'p' || c.kind === 'u',
        foreignKey: c.kind === 'f',
        check: c.kind === 'c',
        index: false,
      });
    }
    const byName = [...table.indexes].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
    for (const i of byName) {
      if (i.constraintBacked || table.constraints.some((c) => c.name === i.name)) continue;
      const basic = i.method === 'btree' && !i.name.endsWith('_btree') && !i.hasOptions;
      out.push({
        name: i.name,
        columns: i.columns.every((c) => c === null) ? [] : (i.columns.filter((c) => c !== null) as string[]),
        primaryKey: i.primary,
        unique: i.unique,
        foreignKey: false,
        check: false,
        index: true,
        type: basic ? 'idx' : i.method,
      });
    }
    return out;
  }

  /** BaseDatabaseSchemaEditor._constraint_names. */
  constraintNames(tableName: string, q: ConstraintQuery): string[] {
    const result: string[] = [];
    for (const c of this.getConstraints(tableName)) {
      if (q.columns && !(q.columns.length === c.columns.length && q.columns.every((col, i) => col === c.columns[i]))) continue;
      if (q.unique !== undefined && c.unique !== q.unique) continue;
      if (q.primaryKey !== undefined && c.primaryKey !== q.primaryKey) continue;
      if (q.index !== undefined && c.index !== q.index) continue;
      if (q.check !== undefined && c.check !== q.check) continue;
      if (q.foreignKey !== undefined && !c.foreignKey) continue;
      if (q.type !== undefined && c.type !== q.type) continue;
      if (q.exclude?.has(c.name)) continue;
      result.push(c.name);
    }
    return result;
  }

  sequenceName(tableName: string, column: string): string | undefined {
    return this.tables.get(tableName)?.sequences.find((s) => s.column === column)?.name;
  }

  isCollationDeterministic(name: string): boolean | undefined {
    if (this.collations.has(name)) return this.collations.get(name);
    // Collations every PostgreSQL cluster has; all deterministic.
    if (['C', 'POSIX', 'default', 'ucs_basic', 'und-x-icu', 'C.utf8', 'C.UTF-8', 'en_US.utf8', 'en_US.UTF-8'].includes(name)) return true;
    return undefined;
  }

  /** Applies SQL text (one or more statements); statements it cannot parse are ignored. */
  applySql(sql: string): PhysicalSchema {
    let parsed: ReturnType<typeof parseSync>;
    try {
      parsed = parseSync(sql);
    } catch {
      return this;
    }
    const builder = new SchemaBuilder(this);
    for (const raw of parsed.stmts ?? []) {
      try {
        builder.applyStatement(raw.stmt as unknown as Record<string, unknown>);
      } catch {
        // A statement we do not model leaves the schema as it was.
      }
    }
    return builder.build();
  }
}

type Node = Record<string, unknown>;

function str(n: unknown): string | undefined {
  const s = (n as Node | undefined)?.String as Node | undefined;
  return typeof s?.sval === 'string' ? s.sval : undefined;
}

function list(n: unknown): Node[] {
  return Array.isArray(n) ? (n as Node[]) : [];
}

function typeText(typeName: Node | undefined): string {
  if (!typeName) return '';
  const names = list(typeName.names).map(str).filter((s): s is string => !!s);
  const base = names.filter((s) => s !== 'pg_catalog').join('.');
  const mods = list(typeName.typmods)
    .map((m) => {
      const c = (m as Node).A_Const as Node | undefined;
      const ival = (c?.ival as Node | undefined)?.ival;
      return ival === undefined ? '0' : String(ival);
    })
    .join(',');
  const arrays = list(typeName.arrayBounds).length ? '[]' : '';
  return `${base}${mods ? `(${mods})` : ''}${arrays}`;
}

class SchemaBuilder {
  private tables: Map<string, PhysTable>;
  private extensions: Set<string>;
  private collations: Map<string, boolean>;

  constructor(base: PhysicalSchema) {
    this.tables = new Map(base.tables);
    this.extensions = new Set(base.extensions);
    this.collations = new Map(base.collations);
  }

  build(): PhysicalSchema {
    return new PhysicalSchema(this.tables, this.extensions, this.collations);
  }

  private relationNames(): Set<string> {
    const names = new Set<string>();
    for (const t of this.tables.values()) {
      names.add(t.name);
      for (const i of t.indexes) names.add(i.name);
      for (const s of t.sequences) names.add(s.name);
    }
    return names;
  }

  private mutable(name: string): PhysTable | undefined {
    const table = this.tables.get(name);
    if (!table) return undefined;
    const copy: PhysTable = {
      name: table.name,
      columns: table.columns.map((c) => ({ ...c })),
      constraints: table.constraints.map((c) => ({ ...c, columns: [...c.columns] })),
      indexes: table.indexes.map((i) => ({ ...i, columns: [...i.columns] })),
      sequences: table.sequences.map((s) => ({ ...s })),
    };
    this.tables.set(name, copy);
    return copy;
  }

  applyStatement(stmt: Node): void {
    const [kind] = Object.keys(stmt);
    const body = stmt[kind] as Node;
    switch (kind) {
      case 'CreateStmt':
        this.createTable(body);
        break;
      case 'AlterTableStmt':
        this.alterTable(body);
        break;
      case 'IndexStmt':
        this.createIndex(body);
        break;
      case 'DropStmt':
        this.drop(body);
        break;
      case 'RenameStmt':
        this.rename(body);
        break;
      case 'CreateExtensionStmt':
        this.extensions.add(String(body.extname));
        break;
      case 'DefineStmt':
        if (body.kind === 'OBJECT_COLLATION') {
          const name = str(list(body.defnames).slice(-1)[0]);
          const det = list(body.definition).find((d) => ((d as Node).DefElem as Node)?.defname === 'deterministic');
          const arg = det ? (((det as Node).DefElem as Node).arg as Node) : undefined;
          const value = arg ? str(arg) ?? ((arg.Boolean as Node)?.boolval === true ? 'true' : 'false') : 'true';
          if (name) this.collations.set(name, !/^(false|off|0|no)$/i.test(value ?? 'true'));
        }
        break;
      case 'DropExtensionStmt':
        break;
      default:
        break;
    }
  }

  private createTable(body: Node): void {
    const relation = body.relation as Node;
    const name = String(relation.relname);
    const table: PhysTable = { name, columns: [], constraints: [], indexes: [], sequences: [] };
    this.tables.set(name, table);
    const pendingTableConstraints: Node[] = [];
    for (const element of list(body.tableElts)) {
      if (element.ColumnDef) this.addColumn(table, element.ColumnDef as Node);
      else if (element.Constraint) pendingTableConstraints.push(element.Constraint as Node);
    }
    for (const c of pendingTableConstraints) this.addConstraint(table, c, undefined);
  }

  private addColumn(table: PhysTable, def: Node): void {
    const column: PhysColumn = { name: String(def.colname), type: typeText(def.typeName as Node), notNull: false, identity: false };
    table.columns.push(column);
    for (const c of list(def.constraints)) this.addConstraint(table, c.Constraint as Node, column);
  }

  private constraintTaken(table: PhysTable): (name: string) => boolean {
    return (name) => table.constraints.some((c) => c.name === name);
  }

  private addConstraint(table: PhysTable, c: Node, column: PhysColumn | undefined): void {
    const contype = String(c.contype);
    const keys = list(c.keys).map(str).filter((s): s is string => !!s);
    const columns = keys.length ? keys : column ? [column.name] : [];
    const conname = typeof c.conname === 'string' ? c.conname : undefined;
    switch (contype) {
      case 'CONSTR_NOTNULL':
        if (column) column.notNull = true;
        break;
      case 'CONSTR_NULL':
        if (column) column.notNull = false;
        break;
      case 'CONSTR_IDENTITY':
        if (column) {
          column.identity = true;
          const taken = this.relationNames();
          table.sequences.push({ column: column.name, name: pgChooseName(table.name, column.name, 'seq', (n) => taken.has(n)) });
        }
        break;
      case 'CONSTR_PRIMARY': {
        const taken = this.relationNames();
        const name = conname ?? pgChooseName(table.name, undefined, 'pkey', (n) => taken.has(n));
        table.constraints.push({ name, kind: 'p', columns, validated: true });
        table.indexes.push({ name, columns, unique: true, primary: true, method: 'btree', hasOptions: false, constraintBacked: true });
        for (const col of table.columns) if (columns.includes(col.name)) col.notNull = true;
        break;
      }
      case 'CONSTR_UNIQUE': {
        if (typeof c.indexname === 'string') {
          // ADD CONSTRAINT ... UNIQUE USING INDEX: the index is renamed to the constraint name.
          const index = table.indexes.find((i) => i.name === c.indexname);
          const name = conname ?? String(c.indexname);
          if (index) {
            index.name = name;
            index.constraintBacked = true;
            table.constraints.push({ name, kind: 'u', columns: index.columns.filter((x): x is string => !!x), validated: true });
          }
          break;
        }
        const taken = this.relationNames();
        const name = conname ?? pgChooseName(table.name, columns.join('_'), 'key', (n) => taken.has(n) || this.constraintTaken(table)(n));
        table.constraints.push({ name, kind: 'u', columns, validated: true });
        table.indexes.push({ name, columns, unique: true, primary: false, method: 'btree', hasOptions: false, constraintBacked: true });
        break;
      }
      case 'CONSTR_CHECK': {
        const checkColumns = columns.length ? columns : columnRefs(c.raw_expr);
        const name = conname ?? pgChooseName(table.name, column?.name ?? checkColumns[0], 'check', this.constraintTaken(table));
        table.constraints.push({
          name,
          kind: 'c',
          columns: column ? [column.name] : checkColumns,
          validated: !c.skip_validation,
          checkSql: isNotNullCheck(c.raw_expr),
        });
        break;
      }
      case 'CONSTR_FOREIGN': {
        const fkColumns = list(c.fk_attrs).map(str).filter((s): s is string => !!s);
        const cols = fkColumns.length ? fkColumns : column ? [column.name] : [];
        const target = c.pktable as Node;
        const name = conname ?? pgChooseName(table.name, cols[0], 'fkey', this.constraintTaken(table));
        table.constraints.push({
          name,
          kind: 'f',
          columns: cols,
          fkTarget: { table: String(target.relname), columns: list(c.pk_attrs).map(str).filter((s): s is string => !!s) },
          validated: !c.skip_validation,
        });
        break;
      }
      case 'CONSTR_EXCLUSION': {
        const exColumns: string[] = [];
        for (const pair of list(c.exclusions)) {
          const items = list(((pair as Node).List as Node)?.items);
          const elem = (items[0] as Node)?.IndexElem as Node | undefined;
          if (elem && typeof elem.name === 'string') exColumns.push(elem.name);
        }
        const taken = this.relationNames();
        const name = conname ?? pgChooseName(table.name, exColumns.join('_'), 'excl', (n) => taken.has(n));
        table.constraints.push({ name, kind: 'x', columns: exColumns, validated: true });
        table.indexes.push({ name, columns: exColumns, unique: false, primary: false, method: String(c.access_method ?? 'gist'), hasOptions: false, constraintBacked: true });
        break;
      }
      default:
        break;
    }
  }

  private alterTable(body: Node): void {
    const relation = body.relation as Node;
    const tableName = String(relation.relname);
    if (body.objtype === 'OBJECT_INDEX') return;
    const table = this.mutable(tableName);
    if (!table) return;
    for (const cmdNode of list(body.cmds)) {
      const cmd = cmdNode.AlterTableCmd as Node;
      const name = typeof cmd.name === 'string' ? cmd.name : undefined;
      const column = name ? table.columns.find((c) => c.name === name) : undefined;
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          this.addColumn(table, (cmd.def as Node).ColumnDef as Node);
          break;
        case 'AT_DropColumn':
          if (name) this.dropColumn(table, name);
          break;
        case 'AT_AlterColumnType':
          if (column) column.type = typeText(((cmd.def as Node).ColumnDef as Node).typeName as Node);
          break;
        case 'AT_SetNotNull':
          if (column) column.notNull = true;
          break;
        case 'AT_DropNotNull':
          if (column) column.notNull = false;
          break;
        case 'AT_AddConstraint':
          this.addConstraint(table, (cmd.def as Node).Constraint as Node, undefined);
          break;
        case 'AT_DropConstraint':
          if (name) {
            table.constraints = table.constraints.filter((c) => c.name !== name);
            table.indexes = table.indexes.filter((i) => !(i.constraintBacked && i.name === name));
          }
          break;
        case 'AT_ValidateConstraint': {
          const constraint = table.constraints.find((c) => c.name === name);
          if (constraint) constraint.validated = true;
          break;
        }
        case 'AT_AddIdentity':
          if (column) {
            column.identity = true;
            const taken = this.relationNames();
            table.sequences.push({ column: column.name, name: pgChooseName(table.name, column.name, 'seq', (n) => taken.has(n)) });
          }
          break;
        case 'AT_DropIdentity':
          if (column) {
            column.identity = false;
            table.sequences = table.sequences.filter((s) => s.column !== column.name);
          }
          break;
        default:
          break;
      }
    }
  }

  private dropColumn(table: PhysTable, column: string): void {
    table.columns = table.columns.filter((c) => c.name !== column);
    table.constraints = table.constraints.filter((c) => !c.columns.includes(column));
    table.indexes = table.indexes.filter((i) => !i.columns.includes(column));
    table.sequences = table.sequences.filter((s) => s.column !== column);
    // Foreign keys elsewhere that pointed at the column go with it.
    for (const other of [...this.tables.values()]) {
      if (other.constraints.some((c) => c.kind === 'f' && c.fkTarget?.table === table.name && c.fkTarget.columns.includes(column))) {
        const copy = this.mutable(other.name)!;
        copy.constraints = copy.constraints.filter((c) => !(c.kind === 'f' && c.fkTarget?.table === table.name && c.fkTarget.columns.includes(column)));
      }
    }
  }

  private createIndex(body: Node): void {
    const relation = body.relation as Node;
    const table = this.mutable(String(relation.relname));
    if (!table || typeof body.idxname !== 'string') return;
    if (table.indexes.some((i) => i.name === body.idxname)) return;
    const columns: Array<string | null> = [];
    for (const p of [...list(body.indexParams), ...list(body.indexIncludingParams)]) {
      const elem = p.IndexElem as Node;
      columns.push(typeof elem.name === 'string' ? elem.name : null);
    }
    table.indexes.push({
      name: body.idxname,
      columns,
      unique: body.unique === true,
      primary: false,
      method: String(body.accessMethod ?? 'btree'),
      hasOptions: list(body.options).length > 0,
      constraintBacked: false,
    });
  }

  private drop(body: Node): void {
    const names = list(body.objects).map((o) => {
      const items = list((o.List as Node | undefined)?.items);
      return str(items[items.length - 1]) ?? '';
    });
    if (body.removeType === 'OBJECT_INDEX') {
      for (const name of names) {
        for (const table of [...this.tables.values()]) {
          if (table.indexes.some((i) => i.name === name && !i.constraintBacked)) {
            const copy = this.mutable(table.name)!;
            copy.indexes = copy.indexes.filter((i) => i.name !== name);
          }
        }
      }
    } else if (body.removeType === 'OBJECT_TABLE') {
      for (const name of names) {
        this.tables.delete(name);
        for (const other of [...this.tables.values()]) {
          if (other.constraints.some((c) => c.kind === 'f' && c.fkTarget?.table === name)) {
            const copy = this.mutable(other.name)!;
            copy.constraints = copy.constraints.filter((c) => !(c.kind === 'f' && c.fkTarget?.table === name));
          }
        }
      }
    } else if (body.removeType === 'OBJECT_SEQUENCE') {
      for (const name of names) {
        for (const table of [...this.tables.values()]) {
          if (table.sequences.some((s) => s.name === name)) {
            const copy = this.mutable(table.name)!;
            copy.sequences = copy.sequences.filter((s) => s.name !== name);
          }
        }
      }
    }
  }

  private rename(body: Node): void {
    const relation = body.relation as Node | undefined;
    const newName = String(body.newname);
    switch (body.renameType) {
      case 'OBJECT_TABLE': {
        const oldName = String(relation?.relname);
        const table = this.tables.get(oldName);
        if (!table) return;
        this.tables.delete(oldName);
        this.tables.set(newName, { ...table, name: newName });
        for (const other of [...this.tables.values()]) {
          if (other.constraints.some((c) => c.fkTarget?.table === oldName)) {
            const copy = this.mutable(other.name)!;
            for (const c of copy.constraints) if (c.fkTarget?.table === oldName) c.fkTarget = { ...c.fkTarget, table: newName };
          }
        }
        break;
      }
      case 'OBJECT_COLUMN': {
        const table = this.mutable(String(relation?.relname));
        const oldName = String(body.subname);
        if (!table) return;
        for (const c of table.columns) if (c.name === oldName) c.name = newName;
        for (const c of table.constraints) c.columns = c.columns.map((x) => (x === oldName ? newName : x));
        for (const i of table.indexes) i.columns = i.columns.map((x) => (x === oldName ? newName : x));
        for (const s of table.sequences) if (s.column === oldName) s.column = newName;
        for (const other of [...this.tables.values()]) {
          if (other.constraints.some((c) => c.fkTarget?.table === table.name && c.fkTarget.columns.includes(oldName))) {
            const copy = this.mutable(other.name)!;
            for (const c of copy.constraints) {
              if (c.fkTarget?.table === table.name) c.fkTarget = { ...c.fkTarget, columns: c.fkTarget.columns.map((x) => (x === oldName ? newName : x)) };
            }
          }
        }
        break;
      }
      case 'OBJECT_INDEX': {
        const oldName = String(relation?.relname);
        for (const table of [...this.tables.values()]) {
          if (table.indexes.some((i) => i.name === oldName)) {
            const copy = this.mutable(table.name)!;
            for (const i of copy.indexes) if (i.name === oldName) i.name = newName;
            for (const c of copy.constraints) if (c.name === oldName) c.name = newName;
          }
        }
        break;
      }
      case 'OBJECT_TABCONSTRAINT': {
        const table = this.mutable(String(relation?.relname));
        if (!table) return;
        const oldName = String(body.subname);
        for (const c of table.constraints) if (c.name === oldName) c.name = newName;
        for (const i of table.indexes) if (i.name === oldName && i.constraintBacked) i.name = newName;
        break;
      }
      default:
        break;
    }
  }
}

function columnRefs(expr: unknown, out: string[] = []): string[] {
  if (!expr || typeof expr !== 'object') return out;
  if (Array.isArray(expr)) {
    for (const e of expr) columnRefs(e, out);
    return out;
  }
  const node = expr as Node;
  if (node.ColumnRef) {
    const fields = list((node.ColumnRef as Node).fields);
    const name = str(fields[fields.length - 1]);
    if (name && !out.includes(name)) out.push(name);
    return out;
  }
  for (const v of Object.values(node)) columnRefs(v, out);
  return out;
}

/** For `CHECK ("c" IS NOT NULL)`: the column name, which makes SET NOT NULL skip its scan. */
function isNotNullCheck(expr: unknown): string | undefined {
  const test = (expr as Node | undefined)?.NullTest as Node | undefined;
  if (!test || test.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const refs = columnRefs(test.arg);
  return refs.length === 1 ? `${refs[0]} IS NOT NULL` : undefined;
}
