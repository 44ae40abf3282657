// `check --fix`: applies the first safe fix of each finding (not overlapping another one), creating new files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, Fix } from '../engine/types';
import { applyEdits } from '../fixes/pythonEdits';

export function applyFixesToDisk(findings: Finding[]): { fixes: number; created: number } {
  const chosen: Fix[] = [];
  const taken = new Map<string, Array<[number, number]>>();
  const createdFiles = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safety === 'safe' && !x.scope);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => (taken.get(e.file) ?? []).some(([s, t]) => e.start < t && s < e.end || (e.start === e.end && e.start >= s && e.start <= t)));
    if (overlaps || (fix.creates ?? []).some((c) => createdFiles.has(c.file) || fs.existsSync(c.file))) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.set(e.file, [...(taken.get(e.file) ?? []), [e.start, e.end]]);
    for (const c of fix.creates ?? []) createdFiles.add(c.file);
  }
  const creates = chosen.flatMap((f) => f.creates ?? []);
  applyChangeToDisk({ edits: chosen.flatMap((f) => f.edits), creates, deletes: chosen.flatMap((f) => f.deletes ?? []) });
  return { fixes: chosen.length, created: creates.length };
}

/**
 * Writes a change (fixes, a squash, a finish-squash) to disk: new files, text edits, then deletions.
 * A file both deleted and created (a reset's new 0001_initial) is overwritten.
 */
export function applyChangeToDisk(change: Pick<Fix, 'edits' | 'creates' | 'deletes'>): void {
  const created = new Set<string>();
  for (const c of change.creates ?? []) {
    fs.mkdirSync(path.dirname(c.file), { recursive: true });
    fs.writeFileSync(c.file, c.text);
    created.add(c.file);
  }
  const byFile = new Map<string, Fix['edits']>();
  for (const e of change.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, edits] of byFile) fs.writeFileSync(file, applyEdits(fs.readFileSync(file, 'utf8'), edits));
  for (const file of change.deletes ?? []) if (!created.has(file) && fs.existsSync(file)) fs.unlinkSync(file);
}
