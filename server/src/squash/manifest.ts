// Squashing changes an app's latest migration (the squash replaces it): the migration manifest
// (max_migration.txt or the project-wide file) must follow, as django-linear-migrations does for
// squashmigrations, or manifest-out-of-date fires right after the squash.
import { DjangoProject } from '../engine/project';
import { Config } from '../config/config';
import { Fix } from '../engine/types';
import { manifestStyle, updateManifestsFix } from '../fixes/history';
import { key } from '../django/graph';
import { SquashResult } from './squash';
import { HistoryChange } from './finish';

export function squashManifestFix(project: DjangoProject, config: Config, result: SquashResult): Fix | undefined {
  if (result.errors.length || result.groups.length === 0) return undefined;
  const style = manifestStyle(project, config);
  if (style === 'off') return undefined;
  const leaves = project.graph.leafNodes(result.app);
  const last = result.groups[result.groups.length - 1];
  if (leaves.length !== 1 || !last.keys.includes(leaves[0]) || leaves[0] === key(result.app, last.name)) return undefined;
  return updateManifestsFix(project, config, style, new Map([[result.app, last.name]]));
}

/** Adds a manifest update (edits or a new file) to a change. */
export function withManifest(change: HistoryChange, fix: Fix | undefined): HistoryChange {
  if (fix) {
    change.edits.push(...fix.edits);
    change.creates.push(...(fix.creates ?? []));
  }
  return change;
}
