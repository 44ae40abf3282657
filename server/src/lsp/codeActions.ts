// Code actions: the fixes computed with each finding (shipped in Diagnostic.data), "fix all"
// variants, and suppression comments for every rule.
import { CodeAction, CodeActionKind, CodeActionParams, CreateFile, TextDocumentEdit, WorkspaceEdit, DeleteFile } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, Fix } from '../engine/types';
import { BUILTIN_CODES } from '../rules/index';
import { lineSuppressionText, fileSuppressionInsert } from '../engine/suppressions';
import { LineIndex } from './convert';
import { DiagnosticData, Session, findingKey, pathToUri, uriToPath } from './session';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.schema-guard`;

/**
 * A core change (a Fix, a squash, a finish-squash) as an LSP WorkspaceEdit: new files, then text edits
 * (positions from current texts), then deletions. A file both deleted and created (a reset writes a new
 * 0001_initial where the old one was) is overwritten rather than deleted.
 */
export function fixToWorkspaceEdit(change: Pick<Fix, 'edits' | 'creates' | 'deletes'>, session: Session): WorkspaceEdit {
  const documentChanges: Array<TextDocumentEdit | CreateFile | DeleteFile> = [];
  const deleted = new Set(change.deletes ?? []);
  const created = new Set<string>();
  for (const create of change.creates ?? []) {
    const uri = pathToUri(create.file);
    created.add(create.file);
    documentChanges.push(CreateFile.create(uri, deleted.has(create.file) ? { overwrite: true } : { overwrite: false, ignoreIfExists: true }));
    documentChanges.push(TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: create.text }]));
  }
  const byFile = new Map<string, Fix['edits']>();
  for (const e of change.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, edits] of byFile) {
    const uri = pathToUri(file);
    const doc = session.documents.get(uri);
    const text = doc?.getText() ?? session.overlay.readFile(file) ?? '';
    const index = new LineIndex(text);
    documentChanges.push(
      TextDocumentEdit.create(
        { uri, version: doc?.version ?? null },
        [...edits].sort((a, b) => a.start - b.start).map((e) => ({ range: index.range(e.start, e.end), newText: e.newText })),
      ),
    );
  }
  for (const file of deleted) if (!created.has(file)) documentChanges.push(DeleteFile.create(pathToUri(file), { ignoreIfNotExists: true }));
  return { documentChanges };
}

function suppressionActions(finding: Finding, doc: TextDocument): CodeAction[] {
  if (finding.rule === BUILTIN_CODES.syntaxError || finding.rule === BUILTIN_CODES.unusedSuppression || finding.rule === BUILTIN_CODES.invalidSuppression) return [];
  const text = doc.getText();
  const index = new LineIndex(text);
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const line = lineSuppressionText(text, lineStart, finding.rule);
  const file = fileSuppressionInsert(text, finding.rule);
  return [
    {
      title: `Ignore ${finding.rule} on this line`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [doc.uri]: [{ range: index.range(lineStart, lineStart), newText: line }] } },
    },
    {
      title: `Ignore ${finding.rule} in this file`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [doc.uri]: [{ range: index.range(file.offset, file.offset), newText: file.text }] } },
    },
  ];
}

export function codeActions(params: CodeActionParams, session: Session): CodeAction[] {
  const doc = session.documents.get(params.textDocument.uri);
  const published = session.findings.get(params.textDocument.uri);
  if (!doc || !published) return [];
  const file = uriToPath(doc.uri);
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
  if (wantsFixAll) {
    // Apply every safe single fix of the file, one per finding, skipping overlaps.
    const edits: Fix = { title: 'Fix all Schema Guard problems', safety: 'safe', edits: [], creates: [] };
    const taken: Array<[number, number]> = [];
    for (const f of published.findings) {
      const fix = f.fixes.find((x) => x.safety === 'safe' && !x.scope);
      if (!fix || fix.edits.some((e) => taken.some(([s, t]) => e.start <= t && s <= e.end))) continue;
      if ((fix.creates ?? []).some((c) => edits.creates!.some((x) => x.file === c.file))) continue;
      edits.edits.push(...fix.edits);
      edits.creates!.push(...(fix.creates ?? []));
      for (const e of fix.edits) taken.push([e.start, e.end]);
    }
    if (edits.edits.length || edits.creates!.length) actions.push({ title: edits.title, kind: FIX_ALL_KIND, edit: fixToWorkspaceEdit(edits, session) });
    if (only?.every((k) => k !== CodeActionKind.QuickFix)) return actions;
  }
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'schema-guard') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    const finding = published.findings.find((f) => findingKey(f) === data?.findingKey);
    if (!finding || (data && data.version !== published.version)) continue;
    finding.fixes.forEach((fix, i) => {
      const action: CodeAction = {
        title: fix.safety === 'unsafe' ? `${fix.title} (unsafe: review)` : fix.title,
        kind: fix.scope ? `${CodeActionKind.QuickFix}.fixAll` : CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0 && fix.safety === 'safe',
        edit: fixToWorkspaceEdit(fix, session),
      };
      actions.push(action);
    });
    actions.push(...suppressionActions(finding, doc));
  }
  void file;
  return actions;
}
