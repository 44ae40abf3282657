# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard.rules.lock-timeout]
severity = "info"
timeout = "2s"
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
# --- shop/migrations/0002_rename.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]
    operations = [migrations.RunSQL('ALTER INDEX "shop_order_ref_idx" RENAME TO "shop_order_ref_idx";', migrations.RunSQL.noop), migrations.RunSQL('COMMENT ON TABLE shop_order IS NULL; ALTER TABLE shop_order ALTER COLUMN reference SET STATISTICS 200; ALTER TABLE shop_order ALTER COLUMN reference DROP DEFAULT;', migrations.RunSQL.noop)]
#                                                                                                                                                                                                                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ info[lock-timeout]: ALTER TABLE takes an ACCESS EXCLUSIVE lock on "shop_order" without a lock_timeout 💡
