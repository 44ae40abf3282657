# --- shop/migrations/0002_raw_index.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            sql="CREATE INDEX CONCURRENTLY \"shop_order_ré_idx\" ON \"shop_order\" (lower(\"reference\"));",
            reverse_sql='DROP INDEX IF EXISTS "shop_order_ré_idx";',
        ),
    ]
