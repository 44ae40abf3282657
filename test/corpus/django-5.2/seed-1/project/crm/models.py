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
    budget = models.UUIDField()
    token = models.FilePathField(path='/tmp', max_length=150, null=True)
    payload = models.BooleanField(null=True, default=True)
    price = models.ForeignKey('contenttypes.ContentType', on_delete=models.PROTECT, related_name='vehicle_price_rel')
    origin = models.IntegerField(default=-1, unique=True, choices=[(1, 'One'), (2, 'Two'), (3, 'Three')])

    class Meta:
        indexes = [
            models.Index(fields=['token'], name='crm_vehicle_24_idx'),
        ]
        db_table_comment = 'Orders table v26'


class Track(models.Model):
    status = models.UUIDField(default=UUID('12345678-1234-5678-1234-567812345678'))
    an_extraordinarily_long_descriptive_column_name = models.BooleanField(null=True, help_text='Help for an_extraordinarily_long_descriptive_column_name')


class PaymentProxy(Vehicle):

    class Meta:
        proxy = True
