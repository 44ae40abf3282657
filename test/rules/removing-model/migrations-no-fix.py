# --- shop/models.py
from django.db import models
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Legacy', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_legacy'}),
        migrations.CreateModel(name='Old', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_old'}),
    ]
# --- shop/migrations/0002_drop.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # State and table go in the same deploy.
        migrations.RunSQL('DROP TABLE shop_legacy', migrations.RunSQL.noop, state_operations=[migrations.DeleteModel('Legacy')]),
#                          ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-model]: DROP TABLE drops existing table "shop_legacy"
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel('Old')],
            database_operations=[migrations.DeleteModel('Old')],
#                                ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-model]: DeleteModel Old drops existing table "shop_old"
        ),
    ]
