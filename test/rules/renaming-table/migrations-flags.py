# expect-ignore: implicit-table-name, adding-foreign-key-constraint, lock-then-slow-work
# --- shop/models.py
from django.db import models


class Purchase(models.Model):
    reference = models.CharField(max_length=20)


class Line(models.Model):
    purchase = models.ForeignKey(Purchase, on_delete=models.CASCADE)
# --- shop/migrations/0001_initial.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
        ),
        migrations.CreateModel(
            name='Line',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('purchase', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.order')),
            ],
        ),
    ]
# --- shop/migrations/0002_rename_order_purchase.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.RenameModel(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-table]: Renaming existing table "shop_order" to "shop_purchase" breaks the code still running 💡
            old_name='Order',
            new_name='Purchase',
        ),
    ]
