// A deterministic generator of a realistic Django project for the benchmark: N apps with a long,
// valid migration history written the way Django's MigrationWriter writes it (plus the hand-written
// kinds people add: RunSQL, RunPython, non-atomic concurrent index migrations), and models.py files
// that match the final state, so `makemigrations --check` has nothing to add.
//
// Usage: node --import tsx bench/generate.ts OUT_DIR [--migrations N] [--apps N] [--seed N]
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bumped whenever the generator's output changes, so `--keep` regenerates stale projects. */
export const GENERATOR_VERSION = 1;

export interface GenerateOptions {
  /** Total number of migrations (spread evenly over the apps). Default 1100. */
  migrations?: number;
  /** Number of apps (at most 10). Default 10. */
  apps?: number;
  seed?: number;
  djangoVersion?: string;
}

export interface GeneratedProject {
  root: string;
  apps: string[];
  migrations: number;
  operations: number;
  operationCounts: Record<string, number>;
  pythonFiles: number;
  bytes: number;
  /** A migration in the middle of an app's history with `max_length=NN` and a string default (edit target). */
  anchorMigration: string;
  /** A later migration of the same app: one AlterField that only raises a max_length (second edit target). */
  anchorAlterMigration: string;
  /** The models.py of the same app. */
  anchorModels: string;
  seed: number;
  options: Required<GenerateOptions>;
  generatorVersion: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T extends string>(weights: Array<[T, number]>): T {
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of weights) {
      r -= w;
      if (r < 0) return item;
    }
    return weights[weights.length - 1][0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// The project's state as the generator tracks it

const APP_SPECS: Array<{ label: string; models: string[] }> = [
  { label: 'customers', models: ['Customer', 'Address', 'Company', 'Contact', 'Segment', 'LoyaltyAccount', 'Preference', 'Consent', 'Referral', 'Household', 'Profile', 'Membership'] },
  { label: 'catalog', models: ['Product', 'Category', 'Brand', 'Variant', 'Attribute', 'PriceList', 'Collection', 'Tag', 'Image', 'Bundle', 'Option', 'Listing'] },
  { label: 'inventory', models: ['Warehouse', 'StockItem', 'StockMovement', 'Supplier', 'PurchaseOrder', 'StorageBin', 'Batch', 'StockCount', 'Reservation', 'Transfer', 'Location', 'Receipt'] },
  { label: 'orders', models: ['Order', 'OrderLine', 'Cart', 'CartItem', 'Discount', 'Voucher', 'ReturnRequest', 'ReturnLine', 'Fulfilment', 'OrderNote', 'Checkout', 'Quote'] },
  { label: 'billing', models: ['Invoice', 'InvoiceLine', 'Payment', 'Refund', 'TaxRate', 'CreditNote', 'Subscription', 'Plan', 'LedgerEntry', 'Payout', 'Wallet', 'Charge'] },
  { label: 'shipping', models: ['Shipment', 'Parcel', 'Carrier', 'ShippingRate', 'Zone', 'TrackingEvent', 'ShippingLabel', 'Pickup', 'Manifest', 'Route', 'Depot', 'Consignment'] },
  { label: 'reviews', models: ['Review', 'Rating', 'Vote', 'AbuseReport', 'Reply', 'Question', 'Answer', 'Moderation', 'Badge', 'ReviewSummary', 'Photo', 'Flag'] },
  { label: 'support', models: ['Ticket', 'TicketMessage', 'Agent', 'SupportQueue', 'Macro', 'ServiceLevel', 'Escalation', 'Survey', 'Article', 'Attachment', 'Team', 'Shift'] },
  { label: 'marketing', models: ['Campaign', 'Audience', 'Coupon', 'Newsletter', 'Banner', 'Experiment', 'Creative', 'Touchpoint', 'Lead', 'Promotion', 'Channel', 'Journey'] },
  { label: 'reports', models: ['Report', 'Metric', 'Snapshot', 'Dashboard', 'Widget', 'ExportJob', 'Schedule', 'Alert', 'Dataset', 'SavedQuery', 'Kpi', 'Digest'] },
];

type Kind = 'char' | 'text' | 'int' | 'posint' | 'smallint' | 'bigint' | 'bool' | 'decimal' | 'datetime' | 'date' | 'email' | 'slug' | 'url' | 'uuid' | 'json' | 'float' | 'fk' | 'o2o' | 'm2m';

const NAME_POOLS: Record<Kind, string[]> = {
  char: ['name', 'title', 'code', 'reference', 'label', 'status', 'kind', 'source', 'channel', 'external_ref', 'locale', 'currency', 'phone', 'city', 'country', 'region', 'handle', 'display_name', 'short_code', 'tier'],
  text: ['description', 'notes', 'body', 'summary', 'comment', 'instructions', 'details', 'remarks'],
  int: ['quantity', 'position', 'attempts', 'version', 'sequence', 'level'],
  posint: ['priority', 'rank', 'weight_grams', 'capacity', 'retries', 'duration_days'],
  smallint: ['score', 'stars', 'grade', 'step'],
  bigint: ['views', 'external_number', 'bytes_total', 'impressions'],
  bool: ['is_active', 'is_archived', 'is_public', 'is_verified', 'flagged', 'is_default', 'enabled', 'is_locked'],
  decimal: ['amount', 'price', 'total', 'discount', 'tax', 'balance', 'cost', 'fee'],
  datetime: ['created_at', 'updated_at', 'published_at', 'closed_at', 'expires_at', 'processed_at', 'last_seen_at'],
  date: ['due_date', 'start_date', 'end_date', 'valid_until', 'period_start'],
  email: ['email', 'contact_email', 'billing_email'],
  slug: ['slug', 'url_slug'],
  url: ['website', 'callback_url', 'image_url'],
  uuid: ['public_id', 'token', 'tracking_uuid'],
  json: ['metadata', 'payload', 'options_data', 'extra'],
  float: ['ratio', 'latitude', 'longitude', 'confidence'],
  fk: [],
  o2o: [],
  m2m: [],
};

const CLASS_OF: Record<Kind, string> = {
  char: 'CharField',
  text: 'TextField',
  int: 'IntegerField',
  posint: 'PositiveIntegerField',
  smallint: 'SmallIntegerField',
  bigint: 'BigIntegerField',
  bool: 'BooleanField',
  decimal: 'DecimalField',
  datetime: 'DateTimeField',
  date: 'DateField',
  email: 'EmailField',
  slug: 'SlugField',
  url: 'URLField',
  uuid: 'UUIDField',
  json: 'JSONField',
  float: 'FloatField',
  fk: 'ForeignKey',
  o2o: 'OneToOneField',
  m2m: 'ManyToManyField',
};

/** Keyword values a field's deconstruct() leaves out because they are the class default. */
const DECONSTRUCT_DEFAULTS: Partial<Record<Kind, Record<string, string>>> = {
  slug: { max_length: '50' },
  email: { max_length: '254' },
  url: { max_length: '200' },
};

const NUMERIC: ReadonlySet<Kind> = new Set(['int', 'posint', 'smallint', 'bigint', 'decimal', 'float']);
const RELATION: ReadonlySet<Kind> = new Set(['fk', 'o2o', 'm2m']);

interface Field {
  kind: Kind;
  /** Keyword arguments as Python source, without `to` and `on_delete` (relations keep those apart). */
  kw: Map<string, string>;
  target?: Model | 'user';
  onDelete?: 'CASCADE' | 'PROTECT' | 'SET_NULL';
}

interface Index {
  name: string;
  fields: string[];
  condition?: [string, string];
}

interface Constraint {
  name: string;
  type: 'unique' | 'check';
  fields: string[];
  condition?: [string, string];
}

interface Model {
  app: App;
  name: string;
  fields: Map<string, Field>;
  /** Every field name the model ever had (never reused). */
  everFields: Set<string>;
  dbTable?: string;
  ordering?: string;
  verboseName?: string;
  indexes: Index[];
  constraints: Constraint[];
  uniqueTogether: string[][];
  /** Columns used by raw SQL: never renamed, removed or retyped. */
  pinned: Set<string>;
  /** Referenced by a relation from another app at some point (so never renamed or deleted). */
  crossReferenced: boolean;
  /** Referenced by any relation at some point (so never deleted). */
  referenced: boolean;
}

interface App {
  label: string;
  index: number;
  pool: string[];
  everModels: Set<string>;
  models: Model[];
  migrations: string[];
  configClass: string;
}

interface EmittedOp {
  text: string;
  fragment: string | undefined;
  kind: string;
}

/** What one migration being written needs besides its operations. */
class MigrationDraft {
  readonly ops: EmittedOp[] = [];
  readonly deps = new Set<string>();
  swappable = false;
  usesModels = false;
  usesDeletion = false;
  imports = new Set<string>();
  functions: string[] = [];
  atomic = true;
  customName: string | undefined;
  constructor(readonly app: App) {}
}

function lower(name: string): string {
  return name.toLowerCase();
}

function pyStr(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function tableOf(model: Model): string {
  return model.dbTable ?? `${model.app.label}_${lower(model.name)}`;
}

function columnOf(name: string, field: Field): string {
  return field.kind === 'fk' || field.kind === 'o2o' ? `${name}_id` : name;
}

// ---------------------------------------------------------------------------------------------
// Serialisation (migrations: MigrationWriter style; models.py: hand-written style)

function fieldKwargs(field: Field, style: 'migration' | 'models'): string[] {
  const parts: Array<[string, string]> = [];
  for (const [k, v] of field.kw) parts.push([k, v]);
  if (field.onDelete) parts.push(['on_delete', style === 'migration' ? `django.db.models.deletion.${field.onDelete}` : `models.${field.onDelete}`]);
  if (field.target && style === 'migration') {
    parts.push(['to', field.target === 'user' ? 'settings.AUTH_USER_MODEL' : pyStr(`${field.target.app.label}.${lower(field.target.name)}`)]);
  }
  parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return parts.map(([k, v]) => `${k}=${v}`);
}

function fieldMigrationSource(field: Field): string {
  return `models.${CLASS_OF[field.kind]}(${fieldKwargs(field, 'migration').join(', ')})`;
}

function fieldModelsSource(field: Field): string {
  const args = fieldKwargs(field, 'models');
  if (field.target) args.unshift(field.target === 'user' ? 'settings.AUTH_USER_MODEL' : pyStr(`${field.target.app.label}.${field.target.name}`));
  return `models.${CLASS_OF[field.kind]}(${args.join(', ')})`;
}

function qSource(condition: [string, string], style: 'migration' | 'models'): string {
  return style === 'migration' ? `models.Q((${pyStr(condition[0])}, ${condition[1]}))` : `models.Q(${condition[0]}=${condition[1]})`;
}

function indexSource(index: Index, style: 'migration' | 'models'): string {
  const parts: string[] = [];
  if (index.condition) parts.push(`condition=${qSource(index.condition, style)}`);
  parts.push(`fields=[${index.fields.map(pyStr).join(', ')}]`, `name=${pyStr(index.name)}`);
  return `models.Index(${parts.join(', ')})`;
}

function constraintSource(c: Constraint, style: 'migration' | 'models'): string {
  if (c.type === 'check') return `models.CheckConstraint(condition=${qSource(c.condition!, style)}, name=${pyStr(c.name)})`;
  const parts: string[] = [];
  if (c.condition) parts.push(`condition=${qSource(c.condition, style)}`);
  const fields = style === 'migration' ? `(${c.fields.map(pyStr).join(', ')}${c.fields.length === 1 ? ',' : ''})` : `[${c.fields.map(pyStr).join(', ')}]`;
  parts.push(`fields=${fields}`, `name=${pyStr(c.name)}`);
  return `models.UniqueConstraint(${parts.join(', ')})`;
}

function modelOptions(model: Model): Array<[string, string]> {
  const options: Array<[string, string]> = [];
  if (model.ordering) options.push(['ordering', `[${pyStr(model.ordering)}]`]);
  if (model.verboseName) options.push(['verbose_name', pyStr(model.verboseName)]);
  return options;
}

// ---------------------------------------------------------------------------------------------
// The generator

class Generator {
  readonly rng: Rng;
  readonly apps: App[];
  private counter = 0;
  private clock = Date.UTC(2022, 0, 10, 9, 0);
  readonly opCounts: Record<string, number> = {};
  totalOps = 0;
  anchor: { app: App; file: string } | undefined;
  anchorAlter: string | undefined;

  constructor(
    readonly options: Required<GenerateOptions>,
    readonly files: Map<string, string>,
  ) {
    this.rng = new Rng(options.seed);
    this.apps = APP_SPECS.slice(0, options.apps).map((spec, index) => ({
      label: spec.label,
      index,
      pool: [...spec.models],
      everModels: new Set<string>(),
      models: [],
      migrations: [],
      configClass: `${spec.label[0].toUpperCase()}${spec.label.slice(1)}Config`,
    }));
  }

  private uid(): number {
    return ++this.counter;
  }

  // --- naming ---------------------------------------------------------------------------------

  private freshModelName(app: App): string | undefined {
    for (const candidate of app.pool) if (!app.everModels.has(candidate)) return candidate;
    for (let i = 2; i < 50; i++) {
      const candidate = `${this.rng.pick(app.pool)}V${i}`;
      if (!app.everModels.has(candidate)) return candidate;
    }
    return undefined;
  }

  private freshFieldName(model: Model, kind: Kind, base?: string): string {
    const pool = base ? [base] : this.rng.shuffle([...NAME_POOLS[kind]]);
    for (const candidate of pool) if (!model.everFields.has(candidate) && candidate !== 'id') return candidate;
    const stem = base ?? pool[0];
    for (let i = 2; ; i++) {
      const candidate = `${stem}_${i}`;
      if (!model.everFields.has(candidate)) return candidate;
    }
  }

  private indexName(model: Model, suffix: string): string {
    // At most 30 characters (models.E034), unique in the whole project.
    return `${model.app.label.slice(0, 4)}_${lower(model.name).slice(0, 10)}_${this.uid()}_${suffix}`;
  }

  // --- fields ---------------------------------------------------------------------------------

  /** A new field for a model; `existing` means the table exists (AddField), so it must be nullable or have a default. */
  private newField(model: Model, existing: boolean, draft: MigrationDraft, forceKind?: Kind): { name: string; field: Field; preserveDefaultFalse?: string } | undefined {
    const kind: Kind =
      forceKind ??
      this.rng.weighted<Kind>([
        ['char', 18],
        ['text', 5],
        ['int', 6],
        ['posint', 5],
        ['smallint', 3],
        ['bigint', 2],
        ['bool', 8],
        ['decimal', 6],
        ['datetime', 7],
        ['date', 3],
        ['email', 2],
        ['slug', 2],
        ['url', 2],
        ['uuid', 2],
        ['json', 3],
        ['float', 2],
        ['fk', 12],
        ['o2o', 1],
        ['m2m', 2],
      ]);
    const kw = new Map<string, string>();
    const field: Field = { kind, kw };
    let preserveDefaultFalse: string | undefined;
    let name: string;
    const nullable = this.rng.chance(existing ? 0.45 : 0.2);
    switch (kind) {
      case 'char': {
        name = this.freshFieldName(model, kind);
        kw.set('max_length', String(this.rng.pick([16, 20, 32, 40, 50, 64, 100, 120, 150, 200, 255])));
        if (nullable) {
          kw.set('blank', 'True');
          kw.set('null', 'True');
        } else if (this.rng.chance(0.5) || existing) {
          if (existing && this.rng.chance(0.3)) preserveDefaultFalse = "''";
          else kw.set('default', pyStr(this.rng.pick(['', 'new', 'draft', 'pending', 'n/a', 'default', 'EUR', 'en'])));
          if (this.rng.chance(0.3)) kw.set('blank', 'True');
        }
        break;
      }
      case 'text':
        name = this.freshFieldName(model, kind);
        kw.set('blank', 'True');
        if (nullable || existing) kw.set('null', 'True');
        break;
      case 'int':
      case 'posint':
      case 'smallint':
      case 'bigint':
      case 'float': {
        name = this.freshFieldName(model, kind);
        if (nullable) {
          kw.set('blank', 'True');
          kw.set('null', 'True');
        } else kw.set('default', kind === 'float' ? '0.0' : String(this.rng.pick([0, 0, 1, 10])));
        if (this.rng.chance(0.15)) kw.set('db_index', 'True');
        break;
      }
      case 'bool':
        name = this.freshFieldName(model, kind);
        kw.set('default', this.rng.chance(0.6) ? 'False' : 'True');
        break;
      case 'decimal':
        name = this.freshFieldName(model, kind);
        kw.set('decimal_places', '2');
        kw.set('max_digits', String(this.rng.pick([8, 10, 12, 14])));
        if (nullable) {
          kw.set('blank', 'True');
          kw.set('null', 'True');
        } else kw.set('default', '0');
        break;
      case 'datetime': {
        name = this.freshFieldName(model, kind);
        if (name === 'created_at') {
          kw.set('auto_now_add', 'True');
          if (existing) {
            preserveDefaultFalse = 'django.utils.timezone.now';
            draft.imports.add('import django.utils.timezone');
          }
        } else if (name === 'updated_at') kw.set('auto_now', 'True');
        else {
          kw.set('blank', 'True');
          kw.set('null', 'True');
        }
        break;
      }
      case 'date':
        name = this.freshFieldName(model, kind);
        kw.set('blank', 'True');
        kw.set('null', 'True');
        break;
      case 'email':
      case 'url':
        name = this.freshFieldName(model, kind);
        kw.set('blank', 'True');
        if (kind === 'email' && this.rng.chance(0.3)) kw.set('max_length', '320');
        if (existing || nullable) kw.set('null', 'True');
        break;
      case 'slug':
        name = this.freshFieldName(model, kind);
        if (this.rng.chance(0.5)) kw.set('max_length', String(this.rng.pick([64, 80, 120])));
        if (existing || nullable) {
          kw.set('blank', 'True');
          kw.set('null', 'True');
        }
        break;
      case 'uuid':
        name = this.freshFieldName(model, kind);
        kw.set('default', 'uuid.uuid4');
        kw.set('editable', 'False');
        if (!existing && this.rng.chance(0.5)) kw.set('unique', 'True');
        draft.imports.add('import uuid');
        break;
      case 'json':
        name = this.freshFieldName(model, kind);
        kw.set('blank', 'True');
        if (this.rng.chance(0.5)) kw.set('default', 'dict');
        else kw.set('null', 'True');
        break;
      case 'fk':
      case 'o2o':
      case 'm2m': {
        const target = this.pickRelationTarget(model, kind);
        if (!target) return this.newField(model, existing, draft, 'char');
        field.target = target;
        if (target === 'user') {
          name = this.freshFieldName(model, kind, this.rng.pick(['owner', 'created_by', 'assignee', 'reviewer']));
          draft.swappable = true;
          draft.imports.add('from django.conf import settings');
        } else {
          const base = target.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
          name = this.freshFieldName(model, kind, kind === 'm2m' ? `${base}s` : base);
          target.referenced = true;
          if (target.app !== model.app) {
            target.crossReferenced = true;
            draft.deps.add(this.leafDep(target.app));
          }
        }
        kw.set('related_name', pyStr(`${model.app.label}_${lower(model.name)}_${name}`));
        if (kind === 'm2m') {
          kw.set('blank', 'True');
          break;
        }
        draft.usesDeletion = true;
        if (kind === 'o2o' || nullable || existing || target === 'user') {
          kw.set('blank', 'True');
          kw.set('null', 'True');
          field.onDelete = this.rng.pick(['SET_NULL', 'SET_NULL', 'CASCADE', 'PROTECT']);
        } else field.onDelete = this.rng.pick(['CASCADE', 'CASCADE', 'PROTECT']);
        break;
      }
    }
    model.everFields.add(name);
    return { name, field, preserveDefaultFalse };
  }

  private pickRelationTarget(model: Model, kind: Kind): Model | 'user' | undefined {
    if (kind === 'fk' && this.rng.chance(0.08)) return 'user';
    const sameApp = model.app.models.filter((m) => m !== model || kind === 'fk');
    const otherApps = this.apps.filter((a) => a.index < model.app.index).flatMap((a) => a.models);
    const pool = otherApps.length && (this.rng.chance(0.45) || !sameApp.length) ? otherApps : sameApp;
    return pool.length ? this.rng.pick(pool) : undefined;
  }

  private leafDep(app: App): string {
    return `(${pyStr(app.label)}, ${pyStr(app.migrations[app.migrations.length - 1])})`;
  }

  /** Fields free to rename, remove or retype: not used by indexes, constraints, unique_together or raw SQL. */
  private freeFields(model: Model): string[] {
    const used = new Set<string>(model.pinned);
    for (const i of model.indexes) {
      for (const f of i.fields) used.add(f);
      if (i.condition) used.add(i.condition[0].split('__')[0]);
    }
    for (const c of model.constraints) {
      for (const f of c.fields) used.add(f);
      if (c.condition) used.add(c.condition[0].split('__')[0]);
    }
    for (const ut of model.uniqueTogether) for (const f of ut) used.add(f);
    return [...model.fields.keys()].filter((f) => !used.has(f));
  }

  private concreteFields(model: Model, filter: (f: Field) => boolean = () => true): string[] {
    return [...model.fields].filter(([, f]) => f.kind !== 'm2m' && filter(f)).map(([n]) => n);
  }

  // --- operations -----------------------------------------------------------------------------

  private emit(draft: MigrationDraft, kind: string, text: string, fragment: string | undefined): void {
    draft.ops.push({ text, fragment, kind });
    this.opCounts[kind] = (this.opCounts[kind] ?? 0) + 1;
    this.totalOps++;
  }

  private createModel(draft: MigrationDraft): boolean {
    const app = draft.app;
    const name = this.freshModelName(app);
    if (!name) return false;
    app.everModels.add(name);
    const model: Model = { app, name, fields: new Map(), everFields: new Set(['id']), indexes: [], constraints: [], uniqueTogether: [], pinned: new Set(), crossReferenced: false, referenced: false };
    if (this.rng.chance(0.25)) model.dbTable = `${app.label}_${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}s`;
    if (this.rng.chance(0.2)) model.ordering = '-id';
    if (this.rng.chance(0.15)) model.verboseName = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    const count = this.rng.int(2, 6);
    const lines = [`                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),`];
    // The model is not yet visible to itself as a relation target, except for a self-reference.
    for (let i = 0; i < count; i++) {
      const made = this.newField(model, false, draft);
      if (!made) continue;
      model.fields.set(made.name, made.field);
      lines.push(`                (${pyStr(made.name)}, ${fieldMigrationSource(made.field)}),`);
    }
    app.models.push(model);
    const options: Array<[string, string]> = [];
    if (model.dbTable) options.push(['db_table', pyStr(model.dbTable)]);
    options.push(...modelOptions(model));
    options.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const text = [
      '        migrations.CreateModel(',
      `            name=${pyStr(name)},`,
      '            fields=[',
      ...lines,
      '            ],',
      ...(options.length ? ['            options={', ...options.map(([k, v]) => `                ${pyStr(k)}: ${v},`), '            },'] : []),
      '        ),',
    ].join('\n');
    draft.usesModels = true;
    this.emit(draft, 'CreateModel', text, lower(name));
    return true;
  }

  private pickModel(app: App, filter: (m: Model) => boolean = () => true): Model | undefined {
    const candidates = app.models.filter(filter);
    return candidates.length ? this.rng.pick(candidates) : undefined;
  }

  private addField(draft: MigrationDraft, forceKind?: Kind, forceModel?: Model): boolean {
    const model = forceModel ?? this.pickModel(draft.app);
    if (!model) return false;
    const made = this.newField(model, true, draft, forceKind);
    if (!made) return false;
    model.fields.set(made.name, made.field);
    let source = fieldMigrationSource(made.field);
    if (made.preserveDefaultFalse) {
      const withDefault: Field = { ...made.field, kw: new Map([...made.field.kw, ['default', made.preserveDefaultFalse]]) };
      source = fieldMigrationSource(withDefault);
    }
    const text = [
      '        migrations.AddField(',
      `            model_name=${pyStr(lower(model.name))},`,
      `            name=${pyStr(made.name)},`,
      `            field=${source},`,
      ...(made.preserveDefaultFalse ? ['            preserve_default=False,'] : []),
      '        ),',
    ].join('\n');
    draft.usesModels = true;
    this.emit(draft, 'AddField', text, `${lower(model.name)}_${lower(made.name)}`);
    return true;
  }

  private alterField(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => this.concreteFields(m).length > 0);
    if (!model) return false;
    const free = new Set(this.freeFields(model));
    const name = this.rng.pick(this.concreteFields(model));
    const old = model.fields.get(name)!;
    const field: Field = { ...old, kw: new Map(old.kw) };
    const kw = field.kw;
    const changes: Array<() => boolean> = [];
    const toggleNull = () => {
      if (kw.get('null') === 'True') {
        if (field.onDelete === 'SET_NULL' || field.kind === 'o2o') return false;
        if (!kw.has('default') || field.kind === 'json') return false;
        kw.delete('null');
        kw.delete('blank');
      } else {
        if (field.kind === 'bool') return false;
        kw.set('null', 'True');
        kw.set('blank', 'True');
      }
      return true;
    };
    const toggleIndex = () => {
      if (field.kind === 'slug' || kw.has('unique') || field.kind === 'o2o' || field.kind === 'text' || field.kind === 'json') return false;
      if (field.kind === 'fk') {
        if (kw.get('db_index') === 'False') kw.delete('db_index');
        else kw.set('db_index', 'False');
        return true;
      }
      if (kw.get('db_index') === 'True') kw.delete('db_index');
      else kw.set('db_index', 'True');
      return true;
    };
    switch (field.kind) {
      case 'char':
      case 'slug':
      case 'email':
      case 'url':
        changes.push(() => {
          const current = Number(kw.get('max_length') ?? DECONSTRUCT_DEFAULTS[field.kind]?.max_length ?? 100);
          const next = this.rng.chance(0.8) ? current + this.rng.pick([10, 20, 50, 64]) : Math.max(8, current - this.rng.pick([4, 8]));
          if (String(next) === DECONSTRUCT_DEFAULTS[field.kind]?.max_length) kw.delete('max_length');
          else kw.set('max_length', String(next));
          return true;
        });
        changes.push(toggleNull, toggleIndex);
        if (field.kind === 'char' && free.has(name)) {
          changes.push(() => {
            if (kw.has('unique') || kw.has('db_index') || kw.get('null') === 'True') return false;
            field.kind = 'text';
            kw.delete('max_length');
            return true;
          });
        }
        break;
      case 'int':
      case 'posint':
      case 'smallint':
        changes.push(toggleNull, toggleIndex, () => {
          if (!kw.has('default')) return false;
          kw.set('default', String(this.rng.pick([0, 1, 5, 100])));
          return true;
        });
        if (free.has(name)) changes.push(() => ((field.kind = 'bigint'), true));
        break;
      case 'bigint':
      case 'float':
      case 'text':
      case 'date':
        changes.push(toggleNull, toggleIndex);
        break;
      case 'bool':
        changes.push(() => (kw.set('default', kw.get('default') === 'True' ? 'False' : 'True'), true), toggleIndex);
        break;
      case 'decimal':
        changes.push(() => (kw.set('max_digits', String(Number(kw.get('max_digits')) + 2)), true), toggleNull);
        break;
      case 'datetime':
        changes.push(() => {
          if (kw.has('auto_now') || kw.has('auto_now_add')) return false;
          return toggleIndex();
        });
        break;
      case 'fk':
        changes.push(toggleIndex, () => {
          if (kw.get('null') === 'True') field.onDelete = field.onDelete === 'SET_NULL' ? 'CASCADE' : 'SET_NULL';
          else field.onDelete = field.onDelete === 'CASCADE' ? 'PROTECT' : 'CASCADE';
          return true;
        });
        break;
      case 'o2o':
        changes.push(() => ((field.onDelete = field.onDelete === 'SET_NULL' ? 'CASCADE' : 'SET_NULL'), true));
        break;
      case 'uuid':
      case 'json':
        changes.push(() => {
          if (kw.get('blank') === 'True') kw.delete('blank');
          else kw.set('blank', 'True');
          return true;
        });
        break;
      default:
        return false;
    }
    let changed = false;
    for (const change of this.rng.shuffle(changes)) {
      if (change()) {
        changed = true;
        break;
      }
    }
    if (!changed) return false;
    model.fields.set(name, field);
    if (field.target && field.target !== 'user' && field.target.app !== model.app) draft.deps.add(this.leafDep(field.target.app));
    if (field.target === 'user') {
      draft.swappable = true;
      draft.imports.add('from django.conf import settings');
    }
    if (field.onDelete) draft.usesDeletion = true;
    if (field.kw.get('default') === 'uuid.uuid4') draft.imports.add('import uuid');
    const text = ['        migrations.AlterField(', `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(name)},`, `            field=${fieldMigrationSource(field)},`, '        ),'].join('\n');
    draft.usesModels = true;
    this.emit(draft, 'AlterField', text, `alter_${lower(model.name)}_${lower(name)}`);
    return true;
  }

  private renameField(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => this.freeFields(m).some((f) => m.fields.get(f)!.kind !== 'm2m'));
    if (!model) return false;
    const oldName = this.rng.pick(this.freeFields(model).filter((f) => model.fields.get(f)!.kind !== 'm2m'));
    const field = model.fields.get(oldName)!;
    const newName = RELATION.has(field.kind) ? this.freshFieldName(model, field.kind, `${oldName}_ref`) : this.freshFieldName(model, field.kind);
    model.everFields.add(newName);
    const renamed = new Map<string, Field>();
    for (const [k, v] of model.fields) renamed.set(k === oldName ? newName : k, v);
    model.fields = renamed;
    const text = ['        migrations.RenameField(', `            model_name=${pyStr(lower(model.name))},`, `            old_name=${pyStr(oldName)},`, `            new_name=${pyStr(newName)},`, '        ),'].join('\n');
    this.emit(draft, 'RenameField', text, `rename_${lower(oldName)}_${lower(model.name)}_${lower(newName)}`);
    return true;
  }

  private removeField(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => this.freeFields(m).length > 1);
    if (!model) return false;
    const name = this.rng.pick(this.freeFields(model));
    model.fields.delete(name);
    const text = ['        migrations.RemoveField(', `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(name)},`, '        ),'].join('\n');
    this.emit(draft, 'RemoveField', text, `remove_${lower(model.name)}_${lower(name)}`);
    return true;
  }

  private makeIndex(model: Model): Index | undefined {
    const candidates = this.concreteFields(model, (f) => f.kind !== 'text' && f.kind !== 'json');
    if (!candidates.length) return undefined;
    const fields = this.rng.shuffle([...candidates]).slice(0, this.rng.chance(0.35) ? 2 : 1);
    const index: Index = { name: this.indexName(model, 'idx'), fields };
    const bools = this.concreteFields(model, (f) => f.kind === 'bool');
    if (bools.length && this.rng.chance(0.2)) index.condition = [this.rng.pick(bools), 'True'];
    return index;
  }

  private addIndex(draft: MigrationDraft, concurrently = false): boolean {
    const model = this.pickModel(draft.app, (m) => m.indexes.length < 4);
    if (!model) return false;
    const index = this.makeIndex(model);
    if (!index) return false;
    model.indexes.push(index);
    const op = concurrently ? 'AddIndexConcurrently' : 'migrations.AddIndex';
    const text = [`        ${op}(`, `            model_name=${pyStr(lower(model.name))},`, `            index=${indexSource(index, 'migration')},`, '        ),'].join('\n');
    draft.usesModels = true;
    this.emit(draft, concurrently ? 'AddIndexConcurrently' : 'AddIndex', text, `${lower(model.name)}_${lower(index.name)}`);
    return true;
  }

  private removeIndex(draft: MigrationDraft, concurrently = false): boolean {
    const model = this.pickModel(draft.app, (m) => m.indexes.length > 0);
    if (!model) return false;
    const index = this.rng.pick(model.indexes);
    model.indexes = model.indexes.filter((i) => i !== index);
    const op = concurrently ? 'RemoveIndexConcurrently' : 'migrations.RemoveIndex';
    const text = [`        ${op}(`, `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(index.name)},`, '        ),'].join('\n');
    this.emit(draft, concurrently ? 'RemoveIndexConcurrently' : 'RemoveIndex', text, `remove_${lower(model.name)}_${lower(index.name)}`);
    return true;
  }

  private addConstraint(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => m.constraints.length < 3 && this.concreteFields(m).length > 0);
    if (!model) return false;
    const numeric = this.concreteFields(model, (f) => NUMERIC.has(f.kind));
    let constraint: Constraint;
    if (numeric.length && this.rng.chance(0.45)) {
      const field = this.rng.pick(numeric);
      const kind = model.fields.get(field)!.kind;
      const op = this.rng.pick(['gte', 'gte', 'lte']);
      const bound = op === 'gte' ? (kind === 'float' ? '0.0' : '0') : kind === 'float' ? '1000000.0' : kind === 'smallint' ? '1000' : '1000000';
      constraint = { name: `${model.app.label}_${lower(model.name)}_${field}_${op}_${this.uid()}`, type: 'check', fields: [], condition: [`${field}__${op}`, bound] };
    } else {
      const candidates = this.concreteFields(model, (f) => f.kind !== 'text' && f.kind !== 'json');
      if (!candidates.length) return false;
      const fields = this.rng.shuffle([...candidates]).slice(0, this.rng.int(1, 2));
      constraint = { name: `${model.app.label}_${lower(model.name)}_uniq_${this.uid()}`, type: 'unique', fields };
      const bools = this.concreteFields(model, (f) => f.kind === 'bool');
      if (bools.length && this.rng.chance(0.3)) constraint.condition = [this.rng.pick(bools), 'True'];
    }
    model.constraints.push(constraint);
    const text = ['        migrations.AddConstraint(', `            model_name=${pyStr(lower(model.name))},`, `            constraint=${constraintSource(constraint, 'migration')},`, '        ),'].join('\n');
    draft.usesModels = true;
    this.emit(draft, 'AddConstraint', text, `${lower(model.name)}_${lower(constraint.name)}`);
    return true;
  }

  private removeConstraint(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => m.constraints.length > 0);
    if (!model) return false;
    const constraint = this.rng.pick(model.constraints);
    model.constraints = model.constraints.filter((c) => c !== constraint);
    const text = ['        migrations.RemoveConstraint(', `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(constraint.name)},`, '        ),'].join('\n');
    this.emit(draft, 'RemoveConstraint', text, `remove_${lower(model.name)}_${lower(constraint.name)}`);
    return true;
  }

  private alterUniqueTogether(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => m.uniqueTogether.length > 0 || this.concreteFields(m, (f) => f.kind !== 'text' && f.kind !== 'json').length >= 2);
    if (!model) return false;
    if (model.uniqueTogether.length) model.uniqueTogether = [];
    else model.uniqueTogether = [this.rng.shuffle(this.concreteFields(model, (f) => f.kind !== 'text' && f.kind !== 'json')).slice(0, 2)];
    const value = model.uniqueTogether.length ? `{${model.uniqueTogether.map((t) => `(${t.map(pyStr).join(', ')})`).join(', ')}}` : 'set()';
    const text = ['        migrations.AlterUniqueTogether(', `            name=${pyStr(lower(model.name))},`, `            unique_together=${value},`, '        ),'].join('\n');
    this.emit(draft, 'AlterUniqueTogether', text, `alter_${lower(model.name)}_unique_together`);
    return true;
  }

  private alterModelOptions(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app);
    if (!model) return false;
    if (this.rng.chance(0.5)) model.ordering = model.ordering ? undefined : '-id';
    else model.verboseName = model.verboseName ? undefined : `${lower(model.name)} record`;
    const options = modelOptions(model);
    const text = ['        migrations.AlterModelOptions(', `            name=${pyStr(lower(model.name))},`, `            options={${options.map(([k, v]) => `${pyStr(k)}: ${v}`).join(', ')}},`, '        ),'].join('\n');
    this.emit(draft, 'AlterModelOptions', text, `alter_${lower(model.name)}_options`);
    return true;
  }

  private alterModelTable(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app);
    if (!model) return false;
    model.dbTable = `${model.app.label}_${lower(model.name)}_t${this.uid()}`;
    const text = ['        migrations.AlterModelTable(', `            name=${pyStr(lower(model.name))},`, `            table=${pyStr(model.dbTable)},`, '        ),'].join('\n');
    this.emit(draft, 'AlterModelTable', text, `alter_${lower(model.name)}_table`);
    return true;
  }

  private renameModel(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app, (m) => !m.crossReferenced);
    if (!model) return false;
    const app = draft.app;
    let newName = `${model.name}Record`;
    for (let i = 2; app.everModels.has(newName); i++) newName = `${model.name}Record${i}`;
    app.everModels.add(newName);
    const oldName = model.name;
    model.name = newName;
    const text = ['        migrations.RenameModel(', `            old_name=${pyStr(oldName)},`, `            new_name=${pyStr(newName)},`, '        ),'].join('\n');
    this.emit(draft, 'RenameModel', text, `rename_${lower(oldName)}_${lower(newName)}`);
    return true;
  }

  private deleteModel(draft: MigrationDraft): boolean {
    const app = draft.app;
    const model = this.pickModel(app, (m) => !m.referenced && app.models.length > 3);
    if (!model) return false;
    app.models = app.models.filter((m) => m !== model);
    const text = ['        migrations.DeleteModel(', `            name=${pyStr(model.name)},`, '        ),'].join('\n');
    this.emit(draft, 'DeleteModel', text, `delete_${lower(model.name)}`);
    return true;
  }

  private runSql(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app);
    if (!model) return false;
    const table = tableOf(model);
    const variant = this.rng.weighted<'comment' | 'index' | 'update'>([
      ['comment', 3],
      ['index', 2],
      ['update', 3],
    ]);
    let text: string;
    if (variant === 'comment') {
      text = [
        '        migrations.RunSQL(',
        '            """',
        `            COMMENT ON TABLE "${table}" IS '${model.name} records (maintained by the ${model.app.label} team)';`,
        `            ANALYZE "${table}";`,
        '            """,',
        `            reverse_sql='COMMENT ON TABLE "${table}" IS NULL;',`,
        '        ),',
      ].join('\n');
    } else if (variant === 'index') {
      const candidates = this.concreteFields(model, (f) => f.kind === 'char' || f.kind === 'slug' || f.kind === 'email');
      if (!candidates.length) return false;
      const column = this.rng.pick(candidates);
      model.pinned.add(column);
      const name = `${model.app.label.slice(0, 4)}_${lower(model.name).slice(0, 12)}_${column.slice(0, 10)}_lower_${this.uid()}`;
      text = [
        '        migrations.RunSQL(',
        `            sql='CREATE INDEX "${name}" ON "${table}" (lower("${columnOf(column, model.fields.get(column)!)}"));',`,
        `            reverse_sql='DROP INDEX "${name}";',`,
        '        ),',
      ].join('\n');
    } else {
      const candidates = this.concreteFields(model, (f) => (NUMERIC.has(f.kind) && f.kind !== 'float') && f.kw.get('null') === 'True');
      if (!candidates.length) return false;
      const column = this.rng.pick(candidates);
      text = ['        migrations.RunSQL(', `            sql='UPDATE "${table}" SET "${column}" = 0 WHERE "${column}" IS NULL;',`, '            reverse_sql=migrations.RunSQL.noop,', '        ),'].join('\n');
    }
    if (!draft.customName) draft.customName = `${variant === 'index' ? 'raw_sql_index' : variant === 'update' ? 'backfill_sql' : 'comment'}_${lower(model.name)}`;
    this.emit(draft, 'RunSQL', text, undefined);
    return true;
  }

  private runPython(draft: MigrationDraft): boolean {
    const model = this.pickModel(draft.app);
    if (!model) return false;
    const n = draft.functions.length + 1;
    const forwards = `forwards_${n}`;
    const backwards = `backwards_${n}`;
    const reversible = this.rng.chance(0.7);
    draft.functions.push(
      [
        `def ${forwards}(apps, schema_editor):`,
        `    ${model.name} = apps.get_model(${pyStr(model.app.label)}, ${pyStr(model.name)})`,
        `    for obj in ${model.name}.objects.all().iterator():`,
        '        obj.save()',
      ].join('\n'),
    );
    if (reversible) draft.functions.push([`def ${backwards}(apps, schema_editor):`, '    pass'].join('\n'));
    const args = reversible ? `${forwards}, ${backwards}` : `${forwards}, migrations.RunPython.noop`;
    const text = `        migrations.RunPython(${args}${this.rng.chance(0.3) ? ', elidable=True' : ''}),`;
    if (!draft.customName) draft.customName = `backfill_${lower(model.name)}`;
    this.emit(draft, 'RunPython', text, undefined);
    return true;
  }

  /** A hand-written non-atomic migration: AddIndexConcurrently (or RemoveIndexConcurrently). */
  private concurrentIndexMigration(draft: MigrationDraft): boolean {
    const remove = draft.app.models.some((m) => m.indexes.length > 0) && this.rng.chance(0.3);
    const done = remove ? this.removeIndex(draft, true) : this.addIndex(draft, true);
    if (!done) return false;
    draft.atomic = false;
    draft.imports.add(`from django.contrib.postgres.operations import ${remove ? 'RemoveIndexConcurrently' : 'AddIndexConcurrently'}`);
    return true;
  }

  // --- migrations -----------------------------------------------------------------------------

  /** The second edit target: an AlterField that raises the max_length of a CharField. */
  private forcedAlterField(draft: MigrationDraft): void {
    const app = draft.app;
    const candidates = app.models.flatMap((m) => [...m.fields].filter(([, f]) => f.kind === 'char' && f.kw.has('max_length')).map(([n]) => [m, n] as const));
    if (!candidates.length) {
      this.addField(draft, 'char');
      return;
    }
    const [model, name] = this.rng.pick(candidates);
    const old = model.fields.get(name)!;
    const field: Field = { ...old, kw: new Map(old.kw) };
    field.kw.set('max_length', String(Number(old.kw.get('max_length')) + 20));
    model.fields.set(name, field);
    const text = ['        migrations.AlterField(', `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(name)},`, `            field=${fieldMigrationSource(field)},`, '        ),'].join('\n');
    draft.usesModels = true;
    this.emit(draft, 'AlterField', text, `alter_${lower(model.name)}_${lower(name)}`);
  }

  private nextMigration(app: App, anchor: boolean, anchorAlter = false): void {
    const draft = new MigrationDraft(app);
    const number = app.migrations.length + 1;
    const initial = number === 1;
    if (initial) {
      const count = this.rng.int(2, 3);
      for (let i = 0; i < count; i++) this.createModel(draft);
    } else if (anchor) {
      // The benchmark's edit target: one AddField with a max_length and a string default.
      const model = this.pickModel(app)!;
      const name = this.freshFieldName(model, 'char', 'fulfilment_note');
      model.everFields.add(name);
      const field: Field = { kind: 'char', kw: new Map([['blank', 'True'], ['default', "'pending'"], ['max_length', '40']]) };
      model.fields.set(name, field);
      const text = ['        migrations.AddField(', `            model_name=${pyStr(lower(model.name))},`, `            name=${pyStr(name)},`, `            field=${fieldMigrationSource(field)},`, '        ),'].join('\n');
      draft.usesModels = true;
      this.emit(draft, 'AddField', text, `${lower(model.name)}_${name}`);
    } else if (anchorAlter) {
      this.forcedAlterField(draft);
    } else if (this.rng.chance(0.025) && this.concurrentIndexMigration(draft)) {
      // done
    } else {
      const opCount = this.rng.weighted<'1' | '2' | '3'>([
        ['1', 70],
        ['2', 20],
        ['3', 10],
      ]);
      for (let attempts = 0; draft.ops.length < Number(opCount) && attempts < 20; attempts++) {
        const kind = this.rng.weighted<string>([
          ['create', app.models.length < 5 ? 14 : 5],
          ['add', 30],
          ['alter', 20],
          ['renameField', 4],
          ['removeField', 6],
          ['addIndex', 6],
          ['removeIndex', 2],
          ['addConstraint', 5],
          ['removeConstraint', 1.5],
          ['uniqueTogether', 1],
          ['options', 1.5],
          ['table', 0.5],
          ['renameModel', 1],
          ['deleteModel', 0.7],
          ['runSql', 2.5],
          ['runPython', 2.5],
        ]);
        const done =
          kind === 'create' ? this.createModel(draft)
          : kind === 'add' ? this.addField(draft)
          : kind === 'alter' ? this.alterField(draft)
          : kind === 'renameField' ? this.renameField(draft)
          : kind === 'removeField' ? this.removeField(draft)
          : kind === 'addIndex' ? this.addIndex(draft)
          : kind === 'removeIndex' ? this.removeIndex(draft)
          : kind === 'addConstraint' ? this.addConstraint(draft)
          : kind === 'removeConstraint' ? this.removeConstraint(draft)
          : kind === 'uniqueTogether' ? this.alterUniqueTogether(draft)
          : kind === 'options' ? this.alterModelOptions(draft)
          : kind === 'table' ? this.alterModelTable(draft)
          : kind === 'renameModel' ? this.renameModel(draft)
          : kind === 'deleteModel' ? this.deleteModel(draft)
          : kind === 'runSql' ? this.runSql(draft)
          : this.runPython(draft);
        void done;
      }
      if (draft.ops.length === 0) this.addField(draft);
    }
    if (!initial) draft.deps.add(`(${pyStr(app.label)}, ${pyStr(app.migrations[app.migrations.length - 1])})`);
    const name = `${String(number).padStart(4, '0')}_${this.migrationName(draft, initial)}`;
    const file = path.join(app.label, 'migrations', `${name}.py`);
    this.files.set(file, this.writeMigration(draft, initial));
    app.migrations.push(name);
    if (anchor) this.anchor = { app, file };
    if (anchorAlter) this.anchorAlter = file;
    this.clock += this.rng.int(2, 60) * 3600_000;
  }

  private timestamp(): string {
    const d = new Date(this.clock);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}_${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
  }

  /** Migration.suggest_name(), or the name a developer gives a hand-written migration. */
  private migrationName(draft: MigrationDraft, initial: boolean): string {
    if (initial) return 'initial';
    const fragments = draft.ops.map((o) => o.fragment);
    if (fragments.some((f) => f === undefined)) return draft.customName && this.rng.chance(0.7) ? draft.customName : `auto_${this.timestamp()}`;
    if (!draft.atomic) return `${fragments[0]}_concurrently`.replace(/^(.{60}).*$/, '$1');
    const clean = (fragments as string[]).map((f) => f.replace(/\W+/g, '_'));
    let name = clean[0];
    for (const fragment of clean.slice(1)) {
      const candidate = `${name}_${fragment}`;
      if (candidate.length > 52) {
        name = `${name}_and_more`;
        break;
      }
      name = candidate;
    }
    return name;
  }

  private writeMigration(draft: MigrationDraft, initial: boolean): string {
    const d = new Date(this.clock);
    const pad = (n: number) => String(n).padStart(2, '0');
    const header = `# Generated by Django ${this.options.djangoVersion} on ${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const imports = new Set(draft.imports);
    imports.add(draft.usesModels ? 'from django.db import migrations, models' : 'from django.db import migrations');
    if (draft.usesDeletion) imports.add('import django.db.models.deletion');
    // Django 5: plain imports first, then from-imports, each sorted by module.
    const sorted = [...imports].sort((a, b) => {
      const ka = [a.startsWith('from ') ? 1 : 0, a.split(' ')[1]] as const;
      const kb = [b.startsWith('from ') ? 1 : 0, b.split(' ')[1]] as const;
      return ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0);
    });
    const deps = [...draft.deps].map((d) => `        ${d},`);
    if (draft.swappable) deps.push('        migrations.swappable_dependency(settings.AUTH_USER_MODEL),');
    deps.sort();
    const lines = [header, '', ...sorted, '', ''];
    if (draft.functions.length) lines.push(...draft.functions.flatMap((f) => [f, '', '']));
    lines.push('class Migration(migrations.Migration):', '');
    if (initial) lines.push('    initial = True', '');
    if (!draft.atomic) lines.push('    atomic = False', '');
    lines.push('    dependencies = [', ...deps, '    ]', '', '    operations = [', ...draft.ops.map((o) => o.text), '    ]', '');
    return lines.join('\n');
  }

  // --- models.py ------------------------------------------------------------------------------

  private writeModels(app: App): string {
    const body: string[] = [];
    let usesUuid = false;
    let usesSettings = false;
    for (const model of app.models) {
      const lines = [`class ${model.name}(models.Model):`];
      for (const [name, field] of model.fields) {
        if (field.kw.get('default') === 'uuid.uuid4') usesUuid = true;
        if (field.target === 'user') usesSettings = true;
        lines.push(`    ${name} = ${fieldModelsSource(field)}`);
      }
      if (model.fields.size === 0) lines.push('    pass');
      const meta: string[] = [];
      if (model.dbTable) meta.push(`        db_table = ${pyStr(model.dbTable)}`);
      if (model.ordering) meta.push(`        ordering = [${pyStr(model.ordering)}]`);
      if (model.verboseName) meta.push(`        verbose_name = ${pyStr(model.verboseName)}`);
      if (model.uniqueTogether.length) meta.push(`        unique_together = [${model.uniqueTogether.map((t) => `(${t.map(pyStr).join(', ')})`).join(', ')}]`);
      if (model.indexes.length) meta.push('        indexes = [', ...model.indexes.map((i) => `            ${indexSource(i, 'models')},`), '        ]');
      if (model.constraints.length) meta.push('        constraints = [', ...model.constraints.map((c) => `            ${constraintSource(c, 'models')},`), '        ]');
      if (meta.length) lines.push('', '    class Meta:', ...meta);
      body.push(lines.join('\n'));
    }
    const imports = [...(usesUuid ? ['import uuid', ''] : []), ...(usesSettings ? ['from django.conf import settings'] : []), 'from django.db import models'];
    return `${imports.join('\n')}\n\n\n${body.join('\n\n\n')}\n`;
  }

  // --- the whole project ----------------------------------------------------------------------

  run(): void {
    const perApp = Math.ceil(this.options.migrations / this.apps.length);
    const anchorApp = this.apps[Math.min(3, this.apps.length - 1)];
    const anchorNumber = Math.max(2, Math.floor(perApp / 2));
    let remaining = this.options.migrations;
    for (let round = 0; remaining > 0; round++) {
      const order = round === 0 ? [...this.apps] : this.rng.shuffle([...this.apps]);
      for (const app of order) {
        if (remaining <= 0 || app.migrations.length >= perApp) continue;
        const number = app.migrations.length + 1;
        this.nextMigration(app, app === anchorApp && number === anchorNumber, app === anchorApp && number === anchorNumber + 3);
        remaining--;
      }
    }
    for (const app of this.apps) {
      this.files.set(path.join(app.label, '__init__.py'), '');
      this.files.set(path.join(app.label, 'migrations', '__init__.py'), '');
      this.files.set(
        path.join(app.label, 'apps.py'),
        `from django.apps import AppConfig\n\n\nclass ${app.configClass}(AppConfig):\n    default_auto_field = 'django.db.models.BigAutoField'\n    name = ${pyStr(app.label)}\n`,
      );
      this.files.set(path.join(app.label, 'models.py'), this.writeModels(app));
    }
    this.files.set('manage.py', MANAGE_PY);
    this.files.set(path.join('config', '__init__.py'), '');
    this.files.set(path.join('config', 'settings.py'), settingsPy(this.apps));
    this.files.set('requirements.txt', `Django==${this.options.djangoVersion}\npsycopg[binary]==3.2.9\n`);
  }
}

const MANAGE_PY = `#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
`;

function settingsPy(apps: App[]): string {
  const local = apps.map((a, i) => (i % 2 === 0 ? `    "${a.label}.apps.${a.configClass}",` : `    "${a.label}",`));
  return `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "benchmark-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = []

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.postgres",
${local.join('\n')}
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("BENCH_DB", "bench"),
        "USER": os.environ.get("BENCH_PGUSER", "postgres"),
        "HOST": os.environ.get("BENCH_PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("BENCH_PGPORT", "5432"),
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
`;
}

/** Writes the project into `root` (which must be empty or absent). */
export function generateProject(root: string, options: GenerateOptions = {}): GeneratedProject {
  const full: Required<GenerateOptions> = {
    migrations: options.migrations ?? 1100,
    apps: Math.min(APP_SPECS.length, Math.max(1, options.apps ?? 10)),
    seed: options.seed ?? 20250601,
    djangoVersion: options.djangoVersion ?? '5.2.18',
  };
  const files = new Map<string, string>();
  const generator = new Generator(full, files);
  generator.run();
  let bytes = 0;
  for (const [rel, text] of files) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  // Tiny histories may end before the anchor migration: edit the anchor app's last migration instead.
  const anchorApp = generator.apps[Math.min(3, generator.apps.length - 1)];
  const anchor = generator.anchor ?? { app: anchorApp, file: path.join(anchorApp.label, 'migrations', `${anchorApp.migrations[anchorApp.migrations.length - 1]}.py`) };
  const result: GeneratedProject = {
    root,
    apps: generator.apps.map((a) => a.label),
    migrations: generator.apps.reduce((s, a) => s + a.migrations.length, 0),
    operations: generator.totalOps,
    operationCounts: Object.fromEntries(Object.entries(generator.opCounts).sort((a, b) => b[1] - a[1])),
    pythonFiles: [...files.keys()].filter((f) => f.endsWith('.py')).length,
    bytes,
    anchorMigration: path.join(root, anchor.file),
    anchorAlterMigration: path.join(root, generator.anchorAlter ?? anchor.file),
    anchorModels: path.join(root, anchor.app.label, 'models.py'),
    seed: full.seed,
    options: full,
    generatorVersion: GENERATOR_VERSION,
  };
  fs.writeFileSync(path.join(root, 'bench-project.json'), JSON.stringify({ ...result, root: undefined, anchorMigration: anchor.file, anchorAlterMigration: generator.anchorAlter ?? anchor.file, anchorModels: path.join(anchor.app.label, 'models.py') }, null, 2) + '\n');
  return result;
}

/** Reads what generateProject wrote about a project (for --keep). */
export function readGenerated(root: string): GeneratedProject | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(root, 'bench-project.json'), 'utf8'));
    return { ...data, root, anchorMigration: path.join(root, data.anchorMigration), anchorAlterMigration: path.join(root, data.anchorAlterMigration ?? data.anchorMigration), anchorModels: path.join(root, data.anchorModels) };
  } catch {
    return undefined;
  }
}

function mainCli(argv: string[]): void {
  const out = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  if (!out) {
    process.stderr.write('Usage: node --import tsx bench/generate.ts OUT_DIR [--migrations N] [--apps N] [--seed N]\n');
    process.exitCode = 2;
    return;
  }
  const root = path.resolve(out);
  if (fs.existsSync(root) && fs.readdirSync(root).length) {
    process.stderr.write(`${root} is not empty\n`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = generateProject(root, { migrations: value('--migrations'), apps: value('--apps'), seed: value('--seed') });
  process.stdout.write(
    `Generated ${result.migrations} migrations (${result.operations} operations) in ${result.apps.length} apps, ${result.pythonFiles} Python files, ${(result.bytes / 1024).toFixed(0)} KiB, in ${(performance.now() - started).toFixed(0)} ms: ${root}\n` +
      `Operations: ${Object.entries(result.operationCounts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) mainCli(process.argv.slice(2));
