import { defineRule } from '../engine/rule';
import { Operation } from '../django/operations';
import { FieldDef } from '../django/fields';
import { Span } from '../python/ast';

function fieldsOf(op: Operation): FieldDef[] {
  switch (op.kind) {
    case 'CreateModel':
      return op.fields.map(([, f]) => f);
    case 'AddField':
    case 'AlterField':
      return [op.field];
    case 'SeparateDatabaseAndState':
      return [...op.stateOperations, ...op.databaseOperations].flatMap(fieldsOf);
    case 'RunSQL':
      return op.stateOperations.flatMap(fieldsOf);
    default:
      return [];
  }
}

// Unresolved fields of one migration: migrations are immutable objects, so this survives edits elsewhere.
const unresolvedByMigration = new WeakMap<object, FieldDef[]>();

function unresolvedIn(migration: { operations: Operation[] }): FieldDef[] {
  let found = unresolvedByMigration.get(migration);
  if (!found) {
    found = migration.operations.flatMap(fieldsOf).flatMap(withNested).filter((d) => d.unresolved && d.span);
    unresolvedByMigration.set(migration, found);
  }
  return found;
}

function withNested(def: FieldDef): FieldDef[] {
  return [def, ...Object.values(def.nested ?? {}).flatMap(withNested)];
}

export default defineRule({
  id: 'unknown-field-type',
  scope: 'project',
  defaultSeverity: 'info',
  summary: 'A field class that Schema Guard cannot resolve to a column type (reported once per class).',
  docs: {
    whatItDoes:
      'Reports, once per class, field classes that are neither Django\'s, nor defined in the project (followed through their base classes and a literal `db_type()`), nor in the built-in table of well-known third-party fields, nor mapped in the configuration.',
    whyUnsafe: 'Without a column type, the SQL shown for migrations using the field is approximate, and checks that depend on the type (type changes, indexes on text columns) cannot be exact.',
    example: "('amount', djmoney_extra.fields.PriceField(max_digits=10, decimal_places=2))",
    useInstead: '[tool.schema-guard.field-types]\n"djmoney_extra.fields.PriceField" = "django.db.models.DecimalField"\n# or with options:\n"netfields.MACAddressField" = { base = "django.db.models.Field", db-type = "macaddr" }',
    fixSafety: 'No fix: the mapping is configuration.',
  },
  check(ctx) {
    const seen = new Map<string, { file: string; span: Span }>();
    const note = (def: FieldDef, file: string | undefined) => {
      for (const d of withNested(def)) if (d.unresolved && d.span && file && !seen.has(d.cls)) seen.set(d.cls, { file, span: d.span });
    };
    for (const key of ctx.project.plan) {
      const entry = ctx.project.entries.get(key);
      if (!entry || entry.virtual) continue;
      for (const def of unresolvedIn(entry.migration)) note(def, entry.file);
    }
    for (const model of ctx.index.models) for (const field of model.fields) note(field.def, model.file);
    for (const [cls, where] of seen) {
      ctx.report({
        file: where.file,
        start: where.span.start,
        end: where.span.end,
        message: `The column type of ${cls} is unknown: SQL for fields of this class is approximate.`,
        help: `Map it in pyproject.toml: [tool.schema-guard.field-types] "${cls}" = "django.db.models.<Field>".`,
      });
    }
  },
});
