import { defineRule } from '../engine/rule';
import { OncePerOperation, factsOfKind } from './migrationRuleUtils';

export default defineRule({
  id: 'drop-database',
  scope: 'migration',
  defaultSeverity: 'error',
  summary: 'DROP DATABASE in a migration deletes a whole database.',
  docs: {
    whatItDoes: '`DROP DATABASE` in `RunSQL`.',
    whyUnsafe:
      'A migration runs on every environment it is deployed to: a DROP DATABASE there deletes a whole database and everything in it, irrecoverably. It cannot run inside a transaction block either, so an atomic migration fails on it.',
    example: 'migrations.RunSQL("DROP DATABASE legacy;")',
    useInstead: 'Drop databases by hand or with infrastructure tooling, never from a migration.',
    fixSafety: 'No automatic fix.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const { statement, fact } of factsOfKind(ctx.analysis, 'dropDatabase')) {
      if (statement.origin !== 'runsql' || !once.first(statement)) continue;
      const span = statement.factSpan(fact);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `DROP DATABASE "${fact.name}" deletes a whole database on every environment this migration runs on.`,
        help: 'Remove it from the migration; drop databases by hand or with infrastructure tooling.',
        data: { unsafeOperation: true },
      });
    }
  },
});
