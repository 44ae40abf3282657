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
# --- shop/migrations/0002_events.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            "CREATE TABLE shop_event (id bigint NOT NULL, year int NOT NULL) PARTITION BY RANGE (year); "
            "CREATE TABLE shop_event_2023 PARTITION OF shop_event FOR VALUES FROM (2023) TO (2024);",
            "DROP TABLE shop_event;",
        ),
    ]
# --- shop/migrations/0003_detach.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_events')]
    operations = [
        migrations.RunSQL(
            "ALTER TABLE shop_event DETACH PARTITION shop_event_2023;",
#                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-detach-partition]: DETACH PARTITION takes an ACCESS EXCLUSIVE lock on "shop_event" 💡
            "ALTER TABLE shop_event ATTACH PARTITION shop_event_2023 FOR VALUES FROM (2023) TO (2024);",
        ),
    ]
