# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


def default_code():
    return "X"


class Customer(models.Model):
    name = models.CharField(max_length=20)


class Order(models.Model):
    reference = models.CharField(max_length=20, default=default_code)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models
import shop.models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Customer',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('name', models.CharField(max_length=20))],
        ),
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(default=shop.models.default_code, max_length=20))],
        ),
    ]
# --- shop/migrations/0002_data.py
from django.db import migrations
import shop.models
#      ^^^^^^^^^^^ warning[direct-model-import]: This migration imports Order through shop.models: it runs with today's model
from shop.models import Order
#                       ^^^^^ warning[direct-model-import]: This migration imports Order from shop.models


def fill(apps, schema_editor):
    from ..models import Customer as CurrentCustomer
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[direct-model-import]: This migration imports Customer from shop.models
    Order.objects.update(reference="-")
    shop.models.Order.objects.count()
    CurrentCustomer.objects.count()


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
