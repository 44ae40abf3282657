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
# --- shop/migrations/0002_reindex.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL('SELECT 1;', migrations.RunSQL.noop),
        # Not alone: making the migration non-atomic would take the transaction away from the other operation.
        migrations.RunSQL('REINDEX TABLE shop_order;', migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-reindex]: REINDEX TABLE "shop_order" blocks writes to the table
    ]
