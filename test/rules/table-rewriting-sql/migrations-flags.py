# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_ref_idx")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
    ]
# --- shop/migrations/0002_maintenance.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL("VACUUM FULL shop_order;", migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^ warning[table-rewriting-sql]: VACUUM FULL rewrites "shop_order" under an ACCESS EXCLUSIVE lock
        migrations.RunSQL("CLUSTER shop_order USING shop_order_ref_idx;", migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[table-rewriting-sql]: CLUSTER rewrites "shop_order"
        migrations.RunSQL("ALTER TABLE shop_order SET UNLOGGED;", "ALTER TABLE shop_order SET LOGGED;"),
#                                                 ^^^^^^^^^^^^ warning[table-rewriting-sql]: ALTER TABLE ... SET UNLOGGED rewrites "shop_order"
        migrations.RunSQL("CLUSTER;", migrations.RunSQL.noop),
#                          ^^^^^^^ warning[table-rewriting-sql]: CLUSTER rewrites every table of the database
    ]
