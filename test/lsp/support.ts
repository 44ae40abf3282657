// Spawns the bundled language server over stdio and speaks LSP to it (a real client's messages).
import { spawn, ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface ServerHandle {
  conn: MessageConnection;
  proc: ChildProcess;
  diagnostics: Map<string, { version?: number; diagnostics: any[] }>;
  waitForDiagnostics(uri: string, predicate?: (d: { version?: number; diagnostics: any[] }) => boolean, timeoutMs?: number): Promise<{ version?: number; diagnostics: any[] }>;
  stop(): Promise<void>;
}

export const SERVER = path.resolve(__dirname, '../../server/out/server.js');

export function uri(file: string): string {
  return pathToFileURL(file).href;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  /** How the client answers workspace/applyEdit (default: applied, nothing written). */
  onApplyEdit?: (edit: any) => { applied: boolean; failureReason?: string };
}

export async function startServer(rootFolder: string, options: StartOptions = {}): Promise<ServerHandle> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, { version?: number; diagnostics: any[] }>();
  const waiters: Array<() => void> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: any[] }) => {
    diagnostics.set(p.uri, p);
    for (const w of waiters.splice(0)) w();
  });
  conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/applyEdit', (params: { edit: any }) => (options.onApplyEdit ? options.onApplyEdit(params.edit) : { applied: true }));
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri(rootFolder),
    workspaceFolders: [{ uri: uri(rootFolder), name: path.basename(rootFolder) }],
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'delete'] } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await conn.sendNotification('initialized', {});
  const handle: ServerHandle = {
    conn,
    proc,
    diagnostics,
    waitForDiagnostics(u, predicate = () => true, timeoutMs = 20000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${u} within ${timeoutMs} ms; server stderr:\n${stderr}`)), timeoutMs);
        const check = () => {
          const d = diagnostics.get(u);
          if (d && predicate(d)) {
            clearTimeout(timer);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
    async stop() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      conn.dispose();
      proc.kill();
    },
  };
  return handle;
}

function offsetAt(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return offset + pos.character;
}

/** Applies a WorkspaceEdit's documentChanges to disk, in order, as an editor would. */
export function applyWorkspaceEditToDisk(edit: { documentChanges?: any[] }): void {
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') {
      const file = fileURLToPath(change.uri);
      if (!fs.existsSync(file) || change.options?.overwrite) fs.writeFileSync(file, '');
    } else if (change.kind === 'delete') {
      const file = fileURLToPath(change.uri);
      if (fs.existsSync(file)) fs.unlinkSync(file);
    } else if (change.textDocument) {
      const file = fileURLToPath(change.textDocument.uri);
      let text = fs.readFileSync(file, 'utf8');
      const edits = [...change.edits].sort((a: any, b: any) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
      for (const e of edits) text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
      fs.writeFileSync(file, text);
    }
  }
}
