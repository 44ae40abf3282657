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
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-check-constraint]: AddConstraint shop_order_amount_gte_0 validates every row of existing table "shop_order" under an ACCESS EXCLUSIVE lock 💡
            model_name='order',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gte', 0)), name='shop_order_amount_gte_0'),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_amount_gte_0')]
    operations = []
