import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'squash-candidate',
  scope: 'project',
  defaultSeverity: 'info',
  summary: 'An app has many migrations: squashing them speeds up test databases and new environments.',
  docs: {
    whatItDoes: 'Reports apps with more migrations in their plan than the `squash-threshold` setting (default 50).',
    whyUnsafe: 'Every test run and every new environment replays the whole history; long histories also make `makemigrations` and the editor slower. It is not a deploy risk, only a cost.',
    example: 'shop/migrations/0001_initial.py … 0143_order_tax.py',
    useInstead: 'Run "Schema Guard: Squash migrations…" (or `schema-guard squash PROJECT shop`), deploy the squash, then "Schema Guard: Finish squash".',
    fixSafety: 'The squash itself is a command, not a quick fix.',
  },
  check(ctx) {
    const project = ctx.project;
    for (const app of project.apps) {
      const inPlan = project.plan.filter((k) => k.startsWith(`${app.label}\u0000`));
      if (inPlan.length <= ctx.config.squashThreshold) continue;
      const leaf = project.graph.leafNodes(app.label)[0];
      const entry = leaf ? project.entries.get(leaf) : undefined;
      if (!entry?.file || !entry.migration.classDef) continue;
      ctx.report({
        file: entry.file,
        start: entry.migration.classDef.nameSpan.start,
        end: entry.migration.classDef.nameSpan.end,
        message: `App "${app.label}" has ${inPlan.length} migrations to replay (threshold ${ctx.config.squashThreshold}): squashing them makes test databases and new environments faster.`,
        help: 'Run "Schema Guard: Squash migrations…".',
      });
    }
  },
});
