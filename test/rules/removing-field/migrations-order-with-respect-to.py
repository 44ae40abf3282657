# --- shop/models.py
from django.db import models


class Order(models.Model):
    class Meta:
        db_table = "shop_order"


class Line(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)

    class Meta:
        db_table = "shop_line"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))],
            options={'db_table': 'shop_order'},
        ),
        migrations.CreateModel(
            name='Line',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('order', models.ForeignKey(on_delete=models.deletion.CASCADE, to='shop.order')),
            ],
            options={'db_table': 'shop_line', 'order_with_respect_to': 'order'},
        ),
    ]
# --- shop/migrations/0002_unordered.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The code still running has Line._order and selects "_order" in every query on the table.
        migrations.AlterOrderWithRespectTo(
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[removing-field]: AlterOrderWithRespectTo line drops column "_order" of existing table "shop_line" while the code still running
            name='line',
            order_with_respect_to=None,
        ),
    ]
