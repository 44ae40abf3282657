# --- shop/models.py
from django.db import models


class Order(models.Model):
    class Meta:
        db_table = "shop_order"
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
                ('note', models.TextField(null=True)),
                ('status', models.TextField(null=True)),
            ],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_drop.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The column is dropped in the same deploy as the state change.
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name='order', name='note')],
            database_operations=[migrations.RunSQL('ALTER TABLE "shop_order" DROP COLUMN "note"', migrations.RunSQL.noop)],
#                                                                            ^^^^^^^^^^^^^^^^^^ warning[removing-field]: DROP COLUMN drops column "note" of existing table "shop_order"
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name='order', name='status')],
            database_operations=[migrations.RemoveField(model_name='order', name='status')],
#                                ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-field]: RemoveField order.status drops column "status"
        ),
    ]
