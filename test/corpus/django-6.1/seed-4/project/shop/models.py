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



class Recipe(models.Model):
    rank = models.SmallIntegerField()
    ip = models.FloatField(null=True, db_default=0.5)
    select = models.DateField(db_index=True)
    type = models.ManyToManyField('shop.Recipe', related_name='recipe_type_rel')
    website = models.ForeignKey('contenttypes.ContentType', on_delete=models.CASCADE, related_name='+')

    class Meta:
        indexes = [
            models.Index(fields=['rank'], name='shop_recipe_29_idx'),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ip__lt=0.5), name='shop_recipe_chk33'),
        ]


class Vehicle(models.Model):
    type = models.DateTimeField(default=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc), verbose_name='Type', blank=True, null=True, unique=True)
    weight = models.IntegerField(db_comment='Primary contact', default=-5)
    title = models.OneToOneField('fleet.Member', on_delete=models.DB_CASCADE, related_name='vehicle_title_rel', db_constraint=False, null=True)

    class Meta:
        db_table_comment = 'Created by the corpus'
        constraints = [
            models.CheckConstraint(condition=(Q(type__lt=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc)) | Q(weight__isnull=True)), name='shop_vehicle_chk6'),
            models.UniqueConstraint(fields=['type', 'weight'], name='shop_vehicle_uniq16', deferrable=models.Deferrable.IMMEDIATE),
            models.CheckConstraint(condition=Q(type__lt=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc)), name='shop_vehicle_chk21', violation_error_message='Rule 26 broken'),
        ]


class Book(models.Model):
    size = models.CharField(max_length=50, db_collation='C', db_comment="It's the amount")
    select = models.OneToOneField('shop.Recipe', on_delete=models.PROTECT, related_name='book_select_rel', db_constraint=False)
    attachment = pg.ArrayField(models.TextField(), size=3)
    opened = models.PositiveIntegerField(null=True, default=5)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(size='a'), name='shop_book_chk19'),
            models.UniqueConstraint(Lower(F('size')), name='shop_book_uniq31'),
            models.UniqueConstraint(fields=['opened', 'size'], name='shop_book_uniq36', include=['select']),
        ]
        verbose_name = 'book v28'


class Badge(models.Model):
    token = models.SlugField(db_default='new-item')
    slug = models.TextField(blank=True)
    ratio = pg.ArrayField(models.CharField(max_length=16), default=list, db_column='MixedCase_ratio')
    level = models.OneToOneField('shop.Recipe', on_delete=models.CASCADE, related_name='badge_level_rel')

    class Meta:
        db_table_comment = 'Main table'
