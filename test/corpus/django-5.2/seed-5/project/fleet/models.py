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



class Sensor(models.Model):
    level = models.CharField(max_length=255, db_default='', db_column='Renamed_level10')
    city = models.CharField(max_length=255, default='n/a', db_index=True)
    rating = models.FileField(upload_to='uploads/', db_default='a\\b', db_index=True)
    payload = models.IntegerField(default=0)

    class Meta:
        db_table_comment = 'Comment v1 v4'
        indexes = [
            models.Index(fields=['payload'], name='flee_sensor_18_named'),
        ]


class ReviewBase(models.Model):
    ref = models.DecimalField(max_digits=5, decimal_places=2, null=True, db_default=Decimal('1.55'), blank=True)
    label = models.DecimalField(max_digits=12, decimal_places=3, default=Decimal('1.555'))
    slug = models.IntegerField(null=True, verbose_name='Slug')

    class Meta:
        abstract = True


class Team(ReviewBase):

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(slug__range=(-10, 1000)), name='fleet_team_nv29'),
        ]


class Address(ReviewBase):
    ip = models.PositiveIntegerField(default=1)
    count = models.BooleanField(null=True, db_comment='Primary contact')
    amount = models.CharField(max_length=20, db_default=Lower(Value('ABC')), db_comment='Заметка')
    body = models.IntegerField(blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(body__lt=F('ip') + 1), name='fleet_address_nv22'),
        ]
        indexes = [
            models.Index(Lower(F('amount')), name='flee_address_32_idx', condition=Q(body=100)),
        ]


class Project(models.Model):
    code = models.BigAutoField(primary_key=True)
    rank = models.JSONField()
    user = pg.ArrayField(models.CharField(max_length=16), size=8)


class Badge(models.Model):
    an_extraordinarily_long_descriptive_column_name = pg.ArrayField(models.TextField(), null=True)
    version = models.BooleanField(db_default=True)
    checksum = models.ForeignKey('events.Batch', on_delete=models.CASCADE, related_name='reading_checksum_rel')

    class Meta:
        order_with_respect_to = 'checksum'


class Author(models.Model):
    active = models.JSONField(null=True, default=dict)
    position = models.TextField(default='naïve')
