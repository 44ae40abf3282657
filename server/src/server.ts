// The analysis keeps little alive (~50 MB for 1,100 migrations), but with V8's default heap growth
// the garbage of re-analysis on every keystroke takes the process to 3x that: grow the heap slower.
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--heap-growing-percent=20');
// The language server: wires the LSP connection to the session. Nothing else lives here.
import {
  CodeLens,
  Connection,
  DidChangeConfigurationNotification,
  Hover,
  InitializeParams,
  InitializeResult,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initPythonParser } from './python/treeSitter';
import { initSqlParser } from './sql/index';
import { Session, uriToPath, pathToUri } from './lsp/session';
import { FIX_ALL_KIND, codeActions, fixToWorkspaceEdit } from './lsp/codeActions';
import { LineIndex } from './lsp/convert';
import { migrationInsight, migrationSqlPreview } from './engine/insights';
import { Fix } from './engine/types';
import { manifestStyle, updateManifestsFix } from './fixes/history';
import { registerSquashRequests } from './lsp/squashRequests';

const connection: Connection = createConnection(ProposedFeatures.all);
const session = new Session(connection);
let hasConfigurationCapability = false;
const ready = Promise.all([initPythonParser(), initSqlParser()]).catch((error) => {
  connection.console.error(`schema-guard: cannot load parsers: ${(error as Error).message}`);
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!folders.length && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  session.setFolders(folders);
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: ['schemaGuard.reanalyze', 'schemaGuard.rebaseMigrations', 'schemaGuard.updateManifests'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'schema-guard', version: '0.1.0' },
  };
});

async function loadSettings(): Promise<void> {
  if (!hasConfigurationCapability) return;
  const folders = [...new Set([...session.documents.keys()].map((u) => uriToPath(u)).filter((p): p is string => !!p).map((f) => session.folderFor(f)).filter((f): f is string => !!f))];
  for (const folder of folders) {
    try {
      const settings = (await connection.workspace.getConfiguration({ scopeUri: pathToUri(folder), section: 'schemaGuard' })) as Record<string, unknown> | null;
      session.setFolderSettings(folder, settings ? cleanSettings(settings) : undefined);
    } catch {
      // A client without per-folder configuration: keep pyproject settings only.
    }
  }
}

/** Editor settings override pyproject only where the user set them (empty strings and nulls mean "not set"). */
function cleanSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings)) if (v !== null && v !== '' && !(typeof v === 'object' && v && Object.keys(v).length === 0)) out[k] = v;
  return out;
}

connection.onInitialized(async () => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  await ready;
});

connection.onDidChangeConfiguration(async () => {
  await loadSettings();
  session.scheduleAll();
});

connection.onDidOpenTextDocument(async (params) => {
  const doc = TextDocument.create(params.textDocument.uri, params.textDocument.languageId, params.textDocument.version, params.textDocument.text);
  session.open(doc);
  await ready;
  await loadSettings();
  session.onDocumentChanged(doc.uri);
});

connection.onDidChangeTextDocument(async (params) => {
  const doc = session.documents.get(params.textDocument.uri);
  if (!doc) return;
  const updated = TextDocument.update(doc, params.contentChanges, params.textDocument.version);
  session.change(updated);
  await ready;
  session.onDocumentChanged(updated.uri);
});

connection.onDidCloseTextDocument((params) => {
  session.close(params.textDocument.uri);
  void connection.sendDiagnostics({ uri: params.textDocument.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles((params) => {
  const files = params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p);
  // Content changes only need the cache dropped; created or deleted files change the project layout.
  if (params.changes.some((c) => c.type !== 2)) session.rediscover();
  else session.filesChanged(files);
  session.scheduleAll();
});

connection.onInitialized(() => {
  if (!hasConfigurationCapability) return;
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    session.setFolders([...session.currentFolders().filter((f) => !event.removed.some((r) => uriToPath(r.uri) === f)), ...event.added.map((a) => uriToPath(a.uri)).filter((p): p is string => !!p)]);
    session.scheduleAll();
  });
});

connection.onCodeAction((params) => codeActions(params, session));

function migrationFor(uri: string) {
  const file = uriToPath(uri);
  if (!file) return undefined;
  const handle = session.workspaceFor(file).handleForFile(file);
  if (!handle) return undefined;
  handle.refresh();
  const entry = handle.project.entryForFile(file);
  return entry ? { project: handle.project, entry } : undefined;
}

connection.onCodeLens((params): CodeLens[] => {
  const doc = session.documents.get(params.textDocument.uri);
  const found = doc && migrationFor(params.textDocument.uri);
  if (!doc || !found) return [];
  const insight = migrationInsight(found.project, found.entry);
  if (!insight) return [];
  const index = new LineIndex(doc.getText());
  const locks = insight.locks.slice(0, 3).map((l) => `${l.lock} on ${l.table}`);
  const unsafe = session.findings.get(params.textDocument.uri)?.findings.filter((f) => f.data?.unsafeOperation).length ?? 0;
  const title = [
    `${insight.statementCount} statement${insight.statementCount === 1 ? '' : 's'}`,
    ...(locks.length ? [locks.join(', ') + (insight.locks.length > 3 ? ` +${insight.locks.length - 3} more` : '')] : ['no locks']),
    ...(unsafe ? [`${unsafe} unsafe operation${unsafe === 1 ? '' : 's'}`] : []),
    ...(insight.atomic ? [] : ['non-atomic']),
  ].join(' · ');
  return [{ range: index.range(insight.classStart, insight.classEnd), command: { title, command: 'schemaGuard.showSql', arguments: [params.textDocument.uri] } }];
});

connection.onHover((params): Hover | null => {
  const doc = session.documents.get(params.textDocument.uri);
  const found = doc && migrationFor(params.textDocument.uri);
  if (!doc || !found) return null;
  const index = new LineIndex(doc.getText());
  const offset = index.offset(params.position);
  const insight = migrationInsight(found.project, found.entry);
  const op = insight?.operations.find((o) => offset >= o.start && offset <= o.end);
  if (!op) return null;
  const lines = [`**${op.description}**`, ''];
  if (op.cannotBeSql) lines.push('Python code: it cannot be written as SQL.');
  else if (op.sql.length === 0) lines.push('No SQL (state only).');
  else lines.push('```sql', ...op.sql, '```');
  for (const l of op.locks) {
    const blocks = l.blocksReads ? 'blocks reads and writes' : l.blocksWrites ? 'blocks writes' : 'blocks neither reads nor writes';
    lines.push(`- \`${l.lock}\` on \`${l.table}\`: ${blocks}${l.rewrites ? '; rewrites the table' : l.scans ? '; scans the table' : ''}`);
  }
  if (op.error) lines.push('', `_Could not compute exactly: ${op.error}_`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: index.range(op.start, op.end) };
});

connection.onRequest('schemaGuard/migrationSql', async (params: { uri: string; backwards?: boolean }) => {
  await ready;
  const found = migrationFor(params.uri);
  if (!found) return { text: '-- Not a migration of a Django project Schema Guard found.\n', title: 'SQL' };
  return { text: migrationSqlPreview(found.project, found.entry, !!params.backwards), title: `${found.entry.app}.${found.entry.name}${params.backwards ? ' (backwards)' : ''}.sql` };
});

connection.onRequest('schemaGuard/analysisTime', (params: { uri: string }) => ({ ms: session.lastAnalysisMs.get(params.uri) ?? -1 }));

/** Applies a core Fix through the client (workspace/applyEdit). */
async function applyFix(fix: Fix | undefined, what: string): Promise<void> {
  if (!fix) {
    void connection.window.showInformationMessage(`Schema Guard: ${what}: nothing to do.`);
    return;
  }
  const result = await connection.workspace.applyEdit({ label: fix.title, edit: fixToWorkspaceEdit(fix, session) });
  if (!result.applied) void connection.window.showWarningMessage(`Schema Guard: ${what} was not applied${result.failureReason ? `: ${result.failureReason}` : ''}.`);
  session.rediscover();
  session.scheduleAll();
}

/** The projects of the workspace folders (or of one file). */
function handlesFor(uri: unknown) {
  const file = typeof uri === 'string' ? uriToPath(uri) : undefined;
  if (file) {
    const handle = session.workspaceFor(file).handleForFile(file);
    return handle ? [handle] : [];
  }
  return session.allWorkspaces().flatMap((w) => w.handles);
}

connection.onExecuteCommand(async (params) => {
  await ready;
  const [target] = params.arguments ?? [];
  switch (params.command) {
    case 'schemaGuard.reanalyze':
      session.rediscover();
      session.scheduleAll();
      return;
    case 'schemaGuard.rebaseMigrations': {
      for (const handle of handlesFor(target)) {
        handle.refresh();
        const conflicts = handle.getProjectFindings().filter((f) => f.rule === 'conflicting-migrations' && f.fixes.length);
        if (conflicts.length) return applyFix(conflicts[0].fixes[0], 'Rebase migrations');
      }
      void connection.window.showInformationMessage('Schema Guard: no app has conflicting migrations.');
      return;
    }
    case 'schemaGuard.updateManifests': {
      for (const handle of handlesFor(target)) {
        handle.refresh();
        const style = manifestStyle(handle.project, handle.config);
        await applyFix(updateManifestsFix(handle.project, handle.config, style === 'off' ? 'per-app' : style), 'Update migration manifests');
      }
      return;
    }
  }
});

registerSquashRequests(connection, session, ready);

connection.onShutdown(() => session.dispose());
connection.listen();
