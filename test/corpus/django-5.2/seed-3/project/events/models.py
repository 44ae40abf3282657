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



class Batch(models.Model):
    count = models.PositiveSmallIntegerField(null=True, default=1)
    budget = models.BigIntegerField(default=100, choices=[(1, 'Low'), (5, 'High')])
    body = models.ForeignKey('self', on_delete=models.CASCADE, related_name='venue_body_rel', db_comment='Budget total 14')
    rank = models.JSONField(default=list, db_column='Col_rank')
    type = models.OneToOneField('fleet.Basket', on_delete=models.PROTECT, related_name='+', db_comment='link to Basket')

    class Meta:
        unique_together = [('count', 'budget')]
        db_table_comment = 'Orders table v13'


class Address(models.Model):
    code = models.CharField(primary_key=True, max_length=20)
    starts = models.CharField(max_length=20, null=True)
    checksum = models.GeneratedField(expression=Lower(F('starts')), output_field=models.CharField(max_length=20), db_persist=True)

    class Meta:
        db_table_comment = 'Comment v1 v19'
