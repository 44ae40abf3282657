# expect-ignore: require-concurrent-index
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    code = models.CharField(max_length=20, null=True, unique=True)

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_order_code.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A new unique column: the index is still built under the ACCESS EXCLUSIVE lock of ADD COLUMN.
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: AddField order.code builds a unique index on existing table "shop_order"
            model_name='order',
            name='code',
            field=models.CharField(max_length=20, null=True, unique=True),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_reference_key" UNIQUE ("reference")',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: ADD CONSTRAINT … UNIQUE builds a unique index on existing table "shop_order"
            'ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_reference_key"',
        ),
    ]
