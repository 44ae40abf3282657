import { defineRule } from '../engine/rule';
import { MigrationAnalysis } from '../engine/migrationAnalysis';
import { Fact, formatType, lockEffect, parseTypeString } from '../sql/index';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

type AlterColumnType = Extract<Fact, { kind: 'alterColumnType' }>;

/** The type each ALTER COLUMN TYPE starts from: the history's schema, then this migration's earlier statements. */
function typesBefore(analysis: MigrationAnalysis): Map<AlterColumnType, string | undefined> {
  const types = new Map<string, string>();
  const key = (table: string, column: string) => `${table}\u0000${column}`;
  for (const [table, t] of analysis.physicalBefore.tables) for (const c of t.columns) types.set(key(table, c.name), c.type);
  const out = new Map<AlterColumnType, string | undefined>();
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
      'Flags `AlterField` (and `ALTER COLUMN … TYPE` in `RunSQL`) that changes a column\'s type on a table that existed before the migration, unless the change is binary-coercible: varchar widening, varchar → text, numeric precision up at the same scale are metadata-only and not flagged.',
    whyUnsafe:
      'PostgreSQL rewrites every row and rebuilds every index of the table while it holds an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite. Code still running may also write values the new type rejects.',
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
        if (!lockEffect(fact, { pgVersion, columnType: () => old }).rewritesTable || !once.first(statement)) continue;
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : statement.span;
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
