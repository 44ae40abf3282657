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
        migrations.RunSQL('CREATE INDEX "shop_order_lower_ref" ON "shop_order" (lower("reference"))', migrations.RunSQL.noop),
    ]
# --- shop/migrations/0002_drop_raw_index.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            sql='DROP INDEX IF EXISTS "shop_order_lower_ref";',
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index-removal]: DROP INDEX takes an ACCESS EXCLUSIVE lock on table "shop_order" 💡
            reverse_sql='CREATE INDEX "shop_order_lower_ref" ON "shop_order" (lower("reference"));',
        ),
    ]
# --- shop/migrations/0003_drop_two.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0002_drop_raw_index')]
    operations = [
        migrations.RunSQL('CREATE INDEX CONCURRENTLY "a_idx" ON "shop_order" ("id")', migrations.RunSQL.noop),
        migrations.RunSQL('DROP INDEX "a_idx", "shop_order_pkey" CASCADE', migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index-removal]: DROP INDEX takes an ACCESS EXCLUSIVE lock on table "shop_order"
    ]
