// The oracle project (test/fixtures/oracle/project, written by Django 6.1.1) under real Django 6.1 + PostgreSQL:
// migrating it reproduces final-schema.sql, makemigrations is clean, sqlmigrate reproduces expected-sql/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ORACLE_FIXTURES, ORACLE_PROJECT, available, copyProject, describeRun, diffSnapshots, getDjango, getPostgres,
  manage, maskUuidLiterals, sqlmigrate,
} from '../support/oracle';
import { pgDumpToSnapshot } from '../support/oracle-pgdump';

test('Django 6.1: the oracle project migrates to final-schema.sql, is clean, and sqlmigrate matches', async (t) => {
  const django = getDjango('6.1');
  if (!available(t, django)) return;
  const pg = await getPostgres();
  if (!available(t, pg)) return;
  assert.match(django.version, /^6\./);

  const project = copyProject(ORACLE_PROJECT);
  const db = await pg.createDb();
  t.after(() => pg.dropDb(db));

  const migrated = await manage(project, ['migrate', '--noinput'], { django, db });
  assert.ok(migrated.ok, describeRun(migrated));
  assert.match(migrated.stdout, /Applying shop\.0021_alter_payment_tag_2\.\.\. OK/);

  await t.test('schema equals final-schema.sql (pg_dump of the same history)', async () => {
    const expected = pgDumpToSnapshot(fs.readFileSync(path.join(ORACLE_FIXTURES, 'final-schema.sql'), 'utf8'));
    assert.deepEqual(expected.unsupported, []);
    const actual = await pg.schemaSnapshot(db);
    const diff = diffSnapshots(expected.snapshot, actual);
    assert.ok(diff.equal, `- final-schema.sql, + live database:\n${diff.text}`);
    assert.ok(actual.split('\n').length > 60, 'snapshot has content');
  });

  await t.test('makemigrations --check finds no changes; nothing left to migrate', async () => {
    const [check, plan] = await Promise.all([
      manage(project, ['makemigrations', '--check', '--dry-run', '--noinput'], { django, db }),
      manage(project, ['migrate', '--plan'], { django, db }),
    ]);
    assert.ok(check.ok, describeRun(check));
    assert.match(check.stdout, /No changes detected/);
    assert.match(plan.stdout, /No planned migration operations/);
  });

  await t.test('sqlmigrate reproduces expected-sql/ (forwards and backwards samples)', async () => {
    const sensitive = Object.keys(JSON.parse(fs.readFileSync(path.join(ORACLE_FIXTURES, 'expected-sql', 'introspection-sensitive.json'), 'utf8')) as Record<string, string>);
    // Every migration is applied, as when expected-sql/ was taken for the last ones; sqlmigrate builds SQL from the
    // migration state, so these samples (none introspection-sensitive) are comparable.
    const samples: Array<[string, string, boolean]> = [
      ['shop', '0009_rename_tagbasketlink_payment', false],
      ['blog', '0014_separate_db_and_state', false],
      ['crm', '0002_basket_amount', false], // random uuid literal: masked
      ['shop', '0014_payment_amount_payment_qty_payment_computed', true],
    ];
    await Promise.all(samples.map(async ([app, name, backwards]) => {
      const dir = backwards ? 'expected-sql-backwards' : 'expected-sql';
      const expected = fs.readFileSync(path.join(ORACLE_FIXTURES, dir, app, `${name}.sql`), 'utf8');
      const actual = await sqlmigrate(project, app, name, { django, db, backwards });
      if (sensitive.includes(`${app}/${name}`)) {
        // Introspection-sensitive: only the statement shapes are stable on a fully migrated database.
        assert.equal(maskUuidLiterals(actual).split('\n').length, maskUuidLiterals(expected).split('\n').length, `${app} ${name}`);
      } else {
        assert.equal(maskUuidLiterals(actual).trim(), maskUuidLiterals(expected).trim(), `${app} ${name}${backwards ? ' --backwards' : ''}`);
      }
    }));
  });

  await t.test('the oracle can fail: a wrong expectation is reported with a readable diff', async () => {
    const actual = await pg.schemaSnapshot(db);
    const diff = diffSnapshots(actual.replace('column shop_tag.object_id: integer', 'column shop_tag.object_id: bigint'), actual);
    assert.equal(diff.equal, false);
    assert.equal(diff.text, '- column shop_tag.object_id: bigint\n+ column shop_tag.object_id: integer');
  });
});
