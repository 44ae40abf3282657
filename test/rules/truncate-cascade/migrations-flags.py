# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=20)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)


class Line(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)
# --- shop/migrations/0001_initial.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('name', models.CharField(max_length=20))]),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer'))]),
        migrations.CreateModel(name='Line', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.order'))]),
    ]
# --- shop/migrations/0002_reset.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL("TRUNCATE shop_customer CASCADE;", migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[truncate-cascade]: TRUNCATE ... CASCADE also empties every table with a foreign key to "shop_customer" (here: "shop_line", "shop_order")
    ]
