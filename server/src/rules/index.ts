// The rule registry: the only list of rules, sorted by id.
import { Rule } from '../engine/rule';
import appDependencyCycle from './app-dependency-cycle';
import appShadowsModule from './app-shadows-module';
import brokenDependency from './broken-dependency';
import concurrentInAtomicMigration from './concurrent-in-atomic-migration';
import conflictingMigrations from './conflicting-migrations';
import crossAppForeignKey from './cross-app-foreign-key';
import genericForeignKey from './generic-foreign-key';
import implicitM2mTable from './implicit-m2m-table';
import implicitTableName from './implicit-table-name';
import manifestOutOfDate from './manifest-out-of-date';
import requireConcurrentIndex from './require-concurrent-index';
import squashCandidate from './squash-candidate';

export const RULES: Rule[] = [
  appDependencyCycle,
  appShadowsModule,
  brokenDependency,
  concurrentInAtomicMigration,
  conflictingMigrations,
  crossAppForeignKey,
  genericForeignKey,
  implicitM2mTable,
  implicitTableName,
  manifestOutOfDate,
  requireConcurrentIndex,
  squashCandidate,
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
