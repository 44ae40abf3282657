import { defineRule } from '../engine/rule';
import { Fix } from '../engine/types';
import { pyStrRepr } from '../django/operations';
import { exclusiveLocksOnExistingTables, insertFirstOperation, migrationsModuleName, statementLabel, statementSpan } from '../fixes/sqlFixes';

const DEFAULT_TIMEOUT = '5s';

export default defineRule({
  id: 'lock-timeout',
  scope: 'migration',
  defaultSeverity: 'info',
  enabledByDefault: false,
  fixable: true,
  summary: 'A migration takes an ACCESS EXCLUSIVE lock on an existing table without setting lock_timeout first.',
  options: {
    timeout: { type: 'string', default: DEFAULT_TIMEOUT, description: "The lock_timeout the fix sets, in PostgreSQL's syntax (e.g. `5s`, `500ms`)." },
  },
  docs: {
    whatItDoes:
      'Off by default. Flags the first statement of a migration that takes ACCESS EXCLUSIVE on a table that existed before it, unless a `RunSQL` earlier in the migration sets `lock_timeout` (`SET`, `SET LOCAL` in an atomic migration, or `set_config`). Projects that set `lock_timeout` in the settings file (for example in `DATABASES[...]["OPTIONS"]`) are not flagged.',
    whyUnsafe:
      'Even a metadata-only `ALTER TABLE` has to wait for every transaction that touched the table to finish. While it waits in the lock queue, every new query on the table queues behind it: one long-running transaction turns a millisecond migration into an outage. A lock_timeout makes the migration give up (and the deploy retry) instead.',
    example: "operations = [\n    migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),\n]",
    useInstead:
      "operations = [\n    migrations.RunSQL(\"SET LOCAL lock_timeout = '5s';\", reverse_sql=migrations.RunSQL.noop),\n    migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),\n]",
    fixSafety:
      'Unsafe: the migration now fails, instead of waiting, when it cannot get its lock within the timeout (option `timeout`); the deploy must then be retried. The fix prepends a `RunSQL` with `reverse_sql=migrations.RunSQL.noop`. In an atomic migration it uses `SET LOCAL`, which lasts until the migration commits and does not leak into later migrations of the same `migrate` run. In a non-atomic migration `SET LOCAL` would do nothing (there is no transaction block), so it uses `SET`, which lasts for the rest of the `migrate` run on that connection.',
  },
  check(ctx) {
    const settingsFile = ctx.project.discovered.settings.file;
    if (settingsFile && /lock_timeout/.test(ctx.project.fileText(settingsFile) ?? '')) return;
    const atomic = ctx.analysis.atomic;
    let timeoutSet = false;
    for (const statement of ctx.analysis.statements) {
      for (const fact of statement.facts) {
        if (fact.kind === 'set' && fact.name === 'lock_timeout') timeoutSet = !fact.reset && !!fact.durationMs && (atomic || !fact.local);
        else if (fact.kind === 'select' && fact.functions.includes('set_config') && /lock_timeout/.test(statement.sql)) timeoutSet = true;
      }
      if (timeoutSet) continue;
      const table = exclusiveLocksOnExistingTables(statement, ctx.analysis.physicalBefore)[0];
      if (!table) continue;
      const option = String(ctx.options.timeout ?? DEFAULT_TIMEOUT).trim();
      const timeout = /^\d+\s*(us|ms|s|min|h|d)?$/.test(option) ? option : DEFAULT_TIMEOUT;
      const mig = migrationsModuleName(ctx.entry);
      const sql = `SET ${atomic ? 'LOCAL ' : ''}lock_timeout = '${timeout}';`;
      const edit = insertFirstOperation(ctx.entry, `${mig}.RunSQL(${pyStrRepr(sql)}, reverse_sql=${mig}.RunSQL.noop)`);
      const fixes: Fix[] = edit ? [{ title: `Set lock_timeout = '${timeout}' at the start of the migration`, safety: 'unsafe', edits: [edit] }] : [];
      const span = statementSpan(statement);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `${statementLabel(statement)} takes an ACCESS EXCLUSIVE lock on "${table}" without a lock_timeout: while it waits behind a long transaction, every query on the table queues behind it.`,
        help: `Start the migration with RunSQL("SET ${atomic ? 'LOCAL ' : ''}lock_timeout = '${timeout}';").`,
        fixes,
        data: { lock: 'ACCESS EXCLUSIVE', table },
      });
      return;
    }
  },
});
