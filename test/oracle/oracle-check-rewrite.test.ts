// checkRewrite() on the oracle project with Django 6.1: it passes correct rewrites and catches wrong ones, each
// by the check that rules.md says should catch it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ORACLE_PROJECT, available, checkRewrite, getDjango, getPostgres, type CheckRewriteOptions, type DjangoRuntime,
  type FileEdits, type Pg, type RewriteReport,
} from '../support/oracle';

const read = (rel: string): string => fs.readFileSync(path.join(ORACLE_PROJECT, rel), 'utf8');

/** models.py with `from` replaced by `to` (which must occur exactly once). */
function editModels(rel: string, from: string, to: string): string {
  const text = read(rel);
  assert.equal(text.split(from).length, 2, `${rel} must contain ${from} once`);
  return text.replace(from, to);
}

function migration(deps: string[][], operations: string, imports = 'from django.db import migrations, models'): string {
  return `${imports}


class Migration(migrations.Migration):

    dependencies = [
${deps.map(([app, name]) => `        ('${app}', '${name}'),`).join('\n')}
    ]

    operations = [
${operations}
    ]
`;
}

// shop.Tag.object_id renamed to obj_id in Python only. Correct: db_column keeps the column (and the state knows it).
const RENAME_CORRECT: FileEdits = {
  'shop/models.py': editModels(
    'shop/models.py',
    "    object_id = models.PositiveIntegerField(null=True, blank=True)\n    content_object = GenericForeignKey('content_type', 'object_id')",
    "    obj_id = models.PositiveIntegerField(null=True, blank=True, db_column='object_id')\n    content_object = GenericForeignKey('content_type', 'obj_id')",
  ),
  'shop/migrations/0022_rename_tag_object_id.py': migration([['shop', '0021_alter_payment_tag_2']], `        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name='tag', old_name='object_id', new_name='obj_id'),
                migrations.AlterField(
                    model_name='tag',
                    name='obj_id',
                    field=models.PositiveIntegerField(blank=True, db_column='object_id', null=True),
                ),
            ],
        ),`),
};

// Wrong: a state-only RenameField without db_column. State says column obj_id; the database still has object_id.
const RENAME_WRONG: FileEdits = {
  'shop/models.py': editModels(
    'shop/models.py',
    "    object_id = models.PositiveIntegerField(null=True, blank=True)\n    content_object = GenericForeignKey('content_type', 'object_id')",
    "    obj_id = models.PositiveIntegerField(null=True, blank=True)\n    content_object = GenericForeignKey('content_type', 'obj_id')",
  ),
  'shop/migrations/0022_rename_tag_object_id.py': migration([['shop', '0021_alter_payment_tag_2']], `        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name='tag', old_name='object_id', new_name='obj_id'),
            ],
        ),`),
};

// Wrong implicit-table-name fix: pins db_table with a typo, in state only. The database keeps blog_comment.
// (It depends on shop's last migration so that it runs last: otherwise shop's FK to blog.Comment would be created
// against the wrong name on a blank database, and check 2a would catch it first.)
const DB_TABLE_WRONG: FileEdits = {
  'blog/models.py': editModels('blog/models.py', '    class Meta:\n        indexes', "    class Meta:\n        db_table = 'blog_comments'\n        indexes"),
  'blog/migrations/0015_alter_comment_table.py': migration([['blog', '0014_separate_db_and_state'], ['shop', '0021_alter_payment_tag_2']], `        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterModelTable(name='comment', table='blog_comments'),
            ],
        ),`),
};

// A model change without its migration (check 1).
const MISSING_MIGRATION: FileEdits = {
  'crm/models.py': editModels('crm/models.py', '    summary = models.JSONField(null=True, blank=True)\n', '    summary = models.JSONField(null=True, blank=True)\n    note = models.TextField(null=True, blank=True)\n'),
};

// A migration that PostgreSQL rejects (check 2).
const BROKEN_MIGRATION: FileEdits = {
  'crm/migrations/0010_broken.py': migration([['crm', '0009_backfill_data']], `        migrations.RunSQL('ALTER TABLE crm_basket ADD COLUMN oops integr', migrations.RunSQL.noop),`),
};

// A real schema change: a new index, in models and migration (check 3 unless allowed).
const ADD_INDEX: FileEdits = {
  'crm/models.py': editModels('crm/models.py', "            models.Index(fields=['phone'], name='crm_basket_cidx'),\n",
    "            models.Index(fields=['phone'], name='crm_basket_cidx'),\n            models.Index(fields=['amount'], name='crm_basket_amount_idx'),\n"),
  'crm/migrations/0010_basket_amount_idx.py': migration([['crm', '0009_backfill_data']], `        migrations.AddIndex(
            model_name='basket',
            index=models.Index(fields=['amount'], name='crm_basket_amount_idx'),
        ),`),
};

// Subtests run concurrently: part of each checkRewrite is spent outside Python (createdb, psql, copies), and the
// Python processes themselves are capped by SCHEMA_GUARD_ORACLE_JOBS.
test('checkRewrite with Django 6.1 on the oracle project', { concurrency: 4 }, async (t) => {
  const django = getDjango('6.1');
  if (!available(t, django)) return;
  const pg = await getPostgres();
  if (!available(t, pg)) return;
  const check = (rewritten: FileEdits, extra: Partial<CheckRewriteOptions> = {}): Promise<RewriteReport> =>
    checkRewrite({ django: django as DjangoRuntime, pg: pg as Pg, original: ORACLE_PROJECT, rewritten, ...extra });
  const subtests: Array<Promise<void>> = [];

  subtests.push(t.test('an unchanged history passes all four checks', async () => {
    const r = await check({});
    assert.ok(r.ok, r.text);
    assert.deepEqual(r.failed, []);
    assert.equal(r.snapshots.original, r.snapshots.rewritten);
    assert.ok(!fs.existsSync(r.workDir), 'scratch directory removed');
  }));

  subtests.push(t.test("stateCheck 'exact' shows why 'baseline' is the default: this history already differs from its models", async () => {
    const r = await check({}, { stateCheck: 'exact' });
    assert.deepEqual(r.failed, ['stateMatchesDb'], r.text);
    const diff = r.checks.stateMatchesDb.diff!.text;
    // RenameModel TagBasketLink → Payment keeps the old constraint names; fresh migrations name them after shop_payment.
    assert.match(diff, /^- constraint shop_payment\.shop_payment_pkey: PRIMARY KEY \(id\)$/m);
    assert.match(diff, /^\+ constraint shop_payment\.shop_tagbasketlink_pkey: PRIMARY KEY \(id\)$/m);
  }));

  subtests.push(t.test('a correct state-only rename (db_column keeps the column) passes', async () => {
    const r = await check(RENAME_CORRECT);
    assert.ok(r.ok, r.text);
  }));

  subtests.push(t.test('a state-only RenameField without db_column fails check 4 only', async () => {
    const r = await check(RENAME_WRONG);
    assert.deepEqual(r.failed, ['stateMatchesDb'], r.text);
    const diff = r.checks.stateMatchesDb.diff!;
    assert.ok(diff.removed.includes('column shop_tag.obj_id: integer'), diff.text);
    assert.ok(diff.added.includes('column shop_tag.object_id: integer'), diff.text);
    assert.match(r.text, /FAIL 4 {2}state matches database/);
  }));

  subtests.push(t.test('SeparateDatabaseAndState naming the wrong db_table fails check 4 only', async () => {
    const r = await check(DB_TABLE_WRONG);
    assert.deepEqual(r.failed, ['stateMatchesDb'], r.text);
    assert.ok(r.checks.stateMatchesDb.diff!.removed.includes('table blog_comments'), r.text);
    assert.ok(r.checks.stateMatchesDb.diff!.added.includes('table blog_comment'), r.text);
  }));

  subtests.push(t.test('models changed without a migration fail check 1', async () => {
    const r = await check(MISSING_MIGRATION);
    assert.ok(r.failed.includes('makemigrations'), r.text);
    assert.match(r.checks.makemigrations.detail, /Add field note to basket/);
  }));

  subtests.push(t.test('a migration PostgreSQL rejects fails check 2 (blank and upgrade), and 3/4 are not run', async () => {
    const r = await check(BROKEN_MIGRATION);
    assert.deepEqual(r.failed, ['migrateBlank', 'migrateUpgrade', 'schemaUnchanged', 'stateMatchesDb'], r.text);
    assert.match(r.checks.migrateBlank.detail, /type "integr" does not exist/);
    assert.match(r.checks.schemaUnchanged.detail, /^not run/);
  }));

  subtests.push(t.test('a schema change fails check 3 unless allowed', async () => {
    const strict = await check(ADD_INDEX);
    // 2b passes: the upgraded database gets the index from the new migration too.
    assert.deepEqual(strict.failed, ['schemaUnchanged'], strict.text);
    assert.deepEqual(strict.checks.schemaUnchanged.diff!.added,
      ['index crm_basket.crm_basket_amount_idx: CREATE INDEX crm_basket_amount_idx ON public.crm_basket USING btree (amount)']);
    const allowed = await check(ADD_INDEX, {
      allowSchemaChange: (d) => d.removed.length === 0 && d.added.every((l) => l.startsWith('index crm_basket.crm_basket_amount_idx:')),
    });
    assert.ok(allowed.ok, allowed.text);
  }));

  await Promise.all(subtests);
});
