# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)
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
# --- shop/migrations/0002_order_note.py
from django.db import migrations, models

BATCH = 1000


def fill_notes(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    Order.objects.filter(note="")[:BATCH].update(note="-")


def unused(apps, schema_editor):
    pass


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='note',
            field=models.TextField(null=True),
        ),
        migrations.RunSQL("UPDATE shop_order SET note = '';", migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[lock-then-slow-work]: UPDATE reads every row of "shop_order" while the ACCESS EXCLUSIVE lock that AddField order.note took 💡
        migrations.RunPython(fill_notes, migrations.RunPython.noop),
#       ^^^^^^^^^^^^^^^^^^^^ warning[mixed-schema-and-data]: RunPython runs in the same transaction as schema changes on "shop_order" 💡
    ]
