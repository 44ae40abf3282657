# --- shop/migrations/0003_detach.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0002_events')]
    operations = [
        migrations.RunSQL(
            "ALTER TABLE shop_event DETACH PARTITION shop_event_2023 CONCURRENTLY;",
            "ALTER TABLE shop_event ATTACH PARTITION shop_event_2023 FOR VALUES FROM (2023) TO (2024);",
        ),
    ]
