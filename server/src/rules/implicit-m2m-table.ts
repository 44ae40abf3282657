import { defineRule } from '../engine/rule';
import { fieldOption, isManyToMany, optBool } from '../django/fields';
import { ModelField, ModelInfo, hasManagedTable, modelDbTable } from '../django/models';
import { truncateName, stripQuotes } from '../django/names';
import { Value, lastSegment } from '../python/values';
import { WrittenOperation } from '../django/writer';
import { insertAfterClass, removeCallKeyword, setCallKeyword } from '../fixes/pythonEdits';
import { newMigrationFile } from '../fixes/newMigration';
import { Fix, TextEdit } from '../engine/types';
import { MIGRATION_HEADER } from './implicitTableFix';
import { DjangoProject } from '../engine/project';
import { ProjectIndex } from '../engine/projectIndex';
import { getField } from '../django/state';
import { canonicalPath } from '../django/canonical';
import { Expr } from '../python/ast';

function pascal(s: string): string {
  return s
    .split(/_+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

/** The local name the module uses for django.db.models, or undefined. */
function modelsAlias(model: ModelInfo): string | undefined {
  for (const [local, target] of model.module.imports) if (target === 'django.db.models') return local;
  return undefined;
}

interface ThroughPlan {
  className: string;
  table: string;
  fromName: string;
  toName: string;
  targetRef: string;
  targetKey: string;
  selfReferential: boolean;
  dbConstraint: boolean;
}

function planThrough(index: ProjectIndex, model: ModelInfo, field: ModelField): ThroughPlan | undefined {
  const target = index.relationTarget(model, field);
  if (!target || target.app === '?') return undefined;
  const explicitTable = fieldOption(field.def, 'db_table');
  const table = explicitTable?.t === 'str' ? explicitTable.v : truncateName(`${stripQuotes(modelDbTable(model).table)}_${field.name}`, 63);
  let fromName = model.name.toLowerCase();
  let toName = target.name.toLowerCase();
  const selfReferential = target.app === model.app && toName === fromName;
  if (selfReferential) {
    toName = `to_${toName}`;
    fromName = `from_${fromName}`;
  }
  const taken = new Set(index.models.filter((m) => m.app === model.app).map((m) => m.name));
  let className = `${model.name}${pascal(field.name)}`;
  for (let i = 2; taken.has(className); i++) className = `${model.name}${pascal(field.name)}${i}`;
  return {
    className,
    table,
    fromName,
    toName,
    targetRef: target.app === model.app ? target.name : `${target.app}.${target.name}`,
    targetKey: `${target.app}.${target.name.toLowerCase()}`,
    selfReferential,
    dbConstraint: optBool(field.def, 'db_constraint', true),
  };
}

function throughSource(model: ModelInfo, plan: ThroughPlan, alias: string, explicitPk: string | undefined): string {
  const extra = `${plan.selfReferential ? ', related_name="+"' : ''}${plan.dbConstraint ? '' : ', db_constraint=False'}`;
  const lines = [`class ${plan.className}(${alias}.Model):`];
  if (explicitPk) lines.push(`    id = ${alias}.${explicitPk}(primary_key=True)`);
  lines.push(
    `    ${plan.fromName} = ${alias}.ForeignKey("${model.name}", on_delete=${alias}.CASCADE${extra})`,
    `    ${plan.toName} = ${alias}.ForeignKey("${plan.targetRef}", on_delete=${alias}.CASCADE${extra})`,
    '',
    '    class Meta:',
    `        db_table = "${plan.table}"`,
    `        unique_together = [("${plan.fromName}", "${plan.toName}")]`,
  );
  return lines.join('\n');
}

const str = (v: string): Value => ({ t: 'str', v });

function stateOperations(project: DjangoProject, model: ModelInfo, field: ModelField, plan: ThroughPlan, explicitPk: string | undefined, pkClass: string): WrittenOperation[] | undefined {
  const state = project.finalState();
  const owner = state.get(model.app, model.name);
  const stateField = owner ? getField(owner, field.name) : undefined;
  if (!owner || !stateField || !isManyToMany(stateField) || fieldOption(stateField, 'through')) return undefined;
  const cascade: Value = { t: 'ref', path: 'django.db.models.CASCADE' };
  const fk = (to: string): Value => ({
    t: 'call',
    func: 'django.db.models.ForeignKey',
    args: [],
    kwargs: [
      ['on_delete', cascade],
      ['to', str(to)],
      ...(plan.selfReferential ? ([['related_name', str('+')]] as Array<[string, Value]>) : []),
      ...(plan.dbConstraint ? [] : ([['db_constraint', { t: 'bool', v: false }]] as Array<[string, Value]>)),
    ],
  });
  const idKwargs: Array<[string, Value]> = explicitPk
    ? [['primary_key', { t: 'bool', v: true }], ['serialize', { t: 'bool', v: false }]]
    : [['auto_created', { t: 'bool', v: true }], ['primary_key', { t: 'bool', v: true }], ['serialize', { t: 'bool', v: false }], ['verbose_name', str('ID')]];
  const createModel: WrittenOperation = {
    func: 'django.db.migrations.CreateModel',
    kwargs: [
      ['name', str(plan.className)],
      [
        'fields',
        {
          t: 'list',
          items: [
            { t: 'tuple', items: [str('id'), { t: 'call', func: pkClass, args: [], kwargs: idKwargs }] },
            { t: 'tuple', items: [str(plan.fromName), fk(`${model.app}.${model.name.toLowerCase()}`)] },
            { t: 'tuple', items: [str(plan.toName), fk(plan.targetKey)] },
          ],
        },
      ],
      [
        'options',
        {
          t: 'dict',
          entries: [
            [str('db_table'), str(plan.table)],
            [str('unique_together'), { t: 'set', items: [{ t: 'tuple', items: [str(plan.fromName), str(plan.toName)] }] }],
          ],
        },
      ],
    ],
    expand: ['fields', 'options'],
  };
  const newField: Value = {
    t: 'call',
    func: canonicalPath(stateField.cls),
    args: stateField.args,
    kwargs: [...stateField.kwargs.filter(([k]) => k !== 'through' && k !== 'db_constraint'), ['through', str(`${model.app}.${plan.className}`)]],
  };
  const alterField: WrittenOperation = {
    func: 'django.db.migrations.AlterField',
    kwargs: [
      ['model_name', str(model.name.toLowerCase())],
      ['name', str(field.name)],
      ['field', newField],
    ],
  };
  return [{ func: 'django.db.migrations.SeparateDatabaseAndState', kwargs: [['state_operations', [createModel, alterField]]] }];
}

/** The pk class an explicit model of this app gets, and the one the auto-created table has. */
function pkClasses(project: DjangoProject, model: ModelInfo): { model: string; table: string } {
  const app = project.appByLabel(model.app);
  const table = project.stateSettings.defaultAutoField;
  const fromSettings = project.discovered.settings.defaultAutoField ? canonicalPath(project.discovered.settings.defaultAutoField) : table;
  return { model: app?.defaultAutoField ? canonicalPath(app.defaultAutoField) : fromSettings, table };
}

export default defineRule({
  id: 'implicit-m2m-table',
  scope: 'model',
  defaultSeverity: 'warning',
  fixable: true,
  summary: 'A ManyToManyField without through= hides a join table whose names Django derives implicitly.',
  docs: {
    whatItDoes: 'Flags `ManyToManyField`s that do not name an explicit `through` model.',
    whyUnsafe:
      'Django creates a hidden join table `<table>_<field>` with implicit column, constraint and index names. You cannot add columns to it, and switching to an explicit model later needs a careful state-only migration: a plain AlterField fails ("you cannot alter to or from M2M fields, or add or remove through= on M2M fields").',
    example: 'class Product(models.Model):\n    categories = models.ManyToManyField("Category")',
    useInstead:
      'class ProductCategories(models.Model):\n    product = models.ForeignKey("Product", on_delete=models.CASCADE)\n    category = models.ForeignKey("Category", on_delete=models.CASCADE)\n\n    class Meta:\n        db_table = "shop_product_categories"\n        unique_together = [("product", "category")]\n\n\nclass Product(models.Model):\n    categories = models.ManyToManyField("Category", through="ProductCategories")',
    fixSafety:
      'Safe: the through model reuses the existing join table, its two columns and its unique pair, and the new migration switches to it in state only (`SeparateDatabaseAndState` with no database operations), so the database does not change. Checked with real Django: `makemigrations --check` is clean, the history migrates, and the state matches the database.',
  },
  check(ctx) {
    for (const model of ctx.models) {
      if (!hasManagedTable(model)) continue;
      for (const field of model.fields) {
        if (!isManyToMany(field.def) || field.declaredIn.classDef !== model.classDef) continue;
        const through = fieldOption(field.def, 'through');
        if (through && through.t !== 'none') continue;
        const plan = planThrough(ctx.index, model, field);
        const table = plan?.table ?? '?';
        const fixes: Fix[] = [];
        const alias = modelsAlias(model);
        if (plan && alias) {
          const pk = pkClasses(ctx.project, model);
          const explicitPk = pk.model !== pk.table ? lastSegment(pk.table) : undefined;
          const text = model.module.text;
          const callExpr = findCallExpr(field.assign.value);
          const edits: TextEdit[] = [];
          if (callExpr) {
            edits.push(setCallKeyword(model.file!, text, callExpr, 'through', `"${plan.className}"`));
            // Django refuses db_constraint=False together with through=: it moves to the through model's keys.
            const removal = plan.dbConstraint ? undefined : removeCallKeyword(model.file!, text, callExpr, 'db_constraint');
            if (removal) edits.push(removal);
          }
          edits.push(insertAfterClass(model.file!, text, model.classDef, throughSource(model, plan, alias, explicitPk)));
          const ops = stateOperations(ctx.project, model, field, plan, explicitPk, pk.table);
          const app = ctx.project.appByLabel(model.app);
          const created = ops && app ? newMigrationFile(ctx.project, app, ops, [`${model.name.toLowerCase()}_${field.name}_through`], 'explicit_through', { header: MIGRATION_HEADER }) : undefined;
          fixes.push({ title: `Create through model ${plan.className} for the existing table "${plan.table}"`, safety: 'safe', edits, creates: created ? [created.create] : [] });
        }
        ctx.report({
          start: field.assign.targetSpan.start,
          end: field.assign.targetSpan.end,
          message: `Many-to-many ${model.name}.${field.name} uses a hidden join table "${table}" with implicit column and constraint names; it cannot be changed later without a state-only migration.`,
          help: plan ? `Create an explicit through model for "${plan.table}".` : undefined,
          fixes,
          data: { table },
        });
      }
    }
  },
});

function findCallExpr(expr: Expr | undefined): Extract<Expr, { kind: 'call' }> | undefined {
  return expr?.kind === 'call' ? expr : undefined;
}
