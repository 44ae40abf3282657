# --- shop/models.py
from django.db import models as m


class Base(m.Model):
    created = m.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-created"]


class Order(Base):
#     ^^^^^ warning[implicit-table-name]: Model Order has an implicit table name "shop_order" 💡
    total = m.IntegerField()


class Invoice(m.Model):
#     ^^^^^^^ warning[implicit-table-name]: "shop_invoice" 💡
    number = m.CharField(max_length=20)

    class Meta:
        ordering = ["number"]


class ArchivedOrder(Order):
    class Meta:
        proxy = True


class External(m.Model):
    class Meta:
        managed = False


class AVeryLongModelNameThatGoesOnAndOnAndOnBeyondPostgresLimitsForSure(m.Model):
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[implicit-table-name]: "shop_averylongmodelnamethatgoesonandonandonbeyondpostgresli0e84" 💡
    pass
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('total', models.IntegerField())],
        ),
    ]
