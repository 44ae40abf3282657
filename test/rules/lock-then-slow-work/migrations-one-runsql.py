# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
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
        ),
    ]
# --- shop/migrations/0002_raw.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            "ALTER TABLE shop_order ADD COLUMN legacy_ref varchar(20); UPDATE shop_order SET legacy_ref = reference;",
#                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[lock-then-slow-work]: UPDATE reads every row of "shop_order" while the ACCESS EXCLUSIVE lock that ADD COLUMN took on "shop_order" is still held
            reverse_sql='ALTER TABLE shop_order DROP COLUMN legacy_ref;',
        ),
    ]
