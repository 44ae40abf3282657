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
    ]
# --- shop/migrations/0002_booking_no_overlap.py
import django.contrib.postgres.constraints
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddConstraint(
#       ^^^^^^^^^^^^^^^^^^^^^^^^ warning[exclusion-constraint]: AddConstraint shop_booking_no_overlap builds an exclusion index and checks every row of existing table "shop_booking" under an ACCESS EXCLUSIVE lock
            model_name='booking',
            constraint=django.contrib.postgres.constraints.ExclusionConstraint(expressions=[('room', '='), ('during', '&&')], name='shop_booking_no_overlap'),
        ),
    ]
# --- shop/migrations/0003_raw.py
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_booking_no_overlap')]
    operations = [
        migrations.RunSQL(
            'ALTER TABLE shop_booking ADD CONSTRAINT booking_room_excl EXCLUDE USING gist (room WITH =)',
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[exclusion-constraint]: ADD CONSTRAINT … EXCLUDE builds an exclusion index
            'ALTER TABLE shop_booking DROP CONSTRAINT booking_room_excl',
        ),
    ]
