# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    status = models.CharField(max_length=20, default="new", db_default="new")
    priority = models.IntegerField(default=0, null=True)


class Invoice(models.Model):
    state = models.CharField(max_length=20, default="draft")
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
        # The database keeps the default: old code's INSERTs get it.
        migrations.AddField(model_name='order', name='status', field=models.CharField(db_default='new', default='new', max_length=20)),
        # Nullable: old code's INSERTs store NULL.
        migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0, null=True)),
        # A table created in this migration is empty and unused.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.AddField(model_name='invoice', name='state', field=models.CharField(default='draft', max_length=20)),
    ]
