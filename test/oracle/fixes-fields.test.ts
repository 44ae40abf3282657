// The field and table fixes, proven with real Django and PostgreSQL (5.2 and 6.1). Every fix rewrites the
// migration it flags, which is not applied anywhere yet: the upgrade check starts from the migration before it.
//   fields:  db_default for Python and one-off defaults, nullable-first, and the NOT VALID check sequence for
//            SET NOT NULL (plain, on a foreign key, and with Django's backfill in a migration of its own);
//   renames: state-only RenameField with db_column, state-only RenameModel with db_table (FK from another model).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { SchemaDiff, available, checkRewrite, describeRun, getDjango, getPostgres, makeTempDir, manage } from '../support/oracle';
import { applyAllFixes, copyTree } from '../support/applyFixes';

const PROJECTS = path.resolve(__dirname, '../fixtures/projects');

/** Applies the fixes of `rules` with the analysed Django version pinned to the one under test. */
function fixedCopy(project: string, work: string, slot: string, rules: string[]): { dir: string; applied: string[] } {
  const dir = copyTree(path.join(PROJECTS, project), path.join(work, project));
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), `[tool.schema-guard]\ndjango-version = "${slot}"\npostgres-version = 15\n`);
  const applied = applyAllFixes(dir, rules);
  fs.rmSync(path.join(dir, 'pyproject.toml'));
  return { dir, applied };
}

/** Every changed line of the schema is one of the given columns of a table. */
function onlyColumns(table: string, columns: string[]): (diff: SchemaDiff) => boolean {
  return (diff) => [...diff.removed, ...diff.added].every((line) => columns.some((c) => line.startsWith(`column ${table}.${c}: `)));
}

for (const slot of ['6.1', '5.2'] as const) {
  test(`adding-not-null-field, adding-field-with-python-default and setting-not-null fixes pass the real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`fields-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const { dir, applied } = fixedCopy('fields', work, slot, ['adding-not-null-field', 'adding-field-with-python-default', 'setting-not-null']);
    assert.deepEqual(applied.map((a) => a.replace(/\b\d{4}\w*/g, '…')), [
      "Add db_default='new' (keep default=)",
      'Use db_default=0',
      'Make it nullable now (null=True), set NOT NULL in a later migration',
      'Add a NOT VALID check now; validate it and set NOT NULL in a new migration …',
      'Add a NOT VALID check now; validate it and set NOT NULL in a new migration …',
      'Add a NOT VALID check now; backfill in …, validate it and set NOT NULL in …',
    ]);
    const report = await checkRewrite({
      django,
      pg,
      original: path.join(PROJECTS, 'fields'),
      rewritten: dir,
      stateCheck: 'exact',
      upgradeFrom: [['shop', '0001_initial']],
      // On purpose: status and count keep their database defaults, label is nullable.
      allowSchemaChange: onlyColumns('shop_order', ['status', 'count', 'label']),
    });
    assert.ok(report.ok, report.text);
  });
}

for (const slot of ['6.1', '5.2'] as const) {
  test(`renaming-column and renaming-table fixes pass the real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`renames-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const { dir, applied } = fixedCopy('renames', work, slot, ['renaming-column', 'renaming-table']);
    assert.deepEqual(applied, [
      'Keep the column "author_id": rename in Python only (db_column="author_id")',
      'Keep the column "title": rename in Python only (db_column="title")',
      'Keep the column "code": rename in Python only (db_column="code")',
      'Keep the table "shop_author": rename in Python only (Meta.db_table = "shop_author")',
    ]);
    const report = await checkRewrite({
      django,
      pg,
      original: path.join(PROJECTS, 'renames'),
      rewritten: dir,
      stateCheck: 'exact',
      upgradeFrom: [['shop', '0001_initial']],
      // On purpose: the table and the columns keep their old names (and so do the indexes and constraints on them).
      allowSchemaChange: true,
    });
    assert.ok(report.ok, report.text);
    // Nothing is renamed in the database: the rewritten history leaves the schema of 0001 as it was.
    const migrated = report.snapshots.rewritten ?? '';
    for (const kept of ['shop_author', 'shop_book.author_id', 'shop_book.title', 'shop_book.code']) assert.ok(migrated.includes(kept), `${kept} is kept:\n${migrated}`);
    assert.ok(!/shop_writer|headline|creator_id|shop_book\.sku/.test(migrated), migrated);
  });
}

test('the fixed fields migrations keep old code working, backfill, and migrate backwards (Django 6.1)', async (t) => {
  const django = getDjango('6.1');
  if (!available(t, django)) return;
  const pg = await getPostgres();
  if (!available(t, pg)) return;
  await Promise.all([initPythonParser(), initSqlParser()]);
  const work = makeTempDir('fields-data');
  t.after(() => fs.rmSync(work, { recursive: true, force: true }));
  const { dir } = fixedCopy('fields', work, '6.1', ['adding-not-null-field', 'adding-field-with-python-default', 'setting-not-null']);
  const db = await pg.createDb();
  t.after(() => pg.dropDb(db));
  const migrate = async (...args: string[]) => {
    const r = await manage(dir, ['migrate', ...args, '--noinput'], { django, db });
    assert.ok(r.ok, describeRun(r));
  };
  await migrate('shop', '0001_initial');
  await pg.query(db, "INSERT INTO shop_customer (id, name) VALUES (1, 'c'); INSERT INTO shop_order (reference, note, qty, customer_id) VALUES ('before', 'n', NULL, 1)");
  await migrate();
  // Django's backfill ran before VALIDATE; the columns keep their database defaults.
  assert.deepEqual(await pg.query(db, "SELECT qty, count, status, label FROM shop_order WHERE reference = 'before'"), [['1', '0', 'new', '']]);
  // Code deployed before the migration inserts without the new columns: it still works.
  await pg.query(db, "INSERT INTO shop_order (reference, note, qty, customer_id) VALUES ('old code', 'n', 2, 1)");
  assert.deepEqual(await pg.query(db, "SELECT count, status FROM shop_order WHERE reference = 'old code'"), [['0', 'new']]);
  // The temporary checks are gone, and every step has its reverse.
  assert.deepEqual(await pg.query(db, "SELECT conname FROM pg_constraint WHERE conname LIKE '%_notnull'"), []);
  await pg.query(db, "DELETE FROM shop_order WHERE reference = 'old code'");
  await migrate('shop', '0001_initial');
});
