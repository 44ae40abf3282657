# expect-ignore: implicit-table-name
# --- shop/models.py
import uuid

from django.db import models
from django.utils import timezone


class Order(models.Model):
    reference = models.CharField(max_length=20)
    token = models.UUIDField(default=uuid.uuid4)
    created = models.DateTimeField(default=timezone.now)
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
# --- shop/migrations/0002_order_token.py
import django.utils.timezone
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-field-with-python-default]: Field "token" is added to existing table "shop_order" with a Python-only default
            model_name='order',
            name='token',
            field=models.UUIDField(default=uuid.uuid4),
        ),
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-field-with-python-default]: Field "created" is added to existing table "shop_order" with a Python-only default
            model_name='order',
            name='created',
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
    ]
