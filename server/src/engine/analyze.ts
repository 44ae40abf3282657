// The analysis entry point shared by the CLI and the language server: a workspace of Django
// projects, per-file findings (rules, syntax problems, suppressions), recomputed from caches.
import * as path from 'node:path';
import { Config, applyConfigObject, configFromPyproject, defaultConfig, globToRegExp } from '../config/config';
import { DiscoveredProject, discoverProjects } from '../project/discover';
import { FileSystem } from '../project/fs';
import { RULES, BUILTIN_CODES } from '../rules/index';
import { DjangoProject, MigrationEntry } from './project';
import { ProjectIndex } from './projectIndex';
import { ReportInput, Rule } from './rule';
import { parseSuppressions, suppressionFor, computeLineStarts, lineOf } from './suppressions';
import { Finding, Fix, ReportedSeverity, Severity } from './types';
import { analyzeMigration } from './migrationAnalysis';

export interface WorkspaceOptions {
  /** Editor settings applied over pyproject's [tool.schema-guard] (editor only). */
  overrides?: Record<string, unknown>;
}

export class ProjectHandle {
  readonly project: DjangoProject;
  readonly config: Config;
  private index: ProjectIndex | undefined;
  private indexKey = '';
  private projectFindings: Finding[] | undefined;
  private projectFindingsKey = '';
  private readonly excludes: RegExp[];

  constructor(discovered: DiscoveredProject, private readonly fs: FileSystem, options: WorkspaceOptions) {
    let config = defaultConfig();
    if (discovered.pyprojectFile) {
      const text = fs.readFile(discovered.pyprojectFile);
      if (text !== undefined) config = configFromPyproject(text, discovered.pyprojectFile);
    }
    if (options.overrides) config = applyConfigObject(config, options.overrides, 'editor settings');
    this.config = config;
    this.excludes = config.exclude.map(globToRegExp);
    this.project = new DjangoProject(discovered, fs, { djangoVersion: config.djangoVersion, pgVersion: config.postgresVersion, fieldTypes: config.fieldTypes });
  }

  isExcluded(file: string): boolean {
    const rel = path.relative(this.project.root, file).split(path.sep).join('/');
    return this.excludes.some((re) => re.test(rel));
  }

  /** Cheap when nothing changed: module and migration caches are keyed by text. */
  refresh(): void {
    this.project.load();
  }

  getIndex(): ProjectIndex {
    const key = this.modelsKey();
    if (!this.index || key !== this.indexKey) {
      this.index = new ProjectIndex(this.project);
      this.indexKey = key;
      this.projectFindings = undefined;
    }
    return this.index;
  }

  /** Changes whenever any model file's text changes (same text object: a pointer compare). */
  private modelsKey(): string {
    let changed = false;
    const seen = new Set<string>();
    for (const app of this.project.apps) {
      for (const file of app.modelFiles) {
        seen.add(file);
        const text = this.fs.readFile(file) ?? '';
        if (this.modelTexts.get(file) !== text) {
          this.modelTexts.set(file, text);
          changed = true;
        }
      }
    }
    for (const file of this.modelTexts.keys()) if (!seen.has(file)) (this.modelTexts.delete(file), (changed = true));
    if (changed) this.modelsVersion++;
    return String(this.modelsVersion);
  }
  private modelTexts = new Map<string, string>();
  private modelsVersion = 0;

  severityOf(rule: Rule): Severity {
    const configured = this.config.rules[rule.id]?.severity;
    if (configured) return configured;
    return rule.enabledByDefault ? rule.defaultSeverity : 'off';
  }

  ruleOptions(rule: Rule): Record<string, unknown> {
    const options: Record<string, unknown> = {};
    for (const [k, o] of Object.entries(rule.options)) options[k] = o.default;
    return { ...options, ...(this.config.rules[rule.id]?.options ?? {}) };
  }

  /** Findings of project-scope rules, grouped later by file. */
  getProjectFindings(): Finding[] {
    const index = this.getIndex();
    const key = `${this.indexKey}#${this.project.entriesVersion}`;
    if (this.projectFindings && key === this.projectFindingsKey) return this.projectFindings;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (rule.scope !== 'project') continue;
      const severity = this.severityOf(rule);
      if (severity === 'off') continue;
      const report = (input: ReportInput) => {
        if (!input.file) return;
        findings.push(toFinding(rule.id, severity, input.file, input));
      };
      runRule(rule, { project: this.project, index, config: this.config, options: this.ruleOptions(rule), report }, findings, '');
    }
    this.projectFindings = findings;
    this.projectFindingsKey = key;
    return findings;
  }
}

function toFinding(rule: string, severity: ReportedSeverity, file: string, input: ReportInput): Finding {
  const finding: Finding = {
    rule,
    file,
    start: input.start,
    end: input.end,
    message: input.message,
    severity,
    help: input.help,
    fixes: [],
    related: input.related,
    data: input.data,
  };
  const fixes = input.fixes;
  if (typeof fixes === 'function') lazyFixes(finding, fixes);
  else if (fixes) finding.fixes = fixes;
  return finding;
}

/**
 * Fixes that need the rest of the history (the final state, later migrations) are built when first
 * asked for (a code action, `--fix`, the CLI's "fixable"), not on every keystroke.
 */
function lazyFixes(finding: Finding, build: () => Fix[]): void {
  Object.defineProperty(finding, 'fixes', {
    configurable: true,
    enumerable: true,
    get(): Fix[] {
      let fixes: Fix[];
      try {
        fixes = build();
      } catch {
        fixes = []; // a fix builder that throws offers no fix; the finding stands
      }
      Object.defineProperty(finding, 'fixes', { value: fixes, writable: true, configurable: true, enumerable: true });
      return fixes;
    },
    set(value: Fix[]) {
      Object.defineProperty(finding, 'fixes', { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** Runs one rule; a rule that throws becomes one analysis note instead of a crash. */
function runRule(rule: Rule, ctx: Record<string, unknown>, findings: Finding[], file: string): void {
  try {
    (rule.check as (c: unknown) => void)(ctx);
  } catch (error) {
    findings.push({
      rule: BUILTIN_CODES.analysisNote,
      file,
      start: 0,
      end: 0,
      message: `Rule ${rule.id} could not finish on this file: ${(error as Error).message}`,
      severity: 'info',
      fixes: [],
    });
  }
}

export class Workspace {
  handles: ProjectHandle[] = [];

  constructor(
    readonly fs: FileSystem,
    readonly roots: string[],
    private readonly options: WorkspaceOptions = {},
  ) {
    this.discover();
  }

  discover(): void {
    const handles: ProjectHandle[] = [];
    for (const root of this.roots) {
      for (const discovered of discoverProjects(this.fs, root)) handles.push(new ProjectHandle(discovered, this.fs, this.options));
    }
    this.handles = handles;
  }

  /** Editor documents: kept as syntax trees for incremental re-parsing. */
  setOpenFiles(files: string[]): void {
    for (const h of this.handles) h.project.setOpenFiles(files);
  }

  setOverrides(overrides: Record<string, unknown> | undefined): void {
    this.options.overrides = overrides;
    this.discover();
  }

  handleForFile(file: string): ProjectHandle | undefined {
    const resolved = path.resolve(file);
    let best: ProjectHandle | undefined;
    for (const h of this.handles) {
      const inApps = h.project.appForFile(resolved);
      if ((inApps || resolved.startsWith(h.project.root + path.sep)) && (!best || h.project.root.length > best.project.root.length)) best = h;
    }
    return best;
  }

  /** Every file with findings, for the CLI. */
  analyzeAll(): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const handle of this.handles) {
      handle.refresh();
      const files = new Set<string>();
      for (const app of handle.project.apps) {
        for (const f of app.modelFiles) files.add(f);
        for (const e of handle.project.migrationsOf(app.label)) if (e.file) files.add(e.file);
      }
      for (const f of handle.getProjectFindings()) files.add(f.file);
      for (const file of [...files].sort()) {
        if (handle.isExcluded(file)) continue;
        const findings = this.analyzeFileIn(handle, file);
        if (findings.length) out.set(file, findings);
      }
    }
    return out;
  }

  analyzeFile(file: string): Finding[] {
    const handle = this.handleForFile(file);
    if (!handle) return [];
    handle.refresh();
    if (handle.isExcluded(file)) return [];
    return this.analyzeFileIn(handle, path.resolve(file));
  }

  private analyzeFileIn(handle: ProjectHandle, file: string): Finding[] {
    const project = handle.project;
    const text = this.fs.readFile(file);
    if (text === undefined) return [];
    const module = project.parse(file, text);
    if (!module) return [];
    const findings: Finding[] = [];
    const config = handle.config;
    for (const problem of module.problems) {
      findings.push({ rule: BUILTIN_CODES.syntaxError, file, start: problem.start, end: problem.end, message: problem.message, severity: 'error', fixes: [] });
    }
    const index = handle.getIndex();
    const models = index.modelsInFile(file);
    if (models.length) {
      for (const rule of RULES) {
        if (rule.scope !== 'model') continue;
        const severity = handle.severityOf(rule);
        if (severity === 'off') continue;
        const report = (input: ReportInput) => findings.push(toFinding(rule.id, severity, input.file ?? file, input));
        runRule(rule, { project, index, config, options: handle.ruleOptions(rule), report, file, text, module, models }, findings, file);
      }
    }
    const entry = project.entryForFile(file);
    if (entry) findings.push(...this.migrationFindings(handle, entry, text));
    for (const f of handle.getProjectFindings()) if (f.file === file) findings.push(f);
    return applySuppressions(findings.filter((f) => f.file === file), text, module.suppressionComments, config.requireSuppressionReason, file);
  }

  private migrationFindings(handle: ProjectHandle, entry: MigrationEntry, text: string): Finding[] {
    const project = handle.project;
    const findings: Finding[] = [];
    const file = entry.file!;
    if (entry.lastGoodVersion) {
      findings.push({
        rule: BUILTIN_CODES.analysisNote,
        file,
        start: 0,
        end: 0,
        message: 'This migration has syntax errors: its findings and the state of the migrations after it come from its last version without errors.',
        severity: 'info',
        fixes: [],
      });
      return findings;
    }
    for (const problem of entry.migration.problems) {
      const span = problem.span ?? { start: 0, end: 0 };
      findings.push({ rule: BUILTIN_CODES.analysisNote, file, start: span.start, end: span.end, message: problem.message, severity: 'info', fixes: [] });
    }
    const replay = project.replay(entry.key);
    if (!replay) return findings;
    const lintAfter = handle.config.lintAfter[entry.app];
    if (lintAfter && entry.name <= lintAfter) return findings;
    const analysis = analyzeMigration(entry, replay, project.versions);
    const index = handle.getIndex();
    for (const rule of RULES) {
      if (rule.scope !== 'migration') continue;
      const severity = handle.severityOf(rule);
      if (severity === 'off') continue;
      const report = (input: ReportInput) => findings.push(toFinding(rule.id, severity, input.file ?? file, input));
      runRule(rule, { project, index, config: handle.config, options: handle.ruleOptions(rule), report, file, text, entry, replay, analysis }, findings, file);
    }
    return findings;
  }
}

/** Drops suppressed findings and reports unused or malformed suppressions. */
export function applySuppressions(findings: Finding[], text: string, comments: import('../python/ast').Comment[], requireReason: boolean, file: string): Finding[] {
  const suppressions = parseSuppressions(text, comments);
  if (suppressions.length === 0) return findings;
  const lineStarts = computeLineStarts(text);
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.rule === BUILTIN_CODES.syntaxError) {
      kept.push(f);
      continue;
    }
    const line = lineOf(text, f.start, lineStarts);
    if (!suppressionFor(suppressions, f.rule, line)) kept.push(f);
  }
  const known = new Set([...RULES.map((r) => r.id), ...Object.values(BUILTIN_CODES), 'all']);
  for (const s of suppressions) {
    for (const span of s.ruleSpans) {
      if (!known.has(span.rule)) {
        kept.push({ rule: BUILTIN_CODES.invalidSuppression, file, start: span.start, end: span.end, message: `Unknown rule "${span.rule}" in a suppression comment.`, severity: 'warning', fixes: [] });
      } else if (!s.used.has(span.rule)) {
        const removeAll = s.rules.length === 1;
        kept.push({
          rule: BUILTIN_CODES.unusedSuppression,
          file,
          start: span.start,
          end: span.end,
          message: `Unused suppression: nothing from ${span.rule} is reported ${s.fileLevel ? 'in this file' : 'on this line'}.`,
          severity: 'warning',
          fixes: removeAll ? [{ title: 'Remove the unused suppression comment', safety: 'safe', edits: [removalEdit(text, file, s.comment)] }] : [],
        });
      }
    }
    if (requireReason && !s.reason) {
      kept.push({ rule: BUILTIN_CODES.invalidSuppression, file, start: s.comment.start, end: s.comment.end, message: 'A suppression needs a reason after the rule list, e.g. `# schema-guard: ignore[rule-id] table is empty`.', severity: 'warning', fixes: [] });
    }
  }
  return kept;
}

function removalEdit(text: string, file: string, comment: { start: number; end: number; ownLine: boolean }) {
  if (comment.ownLine) {
    const start = text.lastIndexOf('\n', comment.start - 1) + 1;
    const nl = text.indexOf('\n', comment.end);
    return { file, start, end: nl === -1 ? text.length : nl + 1, newText: '' };
  }
  let start = comment.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { file, start, end: comment.end, newText: '' };
}
