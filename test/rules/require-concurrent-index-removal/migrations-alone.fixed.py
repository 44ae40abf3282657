# --- shop/migrations/0002_remove_order_ref_idx.py
from django.db import migrations
from django.contrib.postgres.operations import RemoveIndexConcurrently


class Migration(migrations.Migration):

    atomic = False

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        RemoveIndexConcurrently(
            model_name='order',
            name='shop_order_ref_idx',
        ),
    ]

