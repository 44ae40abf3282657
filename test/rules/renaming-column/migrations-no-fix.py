# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    code = models.CharField(max_length=30)
    note = models.TextField(db_column="remark")
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
                ('note', models.TextField()),
                ('label', models.TextField()),
            ],
        ),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A later migration alters the field again: editing this one would not stick.
        migrations.RenameField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-column]: Renaming column "reference" of existing table "shop_order" to "code"
            model_name='order',
            old_name='reference',
            new_name='code',
        ),
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[renaming-column]: Renaming column "note" of existing table "shop_order" to "remark"
            model_name='order',
            name='note',
            field=models.TextField(db_column='remark'),
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_order" RENAME COLUMN "label" TO "title"',
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-column]: Renaming column "label" of existing table "shop_order" to "title"
            reverse_sql='ALTER TABLE "shop_order" RENAME COLUMN "title" TO "label"',
        ),
    ]
# --- shop/migrations/0003_alter_order_code.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_change')]
    operations = [
        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=30)),
    ]
