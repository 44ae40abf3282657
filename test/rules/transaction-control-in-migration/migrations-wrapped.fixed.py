# --- shop/migrations/0002_backfill.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            "UPDATE shop_order SET reference = upper(reference) WHERE id < 100;",
            migrations.RunSQL.noop,
        ),
    ]
