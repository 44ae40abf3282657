// Seeded random migration sources for the optimizer and writer comparisons with real Django.
// Sequences are built against a small evolving "world" (a few models, their fields, indexes and
// constraints) so that most operations refer to things that exist and reductions happen often,
// with a share of unrelated names, case variants and barriers mixed in.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: ReadonlyArray<[number, T]>): T {
    const total = items.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][1];
  }
  subset<T>(items: readonly T[], max = items.length): T[] {
    const out = items.filter(() => this.chance(0.5));
    return out.slice(0, max);
  }
}

export const HEADER = `from django.db import migrations, models
import django.core.validators
import django.db.models.deletion
import django.contrib.postgres.constraints
import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.utils.timezone
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.functions import Coalesce, Concat, Lower, Upper
from decimal import Decimal
import datetime
import functools
import re
import uuid
import sghelpers
`;

const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

interface WModel {
  name: string;
  fields: string[];
  indexes: string[];
  constraints: string[];
}

export interface GenOptions {
  /** 5.2 or 6.1: GeneratedField needs db_persist, AlterConstraint etc. are fine in both. */
  minOps?: number;
  maxOps?: number;
  /** Writer-oriented cases: more value variety, fewer reductions needed. */
  writer?: boolean;
  /** Only two model names: many more operations on the same models, so more reductions. */
  focus?: boolean;
}

const MODEL_NAMES = ['Author', 'Book', 'Publisher', 'Tag', 'Store'];
const FIELD_NAMES = ['title', 'name', 'pages', 'rating', 'code', 'price', 'slug', 'created', 'data', 'owner', 'Title', 'weight'];

export class Generator {
  private world: WModel[] = [];
  private counter = 0;
  private localFunction = false;
  private readonly modelNames: string[];
  constructor(private readonly rng: Rng, private readonly opts: GenOptions = {}) {
    this.modelNames = opts.focus ? ['Book', 'Author'] : MODEL_NAMES;
  }

  private fresh(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  private model(): WModel | undefined {
    return this.world.length ? this.rng.pick(this.world) : undefined;
  }

  /** A model name to operate on, usually existing, in some case variant. */
  private modelRef(lowerOnly = false): string {
    const m = this.rng.chance(0.85) ? this.model() : undefined;
    const name = m?.name ?? this.rng.pick(this.modelNames);
    if (lowerOnly) return name.toLowerCase();
    return this.rng.weighted([
      [6, name.toLowerCase()],
      [3, name],
      [1, name.toUpperCase()],
    ]);
  }

  private findModel(ref: string): WModel | undefined {
    return this.world.find((m) => m.name.toLowerCase() === ref.toLowerCase());
  }

  private fieldOf(ref: string): string {
    const m = this.findModel(ref);
    if (m && m.fields.length && this.rng.chance(0.85)) return this.rng.pick(m.fields);
    return this.rng.pick(FIELD_NAMES);
  }

  private relTarget(): string {
    return this.rng.weighted([
      [4, q(`sgapp.${this.model()?.name ?? this.rng.pick(this.modelNames)}`)],
      [2, q(this.model()?.name ?? this.rng.pick(this.modelNames))],
      [1, q(`sgapp.${(this.model()?.name ?? 'Book').toLowerCase()}`)],
      [1, 'settings.AUTH_USER_MODEL'],
      [1, q('auth.User')],
      [1, q('other.Thing')],
      [1, q('self')],
    ]);
  }

  private str(): string {
    return this.rng.weighted([
      [6, q(this.rng.pick(['x', 'Book', 'hello world', 'a-b', '']))],
      [1, `"it's"`],
      [1, `'quote " dq'`],
      [1, `'line\\nbreak\\ttab'`],
      [1, `'caf\u00e9 \u00fc\u2603'`],
      [1, `'back\\\\slash'`],
      [1, `'\\x00\\u200b'`],
    ]);
  }

  private number(): string {
    return this.rng.weighted([
      [4, String(this.rng.int(-5, 500))],
      [1, '10**12'],
      [1, '0x1F'],
      [1, '1_000'],
      [2, this.rng.pick(['1.5', '0.1', '1e-7', '1e20', '2.0', '-0.0', '123456789.125', '0.0001', '1e16', "float('inf')"])],
    ]);
  }

  private default(kind: string): string {
    switch (kind) {
      case 'char':
        return this.rng.weighted([
          [4, this.str()],
          [1, 'sghelpers.default_title'],
          [1, 'None'],
        ]);
      case 'int':
        return this.number();
      case 'decimal':
        return this.rng.pick(["Decimal('1.50')", "Decimal('0')", 'Decimal(1)', "Decimal('-0.00')", "Decimal('1e3')", 'Decimal(2.5)', "Decimal('.5')"]);
      case 'date':
        return this.rng.pick(['datetime.date(2020, 1, 5)', 'django.utils.timezone.now', 'datetime.datetime(2021, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)', 'datetime.datetime(2021, 2, 3)', 'datetime.datetime(2021, 2, 3, 4, 5, 0, 123)']);
      case 'duration':
        return this.rng.pick(['datetime.timedelta(days=1, hours=2)', 'datetime.timedelta(0)', 'datetime.timedelta(minutes=-1)', 'datetime.timedelta(seconds=90, microseconds=5)']);
      case 'time':
        return this.rng.pick(['datetime.time(10, 30)', 'datetime.time(0)', 'datetime.time(1, 2, 3)']);
      case 'uuid':
        return this.rng.pick(['uuid.uuid4', "uuid.UUID('12345678123456781234567812345678')", "uuid.UUID('{ABCDEF01-2345-6789-ABCD-EF0123456789}')"]);
      default:
        return 'None';
    }
  }

  /** A field constructor call as source. */
  field(depth = 0): string {
    const r = this.rng;
    const common: string[] = [];
    const add = (p: number, s: () => string): void => {
      if (r.chance(p)) common.push(s());
    };
    add(0.15, () => `null=${r.pick(['True', 'False'])}`);
    add(0.15, () => `blank=${r.pick(['True', 'False'])}`);
    add(0.08, () => `db_index=${r.pick(['True', 'False'])}`);
    add(0.05, () => 'unique=True');
    add(0.08, () => `help_text=${this.str()}`);
    add(0.08, () => `db_column=${q(this.fresh('col_'))}`);
    add(0.05, () => `db_comment=${this.str()}`);
    add(0.04, () => 'editable=False');
    add(0.03, () => 'serialize=False');
    add(0.03, () => `error_messages={'blank': 'no', 'invalid': 'bad'}`);
    add(0.03, () => `db_tablespace='ts'`);
    add(0.03, () => "unique_for_date='created'");
    const kinds: Array<[number, () => string]> = ([
      [10, () => {
        const extra = [...common];
        if (r.chance(0.4)) extra.push(`default=${this.default('char')}`);
        if (r.chance(0.1)) extra.push(`choices=${r.pick(["[('a', 'A'), ('b', 'B')]", "{'a': 'A', 'b': 'B'}", "[['a', 'A']]", "[('Group', [('a', 'A')])]", "[]"])}`);
        if (r.chance(0.05)) extra.push("db_collation='C'");
        const ml = r.chance(0.9) ? `max_length=${r.int(1, 300)}` : '';
        if (r.chance(0.15)) return `models.CharField(${[q('Verbose'), ...(ml ? [ml] : []), ...extra].join(', ')})`;
        return `models.CharField(${[...(ml ? [ml] : []), ...extra].join(', ')})`;
      }],
      [this.opts.writer ? 3 : 0, () => `models.JSONField(default=${r.pick([
        "b'raw\\x00\\xff'",
        "functools.partial(sghelpers.upload_to, 'a', x=1)",
        'functools.partial(sghelpers.default_title)',
        "frozenset({'b', 'a'})",
        "{'b': 1, 'a': [1, 2], 'c': {'z': None, 'y': (1,)}}",
        '(1,)',
        '()',
        '{2, 10, 1}',
        'set()',
        'range(3)',
        'range(1, 10, 2)',
        "re.compile('^a+$')",
        "{1: 'one', 0: 'zero'}",
        '[True, False, None]',
        '-1.5e-10',
        '123456789012345678901234567890',
        "'\\u00e9t\\u00e9 \\U0001f600'",
      ])})`],
      [6, () => `models.IntegerField(${[...common, ...(r.chance(0.4) ? [`default=${this.default('int')}`] : []), ...(r.chance(0.1) ? ['validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(10)]'] : [])].join(', ')})`],
      [2, () => `models.${r.pick(['PositiveIntegerField', 'SmallIntegerField', 'BigIntegerField', 'PositiveSmallIntegerField', 'FloatField'])}(${[...common, ...(r.chance(0.3) ? [`default=${this.default('int')}`] : [])].join(', ')})`],
      [3, () => `models.DecimalField(${['max_digits=8', 'decimal_places=2', ...common, ...(r.chance(0.5) ? [`default=${this.default('decimal')}`] : [])].join(', ')})`],
      [2, () => `models.BooleanField(${[...common, ...(r.chance(0.6) ? [`default=${r.pick(['True', 'False', '0'])}`] : [])].join(', ')})`],
      [3, () => r.pick([
        `models.DateTimeField(${[r.pick(['auto_now_add=True', 'auto_now=True', `default=${this.default('date')}`, 'null=True']), ...common].join(', ')})`,
        `models.DateField(${[...(r.chance(0.5) ? ['auto_now=True'] : []), ...common].join(', ')})`,
        `models.TimeField(${[r.pick(['auto_now=True', `default=${this.default('time')}`, 'auto_now_add=1']), ...common].join(', ')})`,
        `models.DurationField(default=${this.default('duration')})`,
      ])],
      [2, () => `models.TextField(${common.join(', ')})`],
      [2, () => r.pick(['models.SlugField()', 'models.SlugField(max_length=80, db_index=False)', 'models.SlugField(max_length=50, allow_unicode=True)', 'models.EmailField()', 'models.EmailField(max_length=100)', 'models.URLField()', 'models.URLField(max_length=300)', 'models.GenericIPAddressField(protocol=\'IPv4\')', 'models.BinaryField()', 'models.BinaryField(editable=True)', 'models.FilePathField(path=\'/tmp\', recursive=True)', 'models.IPAddressField()'])],
      [2, () => `models.UUIDField(${[...(r.chance(0.7) ? [`default=${this.default('uuid')}`] : []), ...(r.chance(0.3) ? ['primary_key=True', 'serialize=False'] : []), 'editable=False'].join(', ')})`],
      [6, () => {
        const cls = r.weighted([
          [4, 'models.ForeignKey'],
          [1, 'models.OneToOneField'],
        ]);
        const onDelete = r.pick(['models.CASCADE', 'django.db.models.deletion.CASCADE', 'django.db.models.deletion.SET_NULL', 'models.PROTECT', 'models.DO_NOTHING', 'models.SET_DEFAULT', 'models.SET(0)']);
        const kw = [`on_delete=${onDelete}`, `to=${this.relTarget()}`];
        if (onDelete.includes('SET_NULL')) kw.push('null=True');
        if (r.chance(0.2)) kw.push(`related_name=${q(this.fresh('rel'))}`);
        if (r.chance(0.1)) kw.push("related_query_name='rq'");
        if (r.chance(0.1)) kw.push(`to_field=${q(r.pick(['code', 'id', 'name']))}`);
        if (r.chance(0.08)) kw.push('db_constraint=False');
        if (r.chance(0.08)) kw.push(`db_index=${r.pick(['False', 'True'])}`);
        if (r.chance(0.05)) kw.push('parent_link=True');
        if (r.chance(0.05)) kw.push("limit_choices_to={'active': True}");
        if (r.chance(0.15)) return `${cls}(${kw[1].slice(3)}, ${kw[0].slice(10)}${kw.slice(2).map((k) => `, ${k}`).join('')})`;
        return `${cls}(${r.chance(0.5) ? kw.join(', ') : [...kw].reverse().join(', ')})`;
      }],
      [3, () => {
        const kw = [`to=${this.relTarget()}`];
        if (r.chance(0.3)) kw.push(`through=${q(`sgapp.${r.pick(['BookTag', 'Membership'])}`)}`);
        if (r.chance(0.15) && kw.length > 1) kw.push(`through_fields=(${q('book')}, ${q('tag')})`);
        if (r.chance(0.3)) kw.push('blank=True');
        if (r.chance(0.15)) kw.push(`related_name=${q(this.fresh('m2m'))}`);
        if (r.chance(0.1) && kw.length === 1) kw.push("db_table='custom_m2m'");
        if (r.chance(0.05)) kw.push('symmetrical=False');
        return `models.ManyToManyField(${kw.join(', ')})`;
      }],
      [2, () => `models.JSONField(${[...(r.chance(0.5) ? [`default=${r.pick(['dict', 'list', '{}'])}`] : []), ...(r.chance(0.2) ? ['encoder=DjangoJSONEncoder'] : []), ...common].join(', ')})`],
      [1, () => r.pick(["models.FileField(upload_to='uploads/')", 'models.FileField(upload_to=sghelpers.upload_to, max_length=200)', 'models.ImageField(height_field=\'h\', width_field=\'w\')', 'models.FileField()'])],
      [1, () => r.pick(["models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')", 'models.BigAutoField(primary_key=True)', 'models.AutoField()'])],
      [2, () => {
        const expr = r.pick(["models.F('pages') + models.F('rating')", "Lower('title')", "Concat('title', models.Value('-'), 'name')", "models.F('price') * 2", "Coalesce('name', 'title')", "Upper(models.F('slug'))", "models.F('pages') - 1", '2 * models.F(\'weight\')', "-models.F('rating')"]);
        return `models.GeneratedField(expression=${expr}, output_field=${depth ? 'models.IntegerField()' : this.rng.pick(['models.IntegerField()', 'models.CharField(max_length=100)', 'models.TextField()'])}, db_persist=${r.pick(['True', 'False'])})`;
      }],
      [1, () => `django.contrib.postgres.fields.ArrayField(${r.pick(['base_field=', ''])}models.CharField(max_length=10)${r.chance(0.5) ? ', size=3' : ''}${r.chance(0.3) ? ', default=list' : ''})`],
      [1, () => r.pick(['sghelpers.TitleField(max_length=20)', "sghelpers.TitleField(max_length=20, db_collation='C')"])],
    ] as Array<[number, () => string]>).map(([w, f]) => [w, () => dedupeKeywords(f())] as [number, () => string]);
    return r.weighted(kinds)();
  }

  private qExpr(depth = 0): string {
    const r = this.rng;
    const leaf = (): string =>
      r.pick([
        `models.Q(${r.pick(['pages__gte', 'rating__lt', 'title__startswith', 'price__gt'])}=${r.pick(['0', '5', "'x'", "models.F('weight')", "models.F('pages') + 1"])})`,
        "models.Q(pages__gt=1, rating__lt=5)",
        "models.Q(('title__isnull', False))",
        "models.Q()",
        "models.Q(title='a', _negated=True)",
        "models.Q(models.Q(pages=1), code='x', _connector='OR')",
      ]);
    if (depth > 1 || r.chance(0.4)) return leaf();
    // Parenthesized: tree-sitter-python gives `^` a higher precedence than `&` (Python: & > ^ > |).
    return r.weighted([
      [2, () => `(${this.qExpr(depth + 1)}) | (${this.qExpr(depth + 1)})`],
      [2, () => `(${this.qExpr(depth + 1)}) & (${this.qExpr(depth + 1)})`],
      [1, () => `~${leaf()}`],
      [1, () => `~(${this.qExpr(depth + 1)} | ${leaf()})`],
      [1, () => `(${this.qExpr(depth + 1)}) ^ ${leaf()}`],
    ])();
  }

  index(name: string, model?: WModel): string {
    const r = this.rng;
    const fields = (): string => {
      const pool = model?.fields.length ? model.fields : FIELD_NAMES;
      const picked = r.subset(pool, 3);
      if (!picked.length) picked.push(r.pick(pool));
      return `[${picked.map((f) => q(r.chance(0.2) ? `-${f}` : f)).join(', ')}]`;
    };
    return r.weighted([
      [6, () => `models.Index(fields=${fields()}, name=${q(name)})`],
      [1, () => `models.Index(fields=(${q('title')},), name=${q(name)}, condition=${this.qExpr(1)})`],
      [1, () => `models.Index(fields=[${q('title')}], name=${q(name)}, include=[${q('pages')}], db_tablespace='ts')`],
      [1, () => `models.Index(fields=[${q('title')}], name=${q(name)}, opclasses=['varchar_pattern_ops'])`],
      [2, () => `models.Index(${r.pick(["Lower('title')", "'title'", "models.OrderBy(models.F('pages'), descending=True)", "Upper('name'), 'pages'"])}, name=${q(name)})`],
      [1, () => `django.contrib.postgres.indexes.GinIndex(fields=['data'], name=${q(name)}${r.chance(0.5) ? ', fastupdate=False' : ''})`],
      [1, () => `django.contrib.postgres.indexes.BTreeIndex(fields=['title'], name=${q(name)}, fillfactor=80)`],
    ])();
  }

  constraint(name: string): string {
    const r = this.rng;
    return r.weighted([
      [5, () => `models.CheckConstraint(condition=${this.qExpr()}, name=${q(name)}${r.chance(0.15) ? ", violation_error_message='bad'" : ''}${r.chance(0.1) ? ", violation_error_code='c1'" : ''})`],
      [4, () => {
        const extra = r.weighted([
          [4, ''],
          [1, `, condition=${this.qExpr(1)}`],
          [1, ', deferrable=models.Deferrable.DEFERRED'],
          [1, ", include=['pages']"],
          [1, ', nulls_distinct=False'],
        ]);
        return `models.UniqueConstraint(fields=${r.pick(["['title', 'code']", "('name',)", "['pages']"])}, name=${q(name)}${extra})`;
      }],
      [1, () => `models.UniqueConstraint(Lower('title'), ${r.chance(0.5) ? "'code', " : ''}name=${q(name)})`],
      [1, () => `django.contrib.postgres.constraints.ExclusionConstraint(name=${q(name)}, expressions=[('span', '&&'), (models.F('room'), '=')]${r.chance(0.5) ? ", index_type='SPGIST'" : ''})`],
    ])();
  }

  private options(model: WModel): string {
    const r = this.rng;
    const entries: string[] = [];
    const add = (p: number, s: () => string): void => {
      if (r.chance(p)) entries.push(s());
    };
    add(0.2, () => `'verbose_name': ${this.str()}`);
    add(0.1, () => "'verbose_name_plural': 'books'");
    add(0.15, () => `'ordering': ${r.pick(["['-id']", "('name',)", '[]'])}`);
    add(0.1, () => `'db_table': ${q(this.fresh('tbl_'))}`);
    add(0.12, () => `'unique_together': ${r.pick(["{('title', 'code')}", "[('title', 'code'), ('name', 'pages')]", "('title', 'name')", "[['name', 'code']]", 'set()'])}`);
    add(0.08, () => `'index_together': ${r.pick(["{('title', 'code')}", "[('name', 'title')]"])}`);
    add(0.05, () => "'abstract': False");
    add(0.05, () => "'managed': False");
    add(0.05, () => "'permissions': [('can_x', 'Can X')]");
    add(0.05, () => `'order_with_respect_to': ${q(r.pick(['owner', 'title']))}`);
    add(0.05, () => "'db_table_comment': 'comment'");
    add(0.05, () => "'get_latest_by': 'created'");
    add(0.05, () => "'default_permissions': ()");
    add(0.05, () => "'base_manager_name': 'objects'");
    add(0.08, () => {
      const name = this.fresh('opt_idx_');
      model.indexes.push(name);
      return `'indexes': [${this.index(name, model)}]`;
    });
    add(0.08, () => {
      const name = this.fresh('opt_con_');
      model.constraints.push(name);
      return `'constraints': [${this.constraint(name)}]`;
    });
    return `{${entries.join(', ')}}`;
  }

  private createModel(): string {
    const r = this.rng;
    const unused = this.modelNames.filter((n) => !this.world.some((m) => m.name.toLowerCase() === n.toLowerCase()));
    const name = unused.length && r.chance(0.85) ? r.pick(unused) : this.fresh('Model');
    const model: WModel = { name, fields: [], indexes: [], constraints: [] };
    const fields: string[] = [];
    if (r.chance(0.8)) {
      fields.push(`(${q('id')}, ${r.pick(["models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')", 'models.AutoField(primary_key=True, serialize=False)'])})`);
      model.fields.push('id');
    }
    const n = r.int(0, 4);
    for (let i = 0; i < n; i++) {
      const fname = r.pick(FIELD_NAMES.filter((f) => !model.fields.some((x) => x === f)));
      model.fields.push(fname);
      fields.push(`(${q(fname)}, ${this.field()})`);
    }
    this.world = this.world.filter((m) => m.name.toLowerCase() !== name.toLowerCase());
    this.world.push(model);
    const parts = [r.chance(0.2) ? q(name) : `name=${q(name)}`, `fields=${r.chance(0.1) ? `(${fields.join(', ')}${fields.length === 1 ? ',' : ''})` : `[${fields.join(', ')}]`}`];
    if (r.chance(0.6)) parts.push(`options=${this.options(model)}`);
    if (r.chance(0.12)) parts.push(`bases=${r.pick(["(models.Model,)", "(sghelpers.Mixin, models.Model)", "('sgapp.publisher',)", '[models.Model]', "('sgapp.Author', sghelpers.Mixin)"])}`);
    if (r.chance(0.1)) parts.push(`managers=${r.pick(["[('objects', models.Manager())]", "[('books', sghelpers.BookManager()), ('objects', models.Manager())]", "[('objects', sghelpers.BookQuerySet.as_manager())]", '[]'])}`);
    if (r.chance(0.04)) parts[parts.length - 1] = parts[parts.length - 1].startsWith('options=') ? "options={'proxy': True}" : parts[parts.length - 1];
    return `migrations.CreateModel(${parts.join(', ')})`;
  }

  operation(): string {
    const r = this.rng;
    const gen: Array<[number, () => string]> = [
      [8, () => this.createModel()],
      [3, () => {
        const ref = this.modelRef();
        if (r.chance(0.6)) this.world = this.world.filter((m) => m.name.toLowerCase() !== ref.toLowerCase());
        return `migrations.DeleteModel(name=${q(ref)})`;
      }],
      [4, () => {
        const m = this.model();
        const old = m?.name ?? r.pick(this.modelNames);
        const next = r.chance(0.3) ? r.pick(this.modelNames) : this.fresh(old.replace(/\d+$/, ''));
        if (m) m.name = next;
        return `migrations.RenameModel(old_name=${q(r.chance(0.2) ? old.toLowerCase() : old)}, new_name=${q(next)})`;
      }],
      [2, () => `migrations.AlterModelTable(name=${q(this.modelRef())}, table=${r.chance(0.8) ? q(this.fresh('table_')) : 'None'})`],
      [1, () => `migrations.AlterModelTableComment(name=${q(this.modelRef())}, table_comment=${r.chance(0.8) ? this.str() : 'None'})`],
      [3, () => {
        const opts = r.pick(["{'verbose_name': 'Thing'}", "{'ordering': ['name'], 'verbose_name_plural': 'things'}", '{}', "{'permissions': [('p', 'P')], 'managed': True}", "{'get_latest_by': 'created', 'default_related_name': 'things'}"]);
        return `migrations.AlterModelOptions(name=${q(this.modelRef())}, options=${opts})`;
      }],
      [1, () => `migrations.AlterModelManagers(name=${q(this.modelRef())}, managers=${r.pick(["[('objects', models.Manager())]", "[('books', sghelpers.BookManager())]", '[]'])})`],
      [3, () => {
        const ref = this.modelRef();
        const f1 = this.fieldOf(ref);
        const f2 = this.fieldOf(ref);
        const cls = r.pick(['AlterUniqueTogether', 'AlterIndexTogether']);
        const key = cls === 'AlterUniqueTogether' ? 'unique_together' : 'index_together';
        const value = r.pick([`{(${q(f1)}, ${q(f2)})}`, `[(${q(f1)}, ${q(f2)})]`, `(${q(f1)}, ${q(f2)})`, 'set()', 'None', `[[${q(f1)}], (${q(f2)}, 'code')]`]);
        return r.chance(0.2) ? `migrations.${cls}(${q(ref)}, ${value})` : `migrations.${cls}(name=${q(ref)}, ${key}=${value})`;
      }],
      [2, () => {
        const ref = this.modelRef();
        return `migrations.AlterOrderWithRespectTo(name=${q(ref)}, order_with_respect_to=${r.chance(0.8) ? q(this.fieldOf(ref)) : 'None'})`;
      }],
      [10, () => {
        const ref = this.modelRef(r.chance(0.7));
        const m = this.findModel(ref);
        const name = r.chance(0.8) ? r.pick(FIELD_NAMES) : this.fieldOf(ref);
        if (m && !m.fields.includes(name)) m.fields.push(name);
        let field = this.field();
        let pd = '';
        if (r.chance(0.2)) {
          pd = ', preserve_default=False';
          if (!field.includes('default=') && !field.includes('GeneratedField')) field = field.replace(/\)$/, field.endsWith('()') ? 'default=1)' : ', default=1)');
        }
        if (r.chance(0.15)) return `migrations.AddField(${q(ref)}, ${q(name)}, ${field}${pd ? ', False' : ''})`;
        return `migrations.AddField(model_name=${q(ref)}, name=${q(name)}, field=${field}${pd})`;
      }],
      [8, () => {
        const ref = this.modelRef(r.chance(0.7));
        const name = this.fieldOf(ref);
        let field = this.field();
        let pd = '';
        if (r.chance(0.15)) {
          pd = ', preserve_default=False';
          if (!field.includes('default=') && !field.includes('GeneratedField')) field = field.replace(/\)$/, field.endsWith('()') ? "default='d')" : ", default='d')");
        }
        return `migrations.AlterField(model_name=${q(ref)}, name=${q(r.chance(0.1) ? name.toUpperCase() : name)}, field=${field}${pd})`;
      }],
      [6, () => {
        const ref = this.modelRef(r.chance(0.7));
        const name = this.fieldOf(ref);
        const m = this.findModel(ref);
        if (m && r.chance(0.7)) m.fields = m.fields.filter((f) => f !== name);
        return `migrations.RemoveField(model_name=${q(ref)}, name=${q(r.chance(0.1) ? name.toUpperCase() : name)})`;
      }],
      [6, () => {
        const ref = this.modelRef(r.chance(0.7));
        const m = this.findModel(ref);
        const old = this.fieldOf(ref);
        const next = r.chance(0.3) ? r.pick(FIELD_NAMES) : this.fresh(old.replace(/\d+$/, ''));
        if (m) m.fields = m.fields.map((f) => (f === old ? next : f));
        return r.chance(0.15)
          ? `migrations.RenameField(${q(ref)}, ${q(old)}, ${q(next)})`
          : `migrations.RenameField(model_name=${q(ref)}, old_name=${q(r.chance(0.1) ? old.toUpperCase() : old)}, new_name=${q(next)})`;
      }],
      [4, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = this.fresh('idx_');
        m?.indexes.push(name);
        const cls = r.chance(0.15) ? 'django.contrib.postgres.operations.AddIndexConcurrently' : 'migrations.AddIndex';
        return `${cls}(model_name=${q(ref)}, index=${this.index(name, m)})`;
      }],
      [3, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = m?.indexes.length && r.chance(0.8) ? r.pick(m.indexes) : this.fresh('idx_');
        if (m) m.indexes = m.indexes.filter((i) => i !== name);
        const cls = r.chance(0.15) ? 'django.contrib.postgres.operations.RemoveIndexConcurrently' : 'migrations.RemoveIndex';
        return `${cls}(model_name=${q(ref)}, name=${q(name)})`;
      }],
      [3, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const next = this.fresh('idx_');
        if (r.chance(0.2)) return `migrations.RenameIndex(model_name=${q(ref)}, new_name=${q(next)}, old_fields=(${q(this.fieldOf(ref))}, ${q(this.fieldOf(ref))}))`;
        const old = m?.indexes.length && r.chance(0.8) ? r.pick(m.indexes) : this.fresh('idx_');
        if (m) m.indexes = [...m.indexes.filter((i) => i !== old), next];
        return `migrations.RenameIndex(model_name=${q(ref)}, new_name=${q(next)}, old_name=${q(r.chance(0.1) ? old.toUpperCase() : old)})`;
      }],
      [4, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = this.fresh('con_');
        m?.constraints.push(name);
        if (r.chance(0.15)) return `django.contrib.postgres.operations.AddConstraintNotValid(model_name=${q(ref)}, constraint=models.CheckConstraint(condition=${this.qExpr()}, name=${q(name)}))`;
        return `migrations.AddConstraint(model_name=${q(ref)}, constraint=${this.constraint(name)})`;
      }],
      [3, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = m?.constraints.length && r.chance(0.8) ? r.pick(m.constraints) : this.fresh('con_');
        if (m && r.chance(0.7)) m.constraints = m.constraints.filter((c) => c !== name);
        return `migrations.RemoveConstraint(model_name=${q(ref)}, name=${q(name)})`;
      }],
      [3, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = m?.constraints.length && r.chance(0.8) ? r.pick(m.constraints) : this.fresh('con_');
        return `migrations.AlterConstraint(model_name=${q(ref)}, name=${q(name)}, constraint=${this.constraint(name)})`;
      }],
      [1, () => {
        const ref = this.modelRef(true);
        const m = this.findModel(ref);
        const name = m?.constraints.length ? r.pick(m.constraints) : this.fresh('con_');
        return `django.contrib.postgres.operations.ValidateConstraint(model_name=${q(ref)}, name=${q(name)})`;
      }],
      [1, () => `sghelpers.CustomOperation(name=${q(this.modelRef())}${r.chance(0.5) ? ', value=[1, 2]' : ''})`],
      [4, () => {
        const sql = r.pick(["'SELECT 1'", "\"UPDATE t SET a = 'x'\"", "['SELECT 1', ('SELECT %s', [1])]", "'''\nSELECT 2;\n'''", 'migrations.RunSQL.noop']);
        const kw = [`sql=${sql}`];
        if (r.chance(0.4)) kw.push(`reverse_sql=${r.pick(["'SELECT 0'", 'migrations.RunSQL.noop', 'None'])}`);
        if (r.chance(0.1)) kw.push(`state_operations=[migrations.AddField(model_name=${q(this.modelRef(true))}, name='extra', field=models.IntegerField(default=0))]`);
        if (r.chance(0.1)) kw.push("hints={'target_db': 'default'}");
        if (r.chance(0.5)) kw.push(`elidable=${r.pick(['True', 'False', 'True', '1'])}`);
        return `migrations.RunSQL(${kw.join(', ')})`;
      }],
      [4, () => {
        const local = r.chance(0.15);
        if (local) this.localFunction = true;
        const kw = [`${r.chance(0.5) ? 'code=' : ''}${local ? 'forwards_local' : 'sghelpers.forwards'}`];
        if (r.chance(0.4)) kw.push(`reverse_code=${r.pick(['sghelpers.backwards', 'migrations.RunPython.noop'])}`);
        if (r.chance(0.1)) kw.push('atomic=False');
        if (r.chance(0.1)) kw.push("hints={'x': 1}");
        if (r.chance(0.5)) kw.push(`elidable=${r.pick(['True', 'False', 'True'])}`);
        return `migrations.RunPython(${kw.join(', ')})`;
      }],
      [1, () => {
        const ref = this.modelRef(true);
        return `migrations.SeparateDatabaseAndState(${r.chance(0.7) ? `database_operations=[migrations.RunSQL('ALTER TABLE x')], ` : ''}state_operations=[migrations.RemoveField(model_name=${q(ref)}, name=${q(this.fieldOf(ref))}), migrations.AlterModelOptions(name=${q(ref)}, options={})])`;
      }],
      [1, () => r.pick(["django.contrib.postgres.operations.CreateExtension('citext')", 'django.contrib.postgres.operations.HStoreExtension()', "django.contrib.postgres.operations.CreateExtension(name='pg_trgm')", 'django.contrib.postgres.operations.TrigramExtension()'])],
      [2, () => {
        const name = r.pick(['case_insensitive', 'german']);
        const cls = r.pick(['CreateCollation', 'RemoveCollation', 'CreateCollation']);
        const extra = r.pick(['', ", provider='icu'", ", provider='icu', deterministic=False", ", provider='libc'", ', deterministic=True']);
        return `django.contrib.postgres.operations.${cls}(${q(name)}, ${r.chance(0.5) ? 'locale=' : ''}'und-u-ks-level2'${extra})`;
      }],
    ];
    return r.weighted(gen)();
  }

  /** A whole migration module. */
  migration(): string {
    const r = this.rng;
    const n = r.int(this.opts.minOps ?? 1, this.opts.maxOps ?? 10);
    // A few models usually exist from earlier migrations.
    const pre = r.int(0, Math.min(3, this.modelNames.length));
    for (let i = 0; i < pre; i++) {
      const name = this.modelNames[i];
      this.world.push({ name, fields: r.subset(FIELD_NAMES, 5), indexes: [`idx_${name.toLowerCase()}`], constraints: [`con_${name.toLowerCase()}`] });
    }
    const ops: string[] = [];
    for (let i = 0; i < n; i++) ops.push(this.operation());
    const lines = [HEADER];
    if (this.localFunction) lines.push('', 'def forwards_local(apps, schema_editor):', '    pass', '');
    lines.push('', 'class Migration(migrations.Migration):');
    if (r.chance(0.2)) lines.push(`    initial = ${r.pick(['True', 'False', '1'])}`);
    if (r.chance(0.1)) lines.push("    replaces = [('sgapp', '0001_initial'), ('sgapp', '0002_more')]");
    if (r.chance(0.1)) lines.push(`    atomic = ${r.pick(['False', 'True'])}`);
    if (r.chance(0.08)) lines.push("    run_before = [('other', '0001_initial')]");
    const deps = r.subset(["('sgapp', '0001_initial')", "('auth', '0012_alter_user_first_name_max_length')", 'migrations.swappable_dependency(settings.AUTH_USER_MODEL)', "('contenttypes', '__first__')", "('sgapp', '0002_z')"]);
    lines.push(`    dependencies = [${deps.join(', ')}]`);
    lines.push('    operations = [');
    for (const op of ops) lines.push(`        ${op},`);
    lines.push('    ]', '');
    return lines.join('\n');
  }
}

/** Drops repeated `name=` keyword arguments of the outermost call (Python rejects them). */
function dedupeKeywords(call: string): string {
  const open = call.indexOf('(');
  if (open < 0 || !call.endsWith(')')) return call;
  const inner = call.slice(open + 1, -1);
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (inner.slice(start).trim()) parts.push(inner.slice(start).trim());
  const seen = new Set<string>();
  const kept = parts.filter((p) => {
    const m = /^(\w+)=/.exec(p);
    if (!m) return true;
    if (seen.has(m[1])) return false;
    seen.add(m[1]);
    return true;
  });
  return `${call.slice(0, open)}(${kept.join(', ')})`;
}

export function generate(seed: number, opts: GenOptions = {}): string {
  return new Generator(new Rng(seed), opts).migration();
}

/** The random migration of an optimizer case (half of them focused on two models). */
export function optimizerCase(seed: number): string {
  const focus = seed % 2 === 0;
  return generate(seed, { focus, maxOps: focus ? 14 : 10 });
}

/** The random migration of a writer case. */
export function writerCase(seed: number): string {
  return generate(seed, { writer: true, maxOps: 8 });
}
