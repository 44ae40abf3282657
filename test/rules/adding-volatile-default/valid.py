# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.contrib.postgres.functions import RandomUUID
from django.db import models
from django.db.models.functions import Now


class Order(models.Model):
    reference = models.CharField(max_length=20)
    created = models.DateTimeField(db_default=Now())


class Invoice(models.Model):
    token = models.UUIDField(db_default=RandomUUID())
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
# --- shop/migrations/0002_order_created.py
import django.contrib.postgres.functions
import django.db.models.functions.datetime
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # now() is stable: evaluated once and stored in the catalog.
        migrations.AddField(model_name='order', name='created', field=models.DateTimeField(db_default=django.db.models.functions.datetime.Now())),
        # A table created in this migration is empty.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.AddField(model_name='invoice', name='token', field=models.UUIDField(db_default=django.contrib.postgres.functions.RandomUUID())),
        # A volatile default set on an existing column applies to new rows only.
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ALTER COLUMN "reference" SET DEFAULT md5(random()::text)',
            reverse_sql='ALTER TABLE "shop_order" ALTER COLUMN "reference" DROP DEFAULT',
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD COLUMN "seen" timestamptz DEFAULT now()',
            reverse_sql='ALTER TABLE "shop_order" DROP COLUMN "seen"',
        ),
    ]
