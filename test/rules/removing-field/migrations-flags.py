# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reference', models.CharField(max_length=20)),
                ('status', models.CharField(default='new', max_length=10)),
            ],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_remove_order_status.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-field]: RemoveField order.status drops column "status" of existing table "shop_order" while the code still running during the deploy selects it 💡
            model_name='order',
            name='status',
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_remove_order_status')]
    operations = []
