// One Django project as the analysis sees it: parsed modules (cached by text), migrations,
// the migration graph, and the replay of every migration in plan order, recomputed from the
// first changed migration on.
import * as path from 'node:path';
import { PyModule, parseModule } from '../python/module';
import { Tree, TextChange, editTree } from '../python/treeSitter';
import { canonicalPath } from '../django/canonical';
import { CONTRIB_WITHOUT_MIGRATIONS, contribApps } from '../django/contribApps';
import { FieldResolver, FieldTypeMapping } from '../django/fieldResolver';
import { MigrationGraph, MigrationKey, key as graphKey, splitKey } from '../django/graph';
import { MigrationFile, readMigration } from '../django/migrationFile';
import { PhysicalSchema } from '../django/physical';
import { MigrationReplay, MigrationSql, TargetVersions, runMigration } from '../django/replay';
import { stateForwards } from '../django/operations';
import { ProjectState, StateSettings } from '../django/state';
import { AppInfo, DiscoveredProject } from '../project/discover';
import { FileSystem, OverlayFileSystem } from '../project/fs';

export interface ProjectOptions {
  djangoVersion?: { major: number; minor: number };
  pgVersion?: number;
  fieldTypes?: Record<string, FieldTypeMapping>;
  /**
   * How the database was migrated: `migrate APP NAME` for each of these migrations, in this order (what a corpus'
   * plan.txt records). The physical schema then follows that history instead of `migrate`'s full plan; the rest of
   * the graph is appended in full-plan order.
   */
  migrateHistory?: Array<[app: string, name: string]>;
}

export const NEWEST_DJANGO = { major: 6, minor: 1 };

interface CachedModule {
  text: string;
  module: PyModule;
}

export interface MigrationEntry {
  key: MigrationKey;
  app: string;
  name: string;
  file: string | undefined;
  virtual: boolean;
  migration: MigrationFile;
  /**
   * The file has syntax errors and this is its last version without them: the replay of the migrations after it
   * uses that version, and the file's own findings say so.
   */
  lastGoodVersion?: boolean;
}

export class DjangoProject {
  private readonly moduleCache = new Map<string, CachedModule>();
  private openFiles = new Set<string>();
  private readonly trees = new Map<string, { text: string; tree: Tree }>();
  private moduleNames: Map<string, string> | undefined;
  readonly fieldResolver: FieldResolver;
  private migrationsCache = new Map<string, { text: string; resolverEpoch: number; entry: MigrationEntry }>();
  /** The last version of each migration file that parsed without syntax errors. */
  private readonly lastGood = new Map<string, { text: string; resolverEpoch: number; entry: MigrationEntry }>();
  private resolverEpoch = 0;
  entries = new Map<MigrationKey, MigrationEntry>();
  private loaded = false;
  /** Changes whenever a migration (or the set of migrations) changes. */
  entriesVersion = 0;
  graph: MigrationGraph = MigrationGraph.build([]);
  plan: MigrationKey[] = [];
  private replays = new Map<MigrationKey, MigrationReplay>();
  /** Replays are valid for plan positions below this index. */
  private validUpTo = 0;
  readonly versions: TargetVersions;
  readonly stateSettings: StateSettings;
  readonly djangoVersion: { major: number; minor: number; source: string };

  constructor(
    readonly discovered: DiscoveredProject,
    private readonly fs: FileSystem,
    readonly options: ProjectOptions = {},
  ) {
    const dv = options.djangoVersion
      ? { ...options.djangoVersion, source: 'configuration' }
      : discovered.djangoVersion ?? { ...NEWEST_DJANGO, source: 'default (newest supported)' };
    this.djangoVersion = dv;
    this.versions = {
      djangoVersion: dv.major + dv.minor / 10,
      pgVersion: options.pgVersion ?? 16,
      useTz: discovered.settings.useTz ?? true,
    };
    const defaultAuto = discovered.settings.defaultAutoField
      ? canonicalPath(discovered.settings.defaultAutoField)
      : dv.major >= 6
        ? 'django.db.models.BigAutoField'
        : 'django.db.models.AutoField';
    this.stateSettings = { authUserModel: discovered.settings.authUserModel, defaultAutoField: defaultAuto };
    this.fieldResolver = new FieldResolver({ getModule: (name) => this.getModule(name) }, options.fieldTypes ?? {});
  }

  fileText(file: string): string | undefined {
    return this.fs.readFile(file);
  }

  /**
   * A loaded copy of this project with migration files added or replaced in memory, nothing written: the history
   * as it would be with them (the squash checks its result this way before writing it).
   */
  withMigrationFiles(files: ReadonlyArray<{ file: string; text: string }>): DjangoProject {
    const overlay = new OverlayFileSystem(this.fs);
    const modules = new Map(this.discovered.modules);
    const apps = this.discovered.apps.map((app) => {
      const added = files.filter((f) => app.migrationsDir && path.dirname(path.resolve(f.file)) === path.resolve(app.migrationsDir));
      if (!added.length) return app;
      const names = new Set(app.migrationNames);
      for (const f of added) {
        const name = path.basename(f.file, '.py');
        names.add(name);
        modules.set(`${app.module}.migrations.${name}`, f.file);
      }
      return { ...app, migrationNames: [...names].sort() };
    });
    for (const f of files) overlay.set(f.file, f.text);
    const project = new DjangoProject({ ...this.discovered, apps, modules }, overlay, this.options);
    project.load();
    return project;
  }

  requirementFiles(): string[] {
    return this.discovered.requirementFiles;
  }

  get root(): string {
    return this.discovered.root;
  }

  get apps(): AppInfo[] {
    return this.discovered.apps;
  }

  appByLabel(label: string): AppInfo | undefined {
    return this.discovered.apps.find((a) => a.label === label);
  }

  appForFile(file: string): AppInfo | undefined {
    const resolved = path.resolve(file);
    let best: AppInfo | undefined;
    for (const app of this.discovered.apps) {
      if (resolved.startsWith(app.dir + path.sep) && (!best || app.dir.length > best.dir.length)) best = app;
    }
    return best;
  }

  moduleNameOf(file: string): string | undefined {
    if (!this.moduleNames) {
      this.moduleNames = new Map();
      for (const [name, f] of this.discovered.modules) if (!this.moduleNames.has(f)) this.moduleNames.set(f, name);
    }
    return this.moduleNames.get(file);
  }

  /** A parsed module by file, cached by text. */
  parse(file: string, text?: string): PyModule | undefined {
    const content = text ?? this.fs.readFile(file);
    if (content === undefined) return undefined;
    const cached = this.moduleCache.get(file);
    if (cached && cached.text === content) return cached.module;
    const options = { moduleName: this.moduleNameOf(file), isPackage: file.endsWith('__init__.py') };
    let module: PyModule;
    if (this.openFiles.has(file)) {
      // Open documents keep their tree: a keystroke re-parses incrementally.
      const previous = this.trees.get(file);
      if (previous) editTree(previous.tree, previous.text, textChange(previous.text, content));
      const parsed = parseModule(content, { ...options, previousTree: previous?.tree, keepTree: true });
      previous?.tree.delete();
      if (parsed.tree) this.trees.set(file, { text: content, tree: parsed.tree });
      else this.trees.delete(file);
      module = parsed.module;
    } else module = parseModule(content, options).module;
    const moduleName = options.moduleName;
    if (cached && moduleName && this.fieldResolver.consulted(moduleName)) {
      // A module that defines field classes changed: migrations must resolve their fields again.
      this.fieldResolver.clearCache();
      this.resolverEpoch++;
    }
    this.moduleCache.set(file, { text: content, module });
    return module;
  }

  /** Files open in an editor: their syntax trees are kept for incremental re-parsing. */
  setOpenFiles(files: Iterable<string>): void {
    this.openFiles = new Set(files);
    for (const [file, entry] of this.trees) {
      if (!this.openFiles.has(file)) {
        entry.tree.delete();
        this.trees.delete(file);
      }
    }
  }

  getModule(name: string): PyModule | undefined {
    const file = this.discovered.modules.get(name) ?? this.discovered.modules.get(`${name}.__init__`);
    return file ? this.parse(file) : undefined;
  }

  /** Loads migrations, builds the graph and plan; replays are invalidated from the first changed migration. */
  load(): void {
    const entries = new Map<MigrationKey, MigrationEntry>();
    const installed = this.discovered.settings.installedApps;
    const ctx = { makeField: (call: import('../python/values').Value) => this.fieldResolver.makeField(call), authUserModel: this.discovered.settings.authUserModel };
    for (const app of this.discovered.apps) {
      if (!app.migrationsDir || app.migrationsNotPackage) continue;
      if (installed && !isInstalled(app, installed)) continue;
      const moduleOverride = this.discovered.settings.migrationModules[app.label];
      if (moduleOverride === null) continue;
      for (const name of app.migrationNames) {
        const file = path.join(app.migrationsDir, `${name}.py`);
        const text = this.fs.readFile(file);
        if (text === undefined) continue;
        const k = graphKey(app.label, name);
        const cached = this.migrationsCache.get(file);
        let entry: MigrationEntry;
        if (cached && cached.text === text && cached.resolverEpoch === this.resolverEpoch) entry = cached.entry;
        else {
          const module = this.parse(file, text)!;
          entry = { key: k, app: app.label, name, file, virtual: false, migration: readMigration(module, app.label, name, file, ctx) };
          if (module.problems.length > 0) {
            // Half-typed: keep replaying the last version that parsed, so later migrations keep their state.
            const good = this.lastGood.get(file);
            if (good && good.resolverEpoch === this.resolverEpoch) entry = { ...good.entry, lastGoodVersion: true };
          } else this.lastGood.set(file, { text, resolverEpoch: this.resolverEpoch, entry });
          this.migrationsCache.set(file, { text, resolverEpoch: this.resolverEpoch, entry });
        }
        entries.set(k, entry);
      }
    }
    // Django's contrib apps: installed ones, or (without readable settings) the ones depended upon.
    const depended = new Set<string>();
    for (const e of entries.values()) for (const d of e.migration.dependencies) depended.add(d.app);
    for (const virtual of contribApps(this.discovered.settings.authUserModel)) {
      const wanted = installed ? installed.includes(virtual.module) || installed.some((i) => i.startsWith(`${virtual.module}.apps.`)) : depended.has(virtual.label);
      if (!wanted || this.appByLabel(virtual.label)) continue;
      if (virtual.label === 'auth' || virtual.label === 'admin') depended.add('contenttypes');
      for (const m of virtual.migrations) {
        const k = graphKey(virtual.label, m.name);
        const cacheKey = `virtual:${k}:${this.discovered.settings.authUserModel ?? ''}`;
        let entry = this.migrationsCache.get(cacheKey)?.entry;
        if (!entry) {
          const module = parseModule(m.source, { moduleName: `${virtual.module}.migrations.${m.name}` }).module;
          entry = { key: k, app: virtual.label, name: m.name, file: undefined, virtual: true, migration: readMigration(module, virtual.label, m.name, cacheKey, ctx) };
          this.migrationsCache.set(cacheKey, { text: m.source, resolverEpoch: -1, entry });
        }
        entries.set(k, entry);
      }
    }
    // Nothing changed (an edit in models.py, or a re-analysis), or only operations changed (typing in a
    // migration): the graph and plan stay; replays are invalidated from the first changed migration.
    if (this.loaded && entries.size === this.entries.size) {
      let firstChanged = Infinity;
      let sameGraph = true;
      for (const [k, e] of entries) {
        const old = this.entries.get(k);
        if (old === e) continue;
        if (!old || graphSignature(old) !== graphSignature(e)) {
          sameGraph = false;
          break;
        }
        firstChanged = Math.min(firstChanged, this.planIndex().get(k) ?? 0);
      }
      if (sameGraph) {
        this.validUpTo = Math.min(this.validUpTo, firstChanged);
        if (firstChanged !== Infinity) this.entriesVersion++;
        this.entries = entries;
        return;
      }
    }
    this.loaded = true;
    // contenttypes is needed by auth/admin even when settings do not list it.
    const unmigrated = new Set<string>();
    for (const app of this.discovered.apps) if (!app.migrationsDir || app.migrationsNotPackage) unmigrated.add(app.label);
    for (const inst of installed ?? []) if (CONTRIB_WITHOUT_MIGRATIONS.has(inst)) unmigrated.add(inst.split('.').pop()!);
    // Installed apps whose code is not in the workspace (taggit, …) have migrations we cannot see:
    // depending on them is fine. Without readable settings every unseen app is given that benefit.
    const external = new Set<string>();
    if (installed) {
      for (const inst of installed) {
        const parts = inst.split('.');
        const appsAt = parts.lastIndexOf('apps');
        const module = appsAt > 0 && appsAt === parts.length - 2 ? parts.slice(0, appsAt) : parts;
        if (this.discovered.apps.some((a) => a.module === module.join('.'))) continue;
        external.add(module[module.length - 1]);
      }
    }
    const knownApps = new Set([...entries.values()].map((e) => e.app));
    const graph = MigrationGraph.build(
      [...entries.values()].map((e) => ({
        app: e.app,
        name: e.name,
        dependencies: e.migration.dependencies.map((d) => ({ app: d.app, name: d.name })),
        runBefore: e.migration.runBefore,
        replaces: e.migration.replaces,
      })),
      { unmigratedApps: unmigrated, isExternalApp: (label) => (installed ? external.has(label) : !knownApps.has(label)) },
    );
    const plan = this.options.migrateHistory ? historyPlan(graph, this.options.migrateHistory.map(([a, n]) => graphKey(a, n))) : graph.fullPlan();
    // Invalidate replays from the first position whose migration (or order) changed.
    let firstChanged = 0;
    while (
      firstChanged < plan.length &&
      firstChanged < this.plan.length &&
      plan[firstChanged] === this.plan[firstChanged] &&
      this.entries.get(plan[firstChanged]) === entries.get(plan[firstChanged])
    ) {
      firstChanged++;
    }
    this.validUpTo = Math.min(this.validUpTo, firstChanged);
    this.entries = entries;
    this.entriesVersion++;
    this.graph = graph;
    this.plan = plan;
    this.planPositions = undefined;
  }

  private planPositions: Map<MigrationKey, number> | undefined;
  private planIndex(): Map<MigrationKey, number> {
    return (this.planPositions ??= new Map(this.plan.map((k, i) => [k, i])));
  }

  initialState(): ProjectState {
    return ProjectState.empty(this.stateSettings);
  }

  /** Replays the plan up to and including `target` (or everything). */
  replayUpTo(target?: MigrationKey): void {
    const end = target === undefined ? this.plan.length : this.plan.indexOf(target) + 1;
    let state = this.validUpTo > 0 ? this.replays.get(this.plan[this.validUpTo - 1])!.after : this.initialState();
    let physical = this.validUpTo > 0 ? this.replays.get(this.plan[this.validUpTo - 1])!.physicalAfter : new PhysicalSchema();
    for (let i = this.validUpTo; i < end; i++) {
      const k = this.plan[i];
      const entry = this.entries.get(k)!;
      const run = runMigration(entry.migration, state, physical, this.versions, { collect: false });
      this.replays.set(k, { before: state, after: run.after, physicalBefore: physical, physicalAfter: run.physicalAfter, sql: run.sql });
      state = run.after;
      physical = run.physicalAfter;
      this.validUpTo = i + 1;
    }
  }

  replay(k: MigrationKey): MigrationReplay | undefined {
    const index = this.plan.indexOf(k);
    if (index < 0) return undefined;
    if (index >= this.validUpTo) this.replayUpTo(k);
    return this.replays.get(k);
  }

  /** The state after the whole history. */
  finalState(): ProjectState {
    if (this.plan.length === 0) return this.initialState();
    return this.replay(this.plan[this.plan.length - 1])!.after;
  }

  /** sqlmigrate: collect-mode SQL with the database as the replayed history left it before the migration. */
  sqlmigrate(app: string, name: string, backwards = false): MigrationSql | undefined {
    const k = graphKey(app, name);
    let entry = this.entries.get(k);
    let replay = this.replay(k);
    if (!entry) {
      // A replaced migration (or a squash) is not in the plan: find it among all entries by prefix.
      const match = [...this.entries.values()].find((e) => e.app === app && e.name.startsWith(name));
      if (!match) return undefined;
      entry = match;
      replay = this.replay(match.key);
      if (!replay) return undefined;
    }
    if (!replay) return undefined;
    // Backwards SQL is printed against a database where the migration is applied.
    const physical = backwards ? replay.physicalAfter : replay.physicalBefore;
    return runMigration(entry.migration, this.sqlmigrateState(entry.key, replay.before), physical, this.versions, { collect: true, backwards }).sql;
  }

  /**
   * The state sqlmigrate starts from. `loader.collect_sql` takes `project_state((app, name), at_end=False)`, i.e.
   * `graph.make_state`: only the target's ancestors, in forwards-plan order — not everything applied to the
   * database. A migration of another app that is applied but not a dependency (a table rename, a new FK) is
   * therefore invisible to the state, while introspection still sees it in the database.
   */
  private sqlmigrateState(k: MigrationKey, replayed: ProjectState): ProjectState {
    const ancestors = this.graph.forwardsPlan(k).filter((a) => a !== k);
    const index = this.planIndex().get(k);
    if (index === ancestors.length && ancestors.every((a, i) => this.plan[i] === a)) return replayed;
    return this.stateFromAncestors(ancestors, this.graph.parents(k));
  }

  /**
   * The state after `ancestors` (a forwardsPlan, in its order). forwardsPlan visits the parents of a node
   * last-sorted first, so it starts with that parent's own forwardsPlan: its memoized state serves, and
   * only the rest is replayed. Ancestors come before descendants, so memos are filled without recursion.
   */
  private stateFromAncestors(ancestors: MigrationKey[], parents: MigrationKey[]): ProjectState {
    if (this.ancestorStatesVersion !== this.entriesVersion) {
      this.ancestorStates.clear();
      this.ancestorStatesVersion = this.entriesVersion;
    }
    const stateBefore = (keys: MigrationKey[], parents: MigrationKey[]): ProjectState => {
      const first = parents[parents.length - 1];
      const memo = first !== undefined ? this.ancestorStates.get(first) : undefined;
      if (memo && keys[memo.length - 1] === first) return this.applyStateOperations(memo.state, keys.slice(memo.length));
      return this.applyStateOperations(this.initialState(), keys);
    };
    for (const [i, a] of ancestors.entries()) {
      if (this.ancestorStates.has(a)) continue;
      const own = i === 0 ? [] : this.graph.forwardsPlan(a).slice(0, -1);
      const state = this.applyStateOperations(stateBefore(own, this.graph.parents(a)), [a]);
      this.ancestorStates.set(a, { state, length: own.length + 1 });
    }
    return stateBefore(ancestors, parents);
  }
  /** State after a migration and its ancestors only, and the length of its forwardsPlan. */
  private readonly ancestorStates = new Map<MigrationKey, { state: ProjectState; length: number }>();
  private ancestorStatesVersion = -1;

  private applyStateOperations(state: ProjectState, keys: MigrationKey[]): ProjectState {
    for (const a of keys) {
      const entry = this.entries.get(a);
      if (!entry) continue;
      for (const op of entry.migration.operations) {
        try {
          state = stateForwards(op, entry.app, state);
        } catch {
          // A state error is reported by the replay of that migration itself.
        }
      }
    }
    return state;
  }

  /** Migrations of an app, including replaced ones, in file order. */
  migrationsOf(app: string): MigrationEntry[] {
    return [...this.entries.values()].filter((e) => e.app === app).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  entryForFile(file: string): MigrationEntry | undefined {
    for (const e of this.entries.values()) if (e.file === file) return e;
    return undefined;
  }

  static keyOf(app: string, name: string): MigrationKey {
    return graphKey(app, name);
  }

  static split(k: MigrationKey): [string, string] {
    return splitKey(k);
  }
}

/** The single edit between two texts (common prefix and suffix), for incremental re-parsing. */
export function textChange(oldText: string, newText: string): TextChange {
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, end: oldEnd, text: newText.slice(start, newEnd) };
}

/** What the graph is built from: a migration whose signature is unchanged leaves the graph as it was. */
function graphSignature(e: MigrationEntry): string {
  const m = e.migration;
  const pairs = (xs: ReadonlyArray<{ app: string; name: string }>) => xs.map((x) => `${x.app}.${x.name}`).join(',');
  return `${pairs(m.dependencies)}|${pairs(m.runBefore)}|${pairs(m.replaces)}`;
}

/** The plan of a database migrated by `migrate APP NAME` for each history entry in turn, then by `migrate`. */
function historyPlan(graph: MigrationGraph, history: MigrationKey[]): MigrationKey[] {
  const plan: MigrationKey[] = [];
  const seen = new Set<MigrationKey>();
  for (const target of [...history, ...graph.fullPlan()]) {
    for (const k of graph.forwardsPlan(target)) {
      if (!seen.has(k)) {
        seen.add(k);
        plan.push(k);
      }
    }
  }
  return plan;
}

function isInstalled(app: AppInfo, installed: string[]): boolean {
  return installed.some((entry) => entry === app.module || entry.startsWith(`${app.module}.apps.`) || entry === app.label || entry.endsWith(`.${app.module}`));
}
