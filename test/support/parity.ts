// Compares our sqlmigrate output with files real Django wrote (oracle and generated corpora).
// The comparison is exact (byte for byte, as `manage.py sqlmigrate` printed it) except for the values that differ
// on every run of real Django, and only in the files where the corpus records them as non-deterministic.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { discoverProjects } from '../../server/src/project/discover';
import { NodeFileSystem } from '../../server/src/project/fs';
import { DjangoProject } from '../../server/src/engine/project';
import { sqlmigrateText } from '../../server/src/django/replay';
import { loadModule } from 'libpg-query';

export interface ParityCase {
  app: string;
  name: string;
  backwards: boolean;
  /** What Django printed (stdout, or `Class: message` when it raised), masked. */
  expected: string;
  /** What we print, masked the same way. */
  actual: string;
  equal: boolean;
  /** Operation kinds of the migration, nested ones of SeparateDatabaseAndState included. */
  kinds: string[];
  masks: MaskKind[];
}

/** Values real Django prints differently on every run. */
export type MaskKind = 'date' | 'uuid' | 'address';

const MASKS: Record<MaskKind, [RegExp, string]> = {
  // auto_now/auto_now_add: effective_default is timezone.now() (scripts/corpus/README.md "Non-determinism").
  date: [/'\d{4}-\d\d-\d\d([ T][0-9:.+]+)?'::(date|timestamptz)/g, "'<now>'::$2"],
  // default=uuid.uuid4 evaluated once by effective_default.
  uuid: [/'[0-9a-f]{32}'::uuid/g, "'<uuid4>'::uuid"],
  // repr() of a function in IrreversibleError messages.
  address: [/ at 0x[0-9a-f]+>/g, ' at 0x…>'],
};

export function applyMasks(text: string, masks: readonly MaskKind[]): string {
  let out = text;
  for (const m of masks) out = out.replace(MASKS[m][0], MASKS[m][1]);
  return out;
}

/** `app/name` → direction → masks, read from a corpus meta.json (`nondeterministic`). */
export type MaskTable = Map<string, { forward: MaskKind[]; backward: MaskKind[] }>;

export function masksFromMeta(metaFile: string): MaskTable {
  const table: MaskTable = new Map();
  if (!fs.existsSync(metaFile)) return table;
  const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { nondeterministic?: Record<string, Record<string, string[]>> };
  for (const [key, directions] of Object.entries(meta.nondeterministic ?? {})) {
    const entry = { forward: [] as MaskKind[], backward: [] as MaskKind[] };
    for (const [direction, what] of Object.entries(directions)) {
      const list = direction.startsWith('backward') ? entry.backward : entry.forward;
      for (const w of what) {
        const kind: MaskKind | undefined = /^date\b/.test(w) ? 'date' : /^uuid\b/.test(w) ? 'uuid' : /object address/.test(w) ? 'address' : undefined;
        if (!kind) throw new Error(`${metaFile}: unknown non-deterministic value "${w}"`);
        if (!list.includes(kind)) list.push(kind);
      }
    }
    table.set(key, entry);
  }
  return table;
}

/** The expected text of a file Django wrote: stdout as printed, or the `Class: message` of an error file. */
function expectedText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return file.endsWith('.error.txt') ? text.replace(/\n$/, '') : text;
}

/** The order in which the migrations were applied to the database, from a `plan.txt` ("app name" per line). */
export function readPlan(file: string): Array<[string, string]> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/) as [string, string]);
}

export async function parityForProject(
  projectDir: string,
  expectedDir: string,
  backwardsDir: string | undefined,
  djangoVersion: { major: number; minor: number },
  masks: MaskTable = new Map(),
  migrateHistory?: Array<[string, string]>,
): Promise<ParityCase[]> {
  await initPythonParser();
  await loadModule();
  const fsys = new NodeFileSystem();
  const [discovered] = discoverProjects(fsys, projectDir);
  const project = new DjangoProject(discovered, fsys, { djangoVersion, pgVersion: 15, migrateHistory });
  project.load();
  project.replayUpTo();
  const cases: ParityCase[] = [];
  for (const [dir, backwards] of [[expectedDir, false], [backwardsDir, true]] as Array<[string | undefined, boolean]>) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const app of fs.readdirSync(dir).sort()) {
      const appDir = path.join(dir, app);
      if (!fs.statSync(appDir).isDirectory()) continue;
      for (const file of fs.readdirSync(appDir).sort()) {
        const isError = file.endsWith('.error.txt');
        if (!file.endsWith('.sql') && !isError) continue;
        const name = file.replace(/\.error\.txt$|\.sql$/, '');
        const entry = masks.get(`${app}/${name}`);
        const caseMasks = entry ? (backwards ? entry.backward : entry.forward) : [];
        const sql = project.sqlmigrate(app, name, backwards);
        let actual = '<migration not found>';
        const kinds: string[] = [];
        if (sql) {
          const text = sqlmigrateText(sql);
          // sqlmigrate writes its output followed by a newline; an error is `Class: message`.
          actual = sql.fatal ? text.stderr : text.stdout ? `${text.stdout}\n` : text.stderr;
          for (const op of sql.operations) kinds.push(...operationKinds(op.op));
        }
        const expected = applyMasks(expectedText(path.join(appDir, file)), caseMasks);
        actual = applyMasks(actual, caseMasks);
        cases.push({ app, name, backwards, expected, actual, equal: expected === actual, kinds, masks: caseMasks });
      }
    }
  }
  return cases;
}

/**
 * The class of an operation as written (`AddIndexConcurrently`, `BtreeGinExtension`), and of the operations nested in
 * it, prefixed like the corpus' operation counts (`SeparateDatabaseAndState.database/AddIndex`).
 */
function operationKinds(op: { kind: string; call: { func: string }; stateOperations?: unknown; databaseOperations?: unknown }): string[] {
  const cls = op.call.func.split('.').pop() || op.kind;
  const kinds = [cls];
  for (const [field, label] of [['databaseOperations', 'database'], ['stateOperations', 'state']] as const) {
    const nested = op[field];
    if (Array.isArray(nested)) for (const n of nested) for (const k of operationKinds(n)) kinds.push(`${cls}.${label}/${k}`);
  }
  return kinds;
}

/** A unified line diff, `-` expected and `+` actual (small LCS; files are a few hundred lines at most). */
export function lineDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const rows: Array<[' ' | '-' | '+', string]> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      rows.push([' ', a[i++]]);
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) rows.push(['-', a[i++]]);
    else rows.push(['+', b[j++]]);
  }
  const keep = rows.map(() => false);
  rows.forEach(([t], k) => {
    if (t !== ' ') for (let d = Math.max(0, k - context); d <= Math.min(rows.length - 1, k + context); d++) keep[d] = true;
  });
  const out: string[] = [];
  rows.forEach(([t, line], k) => {
    if (keep[k]) out.push(`${t} ${visible(line)}`);
    else if (k > 0 && keep[k - 1]) out.push('  …');
  });
  return out.join('\n');
}

/** Tabs, carriage returns and trailing spaces made visible, so a whitespace-only difference can be read. */
function visible(line: string): string {
  return line.replace(/\t/g, '→').replace(/\r/g, '␍').replace(/ +$/, (s) => '·'.repeat(s.length));
}
