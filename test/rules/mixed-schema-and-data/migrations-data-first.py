# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20, db_index=True)
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
# --- shop/migrations/0002_clean_references.py
from django.db import migrations, models


def strip_references(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    for order in Order.objects.all():
        order.reference = order.reference.strip()
        order.save()


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunPython(strip_references, reverse_code=migrations.RunPython.noop),
#       ^^^^^^^^^^^^^^^^^^^^ warning[mixed-schema-and-data]: RunPython runs in the same transaction as schema changes on "shop_order" 💡
        migrations.AlterField(model_name='order', name='reference', field=models.CharField(db_index=True, max_length=20)),
#       ^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index]
    ]
