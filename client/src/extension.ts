// The VS Code extension: starts the language server and adds the commands that need editor UI.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
const SQL_SCHEME = 'schema-guard-sql';

class SqlPreviewProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const params = new URLSearchParams(uri.query);
    const source = params.get('source') ?? '';
    if (!client) return '-- Schema Guard is not running.\n';
    const result = await client.sendRequest<{ text: string }>('schemaGuard/migrationSql', { uri: source, backwards: params.get('backwards') === '1' });
    return result.text;
  }
  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }
}

async function showSql(provider: SqlPreviewProvider, target: vscode.Uri | string | undefined, backwards: boolean): Promise<void> {
  const source = typeof target === 'string' ? target : (target ?? vscode.window.activeTextEditor?.document.uri)?.toString();
  if (!source) {
    void vscode.window.showWarningMessage('Open a Django migration file to see its SQL.');
    return;
  }
  const name = path.basename(vscode.Uri.parse(source).path, '.py');
  const uri = vscode.Uri.from({ scheme: SQL_SCHEME, path: `/${name}${backwards ? '.backwards' : ''}.sql`, query: new URLSearchParams({ source, backwards: backwards ? '1' : '0' }).toString() });
  provider.refresh(uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'schema-guard-sql');
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

const PREVIEW_SCHEME = 'schema-guard-preview';

/** Read-only documents for squash previews (text kept in memory, keyed by path). */
class PreviewProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }
  async show(name: string, text: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}` });
    this.texts.set(uri.path, text);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}

interface SquashTarget {
  root: string;
  app: string;
  migrations: string[];
  pending: string[];
}

interface SquashParams {
  root: string;
  app: string;
  from?: string;
  to?: string;
  reset?: boolean;
}

async function squashCommand(previews: PreviewProvider): Promise<void> {
  if (!client) return;
  const targets = await client.sendRequest<SquashTarget[]>('schemaGuard/squashTargets');
  if (targets.length === 0) {
    void vscode.window.showInformationMessage('Schema Guard: no app with migrations found in this workspace.');
    return;
  }
  const roots = new Set(targets.map((t) => t.root));
  const pick = await vscode.window.showQuickPick(
    targets.map((t) => ({ label: t.app, description: `${t.migrations.length} migration${t.migrations.length === 1 ? '' : 's'}`, detail: roots.size > 1 ? t.root : undefined, target: t })),
    { title: 'Squash migrations: which app?', placeHolder: 'App label' },
  );
  if (!pick) return;
  const target = pick.target;
  const mode = await vscode.window.showQuickPick(
    [
      { label: `Squash all ${target.migrations.length} migrations`, detail: 'New migration(s) with replaces = [...] next to the old ones: safe to deploy.', id: 'all' },
      { label: 'Squash a range…', detail: 'Pick the first and the last migration.', id: 'range' },
      { label: 'Fresh start (reset)', detail: 'Replace the whole history with new initial migrations; prints the SQL that updates django_migrations.', id: 'reset' },
    ],
    { title: `Squash migrations of ${target.app}` },
  );
  if (!mode) return;
  const params: SquashParams = { root: target.root, app: target.app, reset: mode.id === 'reset' };
  if (mode.id === 'range') {
    const from = await vscode.window.showQuickPick(target.migrations, { title: 'First migration to squash' });
    if (!from) return;
    const to = await vscode.window.showQuickPick(target.migrations.slice(target.migrations.indexOf(from) + 1).reverse(), { title: 'Last migration to squash' });
    if (!to) return;
    params.from = from;
    params.to = to;
  }
  const preview = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Schema Guard: replaying ${target.migrations.length} migrations of ${target.app}…` },
    () => client!.sendRequest<{ ok: boolean; text: string }>('schemaGuard/squashPreview', params),
  );
  await previews.show(`${target.app}-${params.reset ? 'reset' : 'squash'}-preview.txt`, preview.text);
  if (!preview.ok) {
    void vscode.window.showWarningMessage(`Schema Guard: cannot squash ${target.app}; the preview says why.`);
    return;
  }
  const action = params.reset ? 'Replace the history' : 'Write squashed migrations';
  const confirm = await vscode.window.showInformationMessage(
    params.reset ? `Replace the migration history of ${target.app}?` : `Write the squashed migration(s) of ${target.app}?`,
    { modal: true, detail: params.reset ? 'Old migration files are deleted; run the printed SQL on every database in the same deploy.' : 'The old migrations stay in place until you run "Finish squash".' },
    action,
  );
  if (confirm !== action) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Schema Guard: writing migrations of ${target.app}…` },
    () => client!.sendRequest<{ applied: boolean; message: string; sql?: string; files?: string[] }>('schemaGuard/squashApply', params),
  );
  if (!result.applied) {
    void vscode.window.showErrorMessage(`Schema Guard: ${result.message}`);
    return;
  }
  if (result.files?.length) await vscode.window.showTextDocument(vscode.Uri.file(result.files[0]), { preview: false });
  if (result.sql) {
    const doc = await vscode.workspace.openTextDocument({ language: 'sql', content: `-- Run on every database that has applied the old history of ${target.app}:\n${result.sql}\n` });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  }
  void vscode.window.showInformationMessage(`Schema Guard: ${result.message}`);
}

async function finishSquashCommand(previews: PreviewProvider): Promise<void> {
  if (!client) return;
  const targets = await client.sendRequest<SquashTarget[]>('schemaGuard/squashTargets');
  const items = targets.flatMap((t) => t.pending.map((squash) => ({ label: `${t.app}.${squash}`, target: t, squash })));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Schema Guard: no squashed migration with replaces = [...] to finish.');
    return;
  }
  const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Finish which squash?' });
  if (!pick) return;
  const params = { root: pick.target.root, app: pick.target.app, squash: pick.squash };
  const preview = await client.sendRequest<{ ok: boolean; text: string }>('schemaGuard/finishSquashPreview', params);
  await previews.show(`${pick.label}-finish-preview.txt`, preview.text);
  if (!preview.ok) {
    void vscode.window.showWarningMessage('Schema Guard: cannot finish this squash; the preview says why.');
    return;
  }
  const action = 'Finish squash';
  const confirm = await vscode.window.showWarningMessage(
    `Finish the squash ${pick.label}?`,
    { modal: true, detail: 'Only once every database (production, staging, every developer) has applied it: the replaced migrations are deleted.' },
    action,
  );
  if (confirm !== action) return;
  const result = await client.sendRequest<{ applied: boolean; message: string }>('schemaGuard/finishSquashApply', params);
  if (result.applied) void vscode.window.showInformationMessage(`Schema Guard: ${result.message}`);
  else void vscode.window.showErrorMessage(`Schema Guard: ${result.message}`);
}

// `schemaGuard.reanalyze` is registered by the language client itself (the server lists it in
// executeCommandProvider); registering it here too makes activation fail.
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }],
    synchronize: {
      configurationSection: 'schemaGuard',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.py'), vscode.workspace.createFileSystemWatcher('**/pyproject.toml'), vscode.workspace.createFileSystemWatcher('**/max_migration.txt')],
    },
    diagnosticCollectionName: 'schema-guard',
  };
  client = new LanguageClient('schemaGuard', 'Schema Guard for Django', serverOptions, clientOptions);
  const provider = new SqlPreviewProvider();
  const previews = new PreviewProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand('schemaGuard.squash', () => squashCommand(previews)),
    vscode.commands.registerCommand('schemaGuard.finishSquash', () => finishSquashCommand(previews)),
    vscode.workspace.registerTextDocumentContentProvider(SQL_SCHEME, provider),
    vscode.commands.registerCommand('schemaGuard.showSql', (uri?: vscode.Uri | string) => showSql(provider, uri, false)),
    vscode.commands.registerCommand('schemaGuard.showSqlBackwards', (uri?: vscode.Uri | string) => showSql(provider, uri, true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
