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
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SQL_SCHEME, provider),
    vscode.commands.registerCommand('schemaGuard.showSql', (uri?: vscode.Uri | string) => showSql(provider, uri, false)),
    vscode.commands.registerCommand('schemaGuard.showSqlBackwards', (uri?: vscode.Uri | string) => showSql(provider, uri, true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
