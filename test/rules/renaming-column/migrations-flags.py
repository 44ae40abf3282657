# expect-ignore: implicit-table-name, adding-foreign-key-constraint, lock-then-slow-work
# fix: Keep the column
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    pass


class Order(models.Model):
    code = models.CharField(max_length=20, db_index=True)
    buyer = models.ForeignKey(Customer, on_delete=models.CASCADE)
# --- shop/migrations/0001_initial.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reference', models.CharField(db_index=True, max_length=20)),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer')),
            ],
        ),
    ]
# --- shop/migrations/0002_rename.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.RenameField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-column]: Renaming column "reference" of existing table "shop_order" to "code" breaks the code still running 💡
            model_name='order',
            old_name='reference',
            new_name='code',
        ),
        migrations.RenameField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-column]: Renaming column "customer_id" of existing table "shop_order" to "buyer_id" 💡
            model_name='order',
            old_name='customer',
            new_name='buyer',
        ),
    ]
