// Protocol tests: the bundled server over stdio, as an editor drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, uri } from './support';
import { applyEdits } from '../../server/src/fixes/pythonEdits';

function copySample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-lsp-'));
  fs.cpSync(path.resolve(__dirname, '../../samples/shop'), dir, { recursive: true });
  return dir;
}

function offsetOf(text: string, pos: { line: number; character: number }): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
  return o + pos.character;
}

test('publishes diagnostics for models.py and applies the implicit-table-name quick fix', async (t) => {
  const root = copySample();
  const server = await startServer(root);
  t.after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const file = path.join(root, 'shop', 'models.py');
  const text = fs.readFileSync(file, 'utf8');
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'python', version: 1, text } });
  const published = await server.waitForDiagnostics(uri(file), (d) => d.diagnostics.length > 0);
  const implicit = published.diagnostics.find((d) => d.code === 'implicit-table-name');
  assert.ok(implicit, JSON.stringify(published.diagnostics));
  assert.equal(implicit.source, 'schema-guard');
  assert.match(implicit.codeDescription.href, /docs\/rules\/implicit-table-name\.md$/);
  assert.equal(text.split('\n')[implicit.range.start.line].slice(implicit.range.start.character, implicit.range.end.character), 'Order');

  const actions = (await server.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uri(file) },
    range: implicit.range,
    context: { diagnostics: [implicit], only: ['quickfix'] },
  })) as any[];
  const fix = actions.find((a) => a.title === 'Set Meta.db_table = "shop_order"');
  assert.ok(fix, actions.map((a) => a.title).join('\n'));
  assert.ok(actions.some((a) => a.title === 'Ignore implicit-table-name on this line'));
  // Apply the edit as a client would: create files, then edit texts.
  let newText = text;
  let created: { uri: string; text: string } | undefined;
  for (const change of fix.edit.documentChanges) {
    if (change.kind === 'create') continue;
    if (change.textDocument.uri === uri(file)) newText = applyEdits(newText, change.edits.map((e: any) => ({ start: offsetOf(newText, e.range.start), end: offsetOf(newText, e.range.end), newText: e.newText })));
    else created = { uri: change.textDocument.uri, text: change.edits[0].newText };
  }
  assert.match(newText, /db_table = "shop_order"/);
  assert.ok(created && created.uri.endsWith('/shop/migrations/0003_alter_order_table.py'), created?.uri);
  assert.match(created.text, /migrations\.AlterModelTable\(\n\s+name='order',\n\s+table='shop_order',/);
  fs.writeFileSync(path.join(root, 'shop', 'migrations', '0003_alter_order_table.py'), created.text);
  await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: created.uri, type: 1 }] });
  await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version: 2 }, contentChanges: [{ text: newText }] });
  const after = await server.waitForDiagnostics(uri(file), (d) => d.version === 2);
  assert.ok(!after.diagnostics.some((d) => d.code === 'implicit-table-name'), JSON.stringify(after.diagnostics));
});

test('a half-typed file gets partial results and a syntax diagnostic, not a crash', async (t) => {
  const root = copySample();
  const server = await startServer(root);
  t.after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const file = path.join(root, 'shop', 'models.py');
  const text = fs.readFileSync(file, 'utf8') + '\n\nclass Broken(models.Model):\n    name = models.CharField(max_length=\n';
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'python', version: 1, text } });
  const published = await server.waitForDiagnostics(uri(file), (d) => d.diagnostics.length > 0);
  assert.ok(published.diagnostics.some((d) => d.code === 'syntax-error'));
  assert.ok(published.diagnostics.some((d) => d.code === 'implicit-table-name' && /Order/.test(d.message)));
  assert.ok(published.diagnostics.some((d) => d.code === 'implicit-table-name' && /Broken/.test(d.message)));
});

test('serves the SQL of a migration and a lens with its locks', async (t) => {
  const root = copySample();
  const server = await startServer(root);
  t.after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const file = path.join(root, 'shop', 'migrations', '0002_order_status.py');
  const text = fs.readFileSync(file, 'utf8');
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'python', version: 1, text } });
  await server.waitForDiagnostics(uri(file));
  const sql = (await server.conn.sendRequest('schemaGuard/migrationSql', { uri: uri(file) })) as { text: string };
  assert.match(sql.text, /ALTER TABLE "shop_order" ADD COLUMN "status" varchar\(20\) DEFAULT 'new' NOT NULL;/);
  assert.match(sql.text, /CREATE INDEX "shop_order_referen_idx" ON "shop_order" \("reference"\);/);
  const lenses = (await server.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: uri(file) } })) as any[];
  assert.equal(lenses.length, 1);
  assert.match(lenses[0].command.title, /^3 statements · ACCESS EXCLUSIVE on shop_order/);
});
