import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { isManyToMany, withKwarg } from '../django/fields';
import { Apps } from '../django/render';
import { ProjectState, addField, alterModel, getField } from '../django/state';
import { droppingOperation, nameFragment, operationSql, stateSchema, twoPhaseRemoval } from '../fixes/constraintFixes';
import { OncePerOperation, onExistingTable } from './migrationRuleUtils';

export default defineRule({
  id: 'removing-field',
  scope: 'migration',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A column is dropped while the code being replaced still selects it.',
  docs: {
    whatItDoes:
      'Flags `RemoveField` (the column, or the join table of a many-to-many field), `AlterOrderWithRespectTo` that drops the hidden `_order` column, and `DROP COLUMN` in `RunSQL` of a column the migration state still knows, on tables that existed before the migration. A `DROP COLUMN` of a column already removed from the state in an earlier migration is the second phase of a safe removal and is not flagged.',
    whyUnsafe:
      'Django selects every column a model declares. During a deploy the old code keeps running while the migration runs: as soon as the column is gone, its queries fail ("column does not exist") until the new code is everywhere. Dropping the column also takes an ACCESS EXCLUSIVE lock on the table.',
    example: "migrations.RemoveField(\n    model_name='order',\n    name='note',\n)",
    useInstead:
      "# 0004 (deploy 1: the code stops using the field)\nmigrations.SeparateDatabaseAndState(\n    state_operations=[\n        migrations.RemoveField(model_name='order', name='note'),\n    ],\n)\n# 0005 (deploy 2)\nmigrations.RunSQL(\n    sql='ALTER TABLE \"shop_order\" DROP COLUMN \"note\" CASCADE',\n    reverse_sql='ALTER TABLE \"shop_order\" ADD COLUMN \"note\" text NULL',\n)",
    fixSafety:
      'Unsafe, because deploys change: the fix turns the `RemoveField` into a state-only `SeparateDatabaseAndState`, and appends a new migration at the end of the app whose `RunSQL` runs exactly the SQL Django would have run (dropping the foreign key constraint first for a foreign key, with CASCADE before Django 6.0). No migration depends on it, so it can be held back for a later deploy, once no running code uses the field. Its `reverse_sql` is the SQL Django runs to add the field back, with the column made nullable: when it runs, the code in production no longer knows the field, so a NOT NULL column without a default would reject its inserts (a field with a default still gets it on the existing rows). This assumes the rewritten migration is not applied anywhere yet; the fix is not offered when a later migration adds the field back or moves the table.',
  },
  check(ctx) {
    const once = new OncePerOperation();
    for (const statement of ctx.analysis.statements) {
      const op = droppingOperation(statement.op, 'RemoveField');
      for (const fact of statement.facts) {
        const column = fact.kind === 'dropColumn' ? fact.column.name : undefined;
        const table = fact.kind === 'dropColumn' ? fact.table : fact.kind === 'dropTable' && op?.kind === 'RemoveField' ? fact.tables[0] : undefined;
        if (!table || !onExistingTable(statement, table)) continue;
        // AlterOrderWithRespectTo(order_with_respect_to=None) drops the hidden "_order" column, which the code still
        // running selects and inserts like any other field.
        const orderOp = statement.origin === 'django' && statement.op.kind === 'AlterOrderWithRespectTo' && column === '_order' ? statement.op : undefined;
        if (op?.kind !== 'RemoveField' && !orderOp) {
          // RunSQL: only columns the state still knows (otherwise this is phase two of a safe removal).
          if (statement.origin !== 'runsql' || !stateSchema(operationSql(ctx.replay, statement.opIndex)).columns.has(`${table.name}.${column}`)) continue;
        }
        if (!once.first(statement)) continue;
        const span = statement.origin === 'runsql' ? statement.factSpan(fact) : (op?.call.funcSpan ?? statement.span);
        // Built on demand: the fix checks the end of the history.
        const fixes = (): Fix[] => {
          const out: Fix[] = [];
          if (op?.kind !== 'RemoveField' || statement.topOp !== op) return out;
          const relaxNull = (before: ProjectState) =>
            alterModel(before, ctx.entry.app, op.modelName, (m) => {
              const field = getField(m, op.name);
              return field && !isManyToMany(field) ? addField(m, op.name, withKwarg(field, 'null', { t: 'bool', v: true })) : m;
            });
          // The drop must still apply at the end of the history: the model keeps its table and nobody re-added the field.
          const stillValid = (final: ProjectState) => {
            const model = new Apps(final).getModel(ctx.entry.app, op.modelName);
            if (!model || model.allFields.some((f) => f.name === op.name)) return false;
            return column === undefined || (model.dbTable === table.name && !model.allFields.some((f) => f.column === column));
          };
          const phases = twoPhaseRemoval(ctx, op, statement.opIndex, nameFragment('drop', op.modelName, op.name), relaxNull, stillValid);
          if (phases) {
            out.push({
              title: `Remove ${op.modelName}.${op.name} from the state only; drop ${column ? 'the column' : 'its join table'} in a later deploy (${phases.name})`,
              safety: 'unsafe',
              edits: phases.edits,
              creates: phases.creates,
            });
          }
          return out;
        };
        const what = op?.kind === 'RemoveField' ? `RemoveField ${op.modelName}.${op.name}` : orderOp ? `AlterOrderWithRespectTo ${orderOp.name}` : 'DROP COLUMN';
        const dropped = column ? `column "${column}" of existing table "${table.name}"` : `join table "${table.name}"`;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `${what} drops ${dropped} while the code still running during the deploy selects it: its queries fail as soon as it is gone.`,
          help: 'Remove the field from the state first (SeparateDatabaseAndState), and drop the column in a later deploy.',
          fixes,
          data: { unsafeOperation: true, lock: 'ACCESS EXCLUSIVE', table: table.name },
        });
      }
    }
  },
});
