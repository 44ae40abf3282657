# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
    ]
# --- shop/migrations/0002_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.RemoveIndex(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index-removal]: RemoveIndex shop_order_ref_idx takes an ACCESS EXCLUSIVE lock on table "shop_order" 💡
            model_name='order',
            name='shop_order_ref_idx',
        ),
        migrations.AddField(
            model_name='order',
            name='note',
            field=models.TextField(null=True),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_note')]
    operations = []
