# expect-ignore: implicit-table-name
# --- shop/models.py
from django.contrib.postgres.functions import RandomUUID
from django.db import models
from django.db.models.functions import Random


class Order(models.Model):
    reference = models.CharField(max_length=20)
    score = models.FloatField(db_default=Random())
    token = models.UUIDField(db_default=RandomUUID())
    total = models.GeneratedField(expression=models.F("id") * 2, output_field=models.BigIntegerField(), db_persist=True)
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
# --- shop/migrations/0002_order_score.py
import django.contrib.postgres.functions
import django.db.models.functions.math
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-volatile-default]: Column "score" with the volatile default (RANDOM()) is computed for every row of existing table "shop_order"
            model_name='order',
            name='score',
            field=models.FloatField(db_default=django.db.models.functions.math.Random()),
        ),
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-volatile-default]: Column "token" with the volatile default RandomUUID() is computed for every row of existing table "shop_order"
            model_name='order',
            name='token',
            field=models.UUIDField(db_default=django.contrib.postgres.functions.RandomUUID()),
        ),
        migrations.AddField(
#       ^^^^^^^^^^^^^^^^^^^ warning[adding-volatile-default]: Stored generated column "total" is computed for every row of existing table "shop_order"
            model_name='order',
            name='total',
            field=models.GeneratedField(db_persist=True, expression=models.F('id') * 2, output_field=models.BigIntegerField()),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD COLUMN "code" uuid DEFAULT gen_random_uuid()',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-volatile-default]: Column "code" with the volatile default gen_random_uuid() is computed for every row
            reverse_sql='ALTER TABLE "shop_order" DROP COLUMN "code"',
        ),
    ]
