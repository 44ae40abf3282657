// What a migration does to the database, summarised for lenses, hovers and the SQL preview:
// statements per operation, the strongest lock per table, rewrites and scans.
import { MigrationEntry, DjangoProject } from './project';
import { analyzeMigration, AnalyzedStatement } from './migrationAnalysis';
import { sqlmigrateText } from '../django/replay';
import { LOCK_MODES } from '../sql/index';

export interface TableLockSummary {
  table: string;
  lock: string;
  blocksReads: boolean;
  blocksWrites: boolean;
  rewrites: boolean;
  scans: boolean;
}

export interface OperationInsight {
  index: number;
  start: number;
  end: number;
  description: string;
  sql: string[];
  locks: TableLockSummary[];
  cannotBeSql: boolean;
  error: string | undefined;
}

export interface MigrationInsight {
  statementCount: number;
  locks: TableLockSummary[];
  operations: OperationInsight[];
  atomic: boolean;
  classStart: number;
  classEnd: number;
}

function rank(lock: string): number {
  return (LOCK_MODES as readonly string[]).indexOf(lock);
}

function mergeLocks(statements: AnalyzedStatement[]): TableLockSummary[] {
  const byTable = new Map<string, TableLockSummary>();
  for (const s of statements) {
    for (const l of s.lock.locks) {
      const table = l.table.name;
      if (s.createdEarlier.has(table)) continue;
      const prev = byTable.get(table);
      const next: TableLockSummary = {
        table,
        lock: !prev || rank(l.lock) > rank(prev.lock) ? l.lock : prev.lock,
        blocksReads: (prev?.blocksReads ?? false) || l.blocksReads,
        blocksWrites: (prev?.blocksWrites ?? false) || l.blocksWrites,
        rewrites: (prev?.rewrites ?? false) || l.rewritesTable,
        scans: (prev?.scans ?? false) || l.scansTable,
      };
      byTable.set(table, next);
    }
  }
  return [...byTable.values()].sort((a, b) => rank(b.lock) - rank(a.lock) || a.table.localeCompare(b.table));
}

export function migrationInsight(project: DjangoProject, entry: MigrationEntry): MigrationInsight | undefined {
  const replay = project.replay(entry.key);
  if (!replay) return undefined;
  const analysis = analyzeMigration(entry, replay, project.versions);
  const operations: OperationInsight[] = replay.sql.operations.map((opSql) => {
    const statements = analysis.statements.filter((s) => s.opIndex === opSql.index);
    return {
      index: opSql.index,
      start: opSql.op.span?.start ?? 0,
      end: opSql.op.span?.end ?? 0,
      description: opSql.description,
      sql: [...opSql.statements, ...opSql.deferred].map((s) => s.sql),
      locks: mergeLocks(statements),
      cannotBeSql: opSql.cannotBeSql,
      error: opSql.error,
    };
  });
  const cls = entry.migration.classDef;
  return {
    statementCount: analysis.statements.length,
    locks: mergeLocks(analysis.statements),
    operations,
    atomic: entry.migration.atomic,
    classStart: cls?.start ?? 0,
    classEnd: cls?.nameSpan.end ?? 0,
  };
}

/** The SQL preview document: sqlmigrate's output, with the lock each operation takes as comments. */
export function migrationSqlPreview(project: DjangoProject, entry: MigrationEntry, backwards: boolean): string {
  const sql = project.sqlmigrate(entry.app, entry.name, backwards);
  if (!sql) return `-- ${entry.app}.${entry.name} is not in the migration plan (replaced by a squash?).\n`;
  const text = sqlmigrateText(sql);
  const header = [
    `-- ${entry.app}.${entry.name} (${backwards ? 'backwards' : 'forwards'}), as \`manage.py sqlmigrate${backwards ? ' --backwards' : ''}\` prints it`,
    `-- Django ${project.djangoVersion.major}.${project.djangoVersion.minor} (${project.djangoVersion.source}), PostgreSQL ${project.versions.pgVersion}`,
  ];
  if (!backwards) {
    const insight = migrationInsight(project, entry);
    for (const l of insight?.locks ?? []) {
      header.push(`-- lock: ${l.lock} on "${l.table}" (${l.blocksReads ? 'blocks reads and writes' : l.blocksWrites ? 'blocks writes' : 'blocks neither reads nor writes'}${l.rewrites ? ', rewrites the table' : l.scans ? ', scans the table' : ''})`);
    }
  }
  const approximations = sql.operations.flatMap((o) => [...o.statements, ...o.deferred]).filter((s) => s.approximate).map((s) => `-- note: ${s.approximate}`);
  const body = text.stderr && !text.stdout ? `-- ${text.stderr}` : text.stdout;
  return `${[...header, ...new Set(approximations)].join('\n')}\n\n${body}\n`;
}
