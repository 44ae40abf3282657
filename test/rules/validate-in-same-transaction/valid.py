# expect: no diagnostics
# --- shop/models.py
from django.db import models


class Order(models.Model):
    amount = models.IntegerField()

    class Meta:
        db_table = "shop_order"
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="shop_order_amount_gte_0"),
            models.CheckConstraint(condition=models.Q(amount__lte=1000), name="shop_order_amount_lte_1000"),
        ]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('amount', models.IntegerField())], options={'db_table': 'shop_order'}),
        # The table was created above: validating it is instant.
        migrations.RunSQL('ALTER TABLE shop_order ADD CONSTRAINT fresh_check CHECK (amount < 10) NOT VALID', migrations.RunSQL.noop),
        migrations.RunSQL('ALTER TABLE shop_order VALIDATE CONSTRAINT fresh_check', migrations.RunSQL.noop),
        migrations.RunSQL('ALTER TABLE shop_order DROP CONSTRAINT fresh_check', migrations.RunSQL.noop),
    ]
# --- shop/migrations/0002_not_valid.py
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        AddConstraintNotValid(
            model_name='order',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gte', 0)), name='shop_order_amount_gte_0'),
        ),
    ]
# --- shop/migrations/0003_validate.py
from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_not_valid')]
    operations = [
        ValidateConstraint(model_name='order', name='shop_order_amount_gte_0'),
    ]
# --- shop/migrations/0004_non_atomic.py
from django.contrib.postgres.operations import AddConstraintNotValid, ValidateConstraint
from django.db import migrations, models


class Migration(migrations.Migration):
    # Each operation commits on its own: the ADD's lock is released before the validation.
    atomic = False
    dependencies = [('shop', '0003_validate')]
    operations = [
        AddConstraintNotValid(
            model_name='order',
            constraint=models.CheckConstraint(condition=models.Q(('amount__lte', 1000)), name='shop_order_amount_lte_1000'),
        ),
        ValidateConstraint(model_name='order', name='shop_order_amount_lte_1000'),
    ]
