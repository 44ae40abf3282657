// `schema-guard squash` and `finish-squash` from a shell: dry run, write, finish, and bad usage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './support';

test('squash --dry-run writes nothing; squash writes next to the old files; finish-squash removes them', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-squash-'));
  try {
    fs.cpSync(path.resolve(__dirname, '../../samples/shop'), root, { recursive: true });
    const migrations = path.join(root, 'shop', 'migrations');
    const files = () => fs.readdirSync(migrations).filter((f) => f.endsWith('.py')).sort();
    const before = files();

    const dry = runCli(['squash', root, 'shop', '--dry-run'], root);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /Squash shop: 2 migrations into 1 new migration/);
    assert.match(dry.stdout, /dry run: nothing written/);
    assert.deepEqual(files(), before);

    const written = runCli(['squash', root, 'shop', '--name', 'compact'], root);
    assert.equal(written.status, 0, written.stderr);
    assert.deepEqual(files(), [...before, '0001_compact.py'].sort());
    assert.match(fs.readFileSync(path.join(migrations, '0001_compact.py'), 'utf8'), /replaces = \[\('shop', '0001_initial'\), \('shop', '0002_order_status'\)\]/);

    const finished = runCli(['finish-squash', root, 'shop'], root);
    assert.equal(finished.status, 0, finished.stderr);
    assert.deepEqual(files(), ['0001_compact.py', '__init__.py']);
    assert.doesNotMatch(fs.readFileSync(path.join(migrations, '0001_compact.py'), 'utf8'), /replaces/);

    const check = runCli(['check', root, '--format', 'json'], root);
    const findings = JSON.parse(check.stdout) as Array<{ rule: string }>;
    assert.deepEqual(findings.filter((f) => ['broken-dependency', 'conflicting-migrations'].includes(f.rule)), []);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('squash refuses clearly: unknown app, nothing to finish, bad name', () => {
  const root = path.resolve(__dirname, '../../samples/shop');
  const unknown = runCli(['squash', root, 'nope'], root);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no app "nope"/);
  const nothing = runCli(['finish-squash', root, 'shop'], root);
  assert.equal(nothing.status, 1);
  assert.match(nothing.stdout, /no squashed migration with replaces/);
  const badName = runCli(['squash', root, 'shop', '--name', 'not-valid'], root);
  assert.equal(badName.status, 2);
  assert.match(badName.stderr, /--name must be a Python identifier/);
});
