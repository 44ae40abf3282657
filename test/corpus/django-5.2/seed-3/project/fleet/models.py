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



class Invoice(models.Model):
    code = models.CharField(primary_key=True, max_length=20)
    ref = models.DecimalField(max_digits=10, decimal_places=0, null=True)
    kind = models.DateTimeField()
    website = models.DateTimeField(unique=True, db_comment='Заметка')
    notes = models.GeneratedField(expression=F('ref') * 2, output_field=models.DecimalField(max_digits=14, decimal_places=0), db_persist=True, db_column='col_notes40')
    version = models.CharField(max_length=200, null=True)

    class Meta:
        db_table = 'fleet_invoice_t3'
        db_table_comment = 'Orders table v7'
        indexes = [
            models.Index(fields=['version'], name='flee_invoice_4_idx', condition=Q(code__contains='50%')),
            models.Index(fields=['code', 'website'], name='flee_invoice_8_idx'),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ref__lt=Decimal('3')), name='fleet_invoice_chk24'),
            models.UniqueConstraint(Lower(F('code')), name='fleet_invoice_uniq28'),
        ]
        unique_together = [('kind', 'website')]


class Vehicle(models.Model):
    version = models.GenericIPAddressField(protocol='IPv4')
    flag = models.JSONField(db_comment="It's the amount", null=True)


class Device(models.Model):
    uid = models.CharField(max_length=255)

    class Meta:
        indexes = [
            pg_indexes.GistIndex(fields=['uid'], name='flee_device_41_ren', opclasses=['gist_trgm_ops']),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(uid="it's"), name='fleet_device_chk35'),
        ]


class LessonBase(models.Model):
    city = models.DateTimeField(default=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc), db_index=True)

    class Meta:
        abstract = True


class Warehouse(LessonBase):
    title = models.TimeField(null=True, unique=True)

    class Meta:
        indexes = [
            models.Index(fields=['title'], name='flee_warehous_36_idx'),
        ]
        db_table_comment = 'Orders table v39'
