# expect-ignore: require-concurrent-index, adding-unique-constraint, lock-then-slow-work
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    profile = models.OneToOneField(Customer, null=True, on_delete=models.SET_NULL, related_name="+")
    owner = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('owner', models.BigIntegerField(null=True, db_column='owner_id'))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_profile.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A one-to-one field is unique too: no fix.
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-foreign-key-constraint]: AddField order.profile adds a foreign key to existing table "shop_order"
            model_name='order',
            name='profile',
            field=models.OneToOneField(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='shop.customer'),
        ),
        # An existing column turned into a foreign key: no fix.
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[adding-foreign-key-constraint]: AlterField order.owner adds a foreign key to existing table "shop_order"
            model_name='order',
            name='owner',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='shop.customer'),
        ),
    ]
