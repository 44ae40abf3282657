// The migration graph as Django's MigrationLoader builds it (db/migrations/loader.py, graph.py):
// same-app edges first, then cross-app ones with __first__/__latest__ resolved, run_before,
// squashed migrations replacing the ones they replace, and the same DFS plan order.

export type MigrationKey = string; // `app.name`

export function key(app: string, name: string): MigrationKey {
  return `${app}\u0000${name}`;
}

export function splitKey(k: MigrationKey): [string, string] {
  const i = k.indexOf('\u0000');
  return [k.slice(0, i), k.slice(i + 1)];
}

export function keyLabel(k: MigrationKey): string {
  const [app, name] = splitKey(k);
  return `${app}.${name}`;
}

export interface GraphMigration {
  app: string;
  name: string;
  dependencies: Array<{ app: string; name: string; swappable?: boolean }>;
  runBefore: Array<{ app: string; name: string }>;
  replaces: Array<{ app: string; name: string }>;
}

export interface GraphProblem {
  kind: 'missing-dependency' | 'unknown-app' | 'cycle' | 'cyclic-squash' | 'missing-replacement';
  /** The migration whose dependency or replaces entry is at fault. */
  migration: MigrationKey | undefined;
  target: { app: string; name: string } | undefined;
  message: string;
}

class Node {
  readonly parents = new Set<Node>();
  readonly children = new Set<Node>();
  constructor(readonly key: MigrationKey) {}
}

function compareKeys(a: MigrationKey, b: MigrationKey): number {
  const [aa, an] = splitKey(a);
  const [ba, bn] = splitKey(b);
  if (aa !== ba) return aa < ba ? -1 : 1;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

export class MigrationGraph {
  readonly nodes = new Map<MigrationKey, Node>();
  readonly problems: GraphProblem[] = [];
  /** Squash migration -> the keys it replaced (after replacement took place). */
  readonly replacedBy = new Map<MigrationKey, MigrationKey>();
  /** Apps whose migrations are known (have a node). */
  readonly apps = new Set<string>();

  has(k: MigrationKey): boolean {
    return this.nodes.has(k);
  }

  private addNode(k: MigrationKey): void {
    if (!this.nodes.has(k)) this.nodes.set(k, new Node(k));
    this.apps.add(splitKey(k)[0]);
  }

  private addDependency(child: MigrationKey, parent: MigrationKey, origin: MigrationKey): void {
    const c = this.nodes.get(child);
    const p = this.nodes.get(parent);
    if (!c || !p) {
      const [app, name] = splitKey(c ? parent : child);
      this.problems.push({
        kind: 'missing-dependency',
        migration: origin,
        target: { app, name },
        message: `Migration ${keyLabel(origin)} depends on nonexistent node ('${app}', '${name}')`,
      });
      return;
    }
    c.parents.add(p);
    p.children.add(c);
  }

  rootNodes(app?: string): MigrationKey[] {
    const roots: MigrationKey[] = [];
    for (const [k, node] of this.nodes) {
      const [nodeApp] = splitKey(k);
      if (app && app !== nodeApp) continue;
      if ([...node.parents].every((p) => splitKey(p.key)[0] !== nodeApp)) roots.push(k);
    }
    return roots.sort(compareKeys);
  }

  leafNodes(app?: string): MigrationKey[] {
    const leaves: MigrationKey[] = [];
    for (const [k, node] of this.nodes) {
      const [nodeApp] = splitKey(k);
      if (app && app !== nodeApp) continue;
      if ([...node.children].every((c) => splitKey(c.key)[0] !== nodeApp)) leaves.push(k);
    }
    return leaves.sort(compareKeys);
  }

  parents(k: MigrationKey): MigrationKey[] {
    return [...(this.nodes.get(k)?.parents ?? [])].map((n) => n.key).sort(compareKeys);
  }

  children(k: MigrationKey): MigrationKey[] {
    return [...(this.nodes.get(k)?.children ?? [])].map((n) => n.key).sort(compareKeys);
  }

  /** iterative_dfs: parents are pushed sorted and popped from the end, so the largest key goes first. */
  forwardsPlan(target: MigrationKey): MigrationKey[] {
    const start = this.nodes.get(target);
    if (!start) return [];
    const visited: MigrationKey[] = [];
    const seen = new Set<Node>();
    // A node's parents are pushed once: in a dependency cycle they would be pushed forever.
    const expanded = new Set<Node>();
    const stack: Array<[Node, boolean]> = [[start, false]];
    while (stack.length) {
      const [node, processed] = stack.pop()!;
      if (seen.has(node)) continue;
      if (processed) {
        seen.add(node);
        visited.push(node.key);
      } else {
        if (expanded.has(node)) continue;
        expanded.add(node);
        stack.push([node, true]);
        const parents = [...node.parents].sort((a, b) => compareKeys(a.key, b.key));
        for (const p of parents) stack.push([p, false]);
      }
    }
    return visited;
  }

  /** The plan `migrate` follows with no arguments: each leaf's forwards plan, in sorted leaf order. */
  fullPlan(): MigrationKey[] {
    const plan: MigrationKey[] = [];
    const seen = new Set<MigrationKey>();
    for (const leaf of this.leafNodes()) {
      for (const k of this.forwardsPlan(leaf)) {
        if (!seen.has(k)) {
          seen.add(k);
          plan.push(k);
        }
      }
    }
    return plan;
  }

  /** Cycles, as ensure_not_cyclic finds them (one per strongly connected group). */
  findCycles(): MigrationKey[][] {
    const cycles: MigrationKey[][] = [];
    const index = new Map<Node, number>();
    const low = new Map<Node, number>();
    const onStack = new Set<Node>();
    const stack: Node[] = [];
    let counter = 0;
    const strongConnect = (root: Node) => {
      // Iterative Tarjan, so deep histories do not overflow the call stack.
      const work: Array<[Node, Node[], number]> = [[root, [...root.children], 0]];
      index.set(root, counter);
      low.set(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (work.length) {
        const frame = work[work.length - 1];
        const [node, kids] = frame;
        if (frame[2] < kids.length) {
          const child = kids[frame[2]++];
          if (!index.has(child)) {
            index.set(child, counter);
            low.set(child, counter++);
            stack.push(child);
            onStack.add(child);
            work.push([child, [...child.children], 0]);
          } else if (onStack.has(child)) low.set(node, Math.min(low.get(node)!, index.get(child)!));
        } else {
          work.pop();
          if (work.length) {
            const parent = work[work.length - 1][0];
            low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
          }
          if (low.get(node) === index.get(node)) {
            const component: Node[] = [];
            let w: Node;
            do {
              w = stack.pop()!;
              onStack.delete(w);
              component.push(w);
            } while (w !== node);
            if (component.length > 1 || node.children.has(node)) cycles.push(component.map((n) => n.key).sort(compareKeys));
          }
        }
      }
    };
    for (const node of this.nodes.values()) if (!index.has(node)) strongConnect(node);
    return cycles;
  }

  /**
   * Builds the graph. `unmigratedApps` are apps without migrations (dependencies on them are ignored);
   * `knownApps` are installed apps, so a dependency on another app is reported as unknown.
   */
  static build(migrations: GraphMigration[], options: { unmigratedApps?: Set<string>; isExternalApp?: (label: string) => boolean; useReplacements?: boolean } = {}): MigrationGraph {
    const graph = new MigrationGraph();
    const byKey = new Map<MigrationKey, GraphMigration>();
    for (const m of migrations) {
      const k = key(m.app, m.name);
      byKey.set(k, m);
      graph.addNode(k);
    }
    for (const m of migrations) {
      const k = key(m.app, m.name);
      for (const dep of m.dependencies) {
        if (dep.app === m.app && dep.name !== '__first__') graph.addDependency(k, key(dep.app, dep.name), k);
      }
    }
    const checkKey = (dep: { app: string; name: string }, currentApp: string, origin: MigrationKey): MigrationKey | undefined => {
      if ((dep.name === '__first__' || dep.name === '__latest__') && dep.app === currentApp) return undefined;
      if (options.unmigratedApps?.has(dep.app)) return undefined;
      if (!graph.apps.has(dep.app) && options.isExternalApp?.(dep.app)) return undefined;
      if (dep.name === '__first__' || dep.name === '__latest__') {
        if (!graph.apps.has(dep.app)) {
          graph.problems.push({ kind: 'unknown-app', migration: origin, target: dep, message: `Dependency on unknown app: ${dep.app}` });
          return undefined;
        }
        const nodes = dep.name === '__first__' ? graph.rootNodes(dep.app) : graph.leafNodes(dep.app);
        return nodes[0];
      }
      if (!graph.apps.has(dep.app) && !byKey.has(key(dep.app, dep.name))) {
        graph.problems.push({ kind: 'unknown-app', migration: origin, target: dep, message: `Dependency on app ${dep.app}, which has no migrations here` });
        return undefined;
      }
      return key(dep.app, dep.name);
    };
    for (const m of migrations) {
      const k = key(m.app, m.name);
      for (const dep of m.dependencies) {
        if (dep.app === m.app) continue;
        const parent = checkKey(dep, m.app, k);
        if (parent) graph.addDependency(k, parent, k);
      }
      for (const before of m.runBefore) {
        const child = checkKey(before, m.app, k);
        if (child) graph.addDependency(child, k, k);
      }
    }
    if (options.useReplacements !== false) graph.applyReplacements(migrations, byKey);
    for (const cycle of graph.findCycles()) {
      graph.problems.push({
        kind: 'cycle',
        migration: cycle[0],
        target: undefined,
        message: `Circular dependency between migrations: ${cycle.map(keyLabel).join(', ')}`,
      });
    }
    return graph;
  }

  private applyReplacements(migrations: GraphMigration[], byKey: Map<MigrationKey, GraphMigration>): void {
    const progress = new Map<MigrationKey, boolean>();
    const squashes = migrations.filter((m) => m.replaces.length > 0);
    const resolve = (m: GraphMigration, seen: Set<MigrationKey>): Set<MigrationKey> => {
      const out = new Set<MigrationKey>();
      for (const r of m.replaces) {
        const rk = key(r.app, r.name);
        const entry = byKey.get(rk);
        if (entry && entry.replaces.length && !seen.has(rk)) {
          seen.add(rk);
          for (const x of resolve(entry, seen)) out.add(x);
        } else out.add(rk);
      }
      return out;
    };
    const replace = (m: GraphMigration): void => {
      const k = key(m.app, m.name);
      const state = progress.get(k);
      if (state === true) return;
      if (state === false) {
        this.problems.push({ kind: 'cyclic-squash', migration: k, target: undefined, message: `Cyclical squash replacement found, starting at ${keyLabel(k)}` });
        return;
      }
      progress.set(k, false);
      for (const r of m.replaces) {
        const inner = byKey.get(key(r.app, r.name));
        if (inner && inner.replaces.length) replace(inner);
      }
      resolve(m, new Set());
      // Nothing is applied in a static analysis, so a squash always replaces (MigrationLoader(None)).
      this.removeReplacedNodes(k, m.replaces.map((r) => key(r.app, r.name)));
      progress.set(k, true);
    };
    for (const m of squashes) replace(m);
  }

  private removeReplacedNodes(replacement: MigrationKey, replaced: MigrationKey[]): void {
    const replacementNode = this.nodes.get(replacement);
    if (!replacementNode) return;
    const replacedSet = new Set(replaced);
    for (const rk of replacedSet) {
      const node = this.nodes.get(rk);
      if (!node) continue;
      this.nodes.delete(rk);
      this.replacedBy.set(rk, replacement);
      for (const child of node.children) {
        child.parents.delete(node);
        if (!replacedSet.has(child.key)) {
          replacementNode.children.add(child);
          child.parents.add(replacementNode);
        }
      }
      for (const parent of node.parents) {
        parent.children.delete(node);
        if (!replacedSet.has(parent.key)) {
          replacementNode.parents.add(parent);
          parent.children.add(replacementNode);
        }
      }
    }
  }
}
