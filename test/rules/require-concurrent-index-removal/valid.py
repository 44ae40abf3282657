# expect: no diagnostics
# expect-ignore: implicit-table-name, concurrent-in-atomic-migration
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)


class Draft(models.Model):
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
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
        migrations.RunSQL('CREATE INDEX "shop_order_lower_ref" ON "shop_order" (lower("reference"))', migrations.RunSQL.noop),
    ]
# --- shop/migrations/0002_concurrent.py
from django.contrib.postgres.operations import RemoveIndexConcurrently
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]
    operations = [
        RemoveIndexConcurrently(model_name='order', name='shop_order_ref_idx'),
        migrations.RunSQL('DROP INDEX CONCURRENTLY IF EXISTS "shop_order_lower_ref"', migrations.RunSQL.noop),
    ]
# --- shop/migrations/0003_draft.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_concurrent')]
    operations = [
        # A table created in the same migration is empty: dropping its index locks nothing that matters.
        migrations.CreateModel(
            name='Draft',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_draft_ref_idx')]},
        ),
        migrations.RemoveIndex(model_name='draft', name='shop_draft_ref_idx'),
        migrations.RunSQL('CREATE INDEX "shop_draft_lower_ref" ON "shop_draft" (lower("reference"))', migrations.RunSQL.noop),
        migrations.RunSQL('DROP INDEX "shop_draft_lower_ref"', migrations.RunSQL.noop),
    ]
