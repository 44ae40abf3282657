# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField()
    quantity = models.IntegerField(default=1)
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
                ('note', models.TextField(null=True)),
                ('quantity', models.IntegerField(null=True)),
            ],
        ),
    ]
# --- shop/migrations/0002_alter_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[setting-not-null]: SET NOT NULL on column "quantity" of existing table "shop_order" scans the whole table 💡
            model_name='order',
            name='quantity',
            field=models.IntegerField(default=1),
        ),
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[setting-not-null]: SET NOT NULL on column "note" of existing table "shop_order" scans the whole table 💡
            model_name='order',
            name='note',
            field=models.TextField(),
        ),
    ]
