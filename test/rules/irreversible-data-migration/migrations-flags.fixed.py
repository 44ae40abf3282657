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
        migrations.RunPython(upper_references, reverse_code=migrations.RunPython.noop),
        migrations.RunPython(
            code=trim_references,
            elidable=True,
        ),
        RunSQL("UPDATE shop_order SET reference = trim(reference) WHERE reference LIKE ' %%';", None),
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(sql="DELETE FROM shop_order WHERE reference = '';")],
        ),
    ]
