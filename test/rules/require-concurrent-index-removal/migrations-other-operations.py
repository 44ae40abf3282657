# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    code = models.CharField(max_length=20)
    status = models.CharField(max_length=10)
    reference = models.CharField(max_length=20)


class Draft(models.Model):
    code = models.CharField(max_length=20)
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
                ('code', models.CharField(db_index=True, max_length=20)),
                ('status', models.CharField(max_length=10)),
                ('reference', models.CharField(max_length=20, unique=True)),
            ],
        ),
        migrations.AddConstraint(
            model_name='order',
            constraint=models.UniqueConstraint(condition=models.Q(status='open'), fields=('code',), name='order_open_code_uniq'),
        ),
    ]
# --- shop/migrations/0002_drop_indexes.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A conditional UniqueConstraint is a unique index: DROP INDEX IF EXISTS, like RemoveIndex.
        migrations.RemoveConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index-removal]: RemoveConstraint order_open_code_uniq drops index "order_open_code_uniq" without CONCURRENTLY, which takes an ACCESS EXCLUSIVE lock on table "shop_order"
            model_name='order',
            name='order_open_code_uniq',
        ),
        # db_index=True -> False: DROP INDEX of the plain index and of its _like index.
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[require-concurrent-index-removal]: AlterField order.code drops index "shop_order_code_
            model_name='order',
            name='code',
            field=models.CharField(max_length=20),
        ),
        # unique=True -> False: ALTER TABLE ... DROP CONSTRAINT takes the ACCESS EXCLUSIVE lock anyway, so the
        # DROP INDEX of the _like index that follows is not flagged.
        migrations.AlterField(
            model_name='order',
            name='reference',
            field=models.CharField(max_length=20),
        ),
    ]
# --- shop/migrations/0003_new_table.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # The table is created in this migration: it is empty, nothing to flag.
    dependencies = [('shop', '0002_drop_indexes')]
    operations = [
        migrations.CreateModel(
            name='Draft',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('code', models.CharField(db_index=True, max_length=20)),
            ],
        ),
        migrations.AlterField(
            model_name='draft',
            name='code',
            field=models.CharField(max_length=20),
        ),
    ]
