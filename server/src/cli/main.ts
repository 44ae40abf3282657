// The `schema-guard` command line: check, sql, squash, rules. Same engine and configuration as the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { initPythonParser } from '../python/treeSitter';
import { initSqlParser } from '../sql/index';
import { CachingFileSystem, NodeFileSystem } from '../project/fs';
import { Workspace } from '../engine/analyze';
import { Finding } from '../engine/types';
import { RULES } from '../rules/index';
import { runFinishSquashCommand, runSquashCommand } from './squashCommand';
import { formatFindings, OutputFormat, summaryLine } from './format';
import { runSqlCommand } from './sqlCommand';
import { applyFixesToDisk } from './applyFixes';

const VERSION = '0.1.0';

const USAGE = `Usage:
  schema-guard check [PATH ...] [--format text|json|sarif|github] [--statistics] [--since GIT_REF] [--fix]
  schema-guard sql PROJECT_DIR APP_LABEL MIGRATION_NAME [--backwards] [--django-version X.Y] [--postgres-version N]
  schema-guard sql PROJECT_DIR --all --out DIR [--django-version X.Y]
  schema-guard squash PROJECT_DIR APP_LABEL [--from NAME] [--to NAME] [--name NAME] [--dry-run] [--django-version X.Y]
  schema-guard squash PROJECT_DIR APP_LABEL --reset [--name NAME] [--dry-run] [--django-version X.Y]
  schema-guard finish-squash PROJECT_DIR APP_LABEL [SQUASH_NAME] [--dry-run]
  schema-guard rules
  schema-guard --version

Exit codes: 0 nothing at warning or error severity, 1 problems found, 2 bad usage or unreadable path.`;

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--format', '--since', '--django-version', '--postgres-version', '--out', '--from', '--to', '--name']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (VALUE_FLAGS.has(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else if (arg === '-h') flags.set('--help', true);
    else positional.push(arg);
  }
  return { positional, flags };
}

function projectRootFor(file: string): string {
  let dir = fs.statSync(file).isDirectory() ? file : path.dirname(file);
  const start = dir;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'manage.py')) || fs.existsSync(path.join(dir, 'pyproject.toml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(start);
    dir = parent;
  }
}

/** Files added or changed since a git ref (for --since). */
function changedSince(ref: string, cwd: string): Set<string> {
  let out: string;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
    out = execFileSync('git', ['diff', '--name-only', '--diff-filter=AMR', ref, '--'], { cwd: top, encoding: 'utf8' });
    const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: top, encoding: 'utf8' });
    return new Set(
      [...out.split('\n'), ...untracked.split('\n')]
        .filter(Boolean)
        .map((f) => path.resolve(top, f)),
    );
  } catch (error) {
    throw new UsageError(`--since ${ref}: ${(error as Error).message.split('\n')[0]}`);
  }
}

async function check(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const format = (args.flags.get('--format') ?? 'text') as OutputFormat;
  if (!['text', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`unknown --format ${format}`);
  const cwd = process.cwd();
  const targets = args.positional.length ? args.positional : ['.'];
  const roots = new Set<string>();
  const onlyFiles = new Set<string>();
  for (const target of targets) {
    const abs = path.resolve(cwd, target);
    if (!fs.existsSync(abs)) throw new UsageError(`cannot read ${target}: no such file or directory`);
    try {
      fs.accessSync(abs, fs.constants.R_OK);
    } catch {
      throw new UsageError(`cannot read ${target}: permission denied`);
    }
    if (fs.statSync(abs).isDirectory()) roots.add(abs);
    else {
      roots.add(projectRootFor(abs));
      onlyFiles.add(abs);
    }
  }
  await Promise.all([initPythonParser(), initSqlParser()]);
  const workspace = new Workspace(new CachingFileSystem(new NodeFileSystem()), [...roots]);
  const all = workspace.analyzeAll();
  let findings: Finding[] = [];
  for (const [file, list] of all) if (onlyFiles.size === 0 || onlyFiles.has(file) || [...roots].some((r) => !onlyFiles.size && file.startsWith(r))) findings.push(...list);
  if (onlyFiles.size) findings = findings.filter((f) => onlyFiles.has(f.file));
  const since = args.flags.get('--since');
  if (typeof since === 'string') {
    const changed = changedSince(since, cwd);
    findings = findings.filter((f) => changed.has(f.file));
  }
  const configProblems = workspace.handles.flatMap((h) => h.config.problems);
  for (const p of configProblems) process.stderr.write(`schema-guard: config: ${p}\n`);
  if (args.flags.has('--fix')) {
    const applied = applyFixesToDisk(findings);
    process.stderr.write(`Applied ${applied.fixes} fix(es), created ${applied.created} file(s).\n`);
    const again = new Workspace(new CachingFileSystem(new NodeFileSystem()), [...roots]).analyzeAll();
    findings = [...again.values()].flat().filter((f) => onlyFiles.size === 0 || onlyFiles.has(f.file));
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  out(formatFindings(findings, format, cwd, (file) => fs.readFileSync(file, 'utf8')));
  if (format === 'text' || args.flags.has('--statistics')) {
    const extra = args.flags.has('--statistics') ? statistics(findings) : '';
    const summary = `${extra}${summaryLine(findings)}`;
    if (format === 'text') out(summary);
    else process.stderr.write(`${summary}\n`);
  }
  return findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}

function statistics(findings: Finding[]): string {
  const counts = new Map<string, { n: number; fixable: number; severity: string }>();
  for (const f of findings) {
    const c = counts.get(f.rule) ?? { n: 0, fixable: 0, severity: f.severity };
    c.n++;
    if (f.fixes.length) c.fixable++;
    counts.set(f.rule, c);
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  return rows.map(([rule, c]) => `${String(c.n).padStart(5)}  ${rule.padEnd(40)} ${c.severity}${c.fixable ? ` (${c.fixable} fixable)` : ''}`).join('\n') + (rows.length ? '\n' : '');
}

function listRules(out: (s: string) => void): number {
  for (const rule of RULES) out(`${rule.id.padEnd(40)} ${rule.enabledByDefault ? rule.defaultSeverity : 'off'}${rule.fixable ? '  fix' : ''}  ${rule.summary}`);
  return 0;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === 'help' || command === '-h') {
      out(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version') {
      out(VERSION);
      return 0;
    }
    const args = parseArgs(rest);
    if (args.flags.has('--help')) {
      out(USAGE);
      return 0;
    }
    switch (command) {
      case 'check':
        return await check(args, out);
      case 'sql':
        return await runSqlCommand(args, out);
      case 'squash':
        return await runSquashCommand(args, out);
      case 'finish-squash':
        return await runFinishSquashCommand(args, out);
      case 'rules':
        return listRules(out);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`schema-guard: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`schema-guard: internal error: ${(error as Error).stack ?? error}\n`);
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
