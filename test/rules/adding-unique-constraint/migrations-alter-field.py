# expect-ignore: require-concurrent-index
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    code = models.CharField(max_length=20, unique=True)

    class Meta:
        db_table = "shop_customer"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Customer',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('code', models.CharField(max_length=20))],
            options={'db_table': 'shop_customer'},
        ),
    ]
# --- shop/migrations/0002_alter_customer_code.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: AlterField customer.code builds a unique index on existing table "shop_customer" under an ACCESS EXCLUSIVE lock 💡
            model_name='customer',
            name='code',
            field=models.CharField(max_length=20, unique=True),
        ),
    ]
