# expect: no diagnostics
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
                ('draft', models.TextField(null=True)),
            ],
            options={'db_table': 'shop_order'},
        ),
        # The table was created above: no code uses the column yet.
        migrations.RemoveField(model_name='order', name='draft'),
    ]
# --- shop/migrations/0002_remove_order_note.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # Phase one: the code stops using the field; the column stays.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='order', name='note'),
            ],
        ),
    ]
# --- shop/migrations/0003_drop_order_note.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_remove_order_note')]
    operations = [
        # Phase two, a later deploy: the state no longer knows the column.
        migrations.RunSQL(
            sql='ALTER TABLE "shop_order" DROP COLUMN "note"',
            reverse_sql='ALTER TABLE "shop_order" ADD COLUMN "note" text NULL',
        ),
    ]
