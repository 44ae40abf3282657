// A migration with a syntax error keeps its last good version for the replay of the ones after it, and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { MemoryFileSystem } from '../../server/src/project/fs';
import { Workspace } from '../../server/src/engine/analyze';
import { sqlmigrateText } from '../../server/src/django/replay';

const MIG1 = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('total', models.IntegerField())]),
    ]
`;
const MIG2 = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RenameField(model_name='order', old_name='total', new_name='amount'),
    ]
`;
const MIG3 = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_rename')]
    operations = [
        migrations.AlterField(model_name='order', name='amount', field=models.BigIntegerField()),
    ]
`;

test('a half-typed migration does not break the state of the migrations after it', async () => {
  await Promise.all([initPythonParser(), initSqlParser()]);
  const files = new Map([
    ['/p/manage.py', ''],
    ['/p/shop/__init__.py', ''],
    ['/p/shop/models.py', 'from django.db import models\n'],
    ['/p/shop/migrations/__init__.py', ''],
    ['/p/shop/migrations/0001_initial.py', MIG1],
    ['/p/shop/migrations/0002_rename.py', MIG2],
    ['/p/shop/migrations/0003_alter.py', MIG3],
  ]);
  const ws = new Workspace(new MemoryFileSystem(files), ['/p']);
  const sql3 = () => sqlmigrateText(ws.handles[0].project.sqlmigrate('shop', '0003_alter')!).stdout;
  ws.analyzeFile('/p/shop/migrations/0002_rename.py');
  const before = sql3();
  assert.match(before, /ALTER TABLE "shop_order" ALTER COLUMN "amount" TYPE bigint USING "amount"::bigint;/);
  // The user is typing in 0002: the file has a syntax error now.
  files.set('/p/shop/migrations/0002_rename.py', MIG2.slice(0, MIG2.indexOf("old_name=")));
  const findings = ws.analyzeFile('/p/shop/migrations/0002_rename.py');
  assert.ok(findings.some((f) => f.rule === 'syntax-error'));
  assert.ok(findings.some((f) => f.rule === 'analysis-note' && /last version without errors/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
  assert.equal(sql3(), before);
});
