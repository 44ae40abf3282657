// Applies our quick fixes to a project on disk the way a user would: analyse, apply one fix, repeat.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/analyze';
import { Finding, Fix } from '../../server/src/engine/types';
import { NodeFileSystem } from '../../server/src/project/fs';
import { applyEdits } from '../../server/src/fixes/pythonEdits';

export function writeFix(fix: Fix): void {
  const byFile = new Map<string, Fix['edits']>();
  for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, edits] of byFile) fs.writeFileSync(file, applyEdits(fs.readFileSync(file, 'utf8'), edits));
  for (const c of fix.creates ?? []) {
    fs.mkdirSync(path.dirname(c.file), { recursive: true });
    fs.writeFileSync(c.file, c.text);
  }
  for (const d of fix.deletes ?? []) fs.rmSync(d, { force: true });
}

export function analyzeDir(root: string): Finding[] {
  return [...new Workspace(new NodeFileSystem(), [root]).analyzeAll().values()].flat();
}

/**
 * Repeatedly applies the first single-finding fix (whose title matches) of the given rules until none is left.
 * Returns the titles applied, in order.
 */
export function applyAllFixes(root: string, rules: string[], pick: (f: Finding) => Fix | undefined = (f) => f.fixes.find((x) => !x.scope), limit = 50): string[] {
  const applied: string[] = [];
  for (let i = 0; i < limit; i++) {
    const finding = analyzeDir(root).find((f) => rules.includes(f.rule) && pick(f));
    if (!finding) return applied;
    const fix = pick(finding)!;
    writeFix(fix);
    applied.push(fix.title);
  }
  throw new Error(`fixes did not converge after ${limit} rounds: ${applied.join(', ')}`);
}

export function copyTree(src: string, dest: string): string {
  fs.cpSync(src, dest, { recursive: true, filter: (p) => !p.includes('__pycache__') });
  return dest;
}
