// Copies the code a squashed operation needs from the migration modules it came from: the functions
// RunPython calls, the helpers and constants they use, and their imports. Django leaves this to the
// user ("Functions from the following migrations need manual copying"); a squash here is complete.
import { Value } from '../python/values';
import { PyModule, resolveRelative } from '../python/module';
import { WrittenOperation } from '../django/writer';

export interface SourceModule {
  module: PyModule;
  /** Appended to a copied name that clashes with another migration's (the migration's number). */
  suffix: string;
}

interface Definition {
  module: PyModule;
  name: string;
  /** The name it gets in the new file (renamed when two migrations define the same name differently). */
  local: string;
  text: string;
}

const IDENTIFIER = /(?<![\w.])[A-Za-z_][A-Za-z0-9_]*/g;

export class CodeCopier {
  private readonly definitions: Definition[] = [];
  private readonly taken = new Map<string, string>(); // local name -> definition text
  private readonly importLines = new Set<string>();
  /** Problems that make the copy incomplete (a name bound only inside a function, a star import…). */
  readonly problems: string[] = [];

  /**
   * Rewrites the values of an operation that point into one of `sources` (the migration it came
   * from first) and records what they need.
   */
  rewriteOperation(op: WrittenOperation, sources: SourceModule[]): WrittenOperation {
    const value = (v: Value): Value => this.rewriteValue(v, sources);
    return {
      ...op,
      args: op.args?.map(value),
      kwargs: op.kwargs.map(([k, v]) => [k, Array.isArray(v) ? v.map((o) => this.rewriteOperation(o, sources)) : value(v)] as [string, Value | WrittenOperation[]]),
    };
  }

  private rewriteValue(v: Value, sources: SourceModule[]): Value {
    switch (v.t) {
      case 'ref': {
        for (const { module, suffix } of sources) {
          // A module-level name of the migration: qualified by its module, or bare when the module has no known name.
          const prefix = module.moduleName ? `${module.moduleName}.` : undefined;
          const name = prefix && v.path.startsWith(prefix) ? v.path.slice(prefix.length) : v.path;
          if (!name.includes('.') && module.topLevel.has(name) && name !== 'Migration') return { t: 'ref', path: this.require(module, name, suffix) };
        }
        return v;
      }
      case 'unknown':
      case 'lambda':
        return sources.length ? { ...v, text: this.rewriteText(v.text, sources[0].module, sources[0].suffix) } : v;
      case 'list':
      case 'tuple':
      case 'set':
        return { ...v, items: v.items.map((x) => this.rewriteValue(x, sources)) };
      case 'dict':
        return { ...v, entries: v.entries.map(([k, x]) => [this.rewriteValue(k, sources), this.rewriteValue(x, sources)] as [Value, Value]) };
      case 'call':
        return {
          ...v,
          args: v.args.map((x) => this.rewriteValue(x, sources)),
          kwargs: v.kwargs.map(([k, x]) => [k, this.rewriteValue(x, sources)] as [string, Value]),
        };
      case 'op':
        return { ...v, args: v.args.map((x) => this.rewriteValue(x, sources)) };
      default:
        return v;
    }
  }

  /** Source text (an expression written back as is): names of the module it uses are copied too. */
  private rewriteText(text: string, module: PyModule, suffix: string): string {
    return text.replace(IDENTIFIER, (id) => {
      if (module.topLevel.has(id) && id !== 'Migration') return this.require(module, id, suffix);
      this.requireImport(module, id);
      return id;
    });
  }

  /** The local name of a module-level definition, copying it (and what it uses) the first time. */
  private require(module: PyModule, name: string, suffix: string): string {
    const existing = this.definitions.find((d) => d.module === module && d.name === name);
    if (existing) return existing.local;
    const node = module.topLevel.get(name)!;
    const start = 'fullStart' in node ? node.fullStart : lineStart(module.text, 'decorators' in node && node.decorators.length ? node.decorators[0].start : node.start);
    const raw = module.text.slice(lineStart(module.text, start), node.end);
    let local = name;
    if (this.taken.has(local) && this.taken.get(local) !== raw) local = `${name}_${suffix}`;
    for (let i = 2; this.taken.has(local) && this.taken.get(local) !== raw; i++) local = `${name}_${suffix}_${i}`;
    const definition: Definition = { module, name, local, text: raw };
    if (this.taken.has(local)) {
      // The same text under the same name: one copy serves both migrations.
      this.definitions.push({ ...definition, text: '' });
      return local;
    }
    this.taken.set(local, raw);
    this.definitions.push(definition);
    // Rewrite after registering, so recursive functions find themselves.
    definition.text = this.rewriteText(raw, module, suffix).replace(new RegExp(`^((?:async\\s+)?(?:def|class)\\s+)${name}\\b`, 'm'), `$1${local}`);
    if (module.starImports.length) this.problems.push(`${module.moduleName ?? 'a migration'} uses "import *": names it takes from there are not copied`);
    return local;
  }

  private requireImport(module: PyModule, id: string): void {
    const binding = module.body.imports.find((b) => b.local === id);
    if (!binding) return;
    const absolute = binding.level > 0 ? resolveRelative(binding.module, binding.level, module.moduleName, module.isPackage) : binding.module;
    if (!absolute) return;
    if (binding.name === undefined) {
      const first = absolute.split('.')[0];
      this.importLines.add(binding.local === first ? `import ${absolute}` : `import ${absolute} as ${binding.local}`);
    } else {
      this.importLines.add(binding.local === binding.name ? `from ${absolute} import ${binding.name}` : `from ${absolute} import ${binding.name} as ${binding.local}`);
    }
  }

  get copiedNames(): string[] {
    return this.definitions.filter((d) => d.text).map((d) => d.local);
  }

  /** Imports and definitions to place after the migration's own imports. */
  preamble(existingImports: string[]): string | undefined {
    const defs = this.definitions.filter((d) => d.text);
    if (!defs.length) return undefined;
    const imports = [...this.importLines].filter((line) => !existingImports.includes(line) && !coveredByDjangoImport(line, existingImports)).sort();
    const blocks: string[] = [];
    if (imports.length) blocks.push(imports.join('\n'));
    // Definitions in the order they were first needed, helpers after the functions that use them reads
    // fine in Python: names are looked up when the function runs.
    for (const d of defs) blocks.push(d.text.trimEnd());
    return blocks.join('\n\n\n');
  }
}

function lineStart(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

/** `from django.db import models` is already there when the writer imported `migrations, models`. */
function coveredByDjangoImport(line: string, existing: string[]): boolean {
  const m = /^from django\.db import (migrations|models)$/.exec(line);
  if (!m) return false;
  return existing.some((e) => e === 'from django.db import migrations, models' || e === `from django.db import ${m[1]}`);
}
