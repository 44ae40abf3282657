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



class Venue(models.Model):
    type = models.DateTimeField(default=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc), db_comment='Заметка')
    code = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    qty = models.BigIntegerField(default=1)
    select = models.FloatField(default=-1.25)
    tags = models.UUIDField(null=True, db_default=UUID4())
    budget = models.BigIntegerField(db_comment="It's the amount")
    ratio = models.OneToOneField('self', on_delete=models.DB_SET_NULL, null=True, related_name='venue_checksum_rel')
    ip = models.CharField(max_length=32, default='', db_comment='Primary contact')

    class Meta:
        db_table = 'events_venue_t28'
        constraints = [
            models.CheckConstraint(condition=Q(budget__gte=F('qty') + 1), name='events_venue_chk30'),
        ]


class RegionProxy(Venue):

    class Meta:
        proxy = True
        ordering = ['pk']


class Book(models.Model):
    weight = models.BinaryField(null=True)
    origin = models.ForeignKey('billing.Parcel', on_delete=models.SET_NULL, null=True, related_name='book_checksum_rel')
    attachment = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='book_attachment_rel')
    rank = models.IntegerField(null=True)
    closed = models.ManyToManyField('self')


class Task(models.Model):
    price = models.BooleanField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(price=False), name='events_task_nv27'),
        ]


class Ticket(models.Model):
    visible = models.FileField(upload_to='uploads/', default="it's", verbose_name='Visible')
    qty = models.CharField(max_length=32, null=True, db_default='a\\b')
    deadline = models.DateTimeField(null=True)
    slug = models.IntegerField(db_column='Col_slug')


class Device(models.Model):
    email = models.IntegerField()
    body = pg.HStoreField(default=dict)
    size = models.IntegerField()

    class Meta:
        db_table_comment = 'Main table'
        verbose_name = 'device entry'
