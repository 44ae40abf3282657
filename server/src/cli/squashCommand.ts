// `schema-guard squash` and `schema-guard finish-squash`: the command-palette squash, from a shell.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../python/treeSitter';
import { initSqlParser } from '../sql/index';
import { CachingFileSystem, NodeFileSystem } from '../project/fs';
import { Workspace } from '../engine/analyze';
import { DjangoProject } from '../engine/project';
import { ParsedArgs, UsageError } from './main';
import { versionFlag } from './sqlCommand';
import { squashApp, squashPreview } from '../squash/squash';
import { HistoryChange, finishSquash, resetApp } from '../squash/finish';
import { applyChangeToDisk } from './applyFixes';
import { squashManifestFix, withManifest } from '../squash/manifest';
import { Config } from '../config/config';

async function projectWithApp(args: ParsedArgs, command: string): Promise<{ project: DjangoProject; config: Config }> {
  const [projectDir, app] = args.positional;
  if (!projectDir || !app) throw new UsageError(`${command} needs PROJECT_DIR and APP_LABEL`);
  const root = path.resolve(projectDir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`cannot read ${projectDir}: not a directory`);
  await Promise.all([initPythonParser(), initSqlParser()]);
  const fsys = new CachingFileSystem(new NodeFileSystem());
  const workspace = new Workspace(fsys, [root]);
  const handles = workspace.handles;
  if (handles.length === 0) throw new UsageError(`no Django project found in ${projectDir}`);
  const handle = handles.find((h) => h.project.appByLabel(app)) ?? handles[0];
  // --django-version overrides the configured or detected version (the writer and optimizer differ).
  const version = versionFlag(args);
  const project = version ? new DjangoProject(handle.project.discovered, fsys, { ...handle.project.options, djangoVersion: version }) : handle.project;
  project.load();
  if (!project.appByLabel(app)) throw new UsageError(`no app "${app}" in ${projectDir} (apps: ${project.apps.map((a) => a.label).join(', ') || 'none'})`);
  return { project, config: handle.config };
}

export async function runSquashCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const app = args.positional[1];
  const { project, config } = await projectWithApp(args, 'squash');
  const dryRun = args.flags.has('--dry-run');
  const name = optional(args, '--name');
  if (name !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError('--name must be a Python identifier');
  if (args.flags.has('--reset')) {
    const change = resetApp(project, app, name);
    if (change.squash) out(squashPreview(change.squash, project.root).trimEnd());
    withManifest(change, change.squash ? squashManifestFix(project, config, change.squash) : undefined);
    return finishChange(change, project.root, dryRun, out);
  }
  const result = squashApp(project, { app, from: optional(args, '--from'), to: optional(args, '--to'), name });
  out(squashPreview(result, project.root).trimEnd());
  if (result.errors.length) return 1;
  if (dryRun) {
    out('(dry run: nothing written)');
    return 0;
  }
  const change: HistoryChange = { edits: [], creates: result.creates, deletes: [], errors: [], notes: [] };
  withManifest(change, squashManifestFix(project, config, result));
  applyChangeToDisk(change);
  for (const c of change.creates) out(`Wrote ${path.relative(project.root, c.file)}`);
  for (const f of new Set(change.edits.map((e) => e.file))) out(`Updated ${path.relative(project.root, f)}`);
  return 0;
}

export async function runFinishSquashCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [, app, squash] = args.positional;
  const { project } = await projectWithApp(args, 'finish-squash');
  return finishChange(finishSquash(project, app, squash), project.root, args.flags.has('--dry-run'), out);
}

function finishChange(change: HistoryChange, root: string, dryRun: boolean, out: (s: string) => void): number {
  if (change.errors.length) {
    for (const e of change.errors) out(`error: ${e}`);
    return 1;
  }
  const rel = (f: string) => path.relative(root, f);
  for (const f of change.deletes) out(`delete ${rel(f)}`);
  for (const c of change.creates) out(`write  ${rel(c.file)}`);
  for (const f of new Set(change.edits.map((e) => e.file))) out(`edit   ${rel(f)}`);
  for (const n of change.notes) out(n);
  if (change.sql) out(`\n${change.sql}\n`);
  if (dryRun) {
    out('(dry run: nothing written)');
    return 0;
  }
  applyChangeToDisk(change);
  return 0;
}

function optional(args: ParsedArgs, flag: string): string | undefined {
  const v = args.flags.get(flag);
  return typeof v === 'string' ? v : undefined;
}
