# expect: no diagnostics
# --- pyproject.toml
[tool.schema-guard]
postgres-version = 11
# --- shop/models.py
from django.db import models


class Order(models.Model):
    email = models.EmailField(null=True)

    class Meta:
        db_table = "shop_order"
        constraints = [models.UniqueConstraint(fields=["email"], name="shop_order_email_uniq", nulls_distinct=False)]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('email', models.EmailField(max_length=254, null=True))],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_order_email_uniq.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # Django skips unique constraints with nulls_distinct before PostgreSQL 15: nothing runs.
        migrations.AddConstraint(
            model_name='order',
            constraint=models.UniqueConstraint(fields=('email',), name='shop_order_email_uniq', nulls_distinct=False),
        ),
    ]
