# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models

NEW = "new"


class Order(models.Model):
    reference = models.CharField(max_length=20)
    status = models.CharField(max_length=20, default=NEW)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
        ),
    ]
# --- shop/migrations/0002_order_status.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-field-with-python-default]: Field "status" is added to existing table "shop_order" with a Python-only default 💡
            model_name='order',
            name='status',
            field=models.CharField(default='new', max_length=20),
        ),
    ]
