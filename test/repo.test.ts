// Invariants of the repository itself: the core never imports the protocol, generated docs are fresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { staleFiles } from '../scripts/gen-docs';
import { configFromPyproject } from '../server/src/config/config';

const ROOT = path.resolve(__dirname, '..');
const CORE = ['python', 'sql', 'django', 'rules', 'fixes', 'engine', 'config', 'project', 'cli', 'squash'];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

test('the analysis core never imports vscode or the language server protocol', () => {
  const offenders: string[] = [];
  for (const folder of CORE) {
    const dir = path.join(ROOT, 'server', 'src', folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of tsFiles(dir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)) {
        const spec = m[1] ?? m[2];
        if (/^vscode($|-languageserver|-languageclient|-jsonrpc)/.test(spec) || spec.includes('/lsp/')) offenders.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test('generated rule docs, README table and package.json settings are up to date (npm run docs)', () => {
  assert.deepEqual(staleFiles(), []);
});

test('the configuration example in README reads without problems', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const toml = /```toml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(toml, 'README has a toml example');
  const config = configFromPyproject(toml, 'README.md');
  assert.deepEqual(config.problems, []);
  assert.equal(config.postgresVersion, 15);
  assert.equal(config.rules['lock-timeout']?.severity, 'warning');
});
