import { defineRule } from '../engine/rule';
import { isForeignKey, isManyToMany } from '../django/fields';

interface Edge {
  from: string;
  to: string;
  file: string;
  start: number;
  end: number;
  via: string;
}

/** Strongly connected groups of apps (Tarjan). */
function cycles(nodes: string[], edges: Edge[]): string[][] {
  const out: string[][] = [];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  const next = (n: string) => edges.filter((e) => e.from === n).map((e) => e.to);
  const visit = (n: string) => {
    index.set(n, counter);
    low.set(n, counter++);
    stack.push(n);
    onStack.add(n);
    for (const m of next(n)) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n)!, low.get(m)!));
      } else if (onStack.has(m)) low.set(n, Math.min(low.get(n)!, index.get(m)!));
    }
    if (low.get(n) === index.get(n)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== n);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

export default defineRule({
  id: 'app-dependency-cycle',
  scope: 'project',
  defaultSeverity: 'warning',
  summary: 'Apps of the project depend on each other in a cycle (through relations or migration dependencies).',
  docs: {
    whatItDoes: 'Builds the dependency graph between the apps of the project from cross-app migration dependencies and model relations, and reports each dependency that is part of a cycle.',
    whyUnsafe:
      'Django can only migrate a cycle of apps when the migrations happen to be split so that the migration graph itself is acyclic. Squashing, resetting migrations or adding one more relation turns it into "Circular dependency" and `migrate` on a blank database fails; app boundaries also stop meaning anything.',
    example: '# shop/models.py: Order.customer -> crm.Customer\n# crm/models.py: Customer.last_order -> shop.Order',
    useInstead: 'Make the dependency one-directional: move one relation to the app that already depends on the other, or merge the apps.',
    fixSafety: 'No fix: which relation to move is a design decision.',
  },
  check(ctx) {
    const apps = new Set(ctx.project.apps.map((a) => a.label));
    const edges: Edge[] = [];
    const migrationEdges: Edge[] = [];
    for (const entry of ctx.project.entries.values()) {
      if (entry.virtual || !entry.file) continue;
      for (const dep of entry.migration.dependencies) {
        if (dep.app === entry.app || !apps.has(dep.app) || !dep.span) continue;
        migrationEdges.push({ from: entry.app, to: dep.app, file: entry.file, start: dep.span.start, end: dep.span.end, via: `migration ${entry.app}.${entry.name} depends on ${dep.app}.${dep.name}` });
      }
    }
    for (const model of ctx.index.models) {
      if (!model.file) continue;
      for (const field of model.fields) {
        if (!(isForeignKey(field.def) || isManyToMany(field.def)) || field.declaredIn.classDef !== model.classDef) continue;
        const target = ctx.index.relationTarget(model, field);
        if (!target || target.app === model.app || !apps.has(target.app)) continue;
        edges.push({ from: model.app, to: target.app, file: model.file, start: field.assign.targetSpan.start, end: field.assign.targetSpan.end, via: `${model.name}.${field.name} -> ${target.app}.${target.name}` });
      }
    }
    edges.push(...migrationEdges);
    for (const group of cycles([...apps].sort(), edges)) {
      const members = new Set(group);
      // One finding per direction between two apps: the first relation (or dependency) that creates it.
      const reported = new Set<string>();
      for (const edge of edges) {
        if (!members.has(edge.from) || !members.has(edge.to)) continue;
        if (reported.has(`${edge.from}>${edge.to}`)) continue;
        reported.add(`${edge.from}>${edge.to}`);
        ctx.report({
          file: edge.file,
          start: edge.start,
          end: edge.end,
          message: `Apps ${group.join(', ')} depend on each other in a cycle (${edge.via}): a blank database may fail to migrate.`,
          help: 'Make the dependency between these apps one-directional.',
        });
      }
    }
  },
});
