// Lazy DDL statements, as django/db/backends/ddl_references.py keeps them: names are computed when
// the statement is printed, so table and column renames later in a migration are reflected.
import { createIndexName, quoteName } from './names';

export abstract class Reference {
  referencesTable(_table: string): boolean {
    return false;
  }
  referencesColumn(_table: string, _column: string): boolean {
    return false;
  }
  referencesIndex(_table: string, _index: string): boolean {
    return false;
  }
  renameTableReferences(_old: string, _new: string): void {}
  renameColumnReferences(_table: string, _old: string, _new: string): void {}
  abstract toString(): string;
}

export class TableRef extends Reference {
  constructor(public table: string) {
    super();
  }
  override referencesTable(table: string): boolean {
    return this.table === table;
  }
  override referencesIndex(table: string, index: string): boolean {
    return this.referencesTable(table) && this.toString() === index;
  }
  override renameTableReferences(oldTable: string, newTable: string): void {
    if (this.table === oldTable) this.table = newTable;
  }
  toString(): string {
    return quoteName(this.table);
  }
}

export class TableColumns extends Reference {
  constructor(
    public table: string,
    public columns: string[],
  ) {
    super();
  }
  override referencesTable(table: string): boolean {
    return this.table === table;
  }
  override referencesColumn(table: string, column: string): boolean {
    return this.table === table && this.columns.includes(column);
  }
  override referencesIndex(table: string, index: string): boolean {
    return this.referencesTable(table) && this.toString() === index;
  }
  override renameTableReferences(oldTable: string, newTable: string): void {
    if (this.table === oldTable) this.table = newTable;
  }
  override renameColumnReferences(table: string, oldColumn: string, newColumn: string): void {
    if (this.table !== table) return;
    this.columns = this.columns.map((c) => (c === oldColumn ? newColumn : c));
  }
  toString(): string {
    return this.columns.map(quoteName).join(', ');
  }
}

export class ColumnsRef extends TableColumns {
  constructor(
    table: string,
    columns: string[],
    public colSuffixes: string[] = [],
    public opclasses: string[] = [],
  ) {
    super(table, columns);
  }
  override toString(): string {
    return this.columns
      .map((c, i) => {
        let col = quoteName(c);
        if (this.opclasses.length) col = `${col} ${this.opclasses[i]}`;
        const suffix = this.colSuffixes[i];
        if (suffix) col = `${col} ${suffix}`;
        return col;
      })
      .join(', ');
  }
}

/** IndexName: computed from the table and columns at print time unless a name was given. */
export class IndexNameRef extends TableColumns {
  constructor(
    table: string,
    columns: string[],
    public suffix: string,
    public explicitName: string | undefined,
  ) {
    super(table, columns);
  }
  override toString(): string {
    return quoteName(this.explicitName ?? createIndexName(this.table, this.columns, this.suffix));
  }
  /** The unquoted name. */
  get name(): string {
    return this.explicitName ?? createIndexName(this.table, this.columns, this.suffix);
  }
}

export class ForeignKeyNameRef extends TableColumns {
  readonly to: TableColumns;
  constructor(
    fromTable: string,
    fromColumns: string[],
    toTable: string,
    toColumns: string[],
    public suffixTemplate: string,
  ) {
    super(fromTable, fromColumns);
    this.to = new TableColumns(toTable, toColumns);
  }
  override referencesTable(table: string): boolean {
    return super.referencesTable(table) || this.to.referencesTable(table);
  }
  override referencesColumn(table: string, column: string): boolean {
    return super.referencesColumn(table, column) || this.to.referencesColumn(table, column);
  }
  override renameTableReferences(oldTable: string, newTable: string): void {
    super.renameTableReferences(oldTable, newTable);
    this.to.renameTableReferences(oldTable, newTable);
  }
  override renameColumnReferences(table: string, oldColumn: string, newColumn: string): void {
    super.renameColumnReferences(table, oldColumn, newColumn);
    this.to.renameColumnReferences(table, oldColumn, newColumn);
  }
  get name(): string {
    const suffix = this.suffixTemplate.replace('%(to_table)s', this.to.table).replace('%(to_column)s', this.to.columns[0] ?? '');
    return createIndexName(this.table, this.columns, suffix);
  }
  override toString(): string {
    return quoteName(this.name);
  }
}

/** Compiled expressions (index or constraint); column renames are applied to the SQL text. */
export class ExpressionsRef extends TableColumns {
  constructor(
    table: string,
    columns: string[],
    public sql: string,
  ) {
    super(table, columns);
  }
  override renameColumnReferences(table: string, oldColumn: string, newColumn: string): void {
    if (this.table !== table) return;
    super.renameColumnReferences(table, oldColumn, newColumn);
    this.sql = this.sql.split(quoteName(oldColumn)).join(quoteName(newColumn));
  }
  override toString(): string {
    return this.sql;
  }
}

export type Part = string | Reference | Statement;

/** What a statement does to the physical schema, for keeping the replayed database in step. */
export type StatementKind =
  | 'createTable'
  | 'deleteTable'
  | 'addColumn'
  | 'dropColumn'
  | 'alterColumn'
  | 'renameColumn'
  | 'renameTable'
  | 'createIndex'
  | 'createUniqueIndex'
  | 'dropIndex'
  | 'renameIndex'
  | 'addConstraint'
  | 'dropConstraint'
  | 'comment'
  | 'other';

export class Statement extends Reference {
  constructor(
    public template: string,
    public parts: Record<string, Part>,
    public kind: StatementKind = 'other',
  ) {
    super();
  }
  private each(fn: (p: Reference) => boolean | void): boolean {
    for (const part of Object.values(this.parts)) if (typeof part !== 'string' && fn(part)) return true;
    return false;
  }
  override referencesTable(table: string): boolean {
    return this.each((p) => p.referencesTable(table));
  }
  override referencesColumn(table: string, column: string): boolean {
    return this.each((p) => p.referencesColumn(table, column));
  }
  override referencesIndex(table: string, index: string): boolean {
    return this.each((p) => p.referencesIndex(table, index));
  }
  override renameTableReferences(oldTable: string, newTable: string): void {
    this.each((p) => void p.renameTableReferences(oldTable, newTable));
  }
  override renameColumnReferences(table: string, oldColumn: string, newColumn: string): void {
    this.each((p) => void p.renameColumnReferences(table, oldColumn, newColumn));
  }
  toString(): string {
    return this.template.replace(/%\(([a-z_]+)\)s/g, (_m, key: string) => {
      const part = this.parts[key];
      return part === undefined ? '' : String(part);
    });
  }
}
