# --- pyproject.toml
[tool.schema-guard]
django-version = "3.2"
# --- shop/models.py
from django.db import models


class Order(models.Model):
    amount = models.IntegerField()

    class Meta:
        db_table = "shop_order"
        constraints = [models.CheckConstraint(check=models.Q(amount__gte=0), name="shop_order_amount_gte_0")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('amount', models.IntegerField())], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_amount_gte_0.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # AddConstraintNotValid needs Django 4.0: no fix.
        migrations.AddConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-check-constraint]: AddConstraint shop_order_amount_gte_0 validates every row
            model_name='order',
            constraint=models.CheckConstraint(check=models.Q(('amount__gte', 0)), name='shop_order_amount_gte_0'),
        ),
    ]
