# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard]
postgres-version = 11
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
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20, null=True))],
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_reference_notnull" CHECK ("reference" IS NOT NULL)',
            reverse_sql='ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_reference_notnull"',
        ),
    ]
# --- shop/migrations/0002_alter_order_reference.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # PostgreSQL 11 scans even with a validated check: no fix.
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[setting-not-null]: SET NOT NULL on column "reference" of existing table "shop_order"
            model_name='order',
            name='reference',
            field=models.CharField(max_length=20),
        ),
    ]
