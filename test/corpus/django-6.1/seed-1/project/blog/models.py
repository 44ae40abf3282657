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



class Member(models.Model):
    label = models.JSONField(null=True)
    weight = models.DateTimeField(auto_now=True, null=True, db_comment='Заметка')
    uid = models.DateField(null=True, default=datetime.date(2023, 5, 17))

    class Meta:
        db_table_comment = 'Created by the corpus'
        constraints = [
            models.CheckConstraint(condition=(Q(uid__isnull=False) & Q(weight__lt=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc))), name='blog_sensor_chk18'),
        ]


class Review(models.Model):
    pk = models.CompositePrimaryKey('token', 'extra')
    token = models.CharField(max_length=20)
    extra = models.IntegerField()
    uid = models.BigIntegerField(null=True, verbose_name='Uid')
    weight = models.CharField(max_length=20, null=True)
    qty = models.DateTimeField(db_comment='Changed comment 32', db_column='col_qty37')
    rank = models.CharField(max_length=50)
    website = models.ForeignKey('crm.Route', on_delete=models.RESTRICT, related_name='+', db_constraint=False, db_comment='link to Route', db_column='Ref_website', db_index=False)

    class Meta:
        verbose_name = 'review entry'
        indexes = [
            pg_indexes.GinIndex(fields=['extra'], name='blog_review_9_idx'),
            models.Index(fields=['website'], name='blog_review_20_named'),
            models.Index(Lower(F('rank')), F('extra'), name='blog_review_26_idx', condition=Q(extra__in=[1, 2, 3])),
            pg_indexes.GinIndex(fields=['rank'], name='blog_review_33_idx', opclasses=['gin_trgm_ops']),
        ]


class Course(models.Model):
    website = models.JSONField()
    summary = models.PositiveIntegerField(null=True, db_index=True, db_tablespace='pg_default')

    class Meta:
        db_table = 'blog_course_t23'
        indexes = [
            models.Index(F('summary') + 1, name='blog_course_24_idx'),
        ]


class Reading(models.Model):
    slug = models.CharField(max_length=10, null=True, default='n/a', db_collation='C', blank=True)
    total = models.CharField(max_length=255, null=True, db_index=True, db_tablespace='pg_default')
    city = models.BooleanField(default=False)
    title = models.URLField(null=True, verbose_name='Title')
    code = models.BooleanField(default=False)
    active = models.ForeignKey('blog.Reading', on_delete=models.DO_NOTHING, related_name='reading_active_rel')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(code=True), name='blog_reading_chk35'),
        ]
