// The rule registry: the only list of rules, sorted by id.
import { Rule } from '../engine/rule';
import appDependencyCycle from './app-dependency-cycle';
import appShadowsModule from './app-shadows-module';
import concurrentInAtomicMigration from './concurrent-in-atomic-migration';
import crossAppForeignKey from './cross-app-foreign-key';
import genericForeignKey from './generic-foreign-key';
import implicitM2mTable from './implicit-m2m-table';
import implicitTableName from './implicit-table-name';
import requireConcurrentIndex from './require-concurrent-index';

export const RULES: Rule[] = [
  appDependencyCycle,
  appShadowsModule,
  concurrentInAtomicMigration,
  crossAppForeignKey,
  genericForeignKey,
  implicitM2mTable,
  implicitTableName,
  requireConcurrentIndex,
].sort((a, b) =>
  a.id.localeCompare(b.id),
) as Rule[];

/** Findings that do not come from a configurable rule. */
export const BUILTIN_CODES = {
  syntaxError: 'syntax-error',
  unusedSuppression: 'unused-suppression',
  invalidSuppression: 'invalid-suppression',
  analysisNote: 'analysis-note',
  configError: 'config-error',
} as const;

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
