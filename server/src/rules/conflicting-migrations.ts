import { defineRule } from '../engine/rule';
import { splitKey } from '../django/graph';
import { branchOf, rebaseFix } from '../fixes/history';
import { Fix } from '../engine/types';

export default defineRule({
  id: 'conflicting-migrations',
  scope: 'project',
  defaultSeverity: 'error',
  fixable: true,
  summary: 'An app has more than one leaf migration ("Conflicting migrations detected; multiple leaf nodes").',
  docs: {
    whatItDoes: 'Flags apps whose migration graph has several leaves, which happens when two branches each add a migration after the same one.',
    whyUnsafe:
      '`migrate` and `makemigrations` refuse to run ("Conflicting migrations detected; multiple leaf nodes in the migration graph"), so the deploy that merges both branches fails. A merge migration (`makemigrations --merge`) keeps both branches but leaves their order undefined between environments.',
    example: 'shop/migrations/0005_order_note.py      # depends on 0004\nshop/migrations/0005_order_priority.py  # depends on 0004 too',
    useInstead: 'Rebase one branch: renumber its migrations after the other leaf and make its first migration depend on it (0005_order_priority → 0006_order_priority, depending on 0005_order_note).',
    fixSafety:
      'Unsafe: the rebase renames migration files and rewrites dependencies (also in other apps that depend on them). It is right while the rebased migrations are not applied anywhere yet (a branch not yet deployed); the migration keeping its name must be the one already deployed.',
  },
  check(ctx) {
    const project = ctx.project;
    for (const app of project.apps) {
      const leaves = project.graph.leafNodes(app.label);
      if (leaves.length < 2) continue;
      const names = leaves.map((k) => splitKey(k)[1]);
      for (const leaf of leaves) {
        const entry = project.entries.get(leaf);
        if (!entry?.file || !entry.migration.classDef) continue;
        const fixes: Fix[] = [];
        // Rebase this leaf's branch after each other leaf (the usual case: two leaves).
        for (const other of leaves) {
          if (other === leaf) continue;
          const fix = rebaseFix(project, app.label, branchOf(project, app.label, leaf, other), other);
          if (fix) fixes.push(fix);
        }
        ctx.report({
          file: entry.file,
          start: entry.migration.classDef.nameSpan.start,
          end: entry.migration.classDef.nameSpan.end,
          message: `App "${app.label}" has ${leaves.length} latest migrations (${names.join(', ')}): migrate refuses to run until one branch is rebased or merged.`,
          help: `Rebase ${splitKey(leaf)[1]} after the other branch (or the reverse).`,
          fixes,
        });
      }
    }
  },
});
