# expect: no diagnostics
# expect-ignore: implicit-table-name, require-concurrent-index
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)
    memo = models.TextField(null=True)

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_ref_idx")]


class Tag(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["name"], name="shop_tag_name_idx")]
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
# --- shop/migrations/0002_slow_first.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The slow step before the lock: the lock is only held for the quick change at the end.
        migrations.AddIndex(model_name='order', index=models.Index(fields=['reference'], name='shop_order_ref_idx')),
        migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),
        # A new table is empty: building its index is quick.
        migrations.CreateModel(
            name='Tag',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('name', models.CharField(max_length=20))],
        ),
        migrations.AddIndex(model_name='tag', index=models.Index(fields=['name'], name='shop_tag_name_idx')),
    ]
# --- shop/migrations/0003_non_atomic.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # Each statement commits on its own: the lock of AddField is released before the UPDATE.
    atomic = False
    dependencies = [('shop', '0002_slow_first')]
    operations = [
        migrations.AddField(model_name='order', name='memo', field=models.TextField(null=True)),
        migrations.RunSQL("UPDATE shop_order SET memo = '';", migrations.RunSQL.noop),
    ]
