# expect: no diagnostics
# expect-ignore: implicit-table-name
# Apps installed from packages (taggit) have migrations we cannot see; an app appended to
# INSTALLED_APPS in any branch of the settings counts as installed.
# --- proj/settings.py
import os

INSTALLED_APPS = ["django.contrib.contenttypes", "taggit", "shop"]
if os.environ.get("WITH_BILLING"):
    INSTALLED_APPS.append("billing")
else:
    INSTALLED_APPS.insert(0, "payments.apps.PaymentsConfig")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# --- shop/models.py
from django.db import models


class Order(models.Model):
    pass
# --- billing/__init__.py
# --- billing/models.py
from django.db import models


class Invoice(models.Model):
    pass
# --- billing/migrations/__init__.py
# --- billing/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'), ('billing', '0001_initial'), ('payments', '__first__')]
    operations = [migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
