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



class Route(models.Model):
    id = models.AutoField(primary_key=True)
    select = models.BooleanField()
    phone = models.PositiveIntegerField(default=10, blank=True)
    amount = models.CharField(max_length=20, db_default='n/a', verbose_name='Amount')
    weight = models.IntegerField(default=-1, unique=True)
    closed = models.GeneratedField(expression=F('weight') * F('phone'), output_field=models.BigIntegerField(), db_persist=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['id', 'select'], name='people_route_uniq9', deferrable=models.Deferrable.IMMEDIATE),
            models.UniqueConstraint(Lower(F('amount')), name='people_route_uniq25'),
        ]
        db_table = 'people_route_t21'


class Ticket(models.Model):
    weight = models.DecimalField(max_digits=10, decimal_places=0, db_default=Decimal('3'))
    uid = models.BigIntegerField(null=True, db_comment="It's the amount", default=1)
    active = models.GeneratedField(expression=F('uid') + 1, output_field=models.BigIntegerField(), db_persist=True)
    priority = models.OneToOneField('fleet.Reading', on_delete=models.CASCADE, related_name='ticket_priority_rel')

    class Meta:
        db_table_comment = "It's a table"


class Order(models.Model):
    body = models.CharField(max_length=255, default='naïve')
    origin = models.SlugField(null=True, default='new-item')
    checksum = models.CharField(max_length=50, db_index=True)
    group = models.BooleanField()
    active = models.BigIntegerField(null=True)

    class Meta:
        db_table_comment = 'Orders table v27'


class Lesson(models.Model):
    uid = models.UUIDField(primary_key=True, default=uuid.uuid4)
    duration = models.BooleanField(null=True)
    opened = models.TimeField(null=True, default=datetime.time(8, 30), db_column='legacy_opened')
    limit = models.CharField(max_length=255, null=True, db_collation='POSIX')

    class Meta:
        db_table = 'people_lesson_t19'
        indexes = [
            models.Index(fields=['uid'], name='peop_lesson_20_idx'),
        ]
