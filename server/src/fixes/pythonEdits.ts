// Reusable edit builders over Python source text: add an option to a class's Meta (creating
// Meta when needed), add a keyword argument to a call, insert a class after another one.
import { ClassDef, Expr } from '../python/ast';
import { TextEdit } from '../engine/types';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

function detectIndentUnit(text: string): string {
  const m = /\n( +|\t)\S/.exec(text);
  if (!m) return '    ';
  return m[1].startsWith('\t') ? '\t' : m[1].length >= 4 ? '    ' : m[1];
}

/** End of the last line of a class (after its last statement), for appending to its body. */
function classBodyEnd(text: string, cls: ClassDef): number {
  let end = cls.end;
  // tree-sitter ends the class at its last token; extend to the end of that line.
  end = lineEnd(text, Math.max(cls.start, end - 1));
  return end;
}

/**
 * Sets `name = value` in the model's Meta: replaces an existing assignment, appends to an existing
 * Meta, or adds a new `class Meta:` at the end of the model body.
 */
export function setMetaOption(file: string, text: string, model: ClassDef, name: string, valueSource: string, metaBase?: string): TextEdit {
  const meta = model.body.classes.find((c) => c.name === 'Meta');
  const unit = detectIndentUnit(text);
  if (meta) {
    const existing = meta.body.assigns.find((a) => a.targets.includes(name));
    if (existing?.value) return { file, start: existing.value.start, end: existing.value.end, newText: valueSource };
    const onlyPass = meta.body.assigns.length === 0 && meta.body.classes.length === 0 && meta.body.functions.length === 0 && /^\s*pass\s*$/m.test(text.slice(meta.headerEnd, classBodyEnd(text, meta)));
    const indent = meta.bodyIndent || indentAt(text, meta.start) + unit;
    if (onlyPass) {
      const passAt = text.indexOf('pass', meta.headerEnd);
      return { file, start: passAt, end: passAt + 4, newText: `${name} = ${valueSource}` };
    }
    // Same-line body (`class Meta: ordering = []`): rewrite onto separate lines.
    if (!text.slice(meta.headerEnd, lineEnd(text, meta.headerEnd)).trim().startsWith('#') && text.slice(meta.headerEnd, lineEnd(text, meta.headerEnd)).trim() !== '') {
      const bodyText = text.slice(meta.headerEnd, lineEnd(text, meta.headerEnd)).trim();
      const baseIndent = indentAt(text, meta.start) + unit;
      return { file, start: meta.headerEnd, end: lineEnd(text, meta.headerEnd), newText: `\n${baseIndent}${bodyText}\n${baseIndent}${name} = ${valueSource}` };
    }
    const end = classBodyEnd(text, meta);
    return { file, start: end, end, newText: `\n${indent}${name} = ${valueSource}` };
  }
  const bodyIndent = model.bodyIndent || indentAt(text, model.start) + unit;
  const end = classBodyEnd(text, model);
  const onlyPass = model.body.assigns.length === 0 && model.body.classes.length === 0 && model.body.functions.length === 0 && /^\s*pass\s*$/m.test(text.slice(model.headerEnd, end));
  const metaText = `class Meta${metaBase ? `(${metaBase})` : ''}:\n${bodyIndent}${unit}${name} = ${valueSource}`;
  if (onlyPass) {
    const passAt = text.indexOf('pass', model.headerEnd);
    return { file, start: passAt, end: passAt + 4, newText: metaText };
  }
  return { file, start: end, end, newText: `\n\n${bodyIndent}${metaText}` };
}

/** Adds or replaces `name=value` in a call's keyword arguments. */
export function setCallKeyword(file: string, text: string, call: Extract<Expr, { kind: 'call' }>, name: string, valueSource: string): TextEdit {
  const existing = call.kwargs.find((k) => k.name === name);
  if (existing) return { file, start: existing.value.start, end: existing.value.end, newText: valueSource };
  const close = call.closeParen >= 0 ? call.closeParen : call.end;
  const inside = text.slice(call.openParen + 1, close);
  const hasArgs = inside.trim().length > 0;
  if (!hasArgs) return { file, start: call.openParen + 1, end: close, newText: `${name}=${valueSource}` };
  // Multi-line call with one argument per line: add a line in the same style.
  const lastArgEnd = Math.max(...[...call.args, ...call.kwargs.map((k) => k as { end: number })].map((a) => a.end));
  const between = text.slice(lastArgEnd, close);
  if (between.includes('\n')) {
    const argIndent = indentAt(text, Math.max(...call.kwargs.map((k) => k.start), ...call.args.map((a) => a.start)));
    const trailingComma = between.trimStart().startsWith(',');
    const insertAt = trailingComma ? lastArgEnd + between.indexOf(',') + 1 : lastArgEnd;
    return { file, start: insertAt, end: insertAt, newText: `${trailingComma ? '' : ','}\n${argIndent}${name}=${valueSource}${trailingComma ? ',' : ''}` };
  }
  const trailingComma = /,\s*$/.test(inside);
  return { file, start: lastArgEnd, end: lastArgEnd, newText: trailingComma ? `, ${name}=${valueSource}` : `, ${name}=${valueSource}` };
}

/** Removes `name=value` (and its separating comma) from a call. */
export function removeCallKeyword(file: string, text: string, call: Extract<Expr, { kind: 'call' }>, name: string): TextEdit | undefined {
  const kw = call.kwargs.find((k) => k.name === name);
  if (!kw) return undefined;
  let start = kw.start;
  let end = kw.end;
  const after = /^\s*,[ \t]*/.exec(text.slice(end));
  if (after) end += after[0].length;
  else {
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  return { file, start, end, newText: '' };
}

/** Inserts top-level source before a class (e.g. a through model before the model using it). */
export function insertBeforeClass(file: string, text: string, cls: ClassDef, source: string): TextEdit {
  const start = lineStart(text, cls.start);
  return { file, start, end: start, newText: `${source.trimEnd()}\n\n\n` };
}

export function insertAfterClass(file: string, text: string, cls: ClassDef, source: string): TextEdit {
  const end = classBodyEnd(text, cls);
  return { file, start: end, end, newText: `\n\n\n${source.trimEnd()}` };
}

/** Applies edits to a text (edits must not overlap); used by tests and the CLI's --fix. */
export function applyEdits(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
