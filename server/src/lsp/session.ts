// The language server's state: workspace folders, open documents overlaid on the disk, per-folder
// settings, and analysis scheduling (the edited document first, everything else after).
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Connection, Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../engine/analyze';
import { Finding } from '../engine/types';
import { CachingFileSystem, NodeFileSystem, OverlayFileSystem } from '../project/fs';
import { ruleUrl } from '../engine/rule';
import { ruleById, BUILTIN_CODES } from '../rules/index';
import { LineIndex } from './convert';

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export interface DiagnosticData {
  uri: string;
  version: number;
  findingKey: string;
}

export class Session {
  readonly disk = new CachingFileSystem(new NodeFileSystem());
  readonly overlay = new OverlayFileSystem(this.disk);
  readonly documents = new Map<string, TextDocument>();
  private workspaces = new Map<string, Workspace>();
  private folders: string[] = [];
  private settings = new Map<string, Record<string, unknown>>();
  /** Findings last published per document, to serve code actions and hovers without re-analysis. */
  readonly findings = new Map<string, { version: number; findings: Finding[] }>();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** Timing of the last analysis of each document (for the benchmark). */
  readonly lastAnalysisMs = new Map<string, number>();

  constructor(private readonly connection: Connection) {}

  currentFolders(): string[] {
    return [...this.folders];
  }

  setFolders(folders: string[]): void {
    this.folders = folders.length ? folders : this.folders;
    this.workspaces.clear();
  }

  setFolderSettings(folder: string, settings: Record<string, unknown> | undefined): void {
    if (settings) this.settings.set(folder, settings);
    else this.settings.delete(folder);
    this.workspaces.delete(folder);
  }

  folderFor(file: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) if ((file === f || file.startsWith(f + path.sep)) && (!best || f.length > best.length)) best = f;
    return best;
  }

  /** The workspace (discovered Django projects) of a folder; files outside every folder get their own. */
  workspaceFor(file: string): Workspace {
    const folder = this.folderFor(file) ?? guessRoot(file);
    let ws = this.workspaces.get(folder);
    if (!ws) {
      ws = new Workspace(this.overlay, [folder], { overrides: this.settings.get(folder) });
      this.workspaces.set(folder, ws);
    }
    return ws;
  }

  /** Every workspace folder's (created on first use), and those of files outside the folders. */
  allWorkspaces(): Workspace[] {
    for (const folder of this.folders) this.workspaceFor(folder);
    return [...this.workspaces.values()];
  }

  /** A file was created, deleted or renamed: project layouts must be discovered again. */
  rediscover(): void {
    this.disk.invalidate();
    for (const ws of this.workspaces.values()) ws.discover();
  }

  /** Files changed on disk (file watcher): forget their cached contents. */
  filesChanged(files: string[]): void {
    for (const f of files) this.disk.invalidate(f);
  }

  open(doc: TextDocument): void {
    const file = uriToPath(doc.uri);
    this.documents.set(doc.uri, doc);
    if (file) {
      const known = this.overlay.has(file) || this.overlay.isFile(file);
      this.overlay.set(file, doc.getText());
      if (!known) this.rediscover();
    }
  }

  change(doc: TextDocument): void {
    this.documents.set(doc.uri, doc);
    const file = uriToPath(doc.uri);
    if (file) this.overlay.set(file, doc.getText());
  }

  close(uri: string): void {
    this.documents.delete(uri);
    const file = uriToPath(uri);
    if (file) this.overlay.delete(file);
    this.findings.delete(uri);
  }

  /** Analyses one document now and publishes its diagnostics. */
  analyzeNow(uri: string): void {
    const doc = this.documents.get(uri);
    const file = uriToPath(uri);
    if (!doc || !file || !file.endsWith('.py')) return;
    const started = performance.now();
    let findings: Finding[] = [];
    try {
      const workspace = this.workspaceFor(file);
      workspace.setOpenFiles([...this.documents.keys()].map((u) => uriToPath(u)).filter((p): p is string => !!p));
      findings = workspace.analyzeFile(file);
    } catch (error) {
      this.connection.console.error(`schema-guard: analysis of ${file} failed: ${(error as Error).stack ?? error}`);
    }
    this.lastAnalysisMs.set(uri, performance.now() - started);
    this.findings.set(uri, { version: doc.version, findings });
    void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(findings, doc, (f) => this.overlay.readFile(f)) });
  }

  /** The changed document is analysed right away; the other open ones shortly after (their state may depend on it). */
  onDocumentChanged(uri: string): void {
    this.analyzeNow(uri);
    for (const other of this.documents.keys()) if (other !== uri) this.pending.add(other);
    this.schedule();
  }

  scheduleAll(): void {
    for (const uri of this.documents.keys()) this.pending.add(uri);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const uris = [...this.pending];
      this.pending.clear();
      for (const uri of uris) this.analyzeNow(uri);
    }, 300);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

function guessRoot(file: string): string {
  // Outside every workspace folder: the nearest folder above the app (two levels up from models.py / migrations/x.py).
  const dir = path.dirname(file);
  return path.basename(dir) === 'migrations' ? path.dirname(path.dirname(dir)) : path.dirname(dir);
}

function severity(s: Finding['severity']): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function findingKey(f: Finding): string {
  return `${f.rule}:${f.start}:${f.end}`;
}

export function toDiagnostics(findings: Finding[], doc: TextDocument, read: (file: string) => string | undefined = () => undefined): Diagnostic[] {
  const index = new LineIndex(doc.getText());
  return findings.map((f) => {
    const rule = ruleById(f.rule);
    const diagnostic: Diagnostic = {
      range: index.range(f.start, f.end),
      severity: severity(f.severity),
      source: 'schema-guard',
      code: f.rule,
      message: f.help ? `${f.message}\n${f.help}` : f.message,
      data: { uri: doc.uri, version: doc.version, findingKey: findingKey(f) } satisfies DiagnosticData,
    };
    if (rule) diagnostic.codeDescription = { href: ruleUrl(rule.id) };
    if (f.rule === BUILTIN_CODES.unusedSuppression) diagnostic.tags = [DiagnosticTag.Unnecessary];
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => {
        const text = read(r.file) ?? '';
        return { location: { uri: pathToUri(r.file), range: new LineIndex(text).range(r.start, r.end) }, message: r.message };
      });
    }
    return diagnostic;
  });
}
