// The explicit-schema quick fixes, proven with real Django and PostgreSQL: after applying them,
// makemigrations --check is clean, the history migrates a blank and an already-migrated database,
// the schema does not change (except the index the generic-FK fix adds on purpose), and the state
// matches the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { available, checkRewrite, getDjango, getPostgres, makeTempDir } from '../support/oracle';
import { applyAllFixes, copyTree } from '../support/applyFixes';

const PROJECT = path.resolve(__dirname, '../fixtures/projects/explicit');

for (const slot of ['6.1', '5.2'] as const) {
  test(`explicit-schema fixes pass the four real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`explicit-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const rewritten = copyTree(PROJECT, path.join(work, 'project'));
    // The project's settings choose the auto field; pin the analysed Django version to the one under test.
    fs.writeFileSync(path.join(rewritten, 'pyproject.toml'), `[tool.schema-guard]\ndjango-version = "${slot}"\npostgres-version = 15\n`);
    const applied = applyAllFixes(rewritten, ['implicit-table-name', 'implicit-m2m-table', 'generic-foreign-key']);
    assert.deepEqual(applied.map((a) => a.replace(/ "[^"]*"/g, ' "…"')).sort(), [
      'Add an index on (content_type, object_id), built concurrently',
      'Create through model ProductCategories for the existing table "…"',
      'Create through model ProductLoose for the existing table "…"',
      'Create through model ProductRelated for the existing table "…"',
      'Set Meta.db_table = "…"',
      'Set Meta.db_table = "…"',
    ]);
    fs.rmSync(path.join(rewritten, 'pyproject.toml'));
    const report = await checkRewrite({
      django,
      pg,
      original: PROJECT,
      rewritten,
      // The generic-FK fix adds one index on purpose; nothing else may change.
      stateCheck: 'exact',
      allowSchemaChange: (diff) => diff.added.every((l) => /shop_note_content_[0-9a-f]{6}_idx/.test(l)) && diff.removed.length === 0,
    });
    assert.ok(report.ok, report.text);
  });
}
