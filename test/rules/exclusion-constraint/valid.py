# expect: no diagnostics
# --- shop/models.py
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeOperators
from django.db import models


class Booking(models.Model):
    room = models.IntegerField()
    during = DateTimeRangeField()

    class Meta:
        db_table = "shop_booking"
        constraints = [
            ExclusionConstraint(
                name="shop_booking_no_overlap",
                expressions=[("room", RangeOperators.EQUAL), ("during", RangeOperators.OVERLAPS)],
            ),
        ]
# --- shop/migrations/0001_initial.py
import django.contrib.postgres.constraints
import django.contrib.postgres.fields.ranges
from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        BtreeGistExtension(),
        migrations.CreateModel(
            name='Booking',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('room', models.IntegerField()), ('during', django.contrib.postgres.fields.ranges.DateTimeRangeField())],
            options={'db_table': 'shop_booking'},
        ),
        # The table was created above: it is empty.
        migrations.AddConstraint(
            model_name='booking',
            constraint=django.contrib.postgres.constraints.ExclusionConstraint(expressions=[('room', '='), ('during', '&&')], name='shop_booking_no_overlap'),
        ),
    ]
