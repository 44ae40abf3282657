// `schema-guard sql`: what `manage.py sqlmigrate` prints, for one migration or all of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../python/treeSitter';
import { initSqlParser } from '../sql/index';
import { CachingFileSystem, NodeFileSystem } from '../project/fs';
import { discoverProjects } from '../project/discover';
import { DjangoProject } from '../engine/project';
import { sqlmigrateText } from '../django/replay';
import { ParsedArgs, UsageError } from './main';
import { Workspace } from '../engine/analyze';

export function versionFlag(args: ParsedArgs): { major: number; minor: number } | undefined {
  const v = args.flags.get('--django-version');
  if (v === undefined) return undefined;
  const m = /^(\d+)\.(\d+)$/.exec(String(v));
  if (!m) throw new UsageError('--django-version must look like 5.2');
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export async function runSqlCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [projectDir, appLabel, migrationName] = args.positional;
  if (!projectDir) throw new UsageError('sql needs PROJECT_DIR');
  const root = path.resolve(projectDir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`cannot read ${projectDir}: not a directory`);
  await Promise.all([initPythonParser(), initSqlParser()]);
  const fsys = new CachingFileSystem(new NodeFileSystem());
  const discovered = discoverProjects(fsys, root);
  if (discovered.length === 0) throw new UsageError(`no Django project found in ${projectDir}`);
  // Use the workspace for configuration, then override versions from flags.
  const handle = new Workspace(fsys, [root]).handles[0];
  const pg = args.flags.get('--postgres-version');
  const project = new DjangoProject(discovered[0], fsys, {
    djangoVersion: versionFlag(args) ?? handle?.config.djangoVersion,
    pgVersion: pg !== undefined ? Number(pg) : handle?.config.postgresVersion,
    fieldTypes: handle?.config.fieldTypes,
  });
  project.load();
  const backwards = args.flags.has('--backwards');
  if (args.flags.has('--all')) {
    const outDir = args.flags.get('--out');
    if (typeof outDir !== 'string') throw new UsageError('--all needs --out DIR');
    let count = 0;
    for (const entry of project.entries.values()) {
      if (entry.virtual) continue;
      const sql = project.sqlmigrate(entry.app, entry.name, backwards);
      if (!sql) continue;
      const text = sqlmigrateText(sql);
      const dir = path.join(outDir, entry.app);
      fs.mkdirSync(dir, { recursive: true });
      if (sql.fatal) fs.writeFileSync(path.join(dir, `${entry.name}.error.txt`), `${text.stderr}\n`);
      else fs.writeFileSync(path.join(dir, `${entry.name}.sql`), `${text.stdout}\n`);
      count++;
    }
    process.stderr.write(`Wrote SQL for ${count} migrations to ${outDir}\n`);
    return 0;
  }
  if (!appLabel || !migrationName) throw new UsageError('sql needs APP_LABEL and MIGRATION_NAME (or --all --out DIR)');
  if (!project.appByLabel(appLabel) && ![...project.entries.values()].some((e) => e.app === appLabel)) {
    process.stderr.write(`schema-guard: App '${appLabel}' does not have migrations.\n`);
    return 2;
  }
  const matches = [...project.entries.values()].filter((e) => e.app === appLabel && e.name.startsWith(migrationName));
  const exact = matches.find((e) => e.name === migrationName);
  if (matches.length > 1 && !exact) {
    process.stderr.write(`schema-guard: More than one migration matches '${migrationName}' in app '${appLabel}'. Please be more specific.\n`);
    return 2;
  }
  const entry = exact ?? matches[0];
  if (!entry) {
    process.stderr.write(`schema-guard: Cannot find a migration matching '${migrationName}' from app '${appLabel}'.\n`);
    return 2;
  }
  const sql = project.sqlmigrate(entry.app, entry.name, backwards);
  if (!sql) {
    process.stderr.write(`schema-guard: ${entry.app}.${entry.name} is not part of the migration plan (replaced by a squash?).\n`);
    return 2;
  }
  const text = sqlmigrateText(sql);
  if (text.stderr) process.stderr.write(`${text.stderr}\n`);
  if (text.stdout) out(text.stdout);
  return sql.fatal ? 1 : 0;
}
