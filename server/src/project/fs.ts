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
