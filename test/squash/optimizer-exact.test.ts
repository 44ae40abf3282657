// The optimizer's exact mode (what the squash uses) against reductions Django makes although they break the
// history: an operation moved before one that still names what it renames. Django's mode keeps Django's
// behaviour (the optimizer corpus checks that against real Django); exact mode must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optimize } from '../../server/src/django/optimizer';
import { describe } from '../../server/src/django/operations';
import { readSource, ready } from '../optimizer/harness';

function run(operations: string, exact: boolean): string[] {
  const source = `from django.db import migrations, models\nimport django.db.models.deletion\n\n\nclass Migration(migrations.Migration):\n    operations = [\n${operations}\n    ]\n`;
  const migration = readSource(source, 'shop');
  assert.deepEqual(migration.problems.map((p) => p.message), []);
  return optimize(migration.operations, 'shop', 6.1, { exact }).map(describe);
}

const ID = "('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))";

test('exact: RenameModel is not folded across a relation through the old name', async () => {
  await ready();
  const ops = `
        migrations.CreateModel(name='Tag', fields=[${ID}]),
        migrations.CreateModel(name='Link', fields=[${ID}, ('source', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='shop.tag')), ('target', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='shop.tag'))]),
        migrations.AddField(model_name='tag', name='links', field=models.ManyToManyField(through='shop.Link', through_fields=('source', 'target'), to='shop.tag')),
        migrations.RenameModel(old_name='Link', new_name='Membership'),`;
  // Django: Membership is created under its new name, and Tag.links (folded into CreateModel(Tag) afterwards)
  // still goes through shop.Link, which no longer exists.
  assert.deepEqual(run(ops, false), ['Create model Tag', 'Create model Membership']);
  assert.deepEqual(run(ops, true), ['Create model Tag', 'Create model Link', 'Add field links to tag', 'Rename model Link to Membership']);
});

test('exact: RenameField is not folded across a foreign key whose to_field names the old field', async () => {
  await ready();
  const ops = `
        migrations.CreateModel(name='Account', fields=[${ID}, ('code', models.CharField(max_length=10, unique=True))]),
        migrations.CreateModel(name='Invoice', fields=[${ID}, ('account', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.account', to_field='code'))]),
        migrations.RenameField(model_name='account', old_name='code', new_name='ref'),`;
  assert.deepEqual(run(ops, false), ['Create model Account', 'Create model Invoice']);
  assert.deepEqual(run(ops, true), ['Create model Account', 'Create model Invoice', 'Rename field code on account to ref']);
});

test('exact: RenameModel does not move past a new model that took the old name', async () => {
  await ready();
  const ops = `
        migrations.RenameModel(old_name='Note', new_name='Memo'),
        migrations.CreateModel(name='Note', fields=[${ID}]),
        migrations.RenameModel(old_name='Memo', new_name='Letter'),`;
  // Django moves the first rename past CreateModel(Note), chains it with the second and folds it into the new
  // Note: the model renamed first is never renamed, the new one is created as Letter.
  assert.deepEqual(run(ops, false), ['Create model Letter']);
  // Exact: the renames are chained before the new Note is created, which is the same history.
  assert.deepEqual(run(ops, true), ['Rename model Note to Letter', 'Create model Note']);
});

test('exact: a refused reduction is not made, the others are', async () => {
  await ready();
  const migration = readSource(`from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    operations = [
        migrations.CreateModel(name='Order', fields=[${ID}, ('code', models.CharField(max_length=20))]),
        migrations.AddField(model_name='order', name='note', field=models.TextField(default='')),
        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=20, unique=True)),
    ]\n`, 'shop');
  const refuseAlterField = (candidate: typeof migration.operations): boolean => candidate.some((op) => op.kind === 'AlterField');
  assert.deepEqual(optimize(migration.operations, 'shop', 6.1, { exact: true }).map(describe), ['Create model Order']);
  assert.deepEqual(optimize(migration.operations, 'shop', 6.1, { exact: true, accept: refuseAlterField }).map(describe), ['Create model Order', 'Alter field code on order']);
});
