# expect-ignore: implicit-table-name, adding-foreign-key-constraint, require-concurrent-index, lock-then-slow-work
# fix: Make it nullable
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    pass


class Order(models.Model):
    reference = models.CharField(max_length=20)
    label = models.CharField(max_length=30, blank=True)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
        ),
    ]
# --- shop/migrations/0002_order_label.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-not-null-field]: NOT NULL column "label" is added to existing table "shop_order" and its default is dropped right away 💡
            model_name='order',
            name='label',
            field=models.CharField(blank=True, max_length=30),
        ),
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-not-null-field]: NOT NULL column "customer_id" is added to existing table "shop_order" without a default: this fails as soon as the table has rows 💡
            model_name='order',
            name='customer',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer'),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD COLUMN "weight" integer NOT NULL',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-not-null-field]: NOT NULL column "weight" is added to existing table "shop_order" without a default
            reverse_sql='ALTER TABLE "shop_order" DROP COLUMN "weight"',
        ),
    ]
