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
        ),
    ]
# --- shop/migrations/0002_index.py
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        AddIndexConcurrently(model_name='order', index=models.Index(fields=['reference'], name='shop_order_ref_idx')),
#       ^^^^^^^^^^^^^^^^^^^^ error[concurrent-in-atomic-migration]: AddIndexConcurrently cannot run inside a transaction 💡
        migrations.RunSQL(sql='CREATE INDEX CONCURRENTLY "x_idx" ON "shop_order" ("id")', reverse_sql='DROP INDEX "x_idx"'),
#                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[concurrent-in-atomic-migration]: CREATE INDEX CONCURRENTLY cannot run 💡
    ]
