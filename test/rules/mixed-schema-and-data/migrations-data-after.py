# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    total = models.IntegerField(null=True)
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
# --- shop/migrations/0002_order_total.py
from django.db import migrations, models


def fill_totals(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    Order.objects.filter(total__isnull=True).update(total=0)


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='total',
            field=models.IntegerField(null=True),
        ),
        migrations.RunPython(fill_totals, migrations.RunPython.noop),
#       ^^^^^^^^^^^^^^^^^^^^ warning[mixed-schema-and-data]: RunPython runs in the same transaction as schema changes on "shop_order": the locks they take are held 💡
    ]
