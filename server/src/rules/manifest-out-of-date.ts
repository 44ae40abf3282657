import * as path from 'node:path';
import { defineRule } from '../engine/rule';
import { splitKey } from '../django/graph';
import { PER_APP_MANIFEST, latestMigrations, manifestStyle, projectManifestText, updateManifestsFix } from '../fixes/history';

export default defineRule({
  id: 'manifest-out-of-date',
  scope: 'project',
  defaultSeverity: 'error',
  fixable: true,
  summary: 'A migration manifest (max_migration.txt or the project-wide file) does not name the latest migration.',
  docs: {
    whatItDoes:
      'Checks the migration manifests that make parallel migrations collide in git: the per-app `migrations/max_migration.txt` of django-linear-migrations (the name of the app\'s latest migration), or one project-wide file with a sorted `app_label: latest_migration` line per app. A manifest is out of date when it is missing, has several lines for one app, names a migration that does not exist, or is not the latest. Manifests are opt-in: the `manifest` setting, or an existing manifest.',
    whyUnsafe:
      'The manifest exists so that two branches that both add a migration conflict in git, at merge time, instead of reaching the deploy with two leaf migrations. An out-of-date manifest silently stops doing that.',
    example: '# shop/migrations/max_migration.txt\n0004_order_status     # but 0005_order_note exists',
    useInstead: '# shop/migrations/max_migration.txt\n0005_order_note',
    fixSafety: 'Safe: only the manifest files are written. The command "Schema Guard: Update migration manifests" writes all of them.',
  },
  check(ctx) {
    const project = ctx.project;
    const style = manifestStyle(project, ctx.config);
    if (style === 'off') return;
    const fix = updateManifestsFix(project, ctx.config, style);
    const latest = latestMigrations(project);
    const reportOn = (app: string, leaves: string[], message: string) => {
      const entry = project.entries.get(`${app}\u0000${leaves[leaves.length - 1]}`);
      if (!entry?.file || !entry.migration.classDef) return;
      ctx.report({ file: entry.file, start: entry.migration.classDef.nameSpan.start, end: entry.migration.classDef.nameSpan.end, message, fixes: fix ? [fix] : [] });
    };
    if (style === 'per-app') {
      for (const [app, leaves] of latest) {
        const info = project.appByLabel(app);
        if (!info?.migrationsDir || leaves.length !== 1) continue;
        const file = path.join(info.migrationsDir, PER_APP_MANIFEST);
        const text = project.fileText(file);
        const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        const leaf = leaves[0];
        if (text === undefined) reportOn(app, leaves, `migrations/${PER_APP_MANIFEST} is missing for app "${app}": parallel migrations will not conflict in git.`);
        else if (lines.length !== 1) reportOn(app, leaves, `migrations/${PER_APP_MANIFEST} of app "${app}" has ${lines.length} lines; it must name only the latest migration, ${leaf}.`);
        else if (!project.entries.has(`${app}\u0000${lines[0]}`)) reportOn(app, leaves, `migrations/${PER_APP_MANIFEST} of app "${app}" names ${lines[0]}, which does not exist; the latest migration is ${leaf}.`);
        else if (lines[0] !== leaf) reportOn(app, leaves, `migrations/${PER_APP_MANIFEST} of app "${app}" names ${lines[0]}, but the latest migration is ${leaf}.`);
      }
    } else {
      const file = path.join(project.root, ctx.config.manifestFile);
      const text = project.fileText(file);
      const wanted = projectManifestText(project);
      if (text === wanted) return;
      const entries = new Map<string, string[]>();
      for (const line of (text ?? '').split('\n')) {
        const m = /^\s*([\w.]+)\s*:\s*(\S+)\s*$/.exec(line);
        if (m) entries.set(m[1], [...(entries.get(m[1]) ?? []), m[2]]);
      }
      for (const [app, leaves] of latest) {
        if (leaves.length !== 1) continue;
        const named = entries.get(app) ?? [];
        const name = ctx.config.manifestFile;
        if (text === undefined) reportOn(app, leaves, `The migration manifest ${name} is missing: parallel migrations will not conflict in git.`);
        else if (named.length === 0) reportOn(app, leaves, `${name} has no line for app "${app}" (latest migration ${leaves[0]}).`);
        else if (named.length > 1) reportOn(app, leaves, `${name} has ${named.length} lines for app "${app}"; it must have one, naming ${leaves[0]}.`);
        else if (named[0] !== leaves[0]) reportOn(app, leaves, `${name} names ${app}: ${named[0]}, but the latest migration is ${leaves[0]}.`);
      }
      void splitKey;
    }
  },
});
