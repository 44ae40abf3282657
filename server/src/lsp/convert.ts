// Offsets (UTF-16 indices, the core's unit) to LSP positions and back. LSP's default encoding is
// UTF-16 too, so only line splitting is needed.
import { Position, Range } from 'vscode-languageserver/node';

export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, position.character), lineEnd);
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
