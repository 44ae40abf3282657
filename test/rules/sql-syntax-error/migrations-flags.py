# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_ref_idx")]
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'indexes': [models.Index(fields=['reference'], name='shop_order_ref_idx')]},
        ),
    ]
# --- shop/migrations/0002_raw.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(
            "UPDATE shop_order SET reference = 'x' WHERE;",
#                                                       ^ error[sql-syntax-error]: PostgreSQL cannot parse this SQL (syntax error at or near ";")
            reverse_sql="SELEC 1;",
#                        ^^^^^ error[sql-syntax-error]: PostgreSQL cannot parse this reverse SQL (syntax error at or near "SELEC"): unapplying the migration fails
        ),
        migrations.RunSQL([("UPDATE shop_order SET reference = %s WHERE id = %s AND", ["x", 1])], migrations.RunSQL.noop),
#                                                                               ^^^ error[sql-syntax-error]: PostgreSQL cannot parse this SQL (syntax error at end of input)
    ]
