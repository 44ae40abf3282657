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



class Station(models.Model):
    id = models.BigAutoField(primary_key=True)
    count = models.TimeField()
    limit = models.IntegerField()
    version = models.CharField(max_length=255, db_index=True)
    uid = models.UUIDField(help_text='Help for uid')

    class Meta:
        db_table = 'billing_station_t1'
        indexes = [
            models.Index(fields=['-count'], name='bill_station_13_idx'),
        ]


class Sensor(models.Model):
    visible = models.IntegerField()
    due = models.CharField(max_length=10, null=True, default='a\\b')
    qty = models.DateTimeField(null=True, db_default=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc))
    amount = models.TextField(default='naïve')
    weight = models.OneToOneField('billing.Station', on_delete=models.SET_NULL, null=True, related_name='sensor_weight_rel', db_constraint=False, db_comment='link to Station', db_column='Renamed_weight23')
    phone = models.DateField(auto_now=True, null=True, db_comment='Primary contact')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(visible__lt=-10), name='billing_sensor_chk9'),
        ]
        db_table = 'billing_sensor_t16'


class Basket(models.Model):
    slug = models.CharField(max_length=100, choices=[('a', 'Alpha'), ('b', 'Beta')], blank=True)
    zone = models.FloatField(null=True)
    code = models.TextField(null=True, default='50%')
    rating = models.ForeignKey('billing.Basket', on_delete=models.CASCADE, related_name='basket_rating_rel')

    class Meta:
        db_table = 'billing_basket_t19'


class Member(Sensor):
    closed = models.BooleanField(db_index=True)
    budget = models.BooleanField()
    type = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(closed=False), name='billing_member_chk25'),
        ]


class Route(models.Model):
    id = models.IntegerField(primary_key=True)
    website = models.IntegerField(default=-5, unique=True)
    rating = models.FloatField(db_comment='Primary contact', db_index=True)
    status = models.GeneratedField(expression=F('website') + 1, output_field=models.BigIntegerField(), db_persist=True)
    city = models.EmailField(max_length=120, null=True, unique=True)

    class Meta:
        db_table_comment = "It's a table"
        indexes = [
            models.Index(fields=['city', 'website', 'rating'], name='bill_route_26_idx'),
        ]


class TagProxy(Basket):

    class Meta:
        proxy = True
