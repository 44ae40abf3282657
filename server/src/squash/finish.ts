// After a squash is deployed everywhere: delete the replaced migrations, point everything that
// depended on them at the squash, and drop `replaces` (Django's "transition" step, done for the user).
// Also the reset: new initial migrations instead of the whole history, and the one SQL statement
// that records them in django_migrations.
import { DjangoProject, MigrationEntry } from '../engine/project';
import { MigrationKey, key, splitKey } from '../django/graph';
import { FileCreate, TextEdit } from '../engine/types';
import { Span } from '../python/ast';
import { pyStrRepr } from '../django/operations';
import { SquashResult, squashApp } from './squash';

export interface HistoryChange {
  edits: TextEdit[];
  creates: FileCreate[];
  deletes: string[];
  errors: string[];
  notes: string[];
  /** For a reset: the statement to run on every existing database. */
  sql?: string;
  squash?: SquashResult;
}

/** Squashes of the app that still carry `replaces`. */
export function pendingSquashes(project: DjangoProject, app?: string): MigrationEntry[] {
  return [...project.entries.values()].filter((e) => !e.virtual && e.file && (app === undefined || e.app === app) && e.migration.replaces.length > 0);
}

export function finishSquash(project: DjangoProject, app: string, squashName?: string): HistoryChange {
  const change: HistoryChange = { edits: [], creates: [], deletes: [], errors: [], notes: [] };
  let squashes = pendingSquashes(project, app);
  if (squashName) squashes = squashes.filter((e) => e.name === squashName || e.name.startsWith(squashName));
  if (squashes.length === 0) {
    change.errors.push(squashName ? `No squash of ${app} matches "${squashName}".` : `${app} has no squashed migration with replaces = [...] to finish.`);
    return change;
  }
  // Every migration a squash replaces, nested squashes included, points at the outermost squash.
  const target = new Map<MigrationKey, string>();
  for (const squash of squashes) for (const k of replacedKeys(project, squash)) target.set(k, squash.name);
  for (const squash of squashes) target.delete(key(squash.app, squash.name));
  const deleted = new Set<string>();
  for (const k of target.keys()) {
    const entry = project.entries.get(k);
    if (entry?.file) {
      change.deletes.push(entry.file);
      deleted.add(entry.file);
    }
  }
  checkNoCodeUsed(project, target, deleted, change);
  if (change.errors.length) return change;
  repointDependents(project, (app2, name) => (app2 === app ? target.get(key(app2, name)) : undefined), deleted, change);
  for (const squash of squashes) {
    const assign = squash.migration.replacesAssign;
    if (assign) change.edits.push(removeStatement(squash.file!, project.fileText(squash.file!) ?? '', assign));
  }
  change.notes.push(`${squashes.map((s) => s.name).join(', ')}: ${change.deletes.length} replaced migration file(s) deleted, ${change.edits.length - squashes.length} dependency edit(s).`);
  return change;
}

/** The fresh start: new initial migrations from the history, old files deleted, dependents repointed. */
export function resetApp(project: DjangoProject, app: string, name?: string): HistoryChange {
  const change: HistoryChange = { edits: [], creates: [], deletes: [], errors: [], notes: [] };
  const squash = squashApp(project, { app, mode: 'reset', name });
  change.squash = squash;
  if (squash.errors.length) {
    change.errors.push(...squash.errors);
    return change;
  }
  // Old name -> the new migration that takes its place.
  const target = new Map<MigrationKey, string>();
  for (const group of squash.groups) {
    for (const k of group.keys) {
      target.set(k, group.name);
      const entry = project.entries.get(k);
      if (entry?.migration.replaces.length) for (const r of replacedKeys(project, entry)) target.set(r, group.name);
    }
  }
  const deleted = new Set<string>();
  const createdFiles = new Set(squash.creates.map((c) => c.file));
  for (const e of project.entries.values()) {
    if (e.app !== app || !e.file) continue;
    if (!target.has(e.key)) target.set(e.key, squash.groups[squash.groups.length - 1].name);
    deleted.add(e.file);
    if (!createdFiles.has(e.file)) change.deletes.push(e.file);
  }
  checkNoCodeUsed(project, target, deleted, change);
  if (change.errors.length) return change;
  change.creates.push(...squash.creates);
  repointDependents(project, (app2, n) => (app2 === app ? target.get(key(app2, n)) : undefined), deleted, change);
  change.sql =
    `WITH removed AS (DELETE FROM django_migrations WHERE app = ${sqlString(app)}) ` +
    `INSERT INTO django_migrations (app, name, applied) SELECT app, name, now() FROM (VALUES ${squash.groups.map((g) => `(${sqlString(app)}, ${sqlString(g.name)})`).join(', ')}) AS new_migrations (app, name);`;
  change.notes.push(`Run this on every database that has applied the whole history of ${app}, in the same deploy:`);
  return change;
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function replacedKeys(project: DjangoProject, squash: MigrationEntry, seen = new Set<MigrationKey>()): MigrationKey[] {
  const out: MigrationKey[] = [];
  for (const r of squash.migration.replaces) {
    const k = key(r.app, r.name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(k);
    const inner = project.entries.get(k);
    if (inner?.migration.replaces.length) out.push(...replacedKeys(project, inner, seen));
  }
  return out;
}

/** Code that imports from a migration about to be deleted would break: refuse, and say where. */
function checkNoCodeUsed(project: DjangoProject, target: Map<MigrationKey, string>, deleted: Set<string>, change: HistoryChange): void {
  const modules = [...target.keys()].map((k) => {
    const [app, name] = splitKey(k);
    const entry = project.entries.get(k);
    return { name, module: entry?.migration.module.moduleName ?? `${app}.migrations.${name}` };
  });
  for (const e of project.entries.values()) {
    if (!e.file || deleted.has(e.file)) continue;
    const text = project.fileText(e.file) ?? '';
    for (const m of modules) {
      if (text.includes(m.module) || new RegExp(`\\bimport_module\\([^)]*${m.name.replace(/\W/g, '.')}`).test(text)) {
        change.errors.push(`${e.app}.${e.name} uses code from ${m.module}, which would be deleted: copy that code into ${e.name} first.`);
      }
    }
  }
}

/** Points dependencies and run_before entries at the migrations that take the deleted ones' place. */
function repointDependents(project: DjangoProject, replacement: (app: string, name: string) => string | undefined, deleted: Set<string>, change: HistoryChange): void {
  for (const e of project.entries.values()) {
    if (e.virtual || !e.file || deleted.has(e.file)) continue;
    const text = project.fileText(e.file) ?? '';
    const kept = new Set<string>();
    // Dependencies that stay as they are count as already present.
    for (const d of e.migration.dependencies) if (!replacement(d.app, d.name)) kept.add(`${d.app}\u0000${d.name}`);
    for (const list of [e.migration.dependencies, e.migration.runBefore]) {
      for (const d of list) {
        const to = replacement(d.app, d.name);
        if (!to || !d.span) continue;
        if (list === e.migration.dependencies && d.app === e.app && to === e.name) {
          change.edits.push(removeListItem(e.file, text, d.span));
          continue;
        }
        const id = `${d.app}\u0000${to}`;
        if (list === e.migration.dependencies && kept.has(id)) change.edits.push(removeListItem(e.file, text, d.span));
        else {
          change.edits.push({ file: e.file, start: d.span.start, end: d.span.end, newText: `(${pyStrRepr(d.app)}, ${pyStrRepr(to)})` });
          if (list === e.migration.dependencies) kept.add(id);
        }
      }
    }
  }
}

/** Removes one element of a list literal with its comma, and its line when it stood alone. */
export function removeListItem(file: string, text: string, span: Span): TextEdit {
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ',') end++;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  let rest = end;
  while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
  if (/^\s*$/.test(before) && (text[rest] === '\n' || rest === text.length)) return { file, start: lineStart, end: Math.min(rest + 1, text.length), newText: '' };
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { file, start: span.start, end, newText: '' };
}

/** Removes a whole statement (its lines) and one blank line before it. */
function removeStatement(file: string, text: string, span: Span): TextEdit {
  let start = text.lastIndexOf('\n', span.start - 1) + 1;
  let end = text.indexOf('\n', span.end);
  end = end === -1 ? text.length : end + 1;
  const previousLineStart = text.lastIndexOf('\n', start - 2) + 1;
  if (start > 0 && /^\s*\n$/.test(text.slice(previousLineStart, start))) start = previousLineStart;
  return { file, start, end, newText: '' };
}
