# expect-ignore: lock-then-slow-work
# fix: Move the validation
# --- shop/models.py
from django.db import models


class Order(models.Model):
    amount = models.IntegerField()

    class Meta:
        db_table = "shop_order"
        constraints = [models.CheckConstraint(condition=models.Q(amount__gte=0), name="shop_order_amount_gte_0")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('amount', models.IntegerField())], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_amount_gte_0.py
from django.contrib.postgres.operations import AddConstraintNotValid, ValidateConstraint
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        AddConstraintNotValid(
            model_name='order',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gte', 0)), name='shop_order_amount_gte_0'),
        ),
        ValidateConstraint(
#       ^^^^^^^^^^^^^^^^^^ warning[validate-in-same-transaction]: Constraint "shop_order_amount_gte_0" is validated in the transaction that added it NOT VALID 💡
            model_name='order',
            name='shop_order_amount_gte_0',
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_amount_gte_0')]
    operations = []
