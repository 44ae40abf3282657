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
    checksum = models.CharField(max_length=200, null=True)
    created = models.SmallIntegerField(db_index=False)
    weight = models.CharField(max_length=20)
    summary = models.DateField(db_column='Col_summary')
    code = models.ForeignKey('self', on_delete=models.DO_NOTHING, related_name='route_total_rel', blank=True)
    ip = models.ForeignKey('contenttypes.ContentType', on_delete=models.PROTECT, related_name='route_ip_rel', db_column='Ref_ip')

    class Meta:
        indexes = [
            pg_indexes.GinIndex(fields=['created'], name='even_route_4_idx'),
        ]


class Author(models.Model):
    pk = models.CompositePrimaryKey('summary', 'origin')
    summary = models.CharField(max_length=20)
    origin = models.IntegerField()
    slug = models.JSONField(default=dict)
    body = models.BinaryField(null=True)
    type = models.ForeignKey('events.Batch', on_delete=models.RESTRICT, null=True, related_name='author_type_rel')
    path = models.CharField(max_length=100)
    window = models.BigIntegerField(null=True)

    class Meta:
        unique_together = [('summary', 'origin')]


class Ticket(models.Model):
    score = models.IntegerField()
    priority = models.FloatField()
    phone = models.BinaryField(null=True, db_comment='Заметка')
