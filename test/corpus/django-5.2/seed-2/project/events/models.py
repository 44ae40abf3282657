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



class Warehouse(models.Model):
    created = models.DateTimeField(verbose_name='Created')
    size = models.IntegerField(null=True, db_index=True)
    slug = models.GeneratedField(expression=F('size') + 1, output_field=models.BigIntegerField(), db_persist=True)
    label = models.OneToOneField('catalog.Course', on_delete=models.DO_NOTHING, to_field='due', related_name='warehouse_origin_rel')
    code = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(created__gte=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc)), name='events_warehouse_chk4', violation_error_message='Rule 25 broken'),
            models.UniqueConstraint(fields=['size', 'label'], name='events_warehouse_uniq13', condition=(Q(created__gte=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc)) | Q(code__lt=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc)))),
        ]
        indexes = [
            models.Index(fields=['-size', 'label'], name='even_warehous_17_idx'),
        ]


class Vehicle(models.Model):
    pk = models.CompositePrimaryKey('summary', 'origin')
    summary = models.CharField(max_length=20)
    origin = models.IntegerField()
    slug = pg.ArrayField(models.CharField(max_length=16), null=True, db_comment='Primary contact')
    body = models.JSONField(null=True, default=dict)

    class Meta:
        unique_together = [('summary', 'origin')]
        get_latest_by = 'pk'
        constraints = [
            models.UniqueConstraint(fields=['summary'], name='events_vehicle_uniq36', condition=Q(body__isnull=False)),
        ]


class TicketBase(models.Model):
    type = models.IntegerField()
    duration = models.DecimalField(max_digits=7, decimal_places=2)
    opened = models.DateTimeField()

    class Meta:
        abstract = True


class Team(TicketBase):
    level = models.BigIntegerField(db_default=-1)


class Review(TicketBase):
    amount = pg.ArrayField(models.TextField(), default=list)
    extra = models.GeneratedField(expression=F('type') + 1, output_field=models.BigIntegerField(), db_persist=True)


class Batch(models.Model):
    tags = models.UUIDField()
    label = models.ForeignKey('billing.Comment', on_delete=models.DO_NOTHING, related_name='+')
    total = models.ForeignKey('billing.Station', on_delete=models.DO_NOTHING, related_name='+')

    class Meta:
        db_table = 'events_batch_t35'


class AddressProxy(Vehicle):

    class Meta:
        proxy = True
        ordering = ['pk']
