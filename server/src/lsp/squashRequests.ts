// Requests behind "Schema Guard: Squash migrations…" and "Finish squash": the client asks what can
// be squashed, shows the preview, and on confirmation the server applies the change through
// workspace/applyEdit, so the edit lands in the editor's undo history and open buffers.
import { Connection } from 'vscode-languageserver/node';
import { Session } from './session';
import { fixToWorkspaceEdit } from './codeActions';
import { squashApp, squashPreview } from '../squash/squash';
import { HistoryChange, finishSquash, pendingSquashes, resetApp } from '../squash/finish';
import { splitKey } from '../django/graph';
import { squashManifestFix, withManifest } from '../squash/manifest';
import * as path from 'node:path';

export interface SquashTarget {
  root: string;
  app: string;
  /** The app's migrations in plan order. */
  migrations: string[];
  /** Squashes that still have `replaces` (candidates for Finish squash). */
  pending: string[];
}

export interface SquashParams {
  root: string;
  app: string;
  from?: string;
  to?: string;
  name?: string;
  reset?: boolean;
}

/** `ready`: the parsers are loaded (a request may arrive before they are). */
export function registerSquashRequests(connection: Connection, session: Session, ready: Promise<unknown>): void {
  const handleAt = (root: string) => {
    for (const w of session.allWorkspaces()) {
      for (const h of w.handles) {
        if (h.project.root === root) {
          h.refresh();
          return h;
        }
      }
    }
    return undefined;
  };
  const projectAt = (root: string) => handleAt(root)?.project;

  connection.onRequest('schemaGuard/squashTargets', async (): Promise<SquashTarget[]> => {
    await ready;
    const targets: SquashTarget[] = [];
    for (const w of session.allWorkspaces()) {
      for (const h of w.handles) {
        h.refresh();
        const project = h.project;
        for (const app of project.apps) {
          if (!app.migrationsDir) continue;
          const migrations = project.plan.filter((k) => splitKey(k)[0] === app.label).map((k) => splitKey(k)[1]);
          if (migrations.length === 0) continue;
          targets.push({ root: project.root, app: app.label, migrations, pending: pendingSquashes(project, app.label).map((e) => e.name) });
        }
      }
    }
    return targets.sort((a, b) => b.migrations.length - a.migrations.length || a.app.localeCompare(b.app));
  });

  connection.onRequest('schemaGuard/squashPreview', async (params: SquashParams): Promise<{ ok: boolean; text: string; files?: number }> => {
    await ready;
    const project = projectAt(params.root);
    if (!project) return { ok: false, text: `No Django project at ${params.root}.\n` };
    if (params.reset) {
      const change = resetApp(project, params.app, params.name);
      return { ok: change.errors.length === 0, text: resetText(change, project.root) };
    }
    const result = squashApp(project, params);
    return { ok: result.errors.length === 0, files: result.creates.length, text: squashPreview(result, project.root) };
  });

  connection.onRequest('schemaGuard/squashApply', async (params: SquashParams) => {
    await ready;
    const handle = handleAt(params.root);
    if (!handle) return { applied: false, message: `No Django project at ${params.root}.` };
    const project = handle.project;
    let change: HistoryChange;
    if (params.reset) {
      change = resetApp(project, params.app, params.name);
      if (change.squash) withManifest(change, squashManifestFix(project, handle.config, change.squash));
    } else {
      const result = squashApp(project, params);
      change = withManifest({ edits: [], creates: result.creates, deletes: [], errors: result.errors, notes: [] }, squashManifestFix(project, handle.config, result));
    }
    return apply(change, params.reset ? `Reset the migrations of ${params.app}` : `Squash migrations of ${params.app}`);
  });

  connection.onRequest('schemaGuard/finishSquashPreview', async (params: { root: string; app: string; squash?: string }) => {
    await ready;
    const project = projectAt(params.root);
    if (!project) return { ok: false, text: `No Django project at ${params.root}.\n` };
    const change = finishSquash(project, params.app, params.squash);
    return { ok: change.errors.length === 0, text: changeText(change, project.root) };
  });

  connection.onRequest('schemaGuard/finishSquashApply', async (params: { root: string; app: string; squash?: string }) => {
    await ready;
    const project = projectAt(params.root);
    if (!project) return { applied: false, message: `No Django project at ${params.root}.` };
    return apply(finishSquash(project, params.app, params.squash), `Finish squash of ${params.app}`);
  });

  async function apply(change: HistoryChange, label: string): Promise<{ applied: boolean; message: string; sql?: string; files?: string[] }> {
    if (change.errors.length) return { applied: false, message: change.errors.join(' ') };
    const result = await connection.workspace.applyEdit({ label, edit: fixToWorkspaceEdit(change, session) });
    session.rediscover();
    session.scheduleAll();
    if (!result.applied) return { applied: false, message: result.failureReason ?? 'the editor did not apply the change' };
    return { applied: true, message: `${label}: ${change.creates.length} file(s) written, ${change.deletes.length} deleted.`, sql: change.sql, files: change.creates.map((c) => c.file) };
  }
}

function changeText(change: HistoryChange, root: string): string {
  if (change.errors.length) return `Cannot do this:\n${change.errors.map((e) => `  - ${e}`).join('\n')}\n`;
  const rel = (f: string) => path.relative(root, f);
  const lines = [
    ...change.deletes.map((f) => `delete ${rel(f)}`),
    ...change.creates.map((c) => `write  ${rel(c.file)}`),
    ...[...new Set(change.edits.map((e) => e.file))].map((f) => `edit   ${rel(f)}`),
    '',
    ...change.notes,
  ];
  if (change.sql) lines.push('', change.sql);
  return `${lines.join('\n')}\n`;
}

function resetText(change: HistoryChange, root: string): string {
  const preview = change.squash && change.squash.errors.length === 0 ? squashPreview(change.squash, root) : '';
  return `${preview}\n${changeText(change, root)}`;
}
