import datetime
import uuid
from decimal import Decimal
from uuid import UUID

from django.contrib.postgres import fields as pg
from django.contrib.postgres import indexes as pg_indexes
from django.contrib.postgres.indexes import OpClass
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Abs, Coalesce, Collate, Concat, Lower, Now, Pi, Upper



class Vehicle(models.Model):
    active = models.PositiveIntegerField(choices=[(1, 'One'), (2, 'Two'), (3, 'Three')])

    class Meta:
        db_table_comment = 'Main table'
        indexes = [
            models.Index(fields=['active'], name='flee_vehicle_16_idx'),
        ]


class Basket(models.Model):
    opened = models.IntegerField(default=1)
    label = models.SlugField(max_length=250, db_index=False)
    an_extraordinarily_long_descriptive_column_name = models.FloatField(null=True, default=0.5)
    user = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='basket_user_rel', unique=True)

    class Meta:
        db_table = 'fleet_basket_t12'


class MemberProxy(Vehicle):

    class Meta:
        proxy = True
