// require-concurrent-index's fix, proven with real Django and PostgreSQL: the AddIndex moves to a new
// non-atomic migration as AddIndexConcurrently, the later migration is repointed, and the four checks pass (the
// upgrade check starts from a database migrated up to the migration before the rewritten one, which is not applied yet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { available, checkRewrite, getDjango, getPostgres, makeTempDir } from '../support/oracle';
import { applyAllFixes, copyTree } from '../support/applyFixes';

const PROJECT = path.resolve(__dirname, '../fixtures/projects/indexes');

for (const slot of ['6.1', '5.2'] as const) {
  test(`require-concurrent-index fix passes the real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`indexes-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const rewritten = copyTree(PROJECT, path.join(work, 'project'));
    const applied = applyAllFixes(rewritten, ['require-concurrent-index']);
    assert.deepEqual(applied, ['Move to a new non-atomic migration 0002_1_order_index_concurrently as AddIndexConcurrently']);
    const moved = fs.readFileSync(path.join(rewritten, 'shop/migrations/0002_1_order_index_concurrently.py'), 'utf8');
    assert.match(moved, /atomic = False/);
    assert.match(fs.readFileSync(path.join(rewritten, 'shop/migrations/0003_order_note.py'), 'utf8'), /'0002_1_order_index_concurrently'/);
    // The fix rewrites 0002, which is not applied anywhere yet: the upgrade starts from the migration before it.
    const report = await checkRewrite({ django, pg, original: PROJECT, rewritten, stateCheck: 'exact', upgradeFrom: [['shop', '0001_initial']] });
    assert.ok(report.ok, report.text);
  });
}
