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



class Payment(models.Model):
    color = models.CharField(max_length=100, blank=True, db_collation='POSIX')
    version = models.SmallIntegerField(null=True, db_index=True, blank=True, default=-5, db_column='col_version17')
    priority = pg.ArrayField(models.IntegerField(), size=3, blank=True)
    ref = models.DurationField(null=True, default=datetime.timedelta(days=2, seconds=5))
    token = models.ManyToManyField('library.Book', related_name='payment_token_rel', through='fleet.Address')
    price = models.BooleanField(default=False, db_comment="It's the amount", verbose_name='Price')
    type = models.GeneratedField(expression=Lower(F('color')), output_field=models.CharField(max_length=100), db_persist=True)
    size = models.BooleanField()

    class Meta:
        verbose_name = 'payment entry'
        indexes = [
            pg_indexes.BrinIndex(fields=['version'], name='flee_payment_10_idx', pages_per_range=16, autosummarize=True),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(version__gte=-10), name='fleet_payment_nv13'),
        ]


class Address(models.Model):
    payment = models.ForeignKey('fleet.Payment', on_delete=models.CASCADE, related_name='address_src', db_comment="Owner's note 5")
    book_x = models.ForeignKey('library.Book', on_delete=models.CASCADE, related_name='address_dst')
    weight = models.IntegerField(default=0, db_comment="It's the amount", verbose_name='Weight')
    count = models.CharField(max_length=255, null=True, verbose_name='Count')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(weight__range=(-10, 1000)), name='fleet_address_nv8'),
        ]


class Basket(Address):
    deadline = models.CharField(max_length=50)
