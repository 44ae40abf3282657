# --- shop/models.py
from django.db import models


class Purchase(models.Model):
    reference = models.CharField(max_length=20)

    class Meta:
        db_table = "shop_order"


class Line(models.Model):
    purchase = models.ForeignKey(Purchase, on_delete=models.CASCADE)
# --- shop/migrations/0002_rename_order_purchase.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameModel(
                    old_name='Order',
                    new_name='Purchase',
                ),
                migrations.AlterModelTable(
                    name='purchase',
                    table='shop_order',
                ),
            ],
        ),
    ]
