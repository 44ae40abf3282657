// Where and how a fix writes a new migration for an app: the next number, a Django-style name,
// and dependencies on the app's current leaf migrations.
import * as path from 'node:path';
import { AppInfo } from '../project/discover';
import { DjangoProject } from '../engine/project';
import { MigrationSpec, WrittenOperation, nextMigrationNumber, suggestName, writeMigration } from '../django/writer';
import { FileCreate } from '../engine/types';

export interface NewMigration {
  name: string;
  file: string;
  create: FileCreate;
}

export function appLeaves(project: DjangoProject, app: string): string[] {
  return project.graph.leafNodes(app).map((k) => k.split('\u0000')[1]);
}

/** A new migration after the app's latest one(s), or undefined when the app has no migrations folder. */
export function newMigrationFile(
  project: DjangoProject,
  app: AppInfo,
  operations: WrittenOperation[],
  nameFragments: string[],
  fallbackName: string,
  extra: Partial<MigrationSpec> = {},
  reservedNames: string[] = [],
): NewMigration | undefined {
  if (!app.migrationsDir) return undefined;
  const number = nextMigrationNumber([...app.migrationNames, ...reservedNames]);
  const name = `${number}_${suggestName(nameFragments, fallbackName)}`;
  const leaves = appLeaves(project, app.label);
  const spec: MigrationSpec = {
    dependencies: [...leaves.map((n) => ({ app: app.label, name: n })), ...(extra.dependencies ?? [])],
    operations,
    ...extra,
  };
  spec.dependencies = [...leaves.map((n) => ({ app: app.label, name: n })), ...(extra.dependencies ?? [])];
  const file = path.join(app.migrationsDir, `${name}.py`);
  return { name, file, create: { file, text: writeMigration(spec) } };
}
