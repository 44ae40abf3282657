// Invariants of the repository itself: the core never imports the protocol, generated docs are fresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { staleFiles } from '../scripts/gen-docs';

const ROOT = path.resolve(__dirname, '..');
const CORE = ['python', 'sql', 'django', 'rules', 'fixes', 'engine', 'config', 'project', 'cli'];

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
