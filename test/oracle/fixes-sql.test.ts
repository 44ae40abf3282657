// The transaction, data-migration and RunSQL fixes, proven with real Django and PostgreSQL. The project's history
// (test/fixtures/projects/sql, generated with Django 6.1 and then completed by hand with RunPython/RunSQL) holds one
// case per fix; the fixes rewrite migrations 0002 onwards, which are not applied anywhere yet, so the upgrade check
// starts from 0001. Fixes depending on the PostgreSQL version are applied in passes with the matching configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { available, checkRewrite, describeRun, getDjango, getPostgres, makeTempDir, manage } from '../support/oracle';
import { applyAllFixes, copyTree } from '../support/applyFixes';

const PROJECT = path.resolve(__dirname, '../fixtures/projects/sql');

function configure(project: string, toml: string): void {
  fs.writeFileSync(path.join(project, 'pyproject.toml'), `[tool.schema-guard]\n${toml}`);
}

/** Applies every fix of the rule group, in the passes the PostgreSQL-version-dependent rules need. */
function applySqlFixes(project: string): string[][] {
  // The oracle's PostgreSQL is 15: REINDEX and DETACH PARTITION CONCURRENTLY exist there.
  configure(project, 'postgres-version = 15\n');
  const first = applyAllFixes(project, [
    'lock-then-slow-work',
    'mixed-schema-and-data',
    'irreversible-data-migration',
    'require-concurrent-reindex',
    'require-concurrent-detach-partition',
    'transaction-control-in-migration',
  ]);
  // enum-add-value only fixes anything before PostgreSQL 12; its fix (atomic = False) is just as valid on 15.
  configure(project, 'postgres-version = 11\n');
  const second = applyAllFixes(project, ['enum-add-value']);
  // lock-timeout is opt-in, and runs last: its RunSQL would keep the other fixes' RunSQL from being alone.
  configure(project, 'postgres-version = 15\n\n[tool.schema-guard.rules]\nlock-timeout = "info"\n');
  const third = applyAllFixes(project, ['lock-timeout']);
  fs.rmSync(path.join(project, 'pyproject.toml'));
  return [first.sort(), second, third];
}

const read = (project: string, file: string) => fs.readFileSync(path.join(project, 'shop/migrations', file), 'utf8');

for (const slot of ['6.1', '5.2'] as const) {
  test(`transaction, data-migration and RunSQL fixes pass the real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`sql-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const rewritten = copyTree(PROJECT, path.join(work, 'project'));
    const [first, second, third] = applySqlFixes(rewritten);
    assert.deepEqual(first, [
      'Add CONCURRENTLY and set atomic = False',
      'Add CONCURRENTLY and set atomic = False',
      'Add reverse_code=migrations.RunPython.noop (declares that nothing needs undoing)',
      'Add reverse_sql=migrations.RunSQL.noop (declares that nothing needs undoing)',
      'Remove BEGIN and COMMIT: the migration already runs in a transaction',
      'Split the migration: move AddField order.memo into 0014_order_memo',
      'Split the migration: move RunPython into 0003_1_fill_totals',
      'Split the migration: move this operation into 0002_1_order_index',
    ]);
    assert.deepEqual(second, ['Set atomic = False on this migration']);
    assert.deepEqual(third, Array(5).fill("Set lock_timeout = '5s' at the start of the migration"));
    // Spot checks of the rewritten files (the checks below prove they are right).
    assert.match(read(rewritten, '0002_1_order_index.py'), /migrations\.AddIndex\(/);
    assert.match(read(rewritten, '0003_1_fill_totals.py'), /def fill_totals[\s\S]*RunPython\(fill_totals, reverse_code=migrations\.RunPython\.noop\)/);
    assert.doesNotMatch(read(rewritten, '0003_order_total.py'), /fill_totals/);
    assert.doesNotMatch(read(rewritten, '0013_order_memo.py'), /AddField/);
    assert.match(read(rewritten, '0014_order_memo.py'), /AddField\(/);
    assert.match(read(rewritten, '0004_reindex.py'), /atomic = False[\s\S]*REINDEX INDEX CONCURRENTLY/);
    assert.match(read(rewritten, '0006_detach.py'), /atomic = False[\s\S]*DETACH PARTITION shop_event_2023 CONCURRENTLY;/);
    assert.match(read(rewritten, '0008_backfill.py'), /RunSQL\("UPDATE shop_order SET note = '' WHERE note IS NULL AND id < 0;", reverse_sql=migrations\.RunSQL\.noop\)/);
    assert.match(read(rewritten, '0010_archived.py'), /atomic = False/);
    assert.match(read(rewritten, '0002_order_note.py'), /RunSQL\("SET LOCAL lock_timeout = '5s';"/);
    assert.match(read(rewritten, '0012_note_default.py'), /RunSQL\("SET lock_timeout = '5s';"/);

    const report = await checkRewrite({ django, pg, original: PROJECT, rewritten, stateCheck: 'exact', upgradeFrom: [['shop', '0001_initial']] });
    assert.ok(report.ok, report.text);

    // The reverse operations the fixes added or kept (noop reverses, ATTACH PARTITION...) unapply on a real database.
    const db = await pg.createDb();
    t.after(() => pg.dropDb(db));
    const forward = await manage(rewritten, ['migrate', '--noinput'], { django, db });
    assert.ok(forward.ok, describeRun(forward));
    const backward = await manage(rewritten, ['migrate', 'shop', '0001_initial', '--noinput'], { django, db });
    assert.ok(backward.ok, describeRun(backward));
  });
}
