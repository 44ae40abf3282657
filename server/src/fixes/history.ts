// History edits: rebasing a branch of migrations after another leaf, and writing migration manifests.
import * as path from 'node:path';
import { DjangoProject, MigrationEntry } from '../engine/project';
import { MigrationKey, splitKey } from '../django/graph';
import { Fix, FileCreate, TextEdit } from '../engine/types';
import { applyEdits } from './pythonEdits';
import { pyStrRepr } from '../django/operations';
import { nextMigrationNumber } from '../django/writer';
import { Config } from '../config/config';

/** The migrations of `app` reachable backwards from `leaf` but not from `other` (the leaf's own branch), in plan order. */
export function branchOf(project: DjangoProject, app: string, leaf: MigrationKey, other: MigrationKey): MigrationKey[] {
  const otherAncestors = new Set(project.graph.forwardsPlan(other));
  return project.graph.forwardsPlan(leaf).filter((k) => splitKey(k)[0] === app && !otherAncestors.has(k));
}

/**
 * Renumbers the migrations of `branch` after `onto` (another leaf of the same app), rewriting their
 * dependencies, and the dependencies of migrations elsewhere that point at renamed ones.
 */
export function rebaseFix(project: DjangoProject, app: string, branch: MigrationKey[], onto: MigrationKey): Fix | undefined {
  const entries = branch.map((k) => project.entries.get(k)).filter((e): e is MigrationEntry => !!e && !!e.file);
  if (entries.length !== branch.length || entries.length === 0) return undefined;
  const appInfo = project.appByLabel(app);
  const ontoName = splitKey(onto)[1];
  const taken = new Set(appInfo?.migrationNames ?? []);
  // New names: numbers after the other leaf (and after every existing number), keeping each name's suffix.
  let number = Number(nextMigrationNumber([ontoName, ...taken]));
  const renames = new Map<string, string>();
  for (const e of entries) {
    const suffix = e.name.replace(/^\d+_?/, '');
    let newName = `${String(number).padStart(4, '0')}${suffix ? `_${suffix}` : ''}`;
    while (taken.has(newName)) newName = `${String(++number).padStart(4, '0')}${suffix ? `_${suffix}` : ''}`;
    renames.set(e.name, newName);
    taken.add(newName);
    number++;
  }
  const branchNames = new Set(entries.map((e) => e.name));
  const branchRoots = entries.filter((e) => !e.migration.dependencies.some((d) => d.app === app && branchNames.has(d.name)));
  const creates: FileCreate[] = [];
  const deletes: string[] = [];
  const edits: TextEdit[] = [];
  for (const e of entries) {
    const text = e.migration.module.text;
    const local: Array<{ start: number; end: number; newText: string }> = [];
    const isRoot = branchRoots.includes(e);
    let pointedAtOnto = false;
    for (const dep of e.migration.dependencies) {
      if (dep.app !== app || !dep.span) continue;
      const depText = text.slice(dep.span.start, dep.span.end);
      const renamed = renames.get(dep.name);
      const target = renamed ?? (isRoot && !branchNames.has(dep.name) && !pointedAtOnto ? ontoName : undefined);
      if (!target) continue;
      if (!renamed) pointedAtOnto = true;
      const at = findQuoted(depText, dep.name);
      if (at) local.push({ start: dep.span.start + at.start, end: dep.span.start + at.end, newText: pyStrRepr(target) });
    }
    const newFile = path.join(path.dirname(e.file!), `${renames.get(e.name)}.py`);
    creates.push({ file: newFile, text: applyEdits(text, local) });
    deletes.push(e.file!);
  }
  // Other migrations (other apps, or later ones) that depend on a renamed migration.
  for (const other of project.entries.values()) {
    if (other.virtual || !other.file || branch.includes(other.key)) continue;
    for (const dep of other.migration.dependencies) {
      const renamed = dep.app === app ? renames.get(dep.name) : undefined;
      if (!renamed || !dep.span) continue;
      const at = findQuoted(other.migration.module.text.slice(dep.span.start, dep.span.end), dep.name);
      if (at) edits.push({ file: other.file, start: dep.span.start + at.start, end: dep.span.start + at.end, newText: pyStrRepr(renamed) });
    }
  }
  return {
    title: `Rebase ${entries.map((e) => e.name).join(', ')} after ${ontoName} (renamed to ${entries.map((e) => renames.get(e.name)).join(', ')})`,
    safety: 'unsafe',
    edits,
    creates,
    deletes,
  };
}

function findQuoted(text: string, name: string): { start: number; end: number } | undefined {
  for (const q of ["'", '"']) {
    const at = text.lastIndexOf(`${q}${name}${q}`);
    if (at >= 0) return { start: at, end: at + name.length + 2 };
  }
  return undefined;
}

// ---- manifests ----

export const PER_APP_MANIFEST = 'max_migration.txt';

export type ManifestStyle = 'per-app' | 'project' | 'off';

/** Which manifest style applies: configured, or (auto) the style of the manifests that already exist. */
export function manifestStyle(project: DjangoProject, config: Config): ManifestStyle {
  if (config.manifest === 'per-app' || config.manifest === 'project' || config.manifest === 'off') return config.manifest;
  if (project.apps.some((a) => a.migrationsDir && project.fileText(path.join(a.migrationsDir, PER_APP_MANIFEST)) !== undefined)) return 'per-app';
  if (project.fileText(path.join(project.root, config.manifestFile)) !== undefined) return 'project';
  return 'off';
}

/** Latest migrations per app; `overrides` gives the latest of an app after a change not on disk yet. */
export function latestMigrations(project: DjangoProject, overrides: ReadonlyMap<string, string> = new Map()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const app of project.apps) {
    if (!app.migrationsDir) continue;
    const override = overrides.get(app.label);
    const leaves = override ? [override] : project.graph.leafNodes(app.label).map((k) => splitKey(k)[1]);
    if (leaves.length) out.set(app.label, leaves);
  }
  return out;
}

export function projectManifestText(project: DjangoProject, overrides: ReadonlyMap<string, string> = new Map()): string {
  const lines = [...latestMigrations(project, overrides)].filter(([, leaves]) => leaves.length === 1).map(([app, leaves]) => `${app}: ${leaves[0]}`).sort();
  return `${lines.join('\n')}\n`;
}

/** Fix that writes every manifest of the project with the current latest migrations. */
export function updateManifestsFix(project: DjangoProject, config: Config, style: ManifestStyle, overrides: ReadonlyMap<string, string> = new Map()): Fix | undefined {
  if (style === 'off') return undefined;
  const wanted = new Map<string, string>();
  if (style === 'per-app') {
    for (const [app, leaves] of latestMigrations(project, overrides)) {
      const info = project.appByLabel(app);
      if (overrides.size && !overrides.has(app)) continue; // only the apps the change touches
      if (info?.migrationsDir && leaves.length === 1) wanted.set(path.join(info.migrationsDir, PER_APP_MANIFEST), `${leaves[0]}\n`);
    }
  } else wanted.set(path.join(project.root, config.manifestFile), projectManifestText(project, overrides));
  const creates: FileCreate[] = [];
  const edits: TextEdit[] = [];
  for (const [file, text] of wanted) {
    const current = project.fileText(file);
    if (current === text) continue;
    if (current === undefined) creates.push({ file, text });
    else edits.push({ file, start: 0, end: current.length, newText: text });
  }
  if (creates.length + edits.length === 0) return undefined;
  return { title: `Update migration manifest${creates.length + edits.length > 1 ? 's' : ''}`, safety: 'safe', edits, creates };
}
