# --- shop/migrations/0002_drop_raw_index.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            sql='DROP INDEX CONCURRENTLY IF EXISTS "shop_order_lower_ref";',
            reverse_sql='CREATE INDEX "shop_order_lower_ref" ON "shop_order" (lower("reference"));',
        ),
    ]
