# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard]
squash-threshold = 2
# --- shop/models.py
from django.db import models


class Order(models.Model):
    a = models.TextField(null=True)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
# --- shop/migrations/0002_a.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [migrations.AddField(model_name='order', name='a', field=models.TextField(null=True))]
# --- shop/migrations/0003_noop.py
from django.db import migrations


class Migration(migrations.Migration):
#     ^^^^^^^^^ info[squash-candidate]: App "shop" has 3 migrations to replay (threshold 2)
    dependencies = [('shop', '0002_a')]
    operations = []
