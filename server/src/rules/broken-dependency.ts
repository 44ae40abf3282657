import { defineRule } from '../engine/rule';
import { keyLabel, splitKey } from '../django/graph';

export default defineRule({
  id: 'broken-dependency',
  scope: 'project',
  defaultSeverity: 'error',
  summary: 'A migration depends on a migration or app that does not exist, or migrations depend on each other in a cycle.',
  docs: {
    whatItDoes: 'Reports dependencies naming a migration that is not on disk (NodeNotFoundError), dependencies on apps that are not installed, dependency cycles between migrations, and squashes that replace each other in a cycle.',
    whyUnsafe: 'Django cannot build the migration graph: `migrate`, `makemigrations` and `showmigrations` all fail, usually after a file was deleted, renamed or squashed away on one branch.',
    example: "dependencies = [('shop', '0007_order_status')]  # 0007_order_status was renamed",
    useInstead: 'Point the dependency at the migration that exists (or at the squash that replaced it), and break cycles by splitting a migration.',
    fixSafety: 'No automatic fix: the right target depends on what was renamed or removed.',
  },
  check(ctx) {
    const project = ctx.project;
    for (const problem of project.graph.problems) {
      if (!problem.migration) continue;
      const entry = project.entries.get(problem.migration);
      if (!entry?.file) continue;
      let span = entry.migration.classDef?.nameSpan;
      if (problem.target) {
        const dep = entry.migration.dependencies.find((d) => d.app === problem.target!.app && d.name === problem.target!.name) ?? entry.migration.dependencies.find((d) => d.app === problem.target!.app);
        if (dep?.span) span = dep.span;
      } else if (problem.kind === 'cycle' && entry.migration.dependenciesAssign) span = entry.migration.dependenciesAssign.targetSpan;
      if (!span) continue;
      const message =
        problem.kind === 'missing-dependency'
          ? `${keyLabel(problem.migration).replace('\u0000', '.')} depends on ${problem.target!.app}.${problem.target!.name}, which does not exist: Django cannot build the migration graph.`
          : problem.kind === 'unknown-app'
            ? `${splitKey(problem.migration).join('.')} depends on app "${problem.target?.app}", which is not installed or has no migrations here: migrate fails with "Dependency on unknown app".`
            : problem.kind === 'cycle'
              ? `${problem.message}: Django cannot order these migrations.`
              : `${problem.message}.`;
      ctx.report({ file: entry.file, start: span.start, end: span.end, message });
    }
  },
});
