// The index, constraint and removal fixes, proven with real Django and PostgreSQL on one project whose migrations
// (real makemigrations output; the many-to-many field Order.tags and 0005-0007 added by hand) hold every case: a
// unique field, unique_together, a UniqueConstraint, a RemoveIndex, a nullable ForeignKey, check constraints (Django
// and RunSQL), a validation in the same transaction, a raw DROP INDEX, three RemoveFields (a NOT NULL foreign key, a
// many-to-many field, a text column) and a DeleteModel with a many-to-many table. The fixes rewrite 0002-0007, none of
// which is applied anywhere yet: the upgrade check starts from 0001. A second database then goes back to 0001 and
// forwards again with rows in the tables, which runs every reverse_sql the fixes wrote (the removals' reverses must
// work on populated tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { available, checkRewrite, describeRun, diffSnapshots, getDjango, getPostgres, makeTempDir, manage } from '../support/oracle';
import { applyAllFixes, copyTree } from '../support/applyFixes';

const PROJECT = path.resolve(__dirname, '../fixtures/projects/constraints');
const RULES = [
  'require-concurrent-index-removal',
  'adding-unique-constraint',
  'adding-foreign-key-constraint',
  'adding-check-constraint',
  'validate-in-same-transaction',
  'removing-field',
  'removing-model',
];

for (const slot of ['6.1', '5.2'] as const) {
  test(`index, constraint and removal fixes pass the real-Django checks (Django ${slot})`, async (t) => {
    const django = getDjango(slot);
    if (!available(t, django)) return;
    const pg = await getPostgres();
    if (!available(t, pg)) return;
    await Promise.all([initPythonParser(), initSqlParser()]);
    const work = makeTempDir(`constraints-${slot}`);
    t.after(() => fs.rmSync(work, { recursive: true, force: true }));
    const rewritten = copyTree(PROJECT, path.join(work, 'project'));
    // The SQL the removal fixes copy differs between versions (CASCADE before 6.0): analyse as the Django under test.
    fs.writeFileSync(path.join(rewritten, 'pyproject.toml'), `[tool.schema-guard]\ndjango-version = "${slot}"\npostgres-version = 15\n`);
    const applied = applyAllFixes(rewritten, RULES);
    fs.rmSync(path.join(rewritten, 'pyproject.toml'));
    assert.deepEqual(applied, [
      'Build the unique index of customer.code concurrently, then attach it (UNIQUE USING INDEX), and set atomic = False',
      'Use AddConstraintNotValid and validate "shop_order_amount_gte_0" in a new migration 0003_1_order_validate_shop_order_amount_gte_0',
      'Move order.customer to a new non-atomic migration 0003_2_order_customer_not_valid that adds its foreign key NOT VALID with a concurrent index, and validate it in 0003_3_order_validate_customer_fk',
      'Move unique_together of product to a new non-atomic migration 0003_4_unique_together_product_concurrently that builds its unique index concurrently',
      'Move shop_order_ref_amount_uniq to a new non-atomic migration 0003_5_shop_order_ref_amount_uniq_concurrently that builds its unique index concurrently',
      'Move to a new non-atomic migration 0003_6_product_remove_index_concurrently as RemoveIndexConcurrently',
      'Remove order.note from the state only; drop the column in a later deploy (0008_drop_order_note)',
      'Remove order.old_customer from the state only; drop the column in a later deploy (0009_drop_order_old_customer)',
      'Remove order.tags from the state only; drop its join table in a later deploy (0010_drop_order_tags)',
      'Delete Legacy from the state only; drop its table in a later deploy (0011_drop_legacy_table)',
      'Add "shop_order_amount_lt_5m" NOT VALID and validate it in a new migration 0005_1_shop_order_amount_lt_5m_validate',
      'Move the validation of "shop_order_amount_lte_1m" to a new migration 0005_2_validate_shop_order_amount_lte_1m',
      'Add CONCURRENTLY and set atomic = False',
    ]);
    const dropFk = fs.readFileSync(path.join(rewritten, 'shop/migrations/0009_drop_order_old_customer.py'), 'utf8');
    assert.equal(dropFk.includes('DROP COLUMN "old_customer_id" CASCADE'), slot === '5.2');

    const report = await checkRewrite({
      django,
      pg,
      original: PROJECT,
      rewritten,
      // 'baseline', not 'exact': AlterField(unique=True) names its constraint "…_uniq" (Django's hashed name, which the
      // fix keeps), while migrations generated afresh create the column with an inline UNIQUE that PostgreSQL names
      // "…_key". The original history already differs from fresh migrations there and nowhere else; everything the
      // fixes change is still compared exactly (check 3 compares the whole schema with the original history's).
      stateCheck: 'baseline',
      upgradeFrom: [['shop', '0001_initial']],
    });
    assert.ok(report.ok, report.text);

    // Every reverse, on populated tables: back to 0001 and forwards again.
    const db = await pg.createDb();
    t.after(() => pg.dropDb(db).catch(() => undefined));
    const run = async (args: string[]) => {
      const r = await manage(rewritten, args, { django, db });
      assert.ok(r.ok, describeRun(r));
    };
    await run(['migrate', '--noinput']);
    await pg.query(db, `INSERT INTO shop_customer (name, code) VALUES ('Ada', 'A1');
      INSERT INTO shop_order (reference, amount, customer_id) SELECT 'R1', 5, id FROM shop_customer;`);
    await run(['migrate', 'shop', '0001_initial', '--noinput']);
    // Back at 0001 the schema is the original one, except the column the reverse of a removal re-adds as nullable.
    const reference = await pg.createDb();
    t.after(() => pg.dropDb(reference).catch(() => undefined));
    const original = await manage(PROJECT, ['migrate', 'shop', '0001_initial', '--noinput'], { django, db: reference });
    assert.ok(original.ok, describeRun(original));
    // The reference database only migrated shop (no contenttypes): compare the shop tables.
    const shopOnly = (snapshot: string) => snapshot.split('\n').filter((l) => / shop_/.test(l)).join('\n');
    const diff = diffSnapshots(shopOnly(await pg.schemaSnapshot(reference)), shopOnly(await pg.schemaSnapshot(db)));
    assert.deepEqual([diff.removed, diff.added], [['column shop_order.old_customer_id: bigint NOT NULL'], ['column shop_order.old_customer_id: bigint']], diff.text);
    await run(['migrate', '--noinput']);
  });
}
