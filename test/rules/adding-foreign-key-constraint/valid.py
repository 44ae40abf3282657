# expect: no diagnostics
# expect-ignore: require-concurrent-index
# --- shop/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    customer = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL, related_name="+")
    buyer = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False)
    referrer_id = models.BigIntegerField(null=True)

    class Meta:
        db_table = "shop_order"


class Invoice(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    order = models.ForeignKey(Order, null=True, on_delete=models.SET_NULL)

    class Meta:
        db_table = "shop_invoice"
# --- shop/migrations/0001_initial.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('referrer_id', models.BigIntegerField(null=True))], options={'db_table': 'shop_order'}),
        # Same migration as the table: it is empty.
        migrations.AddField(
            model_name='order',
            name='customer',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='shop.customer'),
        ),
    ]
# --- shop/migrations/0002_invoice.py
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        # A new table referencing existing ones: no rows to validate.
        migrations.CreateModel(
            name='Invoice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer')),
                ('order', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to='shop.order')),
            ],
            options={'db_table': 'shop_invoice'},
        ),
        # No database constraint at all.
        migrations.AddField(
            model_name='order',
            name='buyer',
            field=models.ForeignKey(db_constraint=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='shop.customer'),
        ),
        migrations.RunSQL(
            'ALTER TABLE shop_order ADD CONSTRAINT order_referrer_fk FOREIGN KEY (referrer_id) REFERENCES shop_customer (id) NOT VALID',
            'ALTER TABLE shop_order DROP CONSTRAINT order_referrer_fk',
        ),
    ]
# --- shop/migrations/0003_validate.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_invoice')]
    operations = [
        migrations.RunSQL('ALTER TABLE shop_order VALIDATE CONSTRAINT order_referrer_fk', migrations.RunSQL.noop),
    ]
