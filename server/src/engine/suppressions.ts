// Suppression comments: `# schema-guard: ignore[rule-id] reason` on the flagged line or on the line
// above, and `# schema-guard: ignore-file[rule-id] reason` anywhere in a file. Unused ones are reported.
import { Comment } from '../python/ast';

export interface Suppression {
  comment: Comment;
  fileLevel: boolean;
  rules: string[];
  /** Offsets of each rule id inside the comment, for precise diagnostics. */
  ruleSpans: Array<{ rule: string; start: number; end: number }>;
  reason: string;
  /** The line the suppression applies to (0-based). */
  line: number;
  used: Set<string>;
}

const PATTERN = /schema-guard:\s*(ignore-file|ignore)\[([^\]]*)\]\s*(.*)$/;

export function lineOf(text: string, offset: number, lineStarts?: number[]): number {
  if (lineStarts) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function parseSuppressions(text: string, comments: Comment[]): Suppression[] {
  const out: Suppression[] = [];
  const lineStarts = computeLineStarts(text);
  for (const comment of comments) {
    const m = PATTERN.exec(comment.text);
    if (!m) continue;
    const listStart = comment.start + (m.index ?? 0) + m[0].indexOf('[') + 1;
    const ruleSpans: Suppression['ruleSpans'] = [];
    let cursor = 0;
    for (const part of m[2].split(',')) {
      const rule = part.trim();
      const at = m[2].indexOf(part, cursor);
      cursor = at + part.length;
      if (!rule) continue;
      const start = listStart + at + part.indexOf(rule);
      ruleSpans.push({ rule, start, end: start + rule.length });
    }
    const commentLine = lineOf(text, comment.start, lineStarts);
    out.push({
      comment,
      fileLevel: m[1] === 'ignore-file',
      rules: ruleSpans.map((r) => r.rule),
      ruleSpans,
      reason: m[3].trim(),
      line: comment.ownLine ? commentLine + 1 : commentLine,
      used: new Set(),
    });
  }
  return out;
}

/** Finds the suppression covering a finding of `rule` that starts on `line`, and marks it used. */
export function suppressionFor(suppressions: Suppression[], rule: string, line: number): Suppression | undefined {
  for (const s of suppressions) {
    if (!s.rules.includes(rule) && !s.rules.includes('all')) continue;
    if (s.fileLevel || s.line === line) {
      s.used.add(s.rules.includes(rule) ? rule : 'all');
      return s;
    }
  }
  return undefined;
}

/** Text to add a line suppression above the line starting at `lineStart` (same indentation). */
export function lineSuppressionText(text: string, lineStart: number, rule: string): string {
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return `${indent}# schema-guard: ignore[${rule}] <reason>\n`;
}

/** Text and position to add a file suppression (after a module docstring or leading comments). */
export function fileSuppressionInsert(text: string, rule: string): { offset: number; text: string } {
  return { offset: 0, text: `# schema-guard: ignore-file[${rule}] <reason>\n` };
}
