// The rule registry: the only list of rules, sorted by id.
import { Rule } from '../engine/rule';
import addingCheckConstraint from './adding-check-constraint';
import addingFieldWithPythonDefault from './adding-field-with-python-default';
import addingForeignKeyConstraint from './adding-foreign-key-constraint';
import addingNotNullField from './adding-not-null-field';
import addingUniqueConstraint from './adding-unique-constraint';
import addingVolatileDefault from './adding-volatile-default';
import appDependencyCycle from './app-dependency-cycle';
import appShadowsModule from './app-shadows-module';
import brokenDependency from './broken-dependency';
import changingColumnType from './changing-column-type';
import concurrentInAtomicMigration from './concurrent-in-atomic-migration';
import conflictingMigrations from './conflicting-migrations';
import crossAppForeignKey from './cross-app-foreign-key';
import directModelImport from './direct-model-import';
import dropDatabase from './drop-database';
import dynamicSql from './dynamic-sql';
import enumAddValue from './enum-add-value';
import exclusionConstraint from './exclusion-constraint';
import genericForeignKey from './generic-foreign-key';
import implicitM2mTable from './implicit-m2m-table';
import implicitTableName from './implicit-table-name';
import irreversibleDataMigration from './irreversible-data-migration';
import lockThenSlowWork from './lock-then-slow-work';
import lockTimeout from './lock-timeout';
import manifestOutOfDate from './manifest-out-of-date';
import mixedSchemaAndData from './mixed-schema-and-data';
import removingField from './removing-field';
import removingModel from './removing-model';
import renamingColumn from './renaming-column';
import renamingTable from './renaming-table';
import requireConcurrentDetachPartition from './require-concurrent-detach-partition';
import requireConcurrentIndex from './require-concurrent-index';
import requireConcurrentIndexRemoval from './require-concurrent-index-removal';
import requireConcurrentReindex from './require-concurrent-reindex';
import settingNotNull from './setting-not-null';
import sqlSyntaxError from './sql-syntax-error';
import squashCandidate from './squash-candidate';
import unknownFieldType from './unknown-field-type';
import tableRewritingSql from './table-rewriting-sql';
import transactionControlInMigration from './transaction-control-in-migration';
import truncateCascade from './truncate-cascade';
import validateInSameTransaction from './validate-in-same-transaction';

export const RULES: Rule[] = [
  addingCheckConstraint,
  addingFieldWithPythonDefault,
  addingForeignKeyConstraint,
  addingNotNullField,
  addingUniqueConstraint,
  addingVolatileDefault,
  appDependencyCycle,
  appShadowsModule,
  brokenDependency,
  changingColumnType,
  concurrentInAtomicMigration,
  conflictingMigrations,
  crossAppForeignKey,
  directModelImport,
  dropDatabase,
  dynamicSql,
  enumAddValue,
  exclusionConstraint,
  genericForeignKey,
  implicitM2mTable,
  implicitTableName,
  irreversibleDataMigration,
  lockThenSlowWork,
  lockTimeout,
  manifestOutOfDate,
  mixedSchemaAndData,
  removingField,
  removingModel,
  renamingColumn,
  renamingTable,
  requireConcurrentDetachPartition,
  requireConcurrentIndex,
  requireConcurrentIndexRemoval,
  requireConcurrentReindex,
  settingNotNull,
  sqlSyntaxError,
  squashCandidate,
  unknownFieldType,
  tableRewritingSql,
  transactionControlInMigration,
  truncateCascade,
  validateInSameTransaction,
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
