// What a rule is: one object with its id, metadata, docs, options and check(). Everything else
// (docs pages, settings enum, diagnostic links, suppressions) is derived from it.
import { PyModule } from '../python/module';
import { ModelInfo } from '../django/models';
import { MigrationReplay } from '../django/replay';
import { DjangoProject, MigrationEntry } from './project';
import { Fix, RelatedLocation, RuleDocs, RuleOption, RuleScope, Severity } from './types';
import { Config } from '../config/config';
import type { ProjectIndex } from './projectIndex';
import type { MigrationAnalysis } from './migrationAnalysis';

export interface ReportInput {
  file?: string;
  start: number;
  end: number;
  message: string;
  help?: string;
  /** A function when building the fixes is costly: it runs only when the fixes are asked for. */
  fixes?: Fix[] | (() => Fix[]);
  related?: RelatedLocation[];
  data?: Record<string, unknown>;
}

interface ContextBase {
  project: DjangoProject;
  index: ProjectIndex;
  config: Config;
  options: Record<string, unknown>;
  report(input: ReportInput): void;
}

export interface ModelRuleContext extends ContextBase {
  file: string;
  text: string;
  module: PyModule;
  models: ModelInfo[];
}

export interface MigrationRuleContext extends ContextBase {
  file: string;
  text: string;
  entry: MigrationEntry;
  replay: MigrationReplay;
  analysis: MigrationAnalysis;
}

export interface ProjectRuleContext extends ContextBase {}

type ContextFor<S extends RuleScope> = S extends 'model' ? ModelRuleContext : S extends 'migration' ? MigrationRuleContext : ProjectRuleContext;

export interface Rule<S extends RuleScope = RuleScope> {
  id: string;
  scope: S;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Off unless configured (e.g. cross-app-foreign-key). */
  enabledByDefault: boolean;
  summary: string;
  docs: RuleDocs;
  options: Record<string, RuleOption>;
  /** Whether the rule offers a fix. */
  fixable: boolean;
  check(ctx: ContextFor<S>): void;
}

export function defineRule<S extends RuleScope>(rule: Omit<Rule<S>, 'enabledByDefault' | 'options' | 'fixable'> & Partial<Pick<Rule<S>, 'enabledByDefault' | 'options' | 'fixable'>>): Rule<S> {
  return { enabledByDefault: true, options: {}, fixable: false, ...rule };
}

export const DOCS_BASE_URL = 'https://github.com/schema-guard/schema-guard-django/blob/main/docs/rules';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}/${id}.md`;
}
