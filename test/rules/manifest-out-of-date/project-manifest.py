# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard]
manifest = "project"
manifest-file = "migrations.lock"
# --- shop/models.py
from django.db import models


class Order(models.Model):
    pass
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
#     ^^^^^^^^^ error[manifest-out-of-date]: The migration manifest migrations.lock is missing 💡
    initial = True
    dependencies = []
    operations = [migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
