# expect: no diagnostics
# expect-ignore: implicit-table-name, adding-check-constraint
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    note = models.TextField()


class Invoice(models.Model):
    number = models.IntegerField()
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
                ('reference', models.CharField(max_length=20, null=True)),
                ('note', models.TextField(null=True)),
            ],
        ),
    ]
# --- shop/migrations/0002_checks.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_reference_notnull" CHECK ("reference" IS NOT NULL) NOT VALID',
            reverse_sql='ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_reference_notnull"',
        ),
    ]
# --- shop/migrations/0003_validate.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_checks')]
    operations = [
        migrations.RunSQL('ALTER TABLE "shop_order" VALIDATE CONSTRAINT "shop_order_reference_notnull"', reverse_sql=migrations.RunSQL.noop),
        # Validated earlier in this migration: PostgreSQL 12+ skips the scan.
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ALTER COLUMN "reference" SET NOT NULL',
            reverse_sql='ALTER TABLE "shop_order" ALTER COLUMN "reference" DROP NOT NULL',
        ),
        migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('number', models.IntegerField(null=True))]),
        # A table created in this migration is empty.
        migrations.AlterField(model_name='invoice', name='number', field=models.IntegerField()),
    ]
# --- shop/migrations/0004_alter_order_note.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0003_validate')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_note_notnull" CHECK ("note" IS NOT NULL)',
            reverse_sql='ALTER TABLE "shop_order" DROP CONSTRAINT "shop_order_note_notnull"',
        ),
    ]
# --- shop/migrations/0005_alter_order_reference.py
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0004_alter_order_note')]
    operations = [
        # A validated CHECK (note IS NOT NULL) exists in the history.
        migrations.AlterField(model_name='order', name='note', field=models.TextField()),
        migrations.AlterField(model_name='order', name='reference', field=models.CharField(max_length=20)),
    ]
