# --- pyproject.toml
[tool.schema-guard]
django-version = "5.2"
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer')),
            ],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_remove_order_customer.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        # The column is NOT NULL: its reverse re-adds it nullable, so that the code of that time can insert.
        migrations.RemoveField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-field]: RemoveField order.customer drops column "customer_id" of existing table "shop_order" 💡
            model_name='order',
            name='customer',
        ),
    ]
