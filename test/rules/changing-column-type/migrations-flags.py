# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.IntegerField()
    quantity = models.BigIntegerField()
    price = models.DecimalField(max_digits=10, decimal_places=3)
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
                ('reference', models.CharField(max_length=20)),
                ('quantity', models.IntegerField()),
                ('price', models.DecimalField(max_digits=10, decimal_places=2)),
            ],
        ),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: Changing column "quantity" of existing table "shop_order" from int4 to int8 rewrites the table
            model_name='order',
            name='quantity',
            field=models.BigIntegerField(),
        ),
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: Changing column "reference" of existing table "shop_order" from varchar(20) to int4
            model_name='order',
            name='reference',
            field=models.IntegerField(),
        ),
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: Changing column "price" of existing table "shop_order" from numeric(10,2) to numeric(10,3)
            model_name='order',
            name='price',
            field=models.DecimalField(decimal_places=3, max_digits=10),
        ),
    ]
# --- shop/migrations/0003_raw.py
from django.db import migrations


class Migration(migrations.Migration):
    # Outside a transaction the rewrite still holds its lock for as long as it runs.
    atomic = False
    dependencies = [('shop', '0002_change')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ALTER COLUMN "quantity" TYPE numeric(20, 0)',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: Changing column "quantity" of existing table "shop_order" from int8 to numeric(20,0)
            reverse_sql='ALTER TABLE "shop_order" ALTER COLUMN "quantity" TYPE bigint',
        ),
    ]
