// Reusable driver for end-to-end tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed by
// scripts/e2e/setup.sh into .cache/e2e/code-server) driven through Debian's headless Chromium with playwright-core.
//
//   const cs = await startCodeServer({ workspace, baseDir, vsix });      // installs the vsix, waits for /healthz
//   const browser = await launchBrowser({ baseDir });
//   await openWorkbench(browser.page, cs, workspace);
//   await openFile(page, 'shop/models.py'); await openProblems(page);
//   await waitForProblem(page, ['Model Order has', 'schema-guard']);
//   await gotoPosition(page, 4, 7); await applyQuickFix(page, 'Set Meta.db_table');
//   await screenshot(page, 'after-fix'); await browser.close(); await stopCodeServer(cs);
//
// Every wait is bounded. Processes: code-server runs in its own process group and carries a unique environment tag,
// so stopCodeServer() finds and kills all of it, including children that outlive their parent (code-server leaves a
// `bootstrap-fork --type=fileWatcher` orphan behind when only its main process is killed).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output', 'e2e');
export const CODE_SERVER_VERSION = '4.100.3';

const T0 = Date.now();
export function log(message: string): void {
  console.log(`[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s] ${message}`);
}

/** Thrown by a waitFor() probe to stop waiting at once. */
export class FatalError extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value other than undefined/false, or throws `describe()` after timeoutMs. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  intervalMs = 250,
  describe?: () => Promise<string> | string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      if (error instanceof FatalError) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = describe ? await Promise.resolve(describe()).catch((e) => String(e)) : lastError ? String(lastError) : '';
      throw new Error(`timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}${detail ? `\n${detail}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

// --- prerequisites -----------------------------------------------------------------------------------------------

export function e2eCacheDir(): string {
  return process.env.SCHEMA_GUARD_E2E_CACHE ?? path.join(ROOT, '.cache', 'e2e');
}

/** code-server's node entry point (out/node/entry.js), or undefined when scripts/e2e/setup.sh has not run. */
export function findCodeServer(): string | undefined {
  const explicit = process.env.SCHEMA_GUARD_CODE_SERVER;
  const candidates = explicit ? [explicit] : [path.join(e2eCacheDir(), 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js')];
  return candidates.find((p) => fs.existsSync(p));
}

export function findChromium(): string | undefined {
  const explicit = process.env.SCHEMA_GUARD_CHROMIUM;
  const candidates = explicit ? [explicit] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => fs.existsSync(p));
}

export function hasPlaywright(): boolean {
  try {
    require.resolve('playwright-core');
    return true;
  } catch {
    return false;
  }
}

/** Reasons the E2E test cannot run here (empty when it can). */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!findCodeServer()) missing.push(`code-server ${CODE_SERVER_VERSION} not found in ${path.join(e2eCacheDir(), 'code-server')}`);
  if (!findChromium()) missing.push('chromium not found at /usr/bin/chromium');
  if (!hasPlaywright()) missing.push('playwright-core is not installed (npm ci)');
  return missing;
}

// --- processes ---------------------------------------------------------------------------------------------------

/** The environment for code-server and Chromium: HOME/XDG_* in a scratch folder, no VS Code/test-runner leftovers. */
export function isolatedEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    // VSCODE_IPC_HOOK_CLI & co. would make code-server's CLI talk to the VS Code this runs in; NODE_TEST_CONTEXT
    // and NODE_OPTIONS belong to the test runner.
    if (/^(VSCODE_|ELECTRON_|NODE_TEST_CONTEXT$|NODE_OPTIONS$|npm_)/.test(key)) continue;
    env[key] = value;
  }
  for (const dir of ['.config', '.local/share', '.cache']) fs.mkdirSync(path.join(home, dir), { recursive: true });
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    ...extra,
  };
}

interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  cmdline: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]), cmdline };
  } catch {
    return undefined; // gone, or not ours to read
  }
}

function hasEnvTag(pid: number, tag: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'latin1').includes(tag);
  } catch {
    return false;
  }
}

/** Live (non-zombie) processes that belong to a process tree we started: same process group, descendants, or tag. */
export function findOwnedProcesses(rootPid: number, tag: string): ProcInfo[] {
  const all: ProcInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info && info.pid !== process.pid) all.push(info);
  }
  const owned = new Map<number, ProcInfo>();
  for (const p of all) if (p.pid === rootPid || p.pgid === rootPid || hasEnvTag(p.pid, tag)) owned.set(p.pid, p);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!owned.has(p.pid) && owned.has(p.ppid)) (owned.set(p.pid, p), (grew = true));
  }
  return [...owned.values()].filter((p) => p.state !== 'Z' && p.state !== 'X');
}

/** SIGTERM, then SIGKILL after graceMs, to everything findOwnedProcesses() sees; returns what was still alive. */
export async function killOwnedProcesses(rootPid: number, tag: string, graceMs = 4000): Promise<ProcInfo[]> {
  const initial = findOwnedProcesses(rootPid, tag);
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-rootPid, sig); // the process group (spawned detached)
    } catch {
      /* group gone */
    }
    for (const p of findOwnedProcesses(rootPid, tag)) {
      try {
        process.kill(p.pid, sig);
      } catch {
        /* gone */
      }
    }
  };
  if (initial.length === 0) return [];
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && findOwnedProcesses(rootPid, tag).length) await sleep(100);
  let left = findOwnedProcesses(rootPid, tag);
  if (left.length) {
    log(`SIGKILL to ${left.length} process(es) still alive after SIGTERM: ${left.map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`).join(' | ')}`);
    signal('SIGKILL');
    const killDeadline = Date.now() + 3000;
    while (Date.now() < killDeadline && (left = findOwnedProcesses(rootPid, tag)).length) await sleep(100);
  }
  return left;
}

/** Synchronous last-resort kill for process.on('exit'): SIGKILL to the group and every tagged process. */
export function killOwnedProcessesSync(rootPid: number, tag: string): void {
  try {
    process.kill(-rootPid, 'SIGKILL');
  } catch {
    /* gone */
  }
  for (const p of findOwnedProcesses(rootPid, tag)) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
}

/** Runs a command in its own process group, output captured, killed (whole group) after timeoutMs. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const tag = `schema-guard-e2e-run-${randomUUID()}`;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), SCHEMA_GUARD_E2E_TAG: tag },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timedOut = false;
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      timedOut = true;
      void killOwnedProcesses(child.pid!, tag, 2000);
    }, options.timeoutMs);
    child.on('error', (error) => {
      output += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // anything the command left behind in its group
      if (child.pid) void killOwnedProcesses(child.pid, tag, 1000).then(() => resolve({ code, signal, output, timedOut }));
      else resolve({ code, signal, output, timedOut });
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// --- code-server -------------------------------------------------------------------------------------------------

export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
};

export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  tag: string;
  logFile: string;
  userDataDir: string;
  extensionsDir: string;
  env: Record<string, string>;
  process: ChildProcess;
  /** Installed extensions, as `code-server --list-extensions --show-versions` printed them. */
  extensions: string[];
}

export interface StartOptions {
  /** Folder to open. */
  workspace: string;
  /** Scratch folder for user data, extensions, HOME and logs (created; removing it is the caller's job). */
  baseDir: string;
  /** Extensions to install first (.vsix paths). */
  vsix?: string[];
  /** Extra user settings (merged over DEFAULT_SETTINGS). */
  settings?: Record<string, unknown>;
  entry?: string;
  readyTimeoutMs?: number;
}

function codeServerArgs(entry: string, userDataDir: string, extensionsDir: string, rest: string[]): string[] {
  return [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...rest];
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const entry = options.entry ?? findCodeServer();
  if (!entry) throw new Error('code-server is not installed: run bash scripts/e2e/setup.sh');
  const base = options.baseDir;
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  const home = path.join(base, 'home');
  const logFile = path.join(base, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2),
  );
  const tag = `schema-guard-e2e-${randomUUID()}`;
  const env = isolatedEnv(home, { SCHEMA_GUARD_E2E_TAG: tag });

  for (const vsix of options.vsix ?? []) {
    const t = Date.now();
    const result = await run(process.execPath, codeServerArgs(entry, userDataDir, extensionsDir, ['--install-extension', vsix]), {
      env,
      cwd: base,
      timeoutMs: 120_000,
    });
    if (result.code !== 0 || !/successfully installed/i.test(result.output)) {
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${tail(result.output)}`);
    }
    log(`installed ${path.basename(vsix)} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const listed = await run(process.execPath, codeServerArgs(entry, userDataDir, extensionsDir, ['--list-extensions', '--show-versions']), {
    env,
    cwd: base,
    timeoutMs: 60_000,
  });
  const extensions = listed.output.split('\n').map((l) => l.trim()).filter((l) => /^[\w.-]+\.[\w.-]+@/.test(l));

  const port = await freePort();
  const configFile = path.join(base, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const out = fs.openSync(logFile, 'a');
  const t = Date.now();
  const child = spawn(
    process.execPath,
    codeServerArgs(entry, userDataDir, extensionsDir, [
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      options.workspace,
    ]),
    { cwd: base, env, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exit code ${code}, signal ${signal}`));
  child.on('error', (error) => (exited = String(error)));
  const cs: CodeServer = { url: `http://127.0.0.1:${port}`, port, pid: child.pid!, tag, logFile, userDataDir, extensionsDir, env, process: child, extensions };
  try {
    await waitFor(
      `code-server /healthz on port ${port}`,
      async () => {
        if (exited) throw new Error(`code-server exited early (${exited})`);
        const response = await fetch(`${cs.url}/healthz`, { signal: AbortSignal.timeout(2000) });
        return response.ok;
      },
      options.readyTimeoutMs ?? 60_000,
      250,
      () => `code-server ${exited ? `exited (${exited})` : 'still running'}; log tail:\n${tail(readText(logFile))}`,
    );
  } catch (error) {
    await stopCodeServer(cs);
    throw error;
  }
  log(`code-server ${CODE_SERVER_VERSION} (pid ${cs.pid}) ready on ${cs.url} in ${((Date.now() - t) / 1000).toFixed(1)} s; extensions: ${extensions.join(', ') || 'none'}`);
  return cs;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Kills code-server and every process it started (see killOwnedProcesses). Safe to call twice. */
export async function stopCodeServer(cs: CodeServer): Promise<void> {
  const before = findOwnedProcesses(cs.pid, cs.tag);
  const left = await killOwnedProcesses(cs.pid, cs.tag);
  if (before.length) log(`stopped code-server: ${before.length} process(es) (${summarize(before)})`);
  if (left.length) throw new Error(`could not kill: ${left.map((p) => `${p.pid} ${p.cmdline}`).join('; ')}`);
}

function summarize(procs: ProcInfo[]): string {
  const kinds = procs.map((p) => {
    const type = /--type=(\w+)/.exec(p.cmdline)?.[1];
    if (type) return type;
    const [argv0, argv1] = p.cmdline.split(' ');
    return [path.basename(argv0 ?? ''), argv1 && !argv1.startsWith('-') ? path.basename(argv1) : argv1].filter(Boolean).join(' ').slice(0, 40);
  });
  return kinds.join(', ');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/**
 * Errors that mean an installed extension will never publish anything: "Activating extension <id> failed" in the
 * extension host log, or an [error] line in the extension's own output channels (e.g. "Server initialization
 * failed", a crashed language server). Returns a readable excerpt, or undefined while there are none.
 */
export function extensionFailure(cs: CodeServer): string | undefined {
  const ids = cs.extensions.map((e) => e.split('@')[0]);
  const found: string[] = [];
  for (const file of listFiles(path.join(cs.userDataDir, 'logs'))) {
    const name = path.basename(file);
    const ownLog = ids.some((id) => file.includes(`${path.sep}${id}${path.sep}`));
    if (!ownLog && name !== 'remoteexthost.log') continue;
    const lines = readText(file).split('\n');
    lines.forEach((line, i) => {
      const relevant = ownLog ? /\[error\]/.test(line) : ids.some((id) => line.includes(`Activating extension ${id} failed`));
      if (relevant) found.push(`${path.relative(cs.userDataDir, file)}: ${[line, ...lines.slice(i + 1, i + 4)].join('\n    ')}`);
    });
  }
  return found.length ? found.slice(0, 6).join('\n') : undefined;
}

/** Copies code-server's log and VS Code's logs (extension host, language servers' output channels) to dest. */
export function collectLogs(cs: CodeServer, dest: string): void {
  fs.mkdirSync(dest, { recursive: true });
  try {
    fs.copyFileSync(cs.logFile, path.join(dest, 'code-server.log'));
  } catch {
    /* none */
  }
  const logs = path.join(cs.userDataDir, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'vscode-logs'), { recursive: true });
}

// --- browser -----------------------------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: { baseDir: string; executablePath?: string; viewport?: { width: number; height: number } }): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error('chromium not found');
  const profile = path.join(options.baseDir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const t = Date.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: isolatedEnv(path.join(options.baseDir, 'chromium-home')),
    viewport: options.viewport ?? { width: 1400, height: 860 },
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text().slice(0, 300)}`);
  });
  log(`chromium ${context.browser()?.version() ?? ''} launched in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  let closed = false;
  return {
    context,
    page,
    errors,
    async close() {
      if (closed) return;
      closed = true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => (log('chromium did not close within 15 s'), resolve()), 15_000);
      });
      await Promise.race([context.close().catch(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}

const QUICK_INPUT = '.quick-input-widget';

async function visible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible().catch(() => false);
}

/** Loads the workbench for `folder` and waits until it is interactive (the Explorer lists the folder). */
export async function openWorkbench(page: Page, cs: CodeServer, folder: string, timeoutMs = 60_000): Promise<void> {
  const t = Date.now();
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: timeoutMs });
  log(`workbench visible in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  // The workbench paints before its keybindings and services are ready (Ctrl+P 3 s after this did nothing):
  // wait for the Explorer to list the folder and for the status bar, then openFile() still retries its key press.
  await waitFor('the Explorer to list the workspace', () => visible(page, '.explorer-folders-view .monaco-list-row'), Math.max(5_000, timeoutMs - (Date.now() - t)));
  await page.locator('.statusbar').first().waitFor({ state: 'visible', timeout: 30_000 });
  log(`workbench ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Opens the quick input with `key` (retrying while the workbench is still starting) and types `text`. */
async function quickInput(page: Page, key: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let tries = 0;
  while (!(await visible(page, QUICK_INPUT))) {
    if (Date.now() > deadline) throw new Error(`the quick input did not open after ${tries} × ${key}`);
    tries++;
    await page.keyboard.press(key);
    await page.locator(QUICK_INPUT).first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
  }
  const input = page.locator(`${QUICK_INPUT} input`).first();
  await input.fill(text);
}

async function quickInputRows(page: Page): Promise<string[]> {
  return page.locator(`${QUICK_INPUT} .monaco-list-row`).allInnerTexts().catch(() => []);
}

/** Opens a workspace file with Ctrl+P (quick open) and waits for its editor tab. */
export async function openFile(page: Page, relativePath: string, timeoutMs = 60_000): Promise<void> {
  const t = Date.now();
  const base = path.posix.basename(relativePath);
  const dir = path.posix.dirname(relativePath);
  await quickInput(page, 'Control+P', relativePath, timeoutMs);
  // Quick open lists files found by ripgrep; the first row must be our file (label = base name, description = dir).
  await waitFor(
    `quick open to list ${relativePath}`,
    async () => {
      const rows = await quickInputRows(page);
      return rows.length > 0 && rows[0].includes(base) && (dir === '.' || rows[0].includes(dir));
    },
    Math.max(5000, timeoutMs - (Date.now() - t)),
    200,
    async () => `rows: ${JSON.stringify(await quickInputRows(page))}`,
  );
  await page.keyboard.press('Enter');
  await waitFor(
    `an editor tab for ${relativePath}`,
    async () => (await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label'))?.includes(base),
    15_000,
  );
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 15_000 });
  log(`opened ${relativePath} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Runs a command from the command palette by its label, e.g. 'File: Save All'. */
export async function runCommand(page: Page, label: string, timeoutMs = 20_000): Promise<void> {
  await quickInput(page, 'F1', `>${label}`, timeoutMs);
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

/** Chooses the row containing `text` in a quick pick an extension opened (filters by typing `filter`). */
export async function pickQuickItem(page: Page, text: string, filter = text, timeoutMs = 30_000): Promise<void> {
  const input = page.locator(`${QUICK_INPUT} input`).first();
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(filter);
  await waitFor(`the quick pick to list "${text}"`, async () => (await quickInputRows(page)).some((r) => r.includes(text)), timeoutMs, 200, async () => `rows: ${JSON.stringify(await quickInputRows(page))}`);
  const rows = await quickInputRows(page);
  const index = rows.findIndex((r) => r.includes(text));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Clicks a button of the modal dialog (showInformationMessage/showWarningMessage with modal: true). */
export async function clickDialogButton(page: Page, label: string, timeoutMs = 30_000): Promise<string> {
  const dialog = page.locator('.monaco-dialog-box').first();
  await dialog.waitFor({ state: 'visible', timeout: timeoutMs });
  const message = await dialog.innerText().catch(() => '');
  await dialog.locator('.monaco-button', { hasText: label }).first().click();
  await dialog.waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
  return message;
}

/** Opens the Problems panel (Ctrl+Shift+M, or the command palette if the key did not take). */
export async function openProblems(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+M');
  const opened = await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  if (!opened) {
    await runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  }
}

export async function problemRows(page: Page): Promise<string[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => [] as string[]);
  return rows.map((r) => r.replace(/\s+/g, ' ').trim());
}

/**
 * Waits until a row of the Problems panel contains every one of `parts`; returns that row's text.
 * With `cs`, gives up early (after a 5 s grace) when extensionFailure() reports that an extension failed.
 */
export async function waitForProblem(page: Page, parts: string[], timeoutMs = 60_000, cs?: CodeServer): Promise<string> {
  const t = Date.now();
  const row = await waitFor(
    `a problem containing ${JSON.stringify(parts)}`,
    async () => {
      const match = (await problemRows(page)).find((r) => parts.every((p) => r.includes(p)));
      if (match) return match;
      const failure = cs && Date.now() - t > 5000 ? extensionFailure(cs) : undefined;
      if (failure) throw new FatalError(`an extension failed, so the problem will not appear:\n${failure}`);
      return undefined;
    },
    timeoutMs,
    300,
    async () => {
      const failure = cs ? extensionFailure(cs) : undefined;
      return `Problems panel rows: ${JSON.stringify(await problemRows(page), null, 1)}${failure ? `\nextension errors:\n${failure}` : ''}`;
    },
  );
  log(`problem shown after ${((Date.now() - t) / 1000).toFixed(1)} s: ${row}`);
  return row;
}

/** Waits until no row of the Problems panel contains every one of `parts`. */
export async function waitForProblemGone(page: Page, parts: string[], timeoutMs = 30_000): Promise<void> {
  await waitFor(
    `the problem ${JSON.stringify(parts)} to disappear`,
    async () => !(await problemRows(page)).some((r) => parts.every((p) => r.includes(p))),
    timeoutMs,
    300,
    async () => `Problems panel rows: ${JSON.stringify(await problemRows(page), null, 1)}`,
  );
}

/** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G), and focuses the editor. */
export async function gotoPosition(page: Page, line: number, column: number): Promise<void> {
  await quickInput(page, 'Control+G', `:${line}:${column}`, 15_000);
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).first().waitFor({ state: 'hidden', timeout: 5000 });
  await waitFor(
    `the cursor at Ln ${line}, Col ${column}`,
    async () => (await page.locator('.statusbar').first().innerText()).includes(`Ln ${line}, Col ${column}`),
    5000,
  );
}

const ACTION_WIDGET = '.action-widget';

async function actionTitles(page: Page): Promise<string[]> {
  const rows = await page.locator(`${ACTION_WIDGET} .monaco-list-row.action`).allInnerTexts().catch(() => [] as string[]);
  return rows.map((r) => r.replace(/\s+/g, ' ').trim());
}

/**
 * Opens the quick-fix menu at the cursor (Ctrl+.) and picks the action whose title starts with `titlePrefix`.
 * Retries Ctrl+. while the menu lacks it (code actions are computed asynchronously). Returns the full title.
 */
export async function applyQuickFix(page: Page, titlePrefix: string, timeoutMs = 30_000): Promise<string> {
  const t = Date.now();
  let titles: string[] = [];
  const index = await waitFor(
    `a quick fix starting with ${JSON.stringify(titlePrefix)}`,
    async () => {
      if (!(await visible(page, ACTION_WIDGET))) {
        await page.keyboard.press('Control+.');
        await page.locator(ACTION_WIDGET).first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
      }
      titles = await actionTitles(page);
      const i = titles.findIndex((title) => title.startsWith(titlePrefix));
      if (i >= 0) return i + 1; // 1-based: 0 would read as "not yet"
      if (titles.length) await page.keyboard.press('Escape'); // stale menu: close and ask again
      return undefined;
    },
    timeoutMs,
    500,
    async () => `menu entries: ${JSON.stringify(titles)}`,
  );
  const title = titles[index - 1];
  // Select with the keyboard: the menu's context-view-pointerBlock overlay swallows mouse clicks in headless runs.
  const focused = page.locator(`${ACTION_WIDGET} .monaco-list-row.focused`).first();
  for (let i = 0; i <= titles.length + 2; i++) {
    const label = ((await focused.getAttribute('aria-label', { timeout: 2000 }).catch(() => null)) ?? (await focused.innerText().catch(() => ''))).trim();
    if (label.startsWith(titlePrefix)) break;
    if (i === titles.length + 2) throw new Error(`could not focus ${JSON.stringify(titlePrefix)} in the quick-fix menu (focused: ${JSON.stringify(label)})`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.locator(ACTION_WIDGET).first().waitFor({ state: 'hidden', timeout: 10_000 });
  log(`applied quick fix "${title}" (${((Date.now() - t) / 1000).toFixed(1)} s; menu: ${JSON.stringify(titles)})`);
  return title;
}

/** Saves a PNG of the page to test-output/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  log(`screenshot: ${file}`);
  return file;
}
