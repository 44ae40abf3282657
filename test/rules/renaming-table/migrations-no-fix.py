# expect-ignore: implicit-table-name, implicit-m2m-table, adding-foreign-key-constraint, lock-then-slow-work
# --- shop/models.py
from django.db import models


class Tag(models.Model):
    pass


class Purchase(models.Model):
    tags = models.ManyToManyField(Tag)


class Invoice(models.Model):
    class Meta:
        db_table = "billing_invoice"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Tag', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('tags', models.ManyToManyField(to='shop.tag'))]),
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.CreateModel(name='Note', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The M2M table's columns are named after the model: a state-only rename would not match them.
        migrations.RenameModel(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-table]: Renaming existing table "shop_order" to "shop_purchase"
            old_name='Order',
            new_name='Purchase',
        ),
        migrations.AlterModelTable(
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-table]: Renaming existing table "shop_invoice" to "billing_invoice"
            name='invoice',
            table='billing_invoice',
        ),
        migrations.RunSQL(
            'ALTER TABLE "shop_note" RENAME TO "shop_memo"',
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[renaming-table]: Renaming existing table "shop_note" to "shop_memo"
            reverse_sql='ALTER TABLE "shop_memo" RENAME TO "shop_note"',
        ),
    ]
