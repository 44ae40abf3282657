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



class Sensor(models.Model):
    id = models.SmallAutoField(primary_key=True)
    checksum = models.BinaryField(verbose_name='verbose_name 5')
    kind = models.DateTimeField(auto_now=True, null=True, db_comment='Заметка', help_text='help_text 3', db_column='visible')
    rating = models.CharField(max_length=32, null=True, default='')
    zone = models.CharField(max_length=200, default="it's", db_collation='C')

    class Meta:
        db_table_comment = 'Created by the corpus'
        unique_together = [('kind', 'rating')]


class Note(models.Model):
    origin = models.IntegerField()
    count = models.URLField(db_comment='Budget total 23')
    amount = models.BooleanField()

    class Meta:
        unique_together = [('origin', 'count')]


class Vendor(models.Model):
    budget = models.CharField(max_length=10, db_column='Col_budget')
    payload = models.CharField(max_length=255, default='naïve')
    amount = models.ForeignKey('blog.Vendor', on_delete=models.DO_NOTHING, related_name='vendor_amount_rel')
    title = models.CharField(max_length=20, null=True, default='new', db_comment="It's the amount", db_column='MixedCase_title')

    class Meta:
        db_table = 'blog_vendor_t26'
        constraints = [
            models.CheckConstraint(condition=(Q(payload='a') & Q(budget='x_')), name='blog_vendor_chk19'),
            models.CheckConstraint(condition=(Q(budget__in=['a', 'b', "it's"]) | Q(payload__in=['a', 'b', "it's"])), name='blog_vendor_nv29'),
            models.CheckConstraint(condition=(Q(budget__startswith='a') & Q(title__startswith='a')), name='blog_vendor_chk33'),
            models.UniqueConstraint(fields=['budget', 'title'], name='blog_vendor_uniq36', include=['amount']),
        ]
        db_table_comment = 'Comment v1 v24'
        indexes = [
            models.Index(fields=['amount'], name='blog_vendor_30_idx'),
        ]
