import { defineRule } from '../engine/rule';
import { ModelInfo, hasManagedTable, modelDbTable } from '../django/models';
import { Value, asItems, asString, kwarg, lastSegment } from '../python/values';
import { autodetectedIndexName } from '../django/names';
import { normalizeTogether } from '../django/state';
import { setMetaOption } from '../fixes/pythonEdits';
import { newMigrationFile } from '../fixes/newMigration';
import { MIGRATION_HEADER } from './implicitTableFix';
import { Fix, TextEdit } from '../engine/types';
import { DjangoProject } from '../engine/project';

/** Does an index, unique constraint or unique_together start with these two fields? */
function hasLeadingIndex(model: ModelInfo, first: string, second: string): boolean {
  const starts = (names: string[]) => names[0] === first && names[1] === second;
  const fieldsOf = (v: Value) => (asItems(v.t === 'call' ? kwarg(v, 'fields') : undefined) ?? []).map((x) => (asString(x) ?? '').replace(/^-/, ''));
  for (const index of asItems(model.options.get('indexes')?.value) ?? []) if (starts(fieldsOf(index))) return true;
  for (const c of asItems(model.options.get('constraints')?.value) ?? []) {
    if (c.t === 'call' && lastSegment(c.func) === 'UniqueConstraint' && starts(fieldsOf(c))) return true;
  }
  for (const group of [...normalizeTogether(model.options.get('unique_together')?.value), ...normalizeTogether(model.options.get('index_together')?.value)]) {
    if (starts(group)) return true;
  }
  return false;
}

function columnOf(model: ModelInfo, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) return fieldName;
  const dbColumn = field.call.kwargs.find(([k]) => k === 'db_column')?.[1];
  if (dbColumn?.t === 'str') return dbColumn.v;
  return field.def.kind.relation === 'fk' || field.def.kind.relation === 'o2o' ? `${fieldName}_id` : fieldName;
}

function indexFix(project: DjangoProject, model: ModelInfo, ct: string, fk: string): Fix | undefined {
  const alias = [...model.module.imports].find(([, t]) => t === 'django.db.models')?.[0];
  if (!alias || !model.file) return undefined;
  const name = autodetectedIndexName(modelDbTable(model).table, [columnOf(model, ct), columnOf(model, fk)]);
  const indexSource = `${alias}.Index(fields=["${ct}", "${fk}"], name="${name}")`;
  const text = model.module.text;
  const existing = model.meta?.body.assigns.find((a) => a.targets.includes('indexes'));
  let edit: TextEdit;
  if (existing?.value && existing.value.kind === 'list') {
    const list = existing.value;
    const insertAt = list.end - 1;
    const before = text.slice(list.start + 1, insertAt).trimEnd();
    const sep = before.length === 0 ? '' : before.endsWith(',') ? ' ' : ', ';
    edit = { file: model.file, start: insertAt, end: insertAt, newText: `${sep}${indexSource}` };
  } else {
    edit = setMetaOption(model.file, text, model.classDef, 'indexes', `[${indexSource}]`);
  }
  const fix: Fix = { title: `Add an index on (${ct}, ${fk}), built concurrently`, safety: 'safe', edits: [edit], creates: [] };
  const state = project.finalState();
  const app = project.appByLabel(model.app);
  if (app && state.get(model.app, model.name)) {
    const index: Value = {
      t: 'call',
      func: 'django.db.models.Index',
      args: [],
      kwargs: [
        ['fields', { t: 'list', items: [{ t: 'str', v: ct }, { t: 'str', v: fk }] }],
        ['name', { t: 'str', v: name }],
      ],
    };
    const created = newMigrationFile(
      project,
      app,
      [{ func: 'django.contrib.postgres.operations.AddIndexConcurrently', kwargs: [['model_name', { t: 'str', v: model.name.toLowerCase() }], ['index', index]] }],
      [`${model.name.toLowerCase()}_${name.toLowerCase()}`],
      'generic_relation_index',
      { header: MIGRATION_HEADER, atomic: false },
    );
    if (created) fix.creates!.push(created.create);
  }
  return fix;
}

export default defineRule({
  id: 'generic-foreign-key',
  scope: 'model',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'GenericForeignKey and GenericRelation store references the database cannot check.',
  docs: {
    whatItDoes: 'Flags `GenericForeignKey` and `GenericRelation` fields, and a generic foreign key without an index on its (content type, object id) pair.',
    whyUnsafe:
      'A generic relation is a pair of columns, not a foreign key: no constraint, no cascade in the database, no `select_related`, and the ids live in `django_content_type` keyed by app label and class name, so renaming an app or a model, or moving a table to another service, silently orphans rows. Without an index on (content_type, object_id) every lookup of the related objects scans the table.',
    example: 'class Comment(models.Model):\n    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)\n    object_id = models.PositiveIntegerField()\n    target = GenericForeignKey("content_type", "object_id")',
    useInstead:
      'Use one nullable ForeignKey per target model (with a check constraint that exactly one is set), or an owned `type` + `id` pair you control. If you keep the generic relation, index it:\n\n    class Meta:\n        indexes = [models.Index(fields=["content_type", "object_id"], name="comment_content_3ab1f2_idx")]',
    fixSafety: 'Safe: the fix only adds the missing index, with `AddIndexConcurrently` in a non-atomic migration so writes are not blocked while it builds.',
  },
  check(ctx) {
    for (const model of ctx.models) {
      if (model.abstract && !model.file) continue;
      for (const gfk of model.genericForeignKeys) {
        const indexed = hasLeadingIndex(model, gfk.ctField, gfk.fkField);
        const fix = !indexed && hasManagedTable(model) ? indexFix(ctx.project, model, gfk.ctField, gfk.fkField) : undefined;
        ctx.report({
          start: gfk.assign.targetSpan.start,
          end: gfk.assign.targetSpan.end,
          message: indexed || !hasManagedTable(model)
            ? `Generic relation ${model.name}.${gfk.name} has no foreign key: the database cannot check or cascade it, and app or model renames orphan its rows.`
            : `Generic relation ${model.name}.${gfk.name} has no foreign key and no index on (${gfk.ctField}, ${gfk.fkField}): lookups scan the table, and app or model renames orphan its rows.`,
          help: 'Prefer explicit foreign keys; at least index the (content type, object id) pair.',
          fixes: fix ? [fix] : [],
        });
      }
      for (const field of model.fields) {
        if (field.def.kind.name !== 'GenericRelation' || field.declaredIn.classDef !== model.classDef) continue;
        ctx.report({
          start: field.assign.targetSpan.start,
          end: field.assign.targetSpan.end,
          message: `GenericRelation ${model.name}.${field.name} relies on a generic foreign key: deletes do not cascade in the database and renames break the stored content types.`,
          help: 'Prefer explicit foreign keys.',
        });
      }
    }
  },
});
