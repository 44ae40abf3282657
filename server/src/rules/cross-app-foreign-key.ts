import { defineRule } from '../engine/rule';
import { isForeignKey, isManyToMany } from '../django/fields';

export default defineRule({
  id: 'cross-app-foreign-key',
  scope: 'model',
  defaultSeverity: 'info',
  enabledByDefault: false,
  summary: 'A relation from one app to a model of another app of the project.',
  docs: {
    whatItDoes: "Reports ForeignKey, OneToOneField and ManyToManyField relations to another app's model (apps of Django itself are not counted).",
    whyUnsafe:
      'Each cross-app relation makes the autodetector add a cross-app migration dependency. Relations in both directions between two apps create a dependency cycle, and `migrate` on a blank database then fails or needs hand-split migrations. Off by default: many projects accept cross-app relations; turn it on to keep app boundaries explicit.',
    example: '# orders/models.py\nclass Order(models.Model):\n    customer = models.ForeignKey("crm.Customer", on_delete=models.PROTECT)',
    useInstead: 'Keep related models in one app, or make the dependency one-directional and documented (see `app-dependency-cycle`).',
    fixSafety: 'No fix: moving models between apps is a design decision.',
  },
  check(ctx) {
    for (const model of ctx.models) {
      for (const field of model.fields) {
        if (!(isForeignKey(field.def) || isManyToMany(field.def)) || field.declaredIn.classDef !== model.classDef) continue;
        const target = ctx.index.relationTarget(model, field);
        if (!target || target.app === model.app || target.app === '?') continue;
        if (!ctx.project.appByLabel(target.app)) continue;
        ctx.report({
          start: field.assign.targetSpan.start,
          end: field.assign.targetSpan.end,
          message: `${model.name}.${field.name} relates app "${model.app}" to "${target.app}.${target.name}": migrations of "${model.app}" will depend on "${target.app}".`,
        });
      }
    }
  },
});
