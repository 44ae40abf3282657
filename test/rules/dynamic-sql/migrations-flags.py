# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)

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
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
    ]
# --- shop/migrations/0002_raw.py
from django.conf import settings
from django.db import migrations

TABLE = "shop_order"


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(f"ANALYZE {TABLE};", migrations.RunSQL.noop),
#                         ^^^^^^^^^^^^^^^^^^^ info[dynamic-sql]: The SQL of this RunSQL is not a static string
        migrations.RunSQL(["SELECT 1;", settings.EXTRA_SQL], migrations.RunSQL.noop),
#                                       ^^^^^^^^^^^^^^^^^^ info[dynamic-sql]: The SQL of this RunSQL is not a static string
        migrations.RunSQL("SELECT 1;", reverse_sql="SELECT " + str(1)),
#                                                  ^^^^^^^^^^^^^^^^^^ info[dynamic-sql]: The reverse_sql of this RunSQL is not a static string
    ]
