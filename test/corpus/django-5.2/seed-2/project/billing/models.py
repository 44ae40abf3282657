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



class Station(models.Model):
    starts = models.PositiveSmallIntegerField()
    price = models.FileField(upload_to='uploads/', db_default="it's")
    ratio = models.PositiveIntegerField()

    class Meta:
        db_table = 'billing_station_t1'
        indexes = [
            models.Index(fields=['starts'], name='bill_station_14_ren'),
            models.Index(Abs(F('starts')), name='bill_station_9_ren', condition=~Q(starts__in=[1, 2, 3])),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(starts__gt=0), name='billing_station_chk19'),
        ]
        db_table_comment = "Don't touch v16"


class Order(models.Model):
    id = models.IntegerField(primary_key=True)
    size = models.BigIntegerField(null=True, db_default=-1)
    total = models.IntegerField(choices=[(1, 'One'), (2, 'Two'), (3, 'Three')])
    group = models.OneToOneField('events.Batch', on_delete=models.DO_NOTHING, null=True, related_name='order_group_rel', verbose_name='verbose_name 22')
    rating = models.ForeignKey('catalog.Product', on_delete=models.CASCADE, related_name='order_rating_rel')
    count = models.CharField(max_length=255, default='naïve')
    zone = models.ForeignKey('billing.Order', on_delete=models.RESTRICT, related_name='order_zone_rel', db_column='Ref_zone')

    class Meta:
        db_table_comment = "Don't touch v21"
