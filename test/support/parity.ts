// Compares our sqlmigrate output with files real Django wrote (oracle and generated corpora).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { discoverProjects } from '../../server/src/project/discover';
import { NodeFileSystem } from '../../server/src/project/fs';
import { DjangoProject } from '../../server/src/engine/project';
import { sqlmigrateText } from '../../server/src/django/replay';
import { loadModule } from 'libpg-query';

export interface ParityCase {
  app: string;
  name: string;
  backwards: boolean;
  expected: string;
  actual: string;
  equal: boolean;
  kinds: string[];
}

/** Whitespace and identifier quoting normalised; random UUID literals masked. */
export function normalizeSql(sql: string): string {
  return sql
    .replace(/'[0-9a-f]{32}'::uuid/g, "'<uuid>'::uuid")
    .replace(/'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?(\+00:00)?'::timestamptz/g, "'<now>'::timestamptz")
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

export async function parityForProject(projectDir: string, expectedDir: string, backwardsDir: string | undefined, djangoVersion: { major: number; minor: number }): Promise<ParityCase[]> {
  await initPythonParser();
  await loadModule();
  const fsys = new NodeFileSystem();
  const [discovered] = discoverProjects(fsys, projectDir);
  const project = new DjangoProject(discovered, fsys, { djangoVersion, pgVersion: 15 });
  project.load();
  project.replayUpTo();
  const cases: ParityCase[] = [];
  for (const [dir, backwards] of [[expectedDir, false], [backwardsDir, true]] as Array<[string | undefined, boolean]>) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const app of fs.readdirSync(dir).sort()) {
      const appDir = path.join(dir, app);
      if (!fs.statSync(appDir).isDirectory()) continue;
      for (const file of fs.readdirSync(appDir).sort()) {
        const isError = file.endsWith('.error.txt');
        if (!file.endsWith('.sql') && !isError) continue;
        const name = file.replace(/\.error\.txt$|\.sql$/, '');
        const expected = fs.readFileSync(path.join(appDir, file), 'utf8');
        const sql = project.sqlmigrate(app, name, backwards);
        let actual = '<migration not found>';
        const kinds: string[] = [];
        if (sql) {
          const text = sqlmigrateText(sql);
          actual = isError || sql.fatal ? text.stderr : text.stdout;
          for (const op of sql.operations) kinds.push(op.op.kind);
        }
        const equal = isError ? normalizeSql(actual).split(':')[0] === normalizeSql(expected).split(':')[0] : normalizeSql(actual) === normalizeSql(expected);
        cases.push({ app, name, backwards, expected, actual, equal, kinds });
      }
    }
  }
  return cases;
}
