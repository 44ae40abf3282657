# fix: Move shop_order_ref_amount_uniq
# --- shop/models.py
from django.db import models


class Order(models.Model):
    reference = models.CharField(max_length=20)
    amount = models.IntegerField()
    email = models.EmailField(null=True)
    note = models.TextField(null=True)

    class Meta:
        db_table = "shop_order"
        unique_together = [("reference", "note")]
        constraints = [
            models.UniqueConstraint(fields=["reference", "amount"], name="shop_order_ref_amount_uniq"),
            models.UniqueConstraint(fields=["email"], name="shop_order_email_uniq", nulls_distinct=False),
        ]
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
                ('email', models.EmailField(max_length=254, null=True)),
            ],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_order_constraints.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='note',
            field=models.TextField(null=True),
        ),
        migrations.AlterUniqueTogether(
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: unique_together on order builds a unique index on existing table "shop_order" 💡
            name='order',
            unique_together={('reference', 'note')},
        ),
        migrations.AddConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: AddConstraint shop_order_ref_amount_uniq builds a unique index on existing table "shop_order" 💡
            model_name='order',
            constraint=models.UniqueConstraint(fields=('reference', 'amount'), name='shop_order_ref_amount_uniq'),
        ),
        migrations.AddConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^ warning[adding-unique-constraint]: AddConstraint shop_order_email_uniq builds a unique index
            model_name='order',
            constraint=models.UniqueConstraint(fields=('email',), name='shop_order_email_uniq', nulls_distinct=False),
        ),
    ]
# --- shop/migrations/0003_later.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_order_constraints')]
    operations = []
