# expect-ignore: implicit-table-name, require-concurrent-index
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)

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
        ),
    ]
# --- shop/migrations/0002_order_note.py
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
        migrations.AddIndex(
#       ^^^^^^^^^^^^^^^^^^^ warning[lock-then-slow-work]: AddIndex builds an index on "shop_order" while the ACCESS EXCLUSIVE lock that AddField order.note took on "shop_order" is still held 💡
            model_name='order',
            index=models.Index(fields=['reference'], name='shop_order_ref_idx'),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_note')]
    operations = []
