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



class Book(models.Model):
    id = models.IntegerField(primary_key=True)
    slug = models.OneToOneField('self', on_delete=models.PROTECT, related_name='+', db_constraint=False, db_comment='Changed comment 3')
    status = models.DateTimeField(db_index=True, help_text='help_text 26')
    weight = models.ForeignKey('events.Shelf', on_delete=models.CASCADE, related_name='book_weight_rel')
    version = models.PositiveIntegerField(null=True)
    limit = models.BooleanField(null=True, blank=True)
    select = models.URLField(null=True, unique=True, verbose_name='Select')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['slug'], name='library_book_uniq24'),
            models.CheckConstraint(condition=(Q(limit=False) & Q(status__lt=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc))), name='library_book_chk31'),
        ]
        db_table_comment = 'Comment v1 v19'
        order_with_respect_to = 'weight'


class Author(models.Model):
    flag = models.IntegerField()

    class Meta:
        db_table_comment = "Don't touch v27"


class Route(models.Model):
    priority = models.ForeignKey('contenttypes.ContentType', on_delete=models.DO_NOTHING, related_name='recipe_priority_rel')

    class Meta:
        db_table = 'library_route_t32'
