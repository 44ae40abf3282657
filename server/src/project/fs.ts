// The file system the core sees: injected, so the language server can overlay open documents
// and tests can use in-memory trees.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

export interface FileSystem {
  readFile(file: string): string | undefined;
  readDir(dir: string): DirEntry[];
  isDirectory(p: string): boolean;
  isFile(p: string): boolean;
}

export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class NodeFileSystem implements FileSystem {
  readFile(file: string): string | undefined {
    try {
      const stat = nodeFs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      return nodeFs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
  readDir(dir: string): DirEntry[] {
    try {
      return nodeFs
        .readdirSync(dir, { withFileTypes: true })
        .map((d) => ({ name: d.name, isDirectory: d.isDirectory() || (d.isSymbolicLink() && safeIsDir(path.join(dir, d.name))) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return [];
    }
  }
  isDirectory(p: string): boolean {
    return safeIsDir(p);
  }
  isFile(p: string): boolean {
    try {
      return nodeFs.statSync(p).isFile();
    } catch {
      return false;
    }
  }
}

function safeIsDir(p: string): boolean {
  try {
    return nodeFs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A file system with some files replaced by in-memory contents (open editor documents). */
export class OverlayFileSystem implements FileSystem {
  private readonly overlay = new Map<string, string>();
  constructor(private readonly base: FileSystem) {}
  set(file: string, text: string): void {
    this.overlay.set(path.resolve(file), text);
  }
  delete(file: string): void {
    this.overlay.delete(path.resolve(file));
  }
  has(file: string): boolean {
    return this.overlay.has(path.resolve(file));
  }
  readFile(file: string): string | undefined {
    return this.overlay.get(path.resolve(file)) ?? this.base.readFile(file);
  }
  readDir(dir: string): DirEntry[] {
    const entries = this.base.readDir(dir);
    const resolved = path.resolve(dir);
    for (const file of this.overlay.keys()) {
      if (path.dirname(file) === resolved && !entries.some((e) => e.name === path.basename(file))) {
        entries.push({ name: path.basename(file), isDirectory: false });
      }
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  isDirectory(p: string): boolean {
    return this.base.isDirectory(p);
  }
  isFile(p: string): boolean {
    return this.overlay.has(path.resolve(p)) || this.base.isFile(p);
  }
}

/** An in-memory tree, for tests: keys are absolute paths. */
export class MemoryFileSystem implements FileSystem {
  constructor(private readonly files: Map<string, string>) {}
  readFile(file: string): string | undefined {
    return this.files.get(path.resolve(file));
  }
  readDir(dir: string): DirEntry[] {
    const prefix = path.resolve(dir) + path.sep;
    const names = new Map<string, boolean>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const [first, ...more] = rest.split(path.sep);
      names.set(first, (names.get(first) ?? false) || more.length > 0);
    }
    return [...names].map(([name, isDirectory]) => ({ name, isDirectory })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  isDirectory(p: string): boolean {
    const prefix = path.resolve(p) + path.sep;
    for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
    return false;
  }
  isFile(p: string): boolean {
    return this.files.has(path.resolve(p));
  }
}

/**
 * Remembers reads and listings until told a path changed: the CLI reads each file once, and the
 * language server invalidates on file-watcher events (open documents live in the overlay above it).
 */
export class CachingFileSystem implements FileSystem {
  private readonly files = new Map<string, string | undefined>();
  private readonly dirs = new Map<string, DirEntry[]>();
  private readonly kinds = new Map<string, 'file' | 'dir' | 'none'>();
  constructor(private readonly base: FileSystem) {}
  invalidate(p?: string): void {
    if (p === undefined) {
      this.files.clear();
      this.dirs.clear();
      this.kinds.clear();
      return;
    }
    const resolved = path.resolve(p);
    this.files.delete(resolved);
    this.kinds.delete(resolved);
    this.dirs.delete(path.dirname(resolved));
    this.dirs.delete(resolved);
  }
  readFile(file: string): string | undefined {
    // Callers nearly always pass the normalised absolute path: try it before resolving.
    const hit = this.files.get(file);
    if (hit !== undefined) return hit;
    const key = path.resolve(file);
    if (!this.files.has(key)) this.files.set(key, this.base.readFile(key));
    return this.files.get(key);
  }
  readDir(dir: string): DirEntry[] {
    const key = path.resolve(dir);
    let entries = this.dirs.get(key);
    if (!entries) {
      entries = this.base.readDir(key);
      this.dirs.set(key, entries);
    }
    return entries;
  }
  private kind(p: string): 'file' | 'dir' | 'none' {
    const key = path.resolve(p);
    let k = this.kinds.get(key);
    if (!k) {
      k = this.base.isFile(key) ? 'file' : this.base.isDirectory(key) ? 'dir' : 'none';
      this.kinds.set(key, k);
    }
    return k;
  }
  isDirectory(p: string): boolean {
    return this.kind(p) === 'dir';
  }
  isFile(p: string): boolean {
    return this.kind(p) === 'file';
  }
}
