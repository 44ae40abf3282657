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



class Station(models.Model):
    starts = models.BooleanField(db_default=True)

    class Meta:
        verbose_name = 'station entry'
        db_table = 'billing_station_t10'
        db_table_comment = "Don't touch v19"
        constraints = [
            models.CheckConstraint(condition=Q(starts=True), name='billing_station_chk38'),
        ]


class Comment(models.Model):
    window = models.EmailField()
    an_extraordinarily_long_descriptive_column_name = models.ForeignKey('billing.Comment', on_delete=models.PROTECT, null=True, related_name='recipe_an_extraordinarily_long_descriptive_column_name_rel', db_index=False, db_comment="Owner's note 22")

    class Meta:
        db_table_comment = "It's a table"
        order_with_respect_to = 'an_extraordinarily_long_descriptive_column_name'
        constraints = [
            models.CheckConstraint(condition=~Q(window__istartswith="it's"), name='billing_coupon_nv21'),
            models.CheckConstraint(condition=Q(window__istartswith='a'), name='billing_comment_chk26', violation_error_message='Broken rule %(name)s'),
        ]


class Book(models.Model):
    id = models.IntegerField(primary_key=True)
    path = models.IntegerField()
    city = models.CharField(max_length=100, null=True)

    class Meta:
        indexes = [
            pg_indexes.GistIndex(fields=['path'], name='bill_book_11_idx'),
            pg_indexes.GistIndex(fields=['path'], name='bill_book_14_idx', buffering=True, fillfactor=80),
            models.Index(fields=['path'], name='bill_book_15_idx', include=['city']),
        ]


class Invoice(models.Model):
    pk = models.CompositePrimaryKey('budget', 'uid')
    budget = models.IntegerField()
    uid = models.SmallIntegerField()
    ref = models.IntegerField(null=True, default=1)
    notes = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(F('budget') + 1, name='bill_vehicle_18_idx'),
        ]
        constraints = [
            models.CheckConstraint(condition=(Q(uid__gte=0) & Q(budget__in=[1, 2, 3])), name='billing_invoice_chk31'),
        ]
        db_table = 'billing_invoice_t34'


class Badge(models.Model):
    weight = models.CharField(max_length=50, null=True)
    window = models.FloatField(db_default=0.5)
    slug = models.BooleanField(default=False)
    score = models.PositiveSmallIntegerField()
    ratio = models.GenericIPAddressField()
    due = models.ForeignKey('billing.Comment', on_delete=models.RESTRICT, related_name='badge_due_rel', db_comment='Budget total 37')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(ratio='192.168.0.1'), name='billing_badge_chk33', violation_error_message='Broken rule %(name)s'),
        ]
        ordering = ['-pk']
        indexes = [
            models.Index(fields=['due', 'weight', 'slug'], name='bill_badge_39_idx'),
        ]
