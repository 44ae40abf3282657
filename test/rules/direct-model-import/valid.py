# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


def default_code():
    return "X"


class Order(models.Model):
    reference = models.CharField(max_length=20, default=default_code)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models
import shop.models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(default=shop.models.default_code, max_length=20))],
        ),
    ]
# --- shop/migrations/0002_data.py
from django.db import migrations
from shop.models import default_code


def fill(apps, schema_editor):
    from django.contrib.contenttypes.models import ContentType  # not a project model module
    Order = apps.get_model("shop", "Order")
    Order.objects.update(reference=default_code())


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
