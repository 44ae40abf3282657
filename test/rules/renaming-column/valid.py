# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    code = models.CharField(max_length=20, db_column="reference")


class Invoice(models.Model):
    number = models.IntegerField()
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
        ),
    ]
# --- shop/migrations/0002_rename.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # Python-only rename: the column keeps its name.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name='order', old_name='reference', new_name='code'),
                migrations.AlterField(model_name='order', name='code', field=models.CharField(db_column='reference', max_length=20)),
            ],
        ),
        # A table created in this migration is empty and unused.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('num', models.IntegerField())]),
        migrations.RenameField(model_name='invoice', old_name='num', new_name='number'),
    ]
