# expect: no diagnostics
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
# --- shop/migrations/0002_savepoint.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # Savepoints nest inside the migration's transaction.
        migrations.RunSQL("SAVEPOINT s1; UPDATE shop_order SET reference = '' WHERE id < 0; RELEASE SAVEPOINT s1;", migrations.RunSQL.noop),
    ]
# --- shop/migrations/0003_own_transaction.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0002_savepoint')]
    operations = [
        # Non-atomic: the SQL manages its own transaction, and closes it.
        migrations.RunSQL("BEGIN; UPDATE shop_order SET reference = '' WHERE id < 0; COMMIT;", migrations.RunSQL.noop),
    ]
