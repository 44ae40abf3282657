# --- shop/migrations/0002_reindex.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL('REINDEX INDEX CONCURRENTLY "shop_order_ref_idx";', migrations.RunSQL.noop),
    ]
