import { defineRule } from '../engine/rule';
import { Fact } from '../sql/index';
import { AnalyzedStatement } from '../engine/migrationAnalysis';
import { OncePerOperation } from './migrationRuleUtils';

const REWRITING_ALTERS: Record<string, string> = {
  SetTableSpace: 'SET TABLESPACE',
  SetLogged: 'SET LOGGED',
  SetUnLogged: 'SET UNLOGGED',
  SetAccessMethod: 'SET ACCESS METHOD',
};

/** What rewrites, and which table ("" for every table of the database). */
function rewrite(statement: AnalyzedStatement, fact: Fact): { what: string; table: string } | undefined {
  const existing = (name: string) => !statement.createdEarlier.has(name);
  switch (fact.kind) {
    case 'vacuum':
      if (!fact.full) return undefined;
      if (fact.tables.length === 0) return { what: 'VACUUM FULL', table: '' };
      return fact.tables.some((t) => existing(t.name)) ? { what: 'VACUUM FULL', table: fact.tables.find((t) => existing(t.name))!.name } : undefined;
    case 'cluster':
      if (!fact.table) return { what: 'CLUSTER', table: '' };
      return existing(fact.table.name) ? { what: 'CLUSTER', table: fact.table.name } : undefined;
    case 'alterTable': {
      const what = REWRITING_ALTERS[fact.subtype];
      return what && fact.objectType === 'table' && existing(fact.table.name) ? { what: `ALTER TABLE ... ${what}`, table: fact.table.name } : undefined;
    }
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'table-rewriting-sql',
  scope: 'migration',
  defaultSeverity: 'warning',
  summary: 'VACUUM FULL, CLUSTER or an ALTER TABLE that rewrites the table holds an ACCESS EXCLUSIVE lock for the whole copy.',
  docs: {
    whatItDoes:
      '`VACUUM FULL`, `CLUSTER` and the `ALTER TABLE` forms that copy the table (`SET TABLESPACE`, `SET LOGGED`, `SET UNLOGGED`, `SET ACCESS METHOD`) in `RunSQL`, on tables that existed before the migration (or on every table, when no table is named).',
    whyUnsafe:
      'These statements write a new copy of the table and its indexes under an ACCESS EXCLUSIVE lock: nothing can read or write the table until the copy is done, which takes as long as the table is big. `VACUUM` also cannot run inside a transaction block, so in an atomic migration it fails.',
    example: 'migrations.RunSQL("VACUUM FULL shop_order;", migrations.RunSQL.noop)',
    useInstead:
      'Reclaim space online with an extension such as pg_repack or pg_squeeze, outside migrations; let autovacuum do routine vacuuming.',
    fixSafety: 'No automatic fix: there is no drop-in online equivalent in SQL.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const statement of ctx.analysis.statements) {
      if (statement.origin !== 'runsql') continue;
      for (const fact of statement.facts) {
        const found = rewrite(statement, fact);
        if (!found || !once.first(statement)) continue;
        const span = statement.factSpan(fact);
        const where = found.table ? `"${found.table}"` : 'every table of the database';
        const vacuumInTransaction = fact.kind === 'vacuum' && ctx.analysis.atomic;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `${found.what} rewrites ${where} under an ACCESS EXCLUSIVE lock: reads and writes wait until the whole table is copied.`,
          help: vacuumInTransaction
            ? 'VACUUM cannot run in a transaction block, so this atomic migration fails too: reclaim space with pg_repack or pg_squeeze outside migrations.'
            : 'Do this outside migrations, online (pg_repack, pg_squeeze), or in a maintenance window.',
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: found.table || undefined },
        });
      }
    }
  },
});
