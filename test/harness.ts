// The one fixture harness: fixture files with inline caret markers, analysed as a small Django
// project; every fix offered is applied, re-parsed and re-analysed; `.fixed.py` files give the
// expected result of the first fix.
//
// Fixture format (Python comments, so fixtures stay valid Python):
//   # --- shop/models.py             starts a file (without headers the file is shop/models.py)
//   class Order(models.Model):
//   #     ^^^^^ warning[implicit-table-name]: implicit table name 💡
//                                    carets under the flagged text of the line above; the text after
//                                    the colon must occur in the message; 💡 asserts a fix is offered
//   # expect: no diagnostics         (valid fixtures) nothing at all may be reported
//   # expect-ignore: rule-a, rule-b  findings of these rules are not checked in this fixture
//   # fix: <title prefix>            which fix the .fixed.py expectation applies (default: the first)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../server/src/engine/analyze';
import { Finding, Fix } from '../server/src/engine/types';
import { MemoryFileSystem } from '../server/src/project/fs';
import { applyEdits } from '../server/src/fixes/pythonEdits';
import { parseModule } from '../server/src/python/module';
import { computeLineStarts, lineOf } from '../server/src/engine/suppressions';

export const FIXTURE_ROOT = '/fixture';

const DEFAULT_FILES: Record<string, string> = {
  'manage.py': '',
  'proj/__init__.py': '',
  'proj/settings.py': 'INSTALLED_APPS = ["django.contrib.contenttypes", "shop"]\nDEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"\nUSE_TZ = True\n',
  'shop/__init__.py': '',
  'shop/migrations/__init__.py': '',
};

export interface Marker {
  file: string;
  line: number;
  startCol: number;
  endCol: number;
  severity: string;
  rule: string;
  message: string;
  fix: boolean;
}

export interface Fixture {
  name: string;
  files: Map<string, string>;
  markers: Marker[];
  expectNone: boolean;
  ignored: Set<string>;
  fixTitle: string | undefined;
  fixed: Map<string, string> | undefined;
}

const MARKER = /^(\s*)#(\s*)(\^+)\s+(error|warning|info)\[([a-z0-9-]+)\](?::\s*(.*))?$/;

export function splitFiles(text: string, defaultPath: string): Map<string, string> {
  const files = new Map<string, string>();
  const lines = text.split('\n');
  let current = defaultPath;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length || !files.has(current)) files.set(current, buffer.join('\n'));
  };
  let sawHeader = false;
  for (const line of lines) {
    const header = /^# --- (\S+)\s*$/.exec(line);
    if (header) {
      if (sawHeader || buffer.some((l) => l.trim() && !/^# (expect|expect-ignore|fix|squash):/.test(l))) flush();
      current = header[1];
      buffer = [];
      sawHeader = true;
      continue;
    }
    buffer.push(line);
  }
  flush();
  return files;
}

export function loadFixture(file: string): Fixture {
  const text = fs.readFileSync(file, 'utf8');
  const defaultPath = /migrations?[_-]/.test(path.basename(file)) ? 'shop/migrations/0002_change.py' : 'shop/models.py';
  const files = splitFiles(text, defaultPath);
  const markers: Marker[] = [];
  for (const [rel, content] of files) {
    const lines = content.split('\n');
    let target = -1;
    lines.forEach((line, i) => {
      const m = MARKER.exec(line);
      if (!m) {
        target = i;
        return;
      }
      // The caret column counts from the start of the line, including the `#`.
      const startCol = line.indexOf('^');
      const endCol = startCol + m[3].length;
      const rawMessage = (m[6] ?? '').trim();
      markers.push({
        file: rel,
        line: target,
        startCol,
        endCol,
        severity: m[4],
        rule: m[5],
        message: rawMessage.replace(/\s*💡\s*$/, '').trim(),
        fix: /💡/.test(rawMessage) || /\bfix\b$/.test(rawMessage),
      });
    });
  }
  const expectNone = /^# expect: no diagnostics/m.test(text);
  const ignore = /^# expect-ignore:\s*(.+)$/m.exec(text);
  const fixTitle = /^# fix:\s*(.+)$/m.exec(text)?.[1].trim();
  const fixedFile = file.replace(/\.py$/, '.fixed.py');
  const fixed = fs.existsSync(fixedFile) ? splitFiles(fs.readFileSync(fixedFile, 'utf8'), defaultPath) : undefined;
  return {
    name: path.basename(file),
    files,
    markers,
    expectNone,
    ignored: new Set((ignore?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
    fixTitle,
    fixed,
  };
}

export function fixtureWorkspace(files: Map<string, string>): { workspace: Workspace; fsys: MemoryFileSystem; map: Map<string, string> } {
  const map = new Map<string, string>();
  for (const [rel, content] of Object.entries(DEFAULT_FILES)) map.set(path.join(FIXTURE_ROOT, rel), content);
  for (const [rel, content] of files) {
    map.set(path.join(FIXTURE_ROOT, rel), content);
    // Every folder on the way is a package.
    let dir = path.dirname(rel);
    while (dir && dir !== '.') {
      const init = path.join(FIXTURE_ROOT, dir, '__init__.py');
      if (!map.has(init)) map.set(init, '');
      dir = path.dirname(dir);
    }
  }
  const fsys = new MemoryFileSystem(map);
  return { workspace: new Workspace(fsys, [FIXTURE_ROOT]), fsys, map };
}

export function analyze(files: Map<string, string>): Finding[] {
  const { workspace } = fixtureWorkspace(files);
  return [...workspace.analyzeAll().values()].flat();
}

function relative(file: string): string {
  return path.relative(FIXTURE_ROOT, file);
}

function describeFinding(f: Finding, files: Map<string, string>): string {
  const text = files.get(relative(f.file)) ?? '';
  const starts = computeLineStarts(text);
  const line = lineOf(text, f.start, starts);
  return `${relative(f.file)}:${line + 1}:${f.start - starts[line] + 1} ${f.severity}[${f.rule}] ${f.message}`;
}

/** Checks findings against markers; returns the list of problems (empty = pass). */
export function compareMarkers(fixture: Fixture, findings: Finding[]): string[] {
  const problems: string[] = [];
  const relevant = findings.filter((f) => !fixture.ignored.has(f.rule));
  if (fixture.expectNone) {
    for (const f of relevant) problems.push(`expected no diagnostics, got ${describeFinding(f, fixture.files)}`);
    return problems;
  }
  const unmatched = new Set(relevant);
  for (const marker of fixture.markers) {
    const match = [...unmatched].find((f) => {
      if (relative(f.file) !== marker.file || f.rule !== marker.rule) return false;
      const text = fixture.files.get(marker.file) ?? '';
      const starts = computeLineStarts(text);
      const line = lineOf(text, f.start, starts);
      const col = f.start - starts[line];
      const endLine = lineOf(text, f.end, starts);
      const endCol = endLine === line ? f.end - starts[line] : (starts[line + 1] ?? text.length + 1) - 1 - starts[line];
      return line === marker.line && col === marker.startCol && endCol === marker.endCol;
    });
    const where = `${marker.file}:${marker.line + 1}:${marker.startCol + 1}`;
    if (!match) {
      problems.push(`missing ${marker.severity}[${marker.rule}] at ${where}${marker.message ? ` (${marker.message})` : ''}`);
      continue;
    }
    unmatched.delete(match);
    if (match.severity !== marker.severity) problems.push(`${where}: expected severity ${marker.severity}, got ${match.severity}`);
    if (marker.message && !match.message.includes(marker.message)) problems.push(`${where}: message "${match.message}" does not contain "${marker.message}"`);
    if (marker.fix && match.fixes.length === 0) problems.push(`${where}: expected a fix for ${marker.rule}`);
  }
  for (const f of unmatched) problems.push(`unexpected ${describeFinding(f, fixture.files)}`);
  return problems;
}

/** Applies a fix to the fixture's files (edits and new files). */
export function applyFix(files: Map<string, string>, fix: Fix): Map<string, string> {
  const out = new Map(files);
  const byFile = new Map<string, Fix['edits']>();
  for (const e of fix.edits) byFile.set(relative(e.file), [...(byFile.get(relative(e.file)) ?? []), e]);
  for (const [rel, edits] of byFile) out.set(rel, applyEdits(out.get(rel) ?? '', edits));
  for (const c of fix.creates ?? []) out.set(relative(c.file), c.text);
  for (const d of fix.deletes ?? []) out.delete(relative(d));
  return out;
}

function stripMarkers(text: string): string {
  return text
    .split('\n')
    .filter((l) => !MARKER.test(l) && !/^# (expect|expect-ignore|fix|squash):/.test(l))
    .join('\n');
}

/**
 * Applies every fix of every finding, one at a time: the result must parse, and re-analysis must
 * no longer report the finding at its place.
 */
export function checkAllFixes(fixture: Fixture, findings: Finding[]): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      const after = applyFix(fixture.files, fix);
      for (const [rel, content] of after) {
        if (!rel.endsWith('.py')) continue;
        const { module } = parseModule(content);
        if (module.problems.length && !parseModule(fixture.files.get(rel) ?? '').module.problems.length) {
          problems.push(`fix "${fix.title}" breaks ${rel}: ${module.problems[0].message}\n${content}`);
        }
      }
      const again = analyze(after);
      const still = again.find((f) => f.rule === finding.rule && relative(f.file) === relative(finding.file) && f.message === finding.message);
      if (still && !fix.scope) problems.push(`after fix "${fix.title}", ${finding.rule} is still reported: ${still.message}`);
    }
  }
  return problems;
}

/** Compares the first (or the `# fix:` named) fix's result with the .fixed.py expectation. */
export function checkFixedExpectation(fixture: Fixture, findings: Finding[]): string[] {
  if (!fixture.fixed) return [];
  const candidates = findings.filter((f) => !fixture.ignored.has(f.rule)).flatMap((f) => f.fixes);
  const fix = fixture.fixTitle ? candidates.find((x) => x.title.startsWith(fixture.fixTitle!)) : candidates[0];
  if (!fix) return [`no fix ${fixture.fixTitle ? `titled "${fixture.fixTitle}..." ` : ''}to compare with the .fixed.py file`];
  const after = applyFix(fixture.files, fix);
  const problems: string[] = [];
  for (const [rel, expected] of fixture.fixed) {
    const actual = after.get(rel);
    if (actual === undefined) problems.push(`fix "${fix.title}" did not produce ${rel}`);
    else if (stripMarkers(actual).trimEnd() !== expected.trimEnd()) problems.push(`fix "${fix.title}": ${rel} differs\n--- expected\n${expected}\n--- actual\n${stripMarkers(actual)}`);
  }
  return problems;
}
