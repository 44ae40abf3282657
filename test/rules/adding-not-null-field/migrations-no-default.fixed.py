# --- shop/models.py
from django.db import models


class Customer(models.Model):
    pass


class Order(models.Model):
    reference = models.CharField(max_length=20)
    label = models.CharField(max_length=30, blank=True, null=True)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
# --- shop/migrations/0002_order_label.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='label',
            field=models.CharField(blank=True, max_length=30, null=True),
        ),
        migrations.AddField(
            model_name='order',
            name='customer',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer'),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD COLUMN "weight" integer NOT NULL',
            reverse_sql='ALTER TABLE "shop_order" DROP COLUMN "weight"',
        ),
    ]
