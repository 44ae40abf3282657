// The squash and finish-squash requests over the protocol, with the edits applied as an editor would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyWorkspaceEditToDisk, startServer } from './support';

test('squash, then finish the squash, through workspace/applyEdit', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-lsp-squash-'));
  fs.cpSync(path.resolve(__dirname, '../../samples/shop'), root, { recursive: true });
  const edits: any[] = [];
  const server = await startServer(root, {
    onApplyEdit: (edit) => {
      edits.push(edit);
      applyWorkspaceEditToDisk(edit);
      return { applied: true };
    },
  });
  t.after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const migrations = path.join(root, 'shop', 'migrations');

  const targets = (await server.conn.sendRequest('schemaGuard/squashTargets', {})) as any[];
  const shop = targets.find((x) => x.app === 'shop');
  assert.deepEqual(shop?.migrations, ['0001_initial', '0002_order_status'], JSON.stringify(targets));
  assert.deepEqual(shop.pending, []);

  const preview = (await server.conn.sendRequest('schemaGuard/squashPreview', { root: shop.root, app: 'shop' })) as any;
  assert.equal(preview.ok, true, preview.text);
  assert.match(preview.text, /0001_squashed_0002_order_status\.py/);
  assert.match(preview.text, /operations: 5 -> 3/);

  const applied = (await server.conn.sendRequest('schemaGuard/squashApply', { root: shop.root, app: 'shop' })) as any;
  assert.equal(applied.applied, true, applied.message);
  const squashFile = path.join(migrations, '0001_squashed_0002_order_status.py');
  const squash = fs.readFileSync(squashFile, 'utf8');
  assert.match(squash, /replaces = \[\('shop', '0001_initial'\), \('shop', '0002_order_status'\)\]/);
  assert.match(squash, /initial = True/);
  assert.ok(fs.existsSync(path.join(migrations, '0001_initial.py')), 'the old migrations stay until the squash is finished');
  await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${squashFile}`, type: 1 }] });

  const after = (await server.conn.sendRequest('schemaGuard/squashTargets', {})) as any[];
  assert.deepEqual(after.find((x) => x.app === 'shop')?.pending, ['0001_squashed_0002_order_status']);

  const finishPreview = (await server.conn.sendRequest('schemaGuard/finishSquashPreview', { root: shop.root, app: 'shop' })) as any;
  assert.equal(finishPreview.ok, true, finishPreview.text);
  assert.match(finishPreview.text, /delete shop\/migrations\/0001_initial\.py/);
  const finished = (await server.conn.sendRequest('schemaGuard/finishSquashApply', { root: shop.root, app: 'shop' })) as any;
  assert.equal(finished.applied, true, finished.message);
  assert.deepEqual(fs.readdirSync(migrations).filter((f) => f.endsWith('.py')).sort(), ['0001_squashed_0002_order_status.py', '__init__.py']);
  assert.doesNotMatch(fs.readFileSync(squashFile, 'utf8'), /replaces/);
  assert.equal(edits.length, 2);
  // The deletes of the finish are resource operations the client carries out.
  assert.ok(edits[1].documentChanges.some((c: any) => c.kind === 'delete' && c.uri.endsWith('0002_order_status.py')));
});
