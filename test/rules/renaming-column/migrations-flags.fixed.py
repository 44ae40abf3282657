# --- shop/models.py
from django.db import models


class Customer(models.Model):
    pass


class Order(models.Model):
    code = models.CharField(max_length=20, db_index=True, db_column="reference")
    buyer = models.ForeignKey(Customer, on_delete=models.CASCADE)
# --- shop/migrations/0002_rename.py
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(
                    model_name='order',
                    old_name='reference',
                    new_name='code',
                ),
                migrations.AlterField(
                    model_name='order',
                    name='code',
                    field=models.CharField(db_column='reference', db_index=True, max_length=20),
                ),
            ],
        ),
        migrations.RenameField(
            model_name='order',
            old_name='customer',
            new_name='buyer',
        ),
    ]
