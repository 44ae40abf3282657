// `check --since GIT_REF` reports only files added or changed since the ref (committed, modified or untracked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { BASE_PROJECT, migration, runCli, tempDir, writeFiles } from './support';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Schema Guard', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

function reportedFiles(cwd: string, args: string[]): string[] {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return [...new Set((JSON.parse(run.stdout) as Array<{ path: string }>).map((f) => f.path))].sort();
}

test('check --since reports only the files changed since the ref', (t) => {
  const repo = tempDir('since');
  t.after(() => fs.rmSync(repo, { recursive: true, force: true }));
  git(repo, 'init', '-q');
  writeFiles(repo, {
    ...BASE_PROJECT,
    // Already merged, and flagged: must not be reported by --since.
    'shop/migrations/0002_reindex.py': migration('0001_initial', `migrations.RunSQL('REINDEX TABLE shop_order;', migrations.RunSQL.noop)`),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');

  // A new migration in the working tree, not yet committed (untracked).
  writeFiles(repo, { 'shop/migrations/0003_truncate.py': migration('0002_reindex', `migrations.RunSQL('TRUNCATE shop_order CASCADE;', migrations.RunSQL.noop)`) });

  assert.deepEqual(reportedFiles(repo, []), ['shop/migrations/0002_reindex.py', 'shop/migrations/0003_truncate.py']);
  assert.deepEqual(reportedFiles(repo, ['--since', 'HEAD']), ['shop/migrations/0003_truncate.py']);

  // Committed on a branch: --since the base commit still reports it, --since HEAD no longer does.
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'truncate');
  assert.deepEqual(reportedFiles(repo, ['--since', 'HEAD~1']), ['shop/migrations/0003_truncate.py']);
  assert.deepEqual(reportedFiles(repo, ['--since', 'HEAD']), []);

  // A modified tracked file counts as changed.
  fs.appendFileSync(`${repo}/shop/migrations/0002_reindex.py`, '\n# touched\n');
  assert.deepEqual(reportedFiles(repo, ['--since', 'HEAD']), ['shop/migrations/0002_reindex.py']);
});

test('check --since with an unknown ref is a usage error (exit 2)', (t) => {
  const repo = tempDir('since-bad');
  t.after(() => fs.rmSync(repo, { recursive: true, force: true }));
  git(repo, 'init', '-q');
  writeFiles(repo, BASE_PROJECT);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');
  const run = runCli(['check', '--since', 'no-such-ref'], repo);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /--since no-such-ref/);
});
