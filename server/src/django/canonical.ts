// Canonical dotted paths for Django names, however they were imported
// (`django.db.models.fields.related.ForeignKey` and `django.db.models.ForeignKey` are one class).

const MODEL_SUBMODULES = [
  'django.db.models.fields.related',
  'django.db.models.fields.files',
  'django.db.models.fields.json',
  'django.db.models.fields.generated',
  'django.db.models.fields.composite',
  'django.db.models.fields.proxy',
  'django.db.models.fields',
  'django.db.models.deletion',
  'django.db.models.expressions',
  'django.db.models.indexes',
  'django.db.models.constraints',
  'django.db.models.query_utils',
  'django.db.models.base',
  'django.db.models.manager',
  'django.db.models.enums',
  'django.db.models.lookups',
  'django.db.models.aggregates',
];

const FUNCTION_SUBMODULES = [
  'django.db.models.functions.text',
  'django.db.models.functions.datetime',
  'django.db.models.functions.math',
  'django.db.models.functions.comparison',
  'django.db.models.functions.window',
  'django.db.models.functions.json',
  'django.db.models.functions.uuid',
  'django.db.models.functions.mixins',
];

const MIGRATION_SUBMODULES = [
  'django.db.migrations.operations.models',
  'django.db.migrations.operations.fields',
  'django.db.migrations.operations.special',
  'django.db.migrations.operations.base',
  'django.db.migrations.operations',
  'django.db.migrations.migration',
];

const POSTGRES_SUBMODULES: Array<[string, string]> = [
  ['django.contrib.postgres.fields.array', 'django.contrib.postgres.fields'],
  ['django.contrib.postgres.fields.hstore', 'django.contrib.postgres.fields'],
  ['django.contrib.postgres.fields.ranges', 'django.contrib.postgres.fields'],
  ['django.contrib.postgres.fields.citext', 'django.contrib.postgres.fields'],
  ['django.contrib.postgres.fields.jsonb', 'django.contrib.postgres.fields'],
  ['django.contrib.postgres.indexes', 'django.contrib.postgres.indexes'],
  ['django.contrib.postgres.constraints', 'django.contrib.postgres.constraints'],
  ['django.contrib.postgres.operations', 'django.contrib.postgres.operations'],
];

const cache = new Map<string, string>();

export function canonicalPath(path: string): string {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  const result = computeCanonical(path);
  if (cache.size > 50_000) cache.clear();
  cache.set(path, result);
  return result;
}

function computeCanonical(path: string): string {
  for (const sub of FUNCTION_SUBMODULES) {
    if (path.startsWith(`${sub}.`)) return `django.db.models.functions.${path.slice(sub.length + 1)}`;
  }
  for (const sub of MODEL_SUBMODULES) {
    if (path.startsWith(`${sub}.`)) return `django.db.models.${path.slice(sub.length + 1)}`;
  }
  for (const sub of MIGRATION_SUBMODULES) {
    if (path.startsWith(`${sub}.`)) return `django.db.migrations.${path.slice(sub.length + 1)}`;
  }
  for (const [sub, target] of POSTGRES_SUBMODULES) {
    if (path.startsWith(`${sub}.`)) return `${target}.${path.slice(sub.length + 1)}`;
  }
  if (path.startsWith('django.contrib.postgres.search.')) return path;
  if (path === 'django.conf.settings' || path.startsWith('django.conf.settings.')) return path;
  return path;
}

export const DJANGO_MODELS = 'django.db.models';
export const DJANGO_MIGRATIONS = 'django.db.migrations';
export const POSTGRES_OPERATIONS = 'django.contrib.postgres.operations';
