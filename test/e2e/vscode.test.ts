// End-to-end: the packaged extension (schema-guard.vsix) in a real VS Code (code-server 4.100.3 = VS Code 1.100.3)
// driven through headless Chromium. Opens shop/models.py of a Django sample, waits for the implicit-table-name
// diagnostic in the Problems panel, applies its quick fix and checks the files on disk.
//
// Needs `bash scripts/e2e/setup.sh` (Chromium, code-server). Without it the test is skipped, unless
// SCHEMA_GUARD_REQUIRE_E2E=1 (CI), which makes it fail. See scripts/e2e/README.md for the other variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  OUTPUT_DIR,
  ROOT,
  type Browser,
  type CodeServer,
  applyQuickFix,
  collectLogs,
  gotoPosition,
  killOwnedProcessesSync,
  launchBrowser,
  log,
  missingPrerequisites,
  openFile,
  openProblems,
  openWorkbench,
  problemRows,
  run,
  runCommand,
  pickQuickItem,
  clickDialogButton,
  screenshot,
  startCodeServer,
  stopCodeServer,
  waitFor,
  waitForProblem,
  waitForProblemGone,
} from './driver';

const REQUIRE = process.env.SCHEMA_GUARD_REQUIRE_E2E === '1';
const KEEP = process.env.SCHEMA_GUARD_E2E_KEEP === '1';
const FAKE = process.env.SCHEMA_GUARD_E2E_FAKE === '1';

const RULE = 'implicit-table-name';
const MESSAGE = 'Model Order has an implicit table name';
const FIX_TITLE = 'Set Meta.db_table = "shop_order"';

// --- the extension under test ------------------------------------------------------------------------------------

function newestMtime(paths: string[]): { file: string; mtime: number } {
  let best = { file: '', mtime: 0 };
  const visit = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules' && name !== 'out') visit(path.join(p, name));
    } else if (st.mtimeMs > best.mtime) best = { file: p, mtime: st.mtimeMs };
  };
  paths.forEach(visit);
  return best;
}

/** The vsix to test: $SCHEMA_GUARD_E2E_VSIX, the fake fixture extension, or schema-guard.vsix (built when missing or stale). */
async function extensionUnderTest(scratch: string): Promise<string> {
  if (process.env.SCHEMA_GUARD_E2E_VSIX) return path.resolve(process.env.SCHEMA_GUARD_E2E_VSIX);
  if (FAKE) {
    const dir = path.join(scratch, 'fake-extension');
    fs.cpSync(path.join(__dirname, 'fixtures', 'fake-extension'), dir, { recursive: true });
    const out = path.join(scratch, 'schema-guard-e2e-fake.vsix');
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = await run(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', out], { cwd: dir, timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(`packaging the fake extension failed:\n${result.output}`);
    log(`packaged the fake extension (SCHEMA_GUARD_E2E_FAKE=1): ${out}`);
    return out;
  }
  const vsix = path.join(ROOT, 'schema-guard.vsix');
  let reason = '';
  if (!fs.existsSync(vsix)) reason = 'schema-guard.vsix is missing';
  else if (process.env.SCHEMA_GUARD_E2E_NO_REBUILD !== '1') {
    const newest = newestMtime(['client/src', 'server/src', 'package.json', 'esbuild.mjs', 'syntaxes', '.vscodeignore'].map((p) => path.join(ROOT, p)));
    if (newest.mtime > fs.statSync(vsix).mtimeMs) reason = `schema-guard.vsix is older than ${path.relative(ROOT, newest.file)}`;
  }
  if (reason) {
    log(`${reason}: running npm run package`);
    const t = Date.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await run(npm, ['run', 'package'], { cwd: ROOT, timeoutMs: 180_000 });
    if (result.code !== 0 || !fs.existsSync(vsix)) {
      throw new Error(`npm run package failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${result.output.split('\n').slice(-40).join('\n')}`);
    }
    log(`npm run package: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return vsix;
}

// --- the Django sample -------------------------------------------------------------------------------------------

const TINY_PROJECT: Record<string, string> = {
  'manage.py': [
    '#!/usr/bin/env python',
    'import os',
    'import sys',
    '',
    'if __name__ == "__main__":',
    '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")',
    '    from django.core.management import execute_from_command_line',
    '',
    '    execute_from_command_line(sys.argv)',
    '',
  ].join('\n'),
  'mysite/__init__.py': '',
  'mysite/settings.py': [
    'SECRET_KEY = "e2e"',
    'INSTALLED_APPS = ["shop"]',
    'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}',
    'DEFAULT_AUTO_FIELD = "django.db.models.AutoField"',
    'USE_TZ = True',
    '',
  ].join('\n'),
  'shop/__init__.py': '',
  'shop/models.py': 'from django.db import models\n\nclass Order(models.Model):\n    total = models.IntegerField()\n',
  'shop/migrations/__init__.py': '',
  'shop/migrations/0001_initial.py': [
    'from django.db import migrations, models',
    '',
    '',
    'class Migration(migrations.Migration):',
    '    initial = True',
    '',
    '    dependencies = []',
    '',
    '    operations = [',
    '        migrations.CreateModel(',
    '            name="Order",',
    '            fields=[',
    '                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),',
    '                ("total", models.IntegerField()),',
    '            ],',
    '        ),',
    '    ]',
    '',
  ].join('\n'),
};

/** Copies samples/shop (or writes the tiny project) into `workspace`; returns models.py's path relative to it. */
function prepareWorkspace(workspace: string): { models: string; source: string } {
  const sample = path.join(ROOT, 'samples', 'shop');
  let source: string;
  if (process.env.SCHEMA_GUARD_E2E_TINY !== '1' && fs.existsSync(sample)) {
    fs.cpSync(sample, workspace, { recursive: true, filter: (p) => !/(__pycache__|\.pyc$)/.test(p) });
    source = 'samples/shop';
  } else {
    for (const [file, text] of Object.entries(TINY_PROJECT)) {
      fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      fs.writeFileSync(path.join(workspace, file), text);
    }
    source = 'a tiny built-in project (samples/shop does not exist yet)';
  }
  // shop/models.py normally; otherwise the app folder named shop whose models.py defines Order.
  const preferred = path.join(workspace, 'shop', 'models.py');
  if (fs.existsSync(preferred)) return { models: 'shop/models.py', source };
  const found = findFiles(workspace, (p) => p.endsWith(`${path.sep}shop${path.sep}models.py`) && /^class Order\(/m.test(fs.readFileSync(p, 'utf8')));
  if (!found.length) throw new Error(`no shop/models.py defining class Order in ${source}`);
  return { models: path.relative(workspace, found[0]).split(path.sep).join('/'), source };
}

function findFiles(dir: string, match: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...findFiles(p, match));
    } else if (match(p)) out.push(p);
  }
  return out.sort();
}

function migrationFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d{4}_\w+\.py$/.test(f)).sort() : [];
}

/** 1-based line and column of `class Order` 's name. */
function orderPosition(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^class Order\(/.test(l));
  assert.ok(line >= 0, 'models.py has no class Order');
  return { line: line + 1, column: lines[line].indexOf('Order') + 1 };
}

function pythonParses(file: string): string | undefined {
  const python = ['/usr/bin/python3', '/usr/local/bin/python3'].find((p) => fs.existsSync(p));
  if (!python) return undefined;
  const r = spawnSync(python, ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])', file], { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 ? undefined : `${file} is not valid Python:\n${r.stderr}`;
}

// --- the test ----------------------------------------------------------------------------------------------------

test('VS Code (code-server): implicit-table-name diagnostic and its quick fix', { timeout: 240_000 }, async (t) => {
  const missing = missingPrerequisites();
  if (missing.length) {
    const reason = `E2E prerequisites missing: ${missing.join('; ')}. Install them with: bash scripts/e2e/setup.sh`;
    if (REQUIRE) assert.fail(`${reason} (SCHEMA_GUARD_REQUIRE_E2E=1)`);
    console.log(`SKIP: ${reason}`);
    t.skip(reason);
    return;
  }
  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-guard-e2e-'));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace);
  fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  let cs: CodeServer | undefined;
  let browser: Browser | undefined;
  // Last resort if the runner kills this process before `finally` runs (timeout, Ctrl+C).
  const onExit = () => cs && killOwnedProcessesSync(cs.pid, cs.tag);
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    process.kill(process.pid, signal); // default action now: terminate
  };
  process.on('exit', onExit).on('SIGINT', onSignal).on('SIGTERM', onSignal);
  let failed = true;
  try {
    const vsix = await extensionUnderTest(scratch);
    const { models, source } = prepareWorkspace(workspace);
    const modelsFile = path.join(workspace, models);
    const migrationsDir = path.join(path.dirname(modelsFile), 'migrations');
    const before = migrationFiles(migrationsDir);
    const lastNumber = before.length ? parseInt(before[before.length - 1], 10) : 0;
    const expectedMigration = `${String(lastNumber + 1).padStart(4, '0')}_alter_order_table.py`;
    log(`workspace ${workspace} from ${source}; migrations: ${before.join(', ') || 'none'}; vsix ${vsix}`);

    cs = await startCodeServer({ workspace, baseDir: path.join(scratch, 'code-server'), vsix: [vsix] });
    browser = await launchBrowser({ baseDir: scratch });
    const page = browser.page;
    await openWorkbench(page, cs, workspace);
    await openFile(page, models);
    await openProblems(page);
    const row = await waitForProblem(page, [MESSAGE, 'schema-guard', RULE], 60_000, cs);
    assert.match(row, /schema-guard\W*implicit-table-name/, 'the Problems panel shows source and code: schema-guard(implicit-table-name)');
    const shot1 = await screenshot(page, '01-diagnostic');

    const pos = orderPosition(fs.readFileSync(modelsFile, 'utf8'));
    await gotoPosition(page, pos.line, pos.column);
    const title = await applyQuickFix(page, FIX_TITLE);
    assert.ok(title.startsWith(FIX_TITLE));

    // The fix is a WorkspaceEdit (text edits + a created file). VS Code saves refactored files itself
    // (files.refactoring.autoSave); if it did not, save like a user would.
    const migration = path.join(migrationsDir, expectedMigration);
    const onDisk = () => fs.existsSync(migration) && /db_table\s*=\s*["']shop_order["']/.test(fs.readFileSync(modelsFile, 'utf8'));
    const savedByItself = await waitFor('the fix on disk', onDisk, 10_000).then(() => true, () => false);
    if (!savedByItself) {
      log('the fix is not on disk after 10 s: File: Save All');
      await runCommand(page, 'File: Save All');
      await waitFor('the fix on disk after Save All', onDisk, 15_000, 250, () => `models.py:\n${fs.readFileSync(modelsFile, 'utf8')}\nmigrations: ${migrationFiles(migrationsDir).join(', ')}`);
    }
    log(`fix on disk (${savedByItself ? 'saved by VS Code' : 'after Save All'})`);

    const modelsText = fs.readFileSync(modelsFile, 'utf8');
    assert.match(modelsText, /db_table = "shop_order"/, `models.py after the fix:\n${modelsText}`);
    assert.deepEqual(migrationFiles(migrationsDir), [...before, expectedMigration].sort(), 'exactly one new migration');
    const migrationText = fs.readFileSync(migration, 'utf8');
    assert.match(migrationText, /AlterModelTable/, `${expectedMigration}:\n${migrationText}`);
    assert.match(migrationText, /shop_order/);
    for (const file of [modelsFile, migration]) {
      const problem = pythonParses(file);
      assert.equal(problem, undefined, problem);
    }
    // The diagnostic goes away once models.py pins its table.
    await waitForProblemGone(page, [MESSAGE, RULE], 30_000);

    // Show models.py with the new Meta for the second screenshot.
    await openFile(page, models);
    const metaLine = modelsText.split('\n').findIndex((l) => /db_table = "shop_order"/.test(l)) + 1;
    await gotoPosition(page, metaLine, 1);
    const shot2 = await screenshot(page, '02-after-fix');
    await openFile(page, path.relative(workspace, migration).split(path.sep).join('/'));
    const shot3 = await screenshot(page, '03-new-migration');

    // Squash from the command palette: app, "all", preview, confirmation; the squash lands next to the old files.
    const squashName = `0001_squashed_${expectedMigration.replace(/\.py$/, '')}.py`;
    await runCommand(page, 'Schema Guard: Squash migrations');
    await pickQuickItem(page, 'shop');
    await pickQuickItem(page, 'Squash all', 'Squash all');
    const dialog = await clickDialogButton(page, 'Write squashed migrations', 60_000);
    assert.match(dialog, /Write the squashed migration\(s\) of shop/);
    const squashFile = path.join(migrationsDir, squashName);
    await waitFor(`${squashName} on disk`, () => fs.existsSync(squashFile) && /replaces = \[/.test(fs.readFileSync(squashFile, 'utf8')), 30_000, 250, () => `migrations: ${migrationFiles(migrationsDir).join(', ')}`);
    assert.deepEqual(migrationFiles(migrationsDir), [...before, expectedMigration, squashName].sort(), 'the squash is written next to the old migrations');
    const squashProblem = pythonParses(squashFile);
    assert.equal(squashProblem, undefined, squashProblem);
    const shot4 = await screenshot(page, '04-squash');
    log(`remaining problems: ${JSON.stringify(await problemRows(page))}`);
    if (browser.errors.length) log(`browser console errors (${browser.errors.length}): ${browser.errors.slice(0, 5).join(' | ')}`);
    console.log(`screenshots:\n  ${shot1}\n  ${shot2}\n  ${shot3}\n  ${shot4}`);
    failed = false;
  } finally {
    if (failed && browser) await screenshot(browser.page, 'failure').catch(() => undefined);
    if (failed && cs) {
      collectLogs(cs, path.join(OUTPUT_DIR, 'logs'));
      log(`logs copied to ${path.join(OUTPUT_DIR, 'logs')}`);
    }
    await browser?.close();
    if (cs) await stopCodeServer(cs).catch((e) => log(`stopping code-server: ${e}`));
    process.off('exit', onExit).off('SIGINT', onSignal).off('SIGTERM', onSignal);
    if (KEEP) log(`kept ${scratch} (SCHEMA_GUARD_E2E_KEEP=1)`);
    else fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
});
