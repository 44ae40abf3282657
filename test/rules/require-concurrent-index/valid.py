# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20, db_index=True)

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
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(db_index=True, max_length=20))],
        ),
        migrations.AddIndex(model_name='order', index=models.Index(fields=['reference'], name='shop_order_ref_idx')),
    ]
# --- shop/migrations/0002_concurrent.py
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]
    operations = [
        AddIndexConcurrently(model_name='order', index=models.Index(fields=['id', 'reference'], name='shop_order_id_ref_idx')),
        migrations.RunSQL('CREATE INDEX CONCURRENTLY "x_idx" ON "shop_order" ("id")', reverse_sql='DROP INDEX CONCURRENTLY "x_idx"'),
    ]
