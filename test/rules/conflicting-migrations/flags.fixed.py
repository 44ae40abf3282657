# --- shop/migrations/0003_order_priority.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("shop", '0002_order_note'),
    ]
    operations = [migrations.AddField(model_name='order', name='priority', field=models.IntegerField(null=True))]
