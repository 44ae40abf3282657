# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)
    memo = models.TextField(null=True)


class Country(models.Model):
    code = models.CharField(max_length=2)
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
# --- shop/migrations/0002_country.py
from django.db import migrations, models


def add_countries(apps, schema_editor):
    Country = apps.get_model("shop", "Country")
    Country.objects.bulk_create([Country(code="FR"), Country(code="DE")])


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A table created here and seeded right away: no lock on existing data.
        migrations.CreateModel(
            name='Country',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('code', models.CharField(max_length=2))],
        ),
        migrations.RunPython(add_countries, migrations.RunPython.noop),
        migrations.RunSQL("INSERT INTO shop_country (code) VALUES ('IT');", "DELETE FROM shop_country WHERE code = 'IT';"),
    ]
# --- shop/migrations/0003_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_country')]
    operations = [
        migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),
        # A no-op RunPython does no data work.
        migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop),
    ]
# --- shop/migrations/0004_order_memo.py
from django.db import migrations, models


def fill_memo(apps, schema_editor):
    apps.get_model("shop", "Order").objects.update(memo="")


class Migration(migrations.Migration):
    # Non-atomic: the AddField commits before the data work starts.
    atomic = False
    dependencies = [('shop', '0003_order_note')]
    operations = [
        migrations.AddField(model_name='order', name='memo', field=models.TextField(null=True)),
        migrations.RunPython(fill_memo, migrations.RunPython.noop),
    ]
