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
# --- shop/migrations/0002_backfill.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            "BEGIN; UPDATE shop_order SET reference = upper(reference) WHERE id < 100; COMMIT;",
#            ^^^^^ error[transaction-control-in-migration]: BEGIN inside an atomic migration is ignored 💡
#                                                                                      ^^^^^^ error[transaction-control-in-migration]: COMMIT inside an atomic migration commits Django's transaction early 💡
            migrations.RunSQL.noop,
        ),
    ]
