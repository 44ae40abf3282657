// Django's own apps (django.contrib.*) are not in the workspace. Their migration histories are
// stood in for by short virtual migrations written here: the same migration names (so dependencies
// resolve), and a first migration that creates each model in its final shape.

export interface VirtualApp {
  label: string;
  module: string;
  /** Migration name -> Python source of a migration module. */
  migrations: Array<{ name: string; source: string }>;
}

function chain(app: string, names: string[], first: string, extraDeps: Record<string, string[]> = {}): Array<{ name: string; source: string }> {
  return names.map((name, i) => {
    const deps = [...(i > 0 ? [`('${app}', '${names[i - 1]}')`] : []), ...(extraDeps[name] ?? [])];
    const body = i === 0 ? first : '    operations = []\n';
    return {
      name,
      source: `from django.conf import settings\nfrom django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps.join(', ')}]\n${body}`,
    };
  });
}

const ID = "('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))";

const CONTENTTYPES = `    initial = True
    operations = [
        migrations.CreateModel(
            name='ContentType',
            fields=[
                ${ID},
                ('app_label', models.CharField(max_length=100)),
                ('model', models.CharField(max_length=100, verbose_name='python model class name')),
            ],
            options={'db_table': 'django_content_type', 'unique_together': {('app_label', 'model')}},
        ),
    ]
`;

function authFirst(swappedUser: boolean): string {
  const user = swappedUser
    ? ''
    : `
        migrations.CreateModel(
            name='User',
            fields=[
                ${ID},
                ('password', models.CharField(max_length=128)),
                ('last_login', models.DateTimeField(blank=True, null=True)),
                ('is_superuser', models.BooleanField(default=False)),
                ('username', models.CharField(max_length=150, unique=True)),
                ('first_name', models.CharField(blank=True, max_length=150)),
                ('last_name', models.CharField(blank=True, max_length=150)),
                ('email', models.EmailField(blank=True, max_length=254)),
                ('is_staff', models.BooleanField(default=False)),
                ('is_active', models.BooleanField(default=True)),
                ('date_joined', models.DateTimeField()),
                ('groups', models.ManyToManyField(blank=True, related_name='user_set', related_query_name='user', to='auth.group')),
                ('user_permissions', models.ManyToManyField(blank=True, related_name='user_set', related_query_name='user', to='auth.permission')),
            ],
            options={'swappable': 'AUTH_USER_MODEL'},
        ),`;
  return `    initial = True
    operations = [
        migrations.CreateModel(
            name='Permission',
            fields=[
                ${ID},
                ('name', models.CharField(max_length=255)),
                ('content_type', models.ForeignKey(on_delete=models.CASCADE, to='contenttypes.contenttype')),
                ('codename', models.CharField(max_length=100)),
            ],
            options={'unique_together': {('content_type', 'codename')}},
        ),
        migrations.CreateModel(
            name='Group',
            fields=[
                ${ID},
                ('name', models.CharField(max_length=150, unique=True)),
                ('permissions', models.ManyToManyField(blank=True, to='auth.permission')),
            ],
        ),${user}
    ]
`;
}

const ADMIN = `    initial = True
    operations = [
        migrations.CreateModel(
            name='LogEntry',
            fields=[
                ${ID},
                ('action_time', models.DateTimeField()),
                ('object_id', models.TextField(blank=True, null=True)),
                ('object_repr', models.CharField(max_length=200)),
                ('action_flag', models.PositiveSmallIntegerField()),
                ('change_message', models.TextField(blank=True)),
                ('content_type', models.ForeignKey(blank=True, null=True, on_delete=models.SET_NULL, to='contenttypes.contenttype')),
                ('user', models.ForeignKey(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
            options={'db_table': 'django_admin_log'},
        ),
    ]
`;

const SESSIONS = `    initial = True
    operations = [
        migrations.CreateModel(
            name='Session',
            fields=[
                ('session_key', models.CharField(max_length=40, primary_key=True, serialize=False)),
                ('session_data', models.TextField()),
                ('expire_date', models.DateTimeField(db_index=True)),
            ],
            options={'db_table': 'django_session'},
        ),
    ]
`;

const SITES = `    initial = True
    operations = [
        migrations.CreateModel(
            name='Site',
            fields=[
                ${ID},
                ('domain', models.CharField(max_length=100, unique=True)),
                ('name', models.CharField(max_length=50)),
            ],
            options={'db_table': 'django_site'},
        ),
    ]
`;

const FLATPAGES = `    initial = True
    operations = [
        migrations.CreateModel(
            name='FlatPage',
            fields=[
                ${ID},
                ('url', models.CharField(db_index=True, max_length=100)),
                ('title', models.CharField(max_length=200)),
                ('content', models.TextField(blank=True)),
                ('enable_comments', models.BooleanField(default=False)),
                ('template_name', models.CharField(blank=True, max_length=70)),
                ('registration_required', models.BooleanField(default=False)),
                ('sites', models.ManyToManyField(to='sites.site')),
            ],
            options={'db_table': 'django_flatpage'},
        ),
    ]
`;

const REDIRECTS = `    initial = True
    operations = [
        migrations.CreateModel(
            name='Redirect',
            fields=[
                ${ID},
                ('site', models.ForeignKey(on_delete=models.CASCADE, to='sites.site')),
                ('old_path', models.CharField(db_index=True, max_length=200)),
                ('new_path', models.CharField(blank=True, max_length=200)),
            ],
            options={'db_table': 'django_redirect', 'unique_together': {('site', 'old_path')}},
        ),
    ]
`;

export function contribApps(authUserModel: string | undefined): VirtualApp[] {
  const swapped = !!authUserModel && authUserModel.toLowerCase() !== 'auth.user';
  return [
    { label: 'contenttypes', module: 'django.contrib.contenttypes', migrations: chain('contenttypes', ['0001_initial', '0002_remove_content_type_name'], CONTENTTYPES) },
    {
      label: 'auth',
      module: 'django.contrib.auth',
      migrations: chain(
        'auth',
        [
          '0001_initial',
          '0002_alter_permission_name_max_length',
          '0003_alter_user_email_max_length',
          '0004_alter_user_username_opts',
          '0005_alter_user_last_login_null',
          '0006_require_contenttypes_0002',
          '0007_alter_validators_add_error_messages',
          '0008_alter_user_username_max_length',
          '0009_alter_user_last_name_max_length',
          '0010_alter_group_name_max_length',
          '0011_update_proxy_permissions',
          '0012_alter_user_first_name_max_length',
        ],
        authFirst(swapped),
        { '0001_initial': ["('contenttypes', '__first__')"], '0006_require_contenttypes_0002': ["('contenttypes', '0002_remove_content_type_name')"] },
      ),
    },
    {
      label: 'admin',
      module: 'django.contrib.admin',
      migrations: chain('admin', ['0001_initial', '0002_logentry_remove_auto_add', '0003_logentry_add_action_flag_choices'], ADMIN, {
        '0001_initial': ['migrations.swappable_dependency(settings.AUTH_USER_MODEL)', "('contenttypes', '__first__')"],
      }),
    },
    { label: 'sessions', module: 'django.contrib.sessions', migrations: chain('sessions', ['0001_initial'], SESSIONS) },
    { label: 'sites', module: 'django.contrib.sites', migrations: chain('sites', ['0001_initial', '0002_alter_domain_unique'], SITES) },
    { label: 'flatpages', module: 'django.contrib.flatpages', migrations: chain('flatpages', ['0001_initial'], FLATPAGES, { '0001_initial': ["('sites', '0001_initial')"] }) },
    {
      label: 'redirects',
      module: 'django.contrib.redirects',
      migrations: chain('redirects', ['0001_initial', '0002_alter_redirect_new_path_help_text'], REDIRECTS, { '0001_initial': ["('sites', '0001_initial')"] }),
    },
  ];
}

/** Installed contrib apps without models or migrations (they never appear in the graph). */
export const CONTRIB_WITHOUT_MIGRATIONS = new Set([
  'django.contrib.messages',
  'django.contrib.staticfiles',
  'django.contrib.humanize',
  'django.contrib.postgres',
  'django.contrib.sitemaps',
  'django.contrib.syndication',
  'django.contrib.admindocs',
]);
