# expect-ignore: require-concurrent-index
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    customer = models.ForeignKey(Customer, null=True, on_delete=models.DB_SET_NULL)

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_customer.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-foreign-key-constraint]: AddField order.customer adds a foreign key to existing table "shop_order", validated by a full scan under SHARE ROW EXCLUSIVE locks on "shop_order" and "shop_customer" 💡
            model_name='order',
            name='customer',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.DB_SET_NULL, to='shop.customer'),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_customer')]
    operations = []
