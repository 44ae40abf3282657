# --- shop/migrations/0002_alter_customer_code.py
from django.db import migrations, models


class Migration(migrations.Migration):

    atomic = False

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='customer',
                    name='code',
                    field=models.CharField(max_length=20, unique=True),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    sql='CREATE UNIQUE INDEX CONCURRENTLY "shop_customer_code_a46664c8_uniq" ON "shop_customer" ("code")',
                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS "shop_customer_code_a46664c8_uniq"',
                ),
                migrations.RunSQL(
                    sql='ALTER TABLE "shop_customer" ADD CONSTRAINT "shop_customer_code_a46664c8_uniq" UNIQUE USING INDEX "shop_customer_code_a46664c8_uniq"',
                    reverse_sql='ALTER TABLE "shop_customer" DROP CONSTRAINT "shop_customer_code_a46664c8_uniq"',
                ),
                migrations.RunSQL(
                    sql='CREATE INDEX CONCURRENTLY "shop_customer_code_a46664c8_like" ON "shop_customer" ("code" varchar_pattern_ops)',
                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS "shop_customer_code_a46664c8_like"',
                ),
            ],
        ),
    ]

