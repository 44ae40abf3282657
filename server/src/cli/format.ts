// Output formats of `schema-guard check`: text, json, SARIF 2.1.0 and GitHub workflow annotations.
import * as path from 'node:path';
import { Finding } from '../engine/types';
import { ruleById } from '../rules/index';
import { ruleUrl } from '../engine/rule';
import { computeLineStarts, lineOf } from '../engine/suppressions';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export interface Located {
  finding: Finding;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line and column (UTF-16 units, as the editor counts) of each finding. */
export function locate(findings: Finding[], cwd: string, read: (file: string) => string): Located[] {
  const cache = new Map<string, { text: string; starts: number[] }>();
  return findings.map((finding) => {
    let entry = cache.get(finding.file);
    if (!entry) {
      let text = '';
      try {
        text = read(finding.file);
      } catch {
        text = '';
      }
      entry = { text, starts: computeLineStarts(text) };
      cache.set(finding.file, entry);
    }
    const line = lineOf(entry.text, finding.start, entry.starts);
    const endLine = lineOf(entry.text, finding.end, entry.starts);
    return {
      finding,
      path: path.relative(cwd, finding.file) || path.basename(finding.file),
      line: line + 1,
      column: finding.start - entry.starts[line] + 1,
      endLine: endLine + 1,
      endColumn: finding.end - entry.starts[endLine] + 1,
    };
  });
}

export function summaryLine(findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const by = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = [['error', by('error')], ['warning', by('warning')], ['info', by('info')]]
    .filter(([, n]) => (n as number) > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`);
  const files = new Set(findings.map((f) => f.file)).size;
  const fixable = findings.filter((f) => f.fixes.length > 0).length;
  return `Found ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} file${files === 1 ? '' : 's'}${fixable ? `; ${fixable} fixable with --fix` : ''}.`;
}

export function formatFindings(findings: Finding[], format: OutputFormat, cwd: string, read: (file: string) => string): string {
  const located = locate(findings, cwd, read);
  switch (format) {
    case 'json':
      return JSON.stringify(
        located.map((l) => ({
          path: l.path,
          line: l.line,
          column: l.column,
          endLine: l.endLine,
          endColumn: l.endColumn,
          rule: l.finding.rule,
          severity: l.finding.severity,
          message: l.finding.message,
          fixable: l.finding.fixes.length > 0,
        })),
        null,
        2,
      );
    case 'github':
      return located
        .map((l) => {
          const level = l.finding.severity === 'error' ? 'error' : l.finding.severity === 'warning' ? 'warning' : 'notice';
          const props = `file=${escapeProperty(l.path)},line=${l.line},col=${l.column},endLine=${l.endLine},endColumn=${l.endColumn},title=${escapeProperty(`schema-guard ${l.finding.rule}`)}`;
          return `::${level} ${props}::${escapeData(l.finding.message)}`;
        })
        .join('\n');
    case 'sarif':
      return JSON.stringify(sarif(located), null, 2);
    default:
      return located.map((l) => `${l.path}:${l.line}:${l.column}: ${l.finding.rule} ${l.finding.message}`).join('\n');
  }
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function sarif(located: Located[]): unknown {
  const ruleIds = [...new Set(located.map((l) => l.finding.rule))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'schema-guard',
            informationUri: 'https://github.com/schema-guard/schema-guard-django',
            version: '0.1.0',
            rules: ruleIds.map((id) => {
              const rule = ruleById(id);
              return {
                id,
                shortDescription: { text: rule?.summary ?? id },
                ...(rule ? { fullDescription: { text: rule.docs.whyUnsafe }, helpUri: ruleUrl(id) } : {}),
                defaultConfiguration: { level: sarifLevel(rule?.defaultSeverity ?? 'warning') },
              };
            }),
          },
        },
        results: located.map((l) => ({
          ruleId: l.finding.rule,
          ruleIndex: ruleIds.indexOf(l.finding.rule),
          level: sarifLevel(l.finding.severity),
          message: { text: l.finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: l.path.split(path.sep).join('/') },
                region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: Math.max(l.endColumn, l.endLine === l.line ? l.column : 1) },
              },
            },
          ],
        })),
      },
    ],
  };
}

function sarifLevel(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}
