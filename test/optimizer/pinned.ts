// Hand-written cases pinning specific Django behaviours (recorded with real Django into
// fixtures/cases.json by scripts/optimizer/update-fixtures.ts).
import { HEADER } from './gen';

export interface PinnedCase {
  id: string;
  mode: 'optimize' | 'write';
  /** The operations (one per line) or a whole module when `module` is set. */
  operations?: string[];
  module?: string;
  /** Class attributes other than operations (dependencies defaults to []). */
  attributes?: string[];
}

export function pinnedSource(c: PinnedCase): string {
  if (c.module) return c.module;
  const lines = [HEADER, '', 'class Migration(migrations.Migration):'];
  for (const a of c.attributes ?? []) lines.push(`    ${a}`);
  if (!(c.attributes ?? []).some((a) => a.startsWith('dependencies'))) lines.push('    dependencies = []');
  lines.push('    operations = [');
  for (const op of c.operations ?? []) lines.push(`        ${op},`);
  lines.push('    ]', '');
  return lines.join('\n');
}

const BOOK = "migrations.CreateModel(name='Book', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('title', models.CharField(max_length=10)), ('author', models.ForeignKey(on_delete=models.CASCADE, to='sgapp.author'))], options={'ordering': ['title'], 'unique_together': {('title', 'author')}, 'order_with_respect_to': 'author'})";

export const PINNED: PinnedCase[] = [
  {
    id: '5.2 renames the AddIndex index in place even when the reduction is not applied',
    mode: 'optimize',
    operations: [
      "migrations.AddIndex(model_name='book', index=models.Index(fields=['title'], name='idx_a'))",
      "migrations.AddField(model_name='author', name='age', field=models.IntegerField(default=0))",
      "migrations.RenameIndex(model_name='book', new_name='idx_b', old_name='idx_a')",
    ],
  },
  {
    id: 'AddIndex + RenameIndex adjacent',
    mode: 'optimize',
    operations: [
      "django.contrib.postgres.operations.AddIndexConcurrently(model_name='book', index=models.Index(fields=['title'], name='idx_a'))",
      "migrations.RenameIndex(model_name='book', new_name='idx_b', old_name='idx_a')",
      "migrations.RenameIndex(model_name='book', new_name='idx_c', old_name='idx_b')",
    ],
  },
  {
    id: 'AddIndex + RemoveIndex compare index names only (not models)',
    mode: 'optimize',
    operations: [
      "migrations.AddIndex(model_name='book', index=models.Index(fields=['title'], name='idx_a'))",
      "migrations.RemoveIndex(model_name='author', name='idx_a')",
      "migrations.AddIndex(model_name='book', index=models.Index(fields=['code'], name='idx_b'))",
      "django.contrib.postgres.operations.RemoveIndexConcurrently(model_name='book', name='IDX_B')",
      "migrations.AddIndex(model_name='book', index=models.Index(fields=['code'], name='idx_c'))",
      "django.contrib.postgres.operations.RemoveIndexConcurrently(model_name='book', name='idx_c')",
    ],
  },
  {
    id: '5.2 loses preserve_default=False on AddField + AlterField / RenameField',
    mode: 'optimize',
    operations: [
      "migrations.AddField(model_name='book', name='title', field=models.CharField(default='x', max_length=10), preserve_default=False)",
      "migrations.AlterField(model_name='book', name='title', field=models.CharField(default='y', max_length=20))",
      "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=1), preserve_default=False)",
      "migrations.RenameField(model_name='book', old_name='pages', new_name='page_count')",
      "migrations.AlterField(model_name='author', name='name', field=models.CharField(default='n', max_length=5), preserve_default=False)",
      "migrations.RenameField(model_name='author', old_name='name', new_name='full_name')",
    ],
  },
  {
    id: 'AlterField + RenameField keeps the AlterField when db_column is set',
    mode: 'optimize',
    operations: [
      "migrations.AlterField(model_name='author', name='name', field=models.CharField(db_column='nm', max_length=5))",
      "migrations.RenameField(model_name='author', old_name='name', new_name='full_name')",
    ],
  },
  {
    id: 'CreateModel swallows AddField even with preserve_default=False',
    mode: 'optimize',
    operations: [BOOK, "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=3), preserve_default=False)"],
  },
  {
    id: 'CreateModel + RemoveField cleans together options and order_with_respect_to, options re-ordered',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Author', fields=[('id', models.AutoField(primary_key=True))])",
      BOOK,
      "migrations.RemoveField(model_name='book', name='Author')",
    ],
  },
  {
    id: 'CreateModel + RenameField is exact-case and keeps indexes',
    mode: 'optimize',
    operations: [
      BOOK,
      "migrations.AddIndex(model_name='book', index=models.Index(fields=['title'], name='book_title_idx'))",
      "migrations.RenameField(model_name='book', old_name='title', new_name='name')",
      "migrations.RenameField(model_name='book', old_name='Author', new_name='writer')",
    ],
  },
  {
    id: 'CreateModel + AlterModelOptions merges and drops ALTER_OPTION_KEYS',
    mode: 'optimize',
    operations: [BOOK, "migrations.AlterModelOptions(name='book', options={'verbose_name': 'Tome', 'permissions': [('read', 'Can read')]})"],
  },
  {
    id: 'CreateModel + AlterConstraint (6.1 only)',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Book', fields=[('id', models.AutoField(primary_key=True)), ('pages', models.IntegerField())], options={'constraints': [models.CheckConstraint(condition=models.Q(pages__gte=0), name='pages_gte_0')]})",
      "migrations.AlterConstraint(model_name='book', name='pages_gte_0', constraint=models.CheckConstraint(condition=models.Q(pages__gte=0), name='pages_gte_0', violation_error_message='no'))",
    ],
  },
  {
    id: 'AddConstraintNotValid + AlterConstraint: 5.2 builds a plain AddConstraint',
    mode: 'optimize',
    operations: [
      "django.contrib.postgres.operations.AddConstraintNotValid(model_name='book', constraint=models.CheckConstraint(condition=models.Q(pages__gte=0), name='c1'))",
      "migrations.AlterConstraint(model_name='book', name='c1', constraint=models.CheckConstraint(condition=models.Q(pages__gte=1), name='c1'))",
    ],
  },
  {
    id: 'elidable operations disappear and move the left operand after the in-between ones',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Tag', fields=[('id', models.AutoField(primary_key=True))])",
      "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0))",
      "migrations.RunSQL('SELECT 1', elidable=True)",
      "migrations.RunPython(sghelpers.forwards, elidable=True)",
    ],
  },
  {
    id: 'non-elidable RunSQL/RunPython are barriers but swallow elidable neighbours',
    mode: 'optimize',
    operations: [
      "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0))",
      "migrations.RunSQL('SELECT 1')",
      "migrations.RunSQL('SELECT 2', elidable=True)",
      "migrations.RemoveField(model_name='book', name='pages')",
    ],
  },
  {
    id: 'left reduction across an operation that references the model',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Book', fields=[('id', models.AutoField(primary_key=True))])",
      "migrations.AddField(model_name='author', name='favourite', field=models.ForeignKey(on_delete=models.CASCADE, to='sgapp.book'))",
      "migrations.AddField(model_name='book', name='title', field=models.CharField(max_length=5))",
    ],
  },
  {
    id: 'index and constraint operations and DeleteModel are barriers for every model',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Book', fields=[('id', models.AutoField(primary_key=True))])",
      "migrations.AddIndex(model_name='author', index=models.Index(fields=['name'], name='author_name'))",
      "migrations.AddField(model_name='book', name='title', field=models.CharField(max_length=5))",
      "migrations.DeleteModel(name='Tag')",
      "migrations.AddField(model_name='book', name='pages', field=models.IntegerField())",
    ],
  },
  {
    id: '6.1 references_field follows GeneratedField expressions (order differs)',
    mode: 'optimize',
    operations: [
      "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0))",
      "migrations.AddField(model_name='book', name='double', field=models.GeneratedField(expression=models.F('pages') * 2, output_field=models.IntegerField(), db_persist=True))",
      "migrations.AlterField(model_name='book', name='pages', field=models.BigIntegerField(default=0))",
    ],
  },
  {
    id: 'to_field and through_fields references',
    mode: 'optimize',
    operations: [
      "migrations.AddField(model_name='author', name='code', field=models.CharField(max_length=5, unique=True))",
      "migrations.AddField(model_name='book', name='author', field=models.ForeignKey(on_delete=models.CASCADE, to='sgapp.author', to_field='code'))",
      "migrations.AddField(model_name='author', name='name', field=models.CharField(max_length=5))",
      "migrations.AlterField(model_name='author', name='code', field=models.CharField(max_length=9, unique=True))",
      "migrations.AddField(model_name='book', name='tags', field=models.ManyToManyField(to='sgapp.tag', through='sgapp.BookTag', through_fields=('book', 'tag')))",
      "migrations.RenameField(model_name='booktag', old_name='tag', new_name='label')",
      "migrations.RemoveField(model_name='author', name='name')",
    ],
  },
  {
    id: 'RenameModel chains and CreateModel + RenameModel',
    mode: 'optimize',
    operations: [
      "migrations.CreateModel(name='Book', fields=[('id', models.AutoField(primary_key=True))], bases=(sghelpers.Mixin, models.Model), managers=[('books', sghelpers.BookManager())])",
      "migrations.RenameModel(old_name='Author', new_name='Writer')",
      "migrations.RenameModel(old_name='Writer', new_name='Person')",
      "migrations.RenameModel(old_name='book', new_name='Tome')",
      "migrations.AlterModelTable(name='tome', table='tomes')",
    ],
  },
  {
    id: 'model option operations replace each other and fold into DeleteModel',
    mode: 'optimize',
    operations: [
      "migrations.AlterUniqueTogether(name='book', unique_together={('a', 'b')})",
      "migrations.AlterIndexTogether(name='book', index_together={('a', 'b')})",
      "migrations.AlterUniqueTogether(name='book', unique_together=set())",
      "migrations.AlterModelTableComment(name='book', table_comment='c')",
      "migrations.AlterModelManagers(name='book', managers=[('books', sghelpers.BookManager())])",
      "migrations.AlterModelManagers(name='book', managers=[])",
      "migrations.AlterModelTableComment(name='book', table_comment=None)",
      "migrations.AlterOrderWithRespectTo(name='book', order_with_respect_to='author')",
      "migrations.DeleteModel(name='book')",
    ],
  },
  {
    id: 'AddConstraint + RemoveConstraint, AlterConstraint chains, collations',
    mode: 'optimize',
    operations: [
      "migrations.AddConstraint(model_name='book', constraint=models.UniqueConstraint(fields=['title'], name='u1'))",
      "migrations.AlterConstraint(model_name='book', name='u2', constraint=models.UniqueConstraint(fields=['title'], name='u2'))",
      "migrations.RemoveConstraint(model_name='book', name='u1')",
      "migrations.AlterConstraint(model_name='book', name='u2', constraint=models.UniqueConstraint(fields=['code'], name='u2'))",
      "django.contrib.postgres.operations.CreateCollation('nocase', 'und-u-ks-level2', provider='icu', deterministic=False)",
      "django.contrib.postgres.operations.RemoveCollation('nocase', 'und-u-ks-level2', provider='icu', deterministic=False)",
    ],
  },
  {
    id: 'duplicate field names raise ValueError',
    mode: 'optimize',
    operations: ["migrations.CreateModel(name='Book', fields=[('id', models.AutoField(primary_key=True)), ('title', models.TextField())])", "migrations.AddField(model_name='book', name='title', field=models.TextField())"],
  },
  {
    id: '5.2 CreateModel with tuple fields cannot absorb AddField',
    mode: 'optimize',
    operations: ["migrations.CreateModel(name='Book', fields=(('id', models.AutoField(primary_key=True)),))", "migrations.AddField(model_name='book', name='title', field=models.TextField())"],
  },
  {
    id: 'migration attributes: replaces, initial, atomic and run_before (6.1 only), sorted dependencies',
    mode: 'write',
    attributes: [
      "replaces = [('sgapp', '0001_initial'), ('sgapp', '0002_more')]",
      'initial = True',
      'atomic = False',
      "run_before = [('other', '0001_initial')]",
      "dependencies = [('sgapp', '0002_more'), migrations.swappable_dependency(settings.AUTH_USER_MODEL), ('auth', '0001_initial')]",
    ],
    operations: ["migrations.RunSQL('SELECT 1', elidable=True)", 'migrations.RunPython(sghelpers.forwards, migrations.RunPython.noop, elidable=True)'],
  },
  {
    id: 'functions from the migration module need manual porting',
    mode: 'write',
    module: `${HEADER}

def forwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = []
    operations = [
        migrations.RunPython(forwards, sghelpers.backwards),
    ]
`,
  },
  {
    id: 'field deconstruct defaults and swappable relations',
    mode: 'write',
    operations: [
      "migrations.CreateModel('Profile', [('id', models.AutoField()), ('user', models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name='+')), ('owner', models.ForeignKey(to='auth.User', on_delete=django.db.models.deletion.SET_NULL, null=True, db_index=True)), ('friends', models.ManyToManyField('auth.User', symmetrical=False)), ('email', models.EmailField()), ('slug', models.SlugField(max_length=50)), ('site', models.URLField(max_length=200)), ('photo', models.ImageField(upload_to='p/', max_length=100)), ('ip', models.GenericIPAddressField()), ('token', models.UUIDField(default=uuid.uuid4, editable=False)), ('created', models.DateTimeField(auto_now_add=True, editable=False, blank=True)), ('flag', models.NullBooleanField()), ('blob', models.BinaryField()), ('tags', django.contrib.postgres.fields.ArrayField(models.CharField(max_length=5), size=None))])",
    ],
  },
  {
    id: 'values: strings, numbers, decimals, dates, sets, dicts, partials',
    mode: 'write',
    operations: [
      "migrations.AddField('book', 'data', models.JSONField(default={'b': [1.0, 1e-05, 1e16, 0.1 + 0.2], 'a': (Decimal('1.10'), Decimal('1E+2'), Decimal(0.1)), 'c': {3, 1, 2}, 'd': frozenset(['y', 'x']), 'e': datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc), 'f': datetime.timedelta(weeks=1, milliseconds=1), 'g': functools.partial(sghelpers.upload_to, 1, k=2), 'h': \"it's\", 'i': b'\\\\x01'}))",
    ],
  },
];
