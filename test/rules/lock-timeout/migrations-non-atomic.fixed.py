# --- shop/migrations/0002_rename.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]
    operations = [migrations.RunSQL("SET lock_timeout = '2s';", reverse_sql=migrations.RunSQL.noop), migrations.RunSQL('ALTER INDEX "shop_order_ref_idx" RENAME TO "shop_order_ref_idx";', migrations.RunSQL.noop), migrations.RunSQL('COMMENT ON TABLE shop_order IS NULL; ALTER TABLE shop_order ALTER COLUMN reference SET STATISTICS 200; ALTER TABLE shop_order ALTER COLUMN reference DROP DEFAULT;', migrations.RunSQL.noop)]
