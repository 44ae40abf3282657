# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    quantity = models.IntegerField(db_default=1)
    note = models.TextField(null=True)


class Invoice(models.Model):
    number = models.IntegerField()
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
# --- shop/migrations/0002_order_quantity.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A database default that stays: old code's INSERTs get it.
        migrations.AddField(model_name='order', name='quantity', field=models.IntegerField(db_default=1)),
        # Nullable: nothing to fill.
        migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),
        # A table created in this migration is empty.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.AddField(model_name='invoice', name='number', field=models.IntegerField(default=0), preserve_default=False),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD COLUMN "weight" integer DEFAULT 0 NOT NULL',
            reverse_sql='ALTER TABLE "shop_order" DROP COLUMN "weight"',
        ),
    ]
