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



class Parcel(models.Model):
    id = models.BigAutoField(primary_key=True)
    count = models.DecimalField(max_digits=12, decimal_places=3)
    city = models.PositiveSmallIntegerField(default=1)
    duration = models.DecimalField(max_digits=7, decimal_places=4, null=True, default=Decimal('1.5555'))
    email = models.IntegerField()
    qty = models.TextField()

    class Meta:
        db_table = 'billing_station_t3'
        constraints = [
            models.CheckConstraint(condition=(Q(count__gt=Decimal('1.555')) & Q(email=0)), name='billing_station_nv5', violation_error_message='Rule 25 broken'),
        ]
        db_table_comment = "Don't touch v29"
        unique_together = [('id', 'email')]


class Vendor(models.Model):
    id = models.IntegerField(primary_key=True)
    city = pg.DecimalRangeField(null=True)
    count = models.EmailField(default='a@example.com', db_index=True, db_tablespace='pg_default')
    rank = models.ForeignKey('events.Ticket', on_delete=models.CASCADE, related_name='+')

    class Meta:
        db_table_comment = 'Created by the corpus'
        db_table = 'billing_vendor_t15'
        constraints = [
            models.UniqueConstraint(fields=['count'], name='billing_vendor_uniq19', violation_error_message='Broken rule %(name)s'),
        ]
        unique_together = [('count', 'id')]


class Author(models.Model):
    id = models.BigAutoField(primary_key=True)
    label = models.CharField(max_length=50)
    color = models.CharField(max_length=50)
    priority = models.FloatField()
    phone = pg.ArrayField(models.IntegerField(), null=True)
    due = models.ForeignKey('events.Ticket', on_delete=models.CASCADE, null=True, related_name='author_due_rel', db_comment='link to Ticket')

    class Meta:
        indexes = [
            pg_indexes.GistIndex(fields=['id'], name='bill_author_31_idx'),
        ]
        verbose_name = 'author entry'
