# expect-ignore: require-concurrent-index, lock-then-slow-work
# --- pyproject.toml
[tool.schema-guard]
django-version = "5.2"
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    code = models.CharField(max_length=20, unique=True)

    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    note = models.TextField(null=True)
    # A varchar key: Django also builds a _like index for the new column.
    customer = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL, to_field="code")

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('code', models.CharField(max_length=20, unique=True))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(name='Order', fields=[('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_note_customer.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='note',
            field=models.TextField(null=True),
        ),
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-foreign-key-constraint]: AddField order.customer adds a foreign key to existing table "shop_order" 💡
            model_name='order',
            name='customer',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to='shop.customer', to_field='code'),
        ),
    ]
