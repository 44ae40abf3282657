import { initPythonParser } from '../../server/src/python/treeSitter';
import { parseModule } from '../../server/src/python/module';
import { readMigration } from '../../server/src/django/migrationFile';
import { FieldResolver } from '../../server/src/django/fieldResolver';
async function main() {
  await initPythonParser();
  const src = `
from django.db import migrations, models
import django.db.models.deletion
from django.conf import settings
from decimal import Decimal
def fwd(apps, se): pass
class Migration(migrations.Migration):
    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL), ('b','0001')]
    operations = [
        migrations.CreateModel('Book', [('id', models.AutoField(primary_key=True)), ('x', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL))], options={'unique_together': {('a','b')}}),
        migrations.AddConstraint(model_name='book', constraint=models.CheckConstraint(condition=~models.Q(a__gt=1) | models.Q(b=models.F('c') + 1), name='c')),
        migrations.RunPython(fwd, elidable=True),
        migrations.AddField('book', 'p', models.DecimalField(default=Decimal('1.5'), max_digits=5, decimal_places=2), preserve_default=False),
    ]
`;
  const mod = parseModule(src, { moduleName: 'app.migrations.0001_x' }).module;
  const r = new FieldResolver({ getModule: () => undefined });
  const m = readMigration(mod, 'app', '0001_x', 'x.py', { makeField: (c) => r.makeField(c), authUserModel: undefined });
  console.log(JSON.stringify(m.operations.map(o => ({...o, span: undefined})), (k, v) => k === 'span' || k==='expr' || k==='funcSpan' ? undefined : v, 1).slice(0, 6000));
  console.log(m.dependencies, m.problems);
}
main();
