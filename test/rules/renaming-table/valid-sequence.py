# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_rename_sequences.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # ALTER TABLE works on sequences too; the id default refers to its sequence by OID, so the code still
        # running is not affected (netbox renames sequences this way after renaming M2M tables).
        migrations.RunSQL(
            'ALTER TABLE shop_order_id_seq RENAME TO shop_purchase_id_seq',
            reverse_sql='ALTER TABLE shop_purchase_id_seq RENAME TO shop_order_id_seq',
        ),
        # A sequence name from an older history that this one never created.
        migrations.RunSQL(
            'ALTER TABLE IF EXISTS shop_order_legacy_id_seq RENAME TO shop_purchase_legacy_id_seq',
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
