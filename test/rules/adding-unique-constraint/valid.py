# expect: no diagnostics
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    amount = models.IntegerField()

    class Meta:
        db_table = "shop_order"
        constraints = [models.UniqueConstraint(fields=["reference", "amount"], name="shop_order_ref_amount_uniq")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reference', models.CharField(max_length=20)),
                ('amount', models.IntegerField()),
            ],
            options={'db_table': 'shop_order'},
        ),
        # The table was created above in this migration: it is empty.
        migrations.AddConstraint(
            model_name='order',
            constraint=models.UniqueConstraint(fields=('reference', 'amount'), name='shop_order_ref_amount_uniq'),
        ),
    ]
# --- shop/migrations/0002_reference_unique.py
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='order',
                    name='reference',
                    field=models.CharField(max_length=20, unique=True),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    sql='CREATE UNIQUE INDEX CONCURRENTLY "shop_order_reference_9f2c3d4e_uniq" ON "shop_order" ("reference")',
                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS "shop_order_reference_9f2c3d4e_uniq"',
                ),
                migrations.RunSQL(
                    sql='ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_reference_9f2c3d4e_uniq" UNIQUE USING INDEX "shop_order_reference_9f2c3d4e_uniq"',
                    reverse_sql='ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_reference_9f2c3d4e_uniq"',
                ),
                migrations.RunSQL(
                    sql='CREATE INDEX CONCURRENTLY "shop_order_reference_9f2c3d4e_like" ON "shop_order" ("reference" varchar_pattern_ops)',
                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS "shop_order_reference_9f2c3d4e_like"',
                ),
            ],
        ),
    ]
