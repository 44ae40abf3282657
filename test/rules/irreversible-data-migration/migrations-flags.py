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
from django.db.migrations import RunSQL


def upper_references(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    for order in Order.objects.all():
        order.reference = order.reference.upper()
        order.save(update_fields=["reference"])


def trim_references(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunPython(upper_references),
#       ^^^^^^^^^^^^^^^^^^^^ info[irreversible-data-migration]: RunPython(upper_references) has no reverse_code: this migration cannot be unapplied 💡
        migrations.RunPython(
#       ^^^^^^^^^^^^^^^^^^^^ info[irreversible-data-migration]: RunPython(trim_references) has no reverse_code 💡
            code=trim_references,
            elidable=True,
        ),
        RunSQL("UPDATE shop_order SET reference = trim(reference) WHERE reference LIKE ' %%';", None),
#       ^^^^^^ info[irreversible-data-migration]: RunSQL (UPDATE on "shop_order") has no reverse_sql 💡
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(sql="DELETE FROM shop_order WHERE reference = '';")],
#                                ^^^^^^^^^^^^^^^^^ info[irreversible-data-migration]: RunSQL (DELETE on "shop_order") has no reverse_sql 💡
        ),
    ]
