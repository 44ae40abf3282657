# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=50)
    note = models.TextField()
    price = models.DecimalField(max_digits=12, decimal_places=2)


class Invoice(models.Model):
    number = models.BigIntegerField()
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
                ('note', models.CharField(max_length=200)),
                ('price', models.DecimalField(max_digits=10, decimal_places=2)),
            ],
        ),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # Binary-coercible: varchar widening, varchar -> text, numeric precision up at the same scale.
        migrations.AlterField(model_name='order', name='reference', field=models.CharField(max_length=50)),
        migrations.AlterField(model_name='order', name='note', field=models.TextField()),
        migrations.AlterField(model_name='order', name='price', field=models.DecimalField(decimal_places=2, max_digits=12)),
        # A table created in this migration is empty.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('number', models.IntegerField())]),
        migrations.AlterField(model_name='invoice', name='number', field=models.BigIntegerField()),
    ]
