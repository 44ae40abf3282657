# --- shop/models.py
from django.db import models


class Order(models.Model):
    amount = models.IntegerField()
    quantity = models.PositiveIntegerField()

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('amount', models.IntegerField()), ('quantity', models.IntegerField())], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_checks.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            sql='ALTER TABLE "shop_order" ADD CONSTRAINT "amount_small" CHECK ("amount" < 1000000)',
#                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-check-constraint]: ADD CONSTRAINT … CHECK validates every row of existing table "shop_order" 💡
            reverse_sql='ALTER TABLE "shop_order" DROP CONSTRAINT "amount_small"',
        ),
        # The type change adds Django's check "…_check" (quantity >= 0): no fix.
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[adding-check-constraint]: the check constraint of AlterField order.quantity validates every row of existing table "shop_order"
            model_name='order',
            name='quantity',
            field=models.PositiveIntegerField(),
        ),
    ]
