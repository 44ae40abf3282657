# expect-ignore: lock-then-slow-work
# fix: Move the validation
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
            'ALTER TABLE shop_order ADD CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES shop_customer (id) NOT VALID',
            'ALTER TABLE shop_order DROP CONSTRAINT order_customer_fk',
        ),
        migrations.RunSQL('ALTER TABLE shop_order VALIDATE CONSTRAINT order_customer_fk', migrations.RunSQL.noop),
#                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[validate-in-same-transaction]: the SHARE ROW EXCLUSIVE lock of the ADD is still held 💡
    ]
# --- shop/migrations/0003_in_one_string.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_customer_fk')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE shop_order ADD CONSTRAINT order_id_positive CHECK (id > 0) NOT VALID; ALTER TABLE shop_order VALIDATE CONSTRAINT order_id_positive;',
#                                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[validate-in-same-transaction]: Constraint "order_id_positive" is validated in the transaction that added it NOT VALID
            'ALTER TABLE shop_order DROP CONSTRAINT order_id_positive;',
        ),
    ]
