# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    status = models.CharField(max_length=20, null=True)
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
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(model_name='order', name='status', field=models.CharField(max_length=20, null=True)),
        migrations.RunSQL("UPDATE shop_order SET status = 'new' WHERE reference LIKE 'N%%';", migrations.RunSQL.noop),
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[mixed-schema-and-data]: RunSQL runs in the same transaction as schema changes on "shop_order" 💡
    ]
