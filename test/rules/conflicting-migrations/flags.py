# expect-ignore: implicit-table-name
# fix: Rebase 0002_order_priority after 0002_order_note
# --- shop/models.py
from django.db import models


class Order(models.Model):
    note = models.TextField(null=True)
    priority = models.IntegerField(null=True)
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))])]
# --- shop/migrations/0002_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):
#     ^^^^^^^^^ error[conflicting-migrations]: App "shop" has 2 latest migrations (0002_order_note, 0002_order_priority) 💡
    dependencies = [('shop', '0001_initial')]
    operations = [migrations.AddField(model_name='order', name='note', field=models.TextField(null=True))]
# --- shop/migrations/0002_order_priority.py
from django.db import migrations, models


class Migration(migrations.Migration):
#     ^^^^^^^^^ error[conflicting-migrations]: App "shop" has 2 latest migrations 💡
    dependencies = [
        ("shop", "0001_initial"),
    ]
    operations = [migrations.AddField(model_name='order', name='priority', field=models.IntegerField(null=True))]
