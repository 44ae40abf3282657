# expect: no diagnostics
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

SQL = "UPDATE shop_order SET reference = upper(reference) WHERE id < 10;"


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL(SQL, reverse_sql="UPDATE shop_order SET reference = lower(reference) WHERE id < 10;"),
        migrations.RunSQL([("UPDATE shop_order SET reference = %s WHERE id = %s", ["x", 1])], migrations.RunSQL.noop),
        migrations.RunSQL("""
            CREATE FUNCTION shop_touch() RETURNS trigger AS $$
            BEGIN
                NEW.reference := upper(NEW.reference);
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
        """, "DROP FUNCTION shop_touch();"),
    ]
