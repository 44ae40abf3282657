// Squash fixtures: test/squash/fixtures/NAME.py holds a project (`# --- path` sections) and a
// `# squash: APP [from=N] [to=N] [name=N] [mode=squash|reset|finish]` line; NAME.expected holds the
// preview and every file written, edited or deleted. Every result is also re-read and replayed: the
// new history must load without graph problems and end in the same state as the old one.
// SCHEMA_GUARD_UPDATE_EXPECTED=1 rewrites the .expected files (review the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { initSqlParser } from '../../server/src/sql/index';
import { FIXTURE_ROOT, fixtureWorkspace, splitFiles } from '../harness';
import { squashApp, squashPreview } from '../../server/src/squash/squash';
import { HistoryChange, finishSquash, resetApp } from '../../server/src/squash/finish';
import { squashManifestFix, withManifest } from '../../server/src/squash/manifest';
import { applyEdits } from '../../server/src/fixes/pythonEdits';
import { DjangoProject } from '../../server/src/engine/project';
import { fieldToValue } from '../../server/src/django/serialize';
import { Value } from '../../server/src/python/values';

const DIR = path.join(__dirname, 'fixtures');
const UPDATE = process.env.SCHEMA_GUARD_UPDATE_EXPECTED === '1';

interface Directive {
  app: string;
  from?: string;
  to?: string;
  name?: string;
  mode: 'squash' | 'reset' | 'finish';
}

function directive(text: string): Directive {
  const m = /^# squash:\s*(\S+)(.*)$/m.exec(text);
  if (!m) throw new Error('fixture needs a "# squash: APP ..." line');
  const d: Directive = { app: m[1], mode: 'squash' };
  for (const [, k, v] of m[2].matchAll(/(\w+)=(\S+)/g)) (d as unknown as Record<string, string>)[k] = v;
  return d;
}

function loadHandle(files: Map<string, string>) {
  const { workspace } = fixtureWorkspace(files);
  const handle = workspace.handles[0];
  handle.project.load();
  return { handle, workspace };
}

function load(files: Map<string, string>): DjangoProject {
  return loadHandle(files).handle.project;
}

/** History findings that must not appear after a squash, a finish or a reset. */
const HISTORY_RULES = ['broken-dependency', 'conflicting-migrations', 'manifest-out-of-date'];

function applyChange(files: Map<string, string>, change: Pick<HistoryChange, 'edits' | 'creates' | 'deletes'>): Map<string, string> {
  const out = new Map(files);
  const rel = (f: string) => path.relative(FIXTURE_ROOT, f);
  const created = new Set(change.creates.map((c) => rel(c.file)));
  for (const f of change.deletes) if (!created.has(rel(f))) out.delete(rel(f));
  for (const c of change.creates) out.set(rel(c.file), c.text);
  const byFile = new Map<string, HistoryChange['edits']>();
  for (const e of change.edits) byFile.set(rel(e.file), [...(byFile.get(rel(e.file)) ?? []), e]);
  for (const [file, edits] of byFile) out.set(file, applyEdits(out.get(file) ?? '', edits));
  return out;
}

/** The final migration state as Django compares it: models, their deconstructed fields and options. */
function stateSignature(project: DjangoProject): string {
  const clean = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' || k === 'expr' || k === 'funcSpan' ? undefined : x)));
  const models = [...project.finalState().models.values()]
    .filter((m) => !['contenttypes', 'auth', 'admin', 'sessions'].includes(m.app))
    .map((m) => ({
      model: `${m.app}.${m.name.toLowerCase()}`,
      fields: [...m.fields].map(([n, f]) => [n, clean(fieldToValue(f))] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      options: [...m.options]
        .map(([k, v]) => [k, k === 'indexes' || k === 'constraints' ? sortedItems(v) : clean(v)] as const)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    }))
    .sort((a, b) => (a.model < b.model ? -1 : 1));
  return JSON.stringify(models, null, 1);
  function sortedItems(v: Value): unknown {
    const items = v.t === 'list' || v.t === 'tuple' ? v.items : [v];
    return items.map((x) => JSON.stringify(clean(x))).sort();
  }
}

function graphProblems(project: DjangoProject): string[] {
  return project.graph.problems.map((p) => p.message);
}

function render(files: Map<string, string>, before: Map<string, string>, preview: string): string {
  const parts = [`# --- PREVIEW\n${preview.trimEnd()}`];
  for (const [rel, text] of [...files].sort()) if (before.get(rel) !== text) parts.push(`# --- ${rel}\n${text.trimEnd()}`);
  for (const rel of [...before.keys()].sort()) if (!files.has(rel)) parts.push(`# --- ${rel}\n(deleted)`);
  return `${parts.join('\n')}\n`;
}

const fixtures = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort() : [];

for (const name of fixtures) {
  test(`squash fixture ${name}`, async () => {
    await Promise.all([initPythonParser(), initSqlParser()]);
    const text = fs.readFileSync(path.join(DIR, name), 'utf8');
    const d = directive(text);
    const files = splitFiles(text, 'shop/models.py');
    const { handle } = loadHandle(files);
    const project = handle.project;
    assert.deepEqual(graphProblems(project), [], 'the fixture itself loads');
    const before = stateSignature(project);

    let preview: string;
    let change: Pick<HistoryChange, 'edits' | 'creates' | 'deletes' | 'errors'>;
    let squashed = files;
    if (d.mode === 'finish') {
      // First squash, then finish it: the finished history must load and end in the same state too.
      const result = squashApp(project, { app: d.app, from: d.from, to: d.to, name: d.name });
      assert.deepEqual(result.errors, []);
      squashed = applyChange(files, withManifest({ edits: [], creates: result.creates, deletes: [], errors: [], notes: [] }, squashManifestFix(project, handle.config, result)));
      const finished = finishSquash(load(squashed), d.app);
      change = finished;
      preview = [...finished.errors, ...finished.notes].join('\n');
    } else if (d.mode === 'reset') {
      const reset = resetApp(project, d.app, d.name);
      change = reset.squash ? withManifest(reset, squashManifestFix(project, handle.config, reset.squash)) : reset;
      preview = `${reset.squash ? squashPreview(reset.squash, FIXTURE_ROOT) : ''}\n${[...reset.errors, ...reset.notes, reset.sql ?? ''].join('\n')}`;
    } else {
      const result = squashApp(project, { app: d.app, from: d.from, to: d.to, name: d.name });
      change = withManifest({ edits: [], creates: result.creates, deletes: [], errors: result.errors, notes: [] }, squashManifestFix(project, handle.config, result));
      preview = squashPreview(result, FIXTURE_ROOT);
    }
    const after = applyChange(squashed, change);
    const output = render(after, files, preview);
    const expectedFile = path.join(DIR, name.replace(/\.py$/, '.expected'));
    if (UPDATE || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, output);
    assert.equal(output, fs.readFileSync(expectedFile, 'utf8'), `${name}: output differs from ${path.basename(expectedFile)}`);

    if (change.errors.length) return; // a refusal: nothing else to check
    const { handle: afterHandle, workspace: afterWorkspace } = loadHandle(after);
    const result = afterHandle.project;
    assert.deepEqual(graphProblems(result), [], 'the new history loads without graph problems');
    const history = [...afterWorkspace.analyzeAll().values()].flat().filter((f) => HISTORY_RULES.includes(f.rule));
    assert.deepEqual(history.map((f) => `${f.rule}: ${f.message}`), [], 'no history findings after the change');
    for (const e of result.entries.values()) {
      if (e.virtual) continue;
      assert.deepEqual(e.migration.problems.map((p) => p.message), [], `${e.app}.${e.name} reads back without problems`);
      assert.equal(e.migration.hasSyntaxErrors, false, `${e.app}.${e.name} parses`);
    }
    assert.equal(stateSignature(result), before, 'the new history ends in the same state');
  });
}
