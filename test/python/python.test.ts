// The Python layer: static evaluation, imports, string escapes mapped back to source, incremental re-parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { parseModule, qualifiedName } from '../../server/src/python/module';
import { vendorCondition } from '../../server/src/python/convert';
import { evaluate, Value } from '../../server/src/python/values';
import { sourceOffsetOf } from '../../server/src/python/ast';
import { DjangoProject, textChange } from '../../server/src/engine/project';
import { MemoryFileSystem } from '../../server/src/project/fs';
import { discoverProjects } from '../../server/src/project/discover';

function strip(v: Value): unknown {
  return JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' || k === 'expr' || k === 'funcSpan' || k === 'text' ? undefined : x)));
}

test('imports resolve to absolute paths: aliases, from-imports, dotted and relative', async () => {
  await initPythonParser();
  const { module } = parseModule(
    'from django.db import models as m\nfrom django.db.models import CharField\nimport django.db.models\nfrom . import fields\nfrom ..core.base import Base\nx = m.IntegerField\n',
    { moduleName: 'shop.models.order' },
  );
  const exprs = module.body.assigns[0].value!;
  assert.equal(qualifiedName(exprs, module), 'django.db.models.IntegerField');
  assert.equal(module.imports.get('CharField'), 'django.db.models.CharField');
  assert.equal(module.imports.get('django'), 'django');
  assert.equal(module.imports.get('fields'), 'shop.models.fields');
  assert.equal(module.imports.get('Base'), 'shop.core.base.Base');
});

test('literals are evaluated: concatenation, raw and escaped strings, numbers, containers, constants', async () => {
  await initPythonParser();
  const { module } = parseModule(
    [
      'N = 20',
      'a = "a" \'b\' r"\\n" "\\t\\x41\\u00e9"',
      'b = -5',
      'c = (1, 2.5, None, True, [N, {"k": N + 1}])',
      'd = "x" * 2 if False else "y"',
      'e = models.CharField(max_length=N, choices=[("a", "A")])',
    ].join('\n'),
    { moduleName: 'm' },
  );
  const v = (i: number) => strip(evaluate(module.body.assigns[i].value!, { module }));
  assert.deepEqual(v(1), { t: 'str', v: 'ab\\n\tAé' });
  assert.deepEqual(v(2), { t: 'int', v: -5 });
  assert.deepEqual(v(3), {
    t: 'tuple',
    items: [{ t: 'int', v: 1 }, { t: 'float', v: 2.5 }, { t: 'none' }, { t: 'bool', v: true }, { t: 'list', items: [{ t: 'int', v: 20 }, { t: 'dict', entries: [[{ t: 'str', v: 'k' }, { t: 'int', v: 21 }]] }] }],
  });
  assert.equal((evaluate(module.body.assigns[4].value!, { module }) as { t: string }).t, 'unknown');
  const call = evaluate(module.body.assigns[5].value!, { module }) as Extract<Value, { t: 'call' }>;
  assert.equal(call.func, 'models.CharField');
  assert.deepEqual(strip(call.kwargs[0][1]), { t: 'int', v: 20 });
});

test('offsets in a decoded string map back to the source through escapes', async () => {
  await initPythonParser();
  const text = 'x = "ab\\"cd\\\\é" "Z"\n';
  const { module } = parseModule(text);
  const str = module.body.assigns[0].value!;
  assert.equal(str.kind, 'str');
  if (str.kind !== 'str') return;
  assert.equal(str.value, 'ab"cd\\éZ');
  for (const [valueOffset, sourceChar] of [[0, 'a'], [2, '\\'], [3, 'c'], [6, 'é'], [7, 'Z']] as Array<[number, string]>) {
    assert.equal(text[sourceOffsetOf(str, valueOffset)], sourceChar, `value offset ${valueOffset}`);
  }
});

test('incremental re-parsing of an open file gives the same module as a full parse', async () => {
  await initPythonParser();
  let text = 'from django.db import models\n\n\nclass Order(models.Model):\n    total = models.IntegerField()\n';
  const files = new Map([['/p/shop/models.py', text], ['/p/shop/__init__.py', ''], ['/p/manage.py', '']]);
  const fsys = new MemoryFileSystem(files);
  const project = new DjangoProject(discoverProjects(fsys, '/p')[0], fsys);
  project.setOpenFiles(['/p/shop/models.py']);
  project.parse('/p/shop/models.py', text);
  const edits = ['    name = models.CharField(max_length=1', '0)\n', 'class B(models.Model):\n    pass\n'];
  for (const piece of edits) {
    const next = text + piece;
    assert.deepEqual(textChange(text, next), { start: text.length, end: text.length, text: piece });
    text = next;
    const incremental = project.parse('/p/shop/models.py', text)!;
    const full = parseModule(text, { moduleName: 'shop.models' }).module;
    assert.deepEqual(JSON.parse(JSON.stringify(incremental.body)), JSON.parse(JSON.stringify(full.body)));
    assert.deepEqual(incremental.problems, full.problems);
  }
});

test('branches on the database vendor: only the PostgreSQL one counts', async () => {
  await initPythonParser();
  const text = [
    'from django.db import connection, migrations',
    'if connection.vendor == "mysql":',
    '    SQL = "ALTER TABLE t ENGINE=InnoDB"',
    'elif connection.vendor in ("postgresql", "sqlite"):',
    '    SQL = "CREATE INDEX i ON t (c)"',
    'else:',
    '    SQL = "?"',
    'if DEBUG:',
    '    OTHER = 1',
    'else:',
    '    OTHER = 2',
  ].join('\n');
  const { module } = parseModule(text);
  const sql = module.body.assigns.filter((a) => a.targets.includes('SQL')).map((a) => text.slice(a.value!.start, a.value!.end));
  assert.deepEqual(sql, ['"CREATE INDEX i ON t (c)"']);
  assert.equal(module.body.assigns.filter((a) => a.targets.includes('OTHER')).length, 2, 'other branches all count');
  assert.equal(vendorCondition("schema_editor.connection.vendor != 'postgresql'"), false);
  assert.equal(vendorCondition("connection.vendor not in ['mysql', 'oracle']"), true);
  assert.equal(vendorCondition('x == 1'), undefined);
  assert.equal(vendorCondition('connection.vendor == "mysql" and not connection.mysql_is_mariadb'), false);
  assert.equal(vendorCondition('connection.vendor == "postgresql" or x'), true);
});
