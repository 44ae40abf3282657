// The engine never throws: every file of the oracle project, and truncations of each at many points,
// are analysed as part of a whole project (models, migrations, replay, SQL, rules) without an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { MemoryFileSystem } from '../../server/src/project/fs';
import { Workspace } from '../../server/src/engine/analyze';

const PROJECT = path.resolve(__dirname, '../fixtures/oracle/project');

function loadTree(dir: string, root = '/proj'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '__pycache__') walk(full);
      } else out.set(path.join(root, path.relative(dir, full)), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function analyzeAll(files: Map<string, string>): number {
  const ws = new Workspace(new MemoryFileSystem(files), ['/proj']);
  let n = 0;
  for (const list of ws.analyzeAll().values()) n += list.length;
  // Exercise SQL generation for every migration too.
  for (const handle of ws.handles) {
    for (const entry of handle.project.entries.values()) {
      handle.project.sqlmigrate(entry.app, entry.name, false);
      handle.project.sqlmigrate(entry.app, entry.name, true);
    }
  }
  return n;
}

test('every oracle file truncated at many points: no exception, partial results', async () => {
  await Promise.all([initPythonParser(), initSqlParser()]);
  const files = loadTree(PROJECT);
  const pyFiles = [...files.keys()].filter((f) => f.endsWith('.py') && files.get(f)!.length > 0);
  let runs = 0;
  for (const file of pyFiles) {
    const text = files.get(file)!;
    const cuts = new Set<number>();
    for (let i = 1; i <= 12; i++) cuts.add(Math.floor((text.length * i) / 13));
    // Also cut right after `(`, `[`, `=` and `,` in the class body: the half-typed shapes.
    const body = Math.max(0, text.indexOf('class '));
    let punctuation = 0;
    for (let i = body; i < text.length && punctuation < 24; i++) if ('([=,'.includes(text[i])) if (punctuation++ % 2 === 0) cuts.add(i + 1);
    for (const cut of cuts) {
      const mutated = new Map(files);
      mutated.set(file, text.slice(0, cut));
      assert.doesNotThrow(() => analyzeAll(mutated), `${path.relative('/proj', file)} cut at ${cut}`);
      runs++;
    }
  }
  assert.ok(runs > 500, `only ${runs} truncations ran`);
});

test('hostile inputs: binary garbage, huge literals, deep nesting, odd encodings', async () => {
  await Promise.all([initPythonParser(), initSqlParser()]);
  const base = loadTree(PROJECT);
  const cases: Array<[string, string]> = [
    ['shop/models.py', '\u0000\u0001\u0002 class (((( \uFFFF'],
    ['shop/models.py', `x = "${'a'.repeat(300_000)}"\n`],
    ['shop/models.py', `${'['.repeat(3000)}${']'.repeat(3000)}\n`],
    ['shop/models.py', `from django.db import models\nclass A(models.Model):\n${'    x = models.CharField(max_length=1)\n'.repeat(5000)}`],
    ['shop/migrations/0022_bad.py', 'from django.db import migrations\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0021_alter_payment_tag_2")]\n    operations = [migrations.RunSQL("SELECT ((((((((; DROP TABLE" * 50)]\n'],
    ['shop/migrations/0022_bad.py', 'from django.db import migrations\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0021_alter_payment_tag_2"), ("nope", "0001")]\n    operations = [migrations.AddField("nomodel", "f", field=None), migrations.RemoveField("payment", "nofield"), foo.Bar()]\n'],
    ['shop/migrations/0022_cycle.py', 'from django.db import migrations\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0023_cycle")]\n    operations = []\n'],
    ['shop/migrations/0023_cycle.py', 'from django.db import migrations\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0022_cycle")]\n    operations = []\n'],
    ['proj/settings.py', 'INSTALLED_APPS = get_apps() + [x for x in y]\nDEFAULT_AUTO_FIELD = 42\n'],
  ];
  for (const [rel, content] of cases) {
    const files = new Map(base);
    files.set(path.join('/proj', rel), content);
    assert.doesNotThrow(() => analyzeAll(files), rel);
  }
});
