import { defineRule } from '../engine/rule';
import { PhysicalSchema } from '../django/physical';
import { OncePerOperation, factsOfKind } from './migrationRuleUtils';

/** Tables that TRUNCATE ... CASCADE also empties: those with foreign keys to the named ones, transitively. */
function cascadedTables(physical: PhysicalSchema, named: string[]): string[] {
  const out: string[] = [];
  const seen = new Set(named);
  const queue = [...named];
  while (queue.length) {
    const target = queue.shift()!;
    for (const table of physical.tables.values()) {
      if (seen.has(table.name) || !table.constraints.some((c) => c.kind === 'f' && c.fkTarget?.table === target)) continue;
      seen.add(table.name);
      out.push(table.name);
      queue.push(table.name);
    }
  }
  return out.sort();
}

export default defineRule({
  id: 'truncate-cascade',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: 'TRUNCATE ... CASCADE also empties every table with a foreign key to the truncated ones.',
  docs: {
    whatItDoes: '`TRUNCATE ... CASCADE` in `RunSQL`. The message names the tables the cascade reaches, as far as the migration history shows them.',
    whyUnsafe:
      'CASCADE silently extends the TRUNCATE to every table that references the named tables, and to the tables referencing those: data the migration never mentions is deleted, and each of those tables is locked ACCESS EXCLUSIVE. A table added later with a foreign key is emptied too when the migration runs on a fresh database.',
    example: 'migrations.RunSQL("TRUNCATE shop_customer CASCADE;", migrations.RunSQL.noop)',
    useInstead: '# Every table named, no CASCADE: PostgreSQL refuses to empty a table that other data still references.\nmigrations.RunSQL("TRUNCATE shop_order, shop_customer;", migrations.RunSQL.noop)',
    fixSafety: 'No automatic fix: which tables should be emptied is a decision about data.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'truncate')) {
      if (statement.origin !== 'runsql' || !fact.cascade || !once.first(statement)) continue;
      const named = fact.tables.map((t) => t.name);
      const cascaded = cascadedTables(ctx.analysis.physicalBefore, named);
      const span = statement.factSpan(fact);
      const reach = cascaded.length ? ` (here: ${cascaded.map((t) => `"${t}"`).join(', ')})` : '';
      ctx.report({
        start: span.start,
        end: span.end,
        message: `TRUNCATE ... CASCADE also empties every table with a foreign key to "${named[0]}"${reach}: data outside the named tables is deleted.`,
        help: 'Name the tables to empty explicitly and drop CASCADE.',
        data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: named[0] },
      });
    }
  },
});
