# expect-ignore: implicit-table-name, changing-column-type
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    quantity = models.BigIntegerField()
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reference', models.CharField(max_length=20, null=True)),
                ('quantity', models.IntegerField(null=True)),
            ],
        ),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The type changes too: the NOT VALID sequence would not cover it.
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[setting-not-null]: SET NOT NULL on column "quantity" of existing table "shop_order"
            model_name='order',
            name='quantity',
            field=models.BigIntegerField(),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ALTER COLUMN "reference" SET NOT NULL',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[setting-not-null]: SET NOT NULL on column "reference" of existing table "shop_order"
            reverse_sql='ALTER TABLE "shop_order" ALTER COLUMN "reference" DROP NOT NULL',
        ),
    ]
