# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard.rules]
lock-timeout = "info"
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField(null=True)

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
# --- shop/migrations/0002_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL("SET LOCAL lock_timeout = '3s';", reverse_sql=migrations.RunSQL.noop),
        migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),
    ]
# --- shop/migrations/0003_tag.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_note')]
    operations = [
        # Only a new table is locked.
        migrations.RunSQL("CREATE TABLE shop_tag (id int); ALTER TABLE shop_tag ADD COLUMN name text;", "DROP TABLE shop_tag;"),
    ]
