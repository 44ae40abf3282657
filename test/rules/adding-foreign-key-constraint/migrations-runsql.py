# --- shop/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "shop_customer"


class Order(models.Model):
    customer_id = models.BigIntegerField(null=True)

    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_customer'}),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('customer_id', models.BigIntegerField(null=True))], options={'db_table': 'shop_order'}),
    ]
# --- shop/migrations/0002_order_customer_fk.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE shop_order ADD CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES shop_customer (id);',
#                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-foreign-key-constraint]: ADD CONSTRAINT … FOREIGN KEY adds a foreign key to existing table "shop_order" 💡
            'ALTER TABLE shop_order DROP CONSTRAINT order_customer_fk;',
        ),
    ]
