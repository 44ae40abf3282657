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



class Region(models.Model):
    color = models.JSONField(null=True)
    active = models.IntegerField(db_default=100, db_index=True, db_column='col_active13')
    tags = models.TimeField(db_default=datetime.time(8, 30), db_comment="It's the amount")
    summary = models.GeneratedField(expression=F('active') + 1, output_field=models.BigIntegerField(), db_persist=True)
    closed = models.DecimalField(max_digits=5, decimal_places=2)
    email = models.ForeignKey('self', on_delete=models.CASCADE, related_name='region_deadline_rel', db_constraint=False, null=True)
    opened = models.ManyToManyField('fleet.Sensor', related_name='region_opened_rel')
    token = models.ForeignKey('blog.Coupon', on_delete=models.CASCADE, related_name='region_token_rel', db_comment='link to Coupon')
    body = models.OneToOneField('blog.Book', on_delete=models.DO_NOTHING, related_name='+')

    class Meta:
        db_table_comment = 'Orders table v19'
        constraints = [
            models.UniqueConstraint(fields=['email'], name='blog_region_uniq25'),
        ]


class Recipe(models.Model):
    slug = models.IntegerField(default=1)
    closed = models.IntegerField(default=-5)
    uid = models.BigIntegerField(db_default=1)
    active = models.ForeignKey('self', on_delete=models.DB_CASCADE, null=True, related_name='recipe_active_rel')
    amount = models.CharField(max_length=10, db_comment='Заметка', blank=True)

    class Meta:
        indexes = [
            pg_indexes.BloomIndex(fields=['slug', 'closed'], name='blog_recipe_7_idx'),
            models.Index(fields=['slug', 'uid'], name='blog_recipe_16_idx'),
            models.Index(fields=['-closed'], name='blog_recipe_32_idx'),
        ]
        db_table = 'blog_recipe_t15'
        constraints = [
            models.UniqueConstraint(fields=['closed', 'amount'], name='blog_recipe_uniq28'),
            models.UniqueConstraint(fields=['closed'], name='blog_recipe_uniq31'),
            models.CheckConstraint(condition=Q(amount__contains='a'), name='blog_recipe_chk33'),
        ]


class Coupon(Region):
    limit = models.JSONField(default=dict)

    class Meta:
        verbose_name_plural = 'coupon v10'


class BadgeBase(models.Model):
    website = models.BooleanField(db_column='legacy_website', blank=True)
    token = models.URLField(db_default='https://example.com/x', db_index=True, db_tablespace='pg_default', db_comment="It's the amount")

    class Meta:
        abstract = True


class Book(BadgeBase):
    pass


class Note(BadgeBase):
    color = models.BigIntegerField(db_default=Value(42), db_comment="It's the amount", db_column='legacy_color')
    qty = models.DateTimeField(db_default=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc))
    flag = models.IntegerField(db_comment='Primary contact')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['color'], name='blog_note_uniq22', nulls_distinct=False),
        ]
        indexes = [
            models.Index(F('color') + 1, name='blog_note_23_idx'),
            models.Index(fields=['color'], name='blog_note_24_idx', db_tablespace='pg_default'),
            models.Index(fields=['-website'], name='blog_note_34_idx'),
        ]
        db_table_comment = 'Orders table v27'
