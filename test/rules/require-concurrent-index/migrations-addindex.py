# expect-ignore: implicit-table-name, adding-field-with-python-default, lock-then-slow-work, require-concurrent-index-removal, adding-not-null-field
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    status = models.CharField(max_length=20, default="new")

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_ref_idx")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_created_idx')]},
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
            model_name='order',
            name='status',
            field=models.CharField(default='new', max_length=20),
        ),
        migrations.RemoveIndex(
            model_name='order',
            name='shop_order_created_idx',
        ),
        migrations.AddIndex(
#       ^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index]: AddIndex on existing table "shop_order" holds a SHARE lock 💡
            model_name='order',
            index=models.Index(fields=['reference'], name='shop_order_ref_idx'),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0002_order_status")]
    operations = []
