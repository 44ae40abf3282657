# --- shop/models.py
from django.db import models

NEW = "new"


class Order(models.Model):
    reference = models.CharField(max_length=20)
    status = models.CharField(max_length=20, default=NEW, db_default=NEW)
# --- shop/migrations/0002_order_status.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='status',
            field=models.CharField(default='new', max_length=20, db_default='new'),
        ),
    ]
