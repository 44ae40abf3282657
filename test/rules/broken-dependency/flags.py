# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    pass
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [('billing', '0001_initial')]
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[broken-dependency]: depends on app "billing", which is not installed
    operations = [migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
# --- shop/migrations/0002_x.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial'), ('shop', '0001_renamed_away')]
#                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[broken-dependency]: depends on shop.0001_renamed_away, which does not exist
    operations = []
