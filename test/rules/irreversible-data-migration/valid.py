# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
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
# --- shop/migrations/0002_data.py
from django.db import migrations


def upper_references(apps, schema_editor):
    pass


def lower_references(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunPython(upper_references, lower_references),
        migrations.RunPython(upper_references, reverse_code=migrations.RunPython.noop),
        migrations.RunSQL("UPDATE shop_order SET reference = upper(reference) WHERE id < 10;", migrations.RunSQL.noop),
        migrations.RunSQL(sql="SELECT 1;", reverse_sql="SELECT 1;"),
    ]
