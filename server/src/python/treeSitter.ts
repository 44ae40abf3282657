// Loads web-tree-sitter and the Python grammar once; parsing afterwards is synchronous.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser, Language, Tree, Node as TsNode, Edit } from 'web-tree-sitter';

export type { Tree, TsNode };

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Finds a wasm file next to the bundle (production) or in node_modules (tests run from source). */
export function locateAsset(fileName: string, packagePath: string): string {
  const candidates = [path.join(__dirname, fileName), path.join(__dirname, '..', fileName)];
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  return require.resolve(packagePath);
}

export function initPythonParser(): Promise<void> {
  if (!loading) {
    loading = (async () => {
      const coreWasm = fs.readFileSync(locateAsset('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'));
      await Parser.init({ wasmBinary: coreWasm });
      const grammar = fs.readFileSync(locateAsset('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
      const language = await Language.load(new Uint8Array(grammar));
      parser = new Parser();
      parser.setLanguage(language);
    })();
  }
  return loading;
}

export function isPythonParserReady(): boolean {
  return parser !== undefined;
}

/** Parses a whole text, or re-parses incrementally when the previous tree has been edited to match. */
export function parseTree(text: string, previous?: Tree): Tree {
  if (!parser) throw new Error('initPythonParser() must complete before parsing');
  const tree = parser.parse(text, previous ?? null);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** A text change in UTF-16 offsets, as the editor reports it. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Applies a change to an old tree so that parseTree can reuse it. `oldText` is the text before the change. */
export function editTree(tree: Tree, oldText: string, change: TextChange): void {
  const newText = oldText.slice(0, change.start) + change.text + oldText.slice(change.end);
  const edit = new Edit({
    startIndex: change.start,
    oldEndIndex: change.end,
    newEndIndex: change.start + change.text.length,
    startPosition: pointAt(oldText, change.start),
    oldEndPosition: pointAt(oldText, change.end),
    newEndPosition: pointAt(newText, change.start + change.text.length),
  });
  tree.edit(edit);
}
