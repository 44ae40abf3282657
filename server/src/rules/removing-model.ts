import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { Apps } from '../django/render';
import { ProjectState } from '../django/state';
import { droppingOperation, modelTable, nameFragment, operationSql, stateSchema, twoPhaseRemoval } from '../fixes/constraintFixes';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

export default defineRule({
  id: 'removing-model',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A table is dropped while the code being replaced still uses it.',
  docs: {
    whatItDoes:
      'Flags `DeleteModel` and `DROP TABLE` in `RunSQL` of a table the migration state still knows (a model\'s table or an auto-created many-to-many table), when the table existed before the migration. A `DROP TABLE` of a table already removed from the state in an earlier migration is the second phase of a safe removal and is not flagged.',
    whyUnsafe:
      'During a deploy the old code keeps running while the migration runs: as soon as the table is gone, every query on the model (and on its many-to-many relations) fails until the new code is everywhere. DROP TABLE also takes an ACCESS EXCLUSIVE lock, on the tables referencing it too.',
    example: "migrations.DeleteModel(\n    name='Legacy',\n)",
    useInstead:
      "# 0004 (deploy 1: the code stops using the model)\nmigrations.SeparateDatabaseAndState(\n    state_operations=[\n        migrations.DeleteModel(name='Legacy'),\n    ],\n)\n# 0005 (deploy 2)\nmigrations.RunSQL(\n    sql=['DROP TABLE \"shop_legacy_products\" CASCADE', 'DROP TABLE \"shop_legacy\" CASCADE'],\n    reverse_sql=['CREATE TABLE \"shop_legacy\" (...)', ...],\n)",
    fixSafety:
      'Unsafe, because deploys change: the fix turns the `DeleteModel` into a state-only `SeparateDatabaseAndState`, and appends a new migration at the end of the app whose `RunSQL` runs exactly the SQL Django would have run (`DROP TABLE … CASCADE`, many-to-many tables first). No migration depends on it, so it can be held back for a later deploy, once no running code uses the model. Its `reverse_sql` recreates the tables with the exact SQL Django runs when it reverses a `DeleteModel` (CREATE TABLE, indexes, unique and foreign key constraints, many-to-many tables); the data is not restored. This assumes the rewritten migration is not applied anywhere yet; the fix is not offered when a later migration gives the table to a model again.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const statement of ctx.analysis.statements) {
      const op = droppingOperation(statement.op, 'DeleteModel');
      for (const fact of statement.facts) {
        if (fact.kind !== 'dropTable') continue;
        const known = op?.kind === 'DeleteModel' ? undefined : stateSchema(operationSql(ctx.replay, statement.opIndex)).tables;
        // RunSQL: only tables the state still knows (otherwise this is phase two of a safe removal).
        const tables = fact.tables.filter((t) => onExistingTable(statement, t) && (op?.kind === 'DeleteModel' || (statement.origin === 'runsql' && known!.has(t.name))));
        if (tables.length === 0 || !once.first(statement)) continue;
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : (op?.call.funcSpan ?? statement.span);
        const what = op?.kind === 'DeleteModel' ? `DeleteModel ${op.name}` : 'DROP TABLE';
        // DeleteModel drops its many-to-many tables first: name the model's own table.
        const table = (op?.kind === 'DeleteModel' ? modelTable(ctx.replay, statement.opIndex, ctx.entry.app, op.name) : undefined) ?? tables[0].name;
        const fixes = (): Fix[] => {
          const out: Fix[] = [];
          if (op?.kind !== 'DeleteModel' || statement.topOp !== op) return out;
          // No model may own the table again at the end of the history.
          const stillValid = (final: ProjectState) => {
            const apps = new Apps(final);
            return ![...final.models.keys()].some((k) => apps.getByKey(k)?.dbTable === table);
          };
          const phases = twoPhaseRemoval(ctx, op, statement.opIndex, nameFragment('drop', op.name, 'table'), (before) => before, stillValid);
          if (phases) {
            out.push({
              title: `Delete ${op.name} from the state only; drop its table in a later deploy (${phases.name})`,
              safety: 'unsafe',
              edits: phases.edits,
              creates: phases.creates,
            });
          }
          return out;
        };
        ctx.report({
          start: span.start,
          end: span.end,
          message: `${what} drops existing table "${table}" while the code still running during the deploy uses it: its queries fail as soon as it is gone.`,
          help: 'Delete the model from the state first (SeparateDatabaseAndState), and drop the table in a later deploy.',
          fixes,
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table },
        });
      }
    }
  },
});
