# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard]
postgres-version = 11
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_ref_idx")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
    ]
# --- shop/migrations/0002_status_type.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL("CREATE TYPE shop_status AS ENUM ('new', 'paid');", "DROP TYPE shop_status;"),
    ]
# --- shop/migrations/0003_archived.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0002_status_type')]
    operations = [
        migrations.RunSQL("ALTER TYPE shop_status ADD VALUE 'archived';", migrations.RunSQL.noop),
    ]
