import { defineRule, MigrationRuleContext } from '../engine/rule';
import { AnalyzedStatement, MigrationAnalysis, UNKNOWN_TYPE } from '../engine/migrationAnalysis';
import { stateForwards } from '../django/operations';
import { optString } from '../django/fields';
import { Fact, formatType, lockEffect, parseTypeString } from '../sql/index';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type AlterColumnType = Extract<Fact, { kind: 'alterColumnType' }>;

/** The type each ALTER COLUMN TYPE starts from: the history's schema, then this migration's earlier statements. */
function typesBefore(analysis: MigrationAnalysis): Map<AlterColumnType, string | undefined> {
  const out = new Map<AlterColumnType, string | undefined>();
  if (!analysis.statements.some((s) => s.facts.some((f) => f.kind === 'alterColumnType'))) return out;
  const types = new Map<string, string>();
  const key = (table: string, column: string) => `${table}\u0000${column}`;
  for (const [table, t] of analysis.physicalBefore.tables) for (const c of t.columns) types.set(key(table, c.name), c.type);
  for (const statement of analysis.statements) {
    for (const fact of statement.facts) {
      switch (fact.kind) {
        case 'createTable':
          for (const c of fact.columns) types.set(key(fact.table.name, c.column.name), c.typeName);
          break;
        case 'addColumn':
          types.set(key(fact.table.name, fact.column.name), fact.typeName);
          break;
        case 'renameColumn': {
          const type = types.get(key(fact.table.name, fact.column.name));
          if (type !== undefined) types.set(key(fact.table.name, fact.newName.name), type);
          break;
        }
        case 'alterColumnType':
          out.set(fact, types.get(key(fact.table.name, fact.column.name)));
          types.set(key(fact.table.name, fact.column.name), fact.typeName);
          break;
      }
    }
  }
  return out;
}

/** The COLLATE clause of the ALTER COLUMN ... TYPE of this column in the statement (undefined: none, the type's default). */
function collateClause(sql: string, column: string): string | undefined {
  const quoted = `"${column.replace(/"/g, '""')}"`;
  const at = sql.indexOf(`ALTER COLUMN ${quoted} TYPE `);
  if (at < 0) return undefined;
  const rest = sql.slice(at);
  const next = rest.search(/,\s*ALTER COLUMN /);
  const m = /\bCOLLATE\s+(?:"((?:[^"]|"")+)"|([\w$]+))/i.exec(next < 0 ? rest : rest.slice(0, next));
  return m ? (m[1]?.replace(/""/g, '"') ?? m[2].toLowerCase()) : undefined;
}

/**
 * An AlterField whose only database effect on the column is a new collation (Django prints `TYPE <same type>
 * COLLATE "x"`, or no COLLATE when db_collation is removed). The type is binary-coercible, so the table is not
 * rewritten, but PostgreSQL rebuilds every index on the column (CheckIndexCompatible fails on the collation) while
 * ALTER TABLE holds its ACCESS EXCLUSIVE lock. Returns the old and new collations, or undefined when it does not change.
 */
function collationChange(ctx: MigrationRuleContext, statement: AnalyzedStatement, fact: AlterColumnType): { from: string | undefined; to: string | undefined } | undefined {
  const op = statement.op;
  if (statement.origin !== 'django' || op.kind !== 'AlterField') return undefined;
  let state = ctx.replay.before;
  const ops = ctx.entry.migration.operations;
  for (let i = 0; i < statement.opIndex && i < ops.length; i++) state = stateForwards(ops[i], ctx.entry.app, state);
  const model = state.get(ctx.entry.app, op.modelName);
  const old = model?.fields.find(([name]) => name.toLowerCase() === op.name.toLowerCase())?.[1];
  if (!old) return undefined;
  const from = optString(old, 'db_collation') || undefined;
  const to = collateClause(statement.sql, fact.column.name);
  if (to !== (optString(op.field, 'db_collation') || undefined)) return undefined; // not Django's statement for this field
  return from === to ? undefined : { from, to };
}

/** Indexes of the table that use the column, or may (expression indexes), before the migration. */
function indexesOn(analysis: MigrationAnalysis, table: string, column: string): string[] {
  const t = analysis.physicalBefore.table(table);
  if (!t) return [];
  return t.indexes.filter((i) => i.columns.includes(column) || i.columns.includes(null)).map((i) => i.name);
}

function canonical(type: string): string {
  const parsed = parseTypeString(type);
  return parsed ? formatType(parsed) : type;
}

export default defineRule({
  id: 'changing-column-type',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: 'A column type change rewrites an existing table and rebuilds its indexes under an ACCESS EXCLUSIVE lock.',
  docs: {
    whatItDoes:
      'Flags `AlterField` (and `ALTER COLUMN … TYPE` in `RunSQL`) that changes a column\'s type on a table that existed before the migration, unless the change is binary-coercible: varchar widening, varchar → text, numeric precision up at the same scale are metadata-only and not flagged. Also flags an `AlterField` that changes `db_collation` of an indexed column: the table is not rewritten, but every index that uses the column is rebuilt.',
    whyUnsafe:
      'PostgreSQL rewrites every row and rebuilds every index of the table while it holds an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite. Code still running may also write values the new type rejects. A new collation changes how the column sorts, so PostgreSQL rebuilds each index on it under the same lock.',
    example: "migrations.AlterField(\n    model_name='order',\n    name='quantity',\n    field=models.BigIntegerField(),\n)",
    useInstead: 'Add a new column with the new type, write to both from the code, backfill it in batches, then switch reads and drop the old column in later deploys.',
    fixSafety: 'No fix: the safe path spans several deploys and code changes.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    const before = typesBefore(ctx.analysis);
    const pgVersion = ctx.project.versions.pgVersion;
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind !== 'alterColumnType' || !onExistingTable(statement, fact.table)) continue;
        const old = before.get(fact);
        // A column type we cannot know is no evidence of a change.
        if (fact.typeName === UNKNOWN_TYPE || old === UNKNOWN_TYPE || old === '<unknown type>') continue;
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
        if (!lockEffect(fact, { pgVersion, columnType: () => old }).rewritesTable) {
          const collation = collationChange(ctx, statement, fact);
          const indexes = collation ? indexesOn(ctx.analysis, fact.table.name, fact.column.name) : [];
          if (!collation || !indexes.length || !once.first(statement)) continue;
          const name = (c: string | undefined) => (c === undefined ? 'the default' : `"${c}"`);
          const shown = indexes.slice(0, 3).map((i) => `"${i}"`).join(', ') + (indexes.length > 3 ? `, … (${indexes.length})` : '');
          ctx.report({
            start: span.start,
            end: span.end,
            message: `Changing the collation of column "${fact.column.name}" of existing table "${fact.table.name}" from ${name(collation.from)} to ${name(collation.to)} rebuilds the indexes that use it (${shown}) under an ACCESS EXCLUSIVE lock: reads and writes wait until every one is rebuilt.`,
            help: 'On a large table, add a column with the new collation, backfill it, build its indexes concurrently and switch the code over, instead of changing the collation in place.',
            data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
          });
          continue;
        }
        if (!once.first(statement)) continue;
        const change = old === undefined ? `to ${fact.typeName}` : `from ${canonical(old)} to ${fact.typeName}`;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `Changing column "${fact.column.name}" of existing table "${fact.table.name}" ${change} rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock.`,
          help: 'Add a new column with the new type, backfill it in batches and switch the code over, instead of altering the type in place.',
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: fact.table.name },
        });
      }
    }
  },
});
