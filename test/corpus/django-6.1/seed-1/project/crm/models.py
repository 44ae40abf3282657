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
from django.db.models.functions import UUID4



class ReadingBase(models.Model):
    duration = models.DecimalField(max_digits=7, decimal_places=2)

    class Meta:
        abstract = True


class Route(ReadingBase):
    attachment = pg.ArrayField(models.DateField(), size=8, db_column='MixedCase_attachment')
    visible = models.BinaryField(default=b'\x00\x01')
    tags = models.FileField(upload_to='uploads/', default='50%')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(duration__gt=Decimal('1.55')), name='crm_route_chk10'),
        ]
        verbose_name = 'route v15'


class Device(ReadingBase):
    group = models.CharField(max_length=100, null=True)
    deadline = models.ForeignKey('crm.Station', on_delete=models.DO_NOTHING, related_name='device_deadline_rel', db_column='Ref_deadline', db_constraint=False)

    class Meta:
        db_table = 'crm_device_t21'
        unique_together = [('duration', 'group')]


class Station(Route):
    zone = models.IntegerField()
    ref = models.DateTimeField(default=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc), verbose_name='Ref')

    class Meta:
        indexes = [
            models.Index(fields=['zone'], name='crm_station_28_ren'),
            models.Index(fields=['zone', 'ref'], name='crm_station_29_idx'),
        ]


class Product(models.Model):
    created = models.FilePathField(path='/tmp')
    priority = models.DateTimeField(null=True, db_comment="It's the amount")
    an_extraordinarily_long_descriptive_column_name = models.CharField(max_length=200, null=True)
    duration = models.ForeignKey('crm.Device', on_delete=models.PROTECT, related_name='product_duration_rel')

    class Meta:
        db_table = 'crm_product_t30'
        db_tablespace = 'pg_default'


class Badge(models.Model):
    created = models.IntegerField(null=True)
    amount = models.FilePathField(path='/tmp', db_column='Col_amount')
    website = models.JSONField()
