// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function, and self time per
// source file. Frames of an esbuild bundle are mapped back to their TypeScript source through the bundle's
// .map file, so the report names server/src/... files and lines rather than server/out/cli.js offsets.
//
// Usage: node --import tsx scripts/bench/cpuprofile.ts PROFILE.cpuprofile [--top N] [--from US --to US]
//   --from/--to keep only samples in that window (microseconds on the profile's monotonic clock, which is the
//   clock of process.hrtime() in any process on the same machine).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionRow {
  name: string;
  location: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Sampled time in the window, in ms. */
  totalMs: number;
  /** Rows sorted by self time. */
  bySelf: FunctionRow[];
  /** Rows sorted by inclusive time (a function counted once per sample, however deep its recursion). */
  byTotal: FunctionRow[];
  /** Self time per source file (or category such as "(garbage collector)"). */
  byFile: Array<{ file: string; selfMs: number }>;
}

// ---------------------------------------------------------------------------------------------
// Source maps (version 3): just enough to map a generated line/column to a source file and line.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

interface Segment {
  column: number;
  source: number;
  line: number;
}

class SourceMap {
  private readonly lines: Segment[][] = [];
  readonly sources: string[];

  constructor(map: { sources: string[]; sourceRoot?: string; mappings: string }, mapFile: string) {
    const base = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '');
    this.sources = map.sources.map((s) => (s.startsWith('file:') ? fileURLToPath(s) : path.resolve(base, s)));
    const text = map.mappings;
    let source = 0;
    let line = 0;
    let column = 0;
    let segments: Segment[] = [];
    let generatedColumn = 0;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    const flush = () => {
      if (values.length >= 4) {
        generatedColumn += values[0];
        source += values[1];
        line += values[2];
        column += values[3];
        segments.push({ column: generatedColumn, source, line });
      } else if (values.length >= 1) generatedColumn += values[0];
      values.length = 0;
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 59 /* ; */) {
        flush();
        this.lines.push(segments);
        segments = [];
        generatedColumn = 0;
      } else if (code === 44 /* , */) flush();
      else {
        const digit = DIGIT[code];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
    }
    flush();
    this.lines.push(segments);
    void column;
  }

  /** The source position of a generated (0-based) line and column. */
  lookup(line: number, column: number): { file: string; line: number } | undefined {
    for (let l = line; l >= 0 && l >= line - 50; l--) {
      const segments = this.lines[l];
      if (!segments || segments.length === 0) continue;
      let lo = 0;
      let hi = segments.length - 1;
      let found = -1;
      const col = l === line ? column : Number.MAX_SAFE_INTEGER;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segments[mid].column <= col) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found >= 0) return { file: this.sources[segments[found].source], line: segments[found].line + 1 };
    }
    return undefined;
  }
}

const mapCache = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | undefined {
  if (!url.startsWith('file:') || !url.endsWith('.js')) return undefined;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return undefined;
  }
  if (!mapCache.has(file)) {
    let map: SourceMap | null = null;
    try {
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')), `${file}.map`);
    } catch {
      map = null;
    }
    mapCache.set(file, map);
  }
  return mapCache.get(file) ?? undefined;
}

// ---------------------------------------------------------------------------------------------

function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file);
  const nm = rel.lastIndexOf('node_modules/');
  if (nm >= 0) return rel.slice(nm);
  return rel.startsWith('..') ? file : rel;
}

function describeFrame(frame: CallFrame, root: string): { name: string; file: string; location: string } {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return { name, file: name.startsWith('(') ? name : '(native)', location: '' };
  if (frame.url.startsWith('wasm://')) return { name, file: '(wasm)', location: 'wasm' };
  const map = sourceMapFor(frame.url);
  const mapped = map?.lookup(frame.lineNumber, frame.columnNumber);
  if (mapped) {
    const file = displayPath(mapped.file, root);
    return { name, file, location: `${file}:${mapped.line}` };
  }
  let file = frame.url;
  try {
    if (file.startsWith('file:')) file = displayPath(fileURLToPath(file), root);
  } catch {
    // keep the URL
  }
  return { name, file, location: `${file}:${frame.lineNumber + 1}` };
}

export function summarizeProfile(profile: CpuProfile, options: { from?: number; to?: number; root?: string } = {}): ProfileSummary {
  const root = options.root ?? process.cwd();
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const described = new Map<number, { key: string; name: string; file: string; location: string }>();
  const describe = (id: number) => {
    let d = described.get(id);
    if (!d) {
      const frame = byId.get(id)!.callFrame;
      const info = describeFrame(frame, root);
      d = { ...info, key: `${info.name}@${info.location}` };
      described.set(id, d);
    }
    return d;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  const labels = new Map<string, { name: string; location: string }>();
  let sum = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // The interval up to the next sample belongs to this sample.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (options.from !== undefined && t < options.from) continue;
    if (options.to !== undefined && t > options.to) continue;
    const id = profile.samples[i];
    const leaf = describe(id);
    if (leaf.name === '(idle)') continue;
    sum += dt;
    self.set(leaf.key, (self.get(leaf.key) ?? 0) + dt);
    files.set(leaf.file, (files.get(leaf.file) ?? 0) + dt);
    labels.set(leaf.key, leaf);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const d = describe(n);
      if (d.name === '(root)' || seen.has(d.key)) continue;
      seen.add(d.key);
      labels.set(d.key, d);
      total.set(d.key, (total.get(d.key) ?? 0) + dt);
    }
  }
  const rows = [...labels].map(([key, l]) => ({ name: l.name, location: l.location, selfMs: (self.get(key) ?? 0) / 1000, totalMs: (total.get(key) ?? 0) / 1000 }));
  return {
    totalMs: sum / 1000,
    bySelf: rows.filter((r) => r.selfMs > 0).sort((a, b) => b.selfMs - a.selfMs),
    byTotal: [...rows].sort((a, b) => b.totalMs - a.totalMs),
    byFile: [...files].map(([file, us]) => ({ file, selfMs: us / 1000 })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function formatSummary(summary: ProfileSummary, top = 20): string {
  const pct = (ms: number) => `${((100 * ms) / Math.max(summary.totalMs, 1e-9)).toFixed(1).padStart(5)}%`;
  const row = (ms: number, r: { name: string; location: string }) => `  ${ms.toFixed(1).padStart(9)} ms ${pct(ms)}  ${r.name.slice(0, 48).padEnd(48)} ${r.location}`;
  const lines = [`sampled ${summary.totalMs.toFixed(0)} ms (idle excluded)`, '', 'self time by function:'];
  for (const r of summary.bySelf.slice(0, top)) lines.push(row(r.selfMs, r));
  lines.push('', 'inclusive time by function:');
  for (const r of summary.byTotal.filter((r) => r.location && !/^\(/.test(r.name)).slice(0, top)) lines.push(row(r.totalMs, r));
  lines.push('', 'self time by file:');
  for (const f of summary.byFile.slice(0, Math.min(top, 15))) lines.push(`  ${f.selfMs.toFixed(1).padStart(9)} ms ${pct(f.selfMs)}  ${f.file}`);
  return lines.join('\n');
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  if (!file) {
    process.stderr.write('Usage: node --import tsx scripts/bench/cpuprofile.ts PROFILE.cpuprofile [--top N] [--from US --to US]\n');
    process.exitCode = 2;
  } else {
    const summary = summarizeProfile(readProfile(file), { from: flag('--from'), to: flag('--to'), root: path.resolve(__dirname, '../..') });
    process.stdout.write(`${formatSummary(summary, flag('--top') ?? 25)}\n`);
  }
}
