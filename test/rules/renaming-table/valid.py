# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Purchase(models.Model):
    class Meta:
        db_table = "shop_order"


class Receipt(models.Model):
    pass
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_change.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # The table name is explicit: renaming the model does not rename it.
        migrations.RenameModel(old_name='Order', new_name='Purchase'),
        migrations.AlterModelTable(name='purchase', table='shop_order'),
        # A table created in this migration is empty and unused.
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),
        migrations.RenameModel(old_name='Invoice', new_name='Receipt'),
    ]
