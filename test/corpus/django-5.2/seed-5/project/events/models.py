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



class Tag(models.Model):
    total = models.CharField(max_length=200, db_default='new')

    class Meta:
        indexes = [
            models.Index(fields=['-total'], name='even_tag_2_idx'),
        ]
        db_table = 'events_tag_t6'
        db_table_comment = 'Orders table v7'
        constraints = [
            models.UniqueConstraint(Lower(F('total')), name='events_tag_uniq13'),
        ]


class VeryLongModelNameExercisingIdentifierTruncation(models.Model):
    summary = models.JSONField(null=True)
    window = models.SlugField(max_length=60, null=True, default='new-item')
    starts = models.IntegerField(default=-5)
    total = models.PositiveIntegerField(db_default=5, verbose_name='Total')
    user = models.CharField(max_length=10)
    notes = models.IntegerField(db_column='legacy_notes')

    class Meta:
        indexes = [
            models.Index(fields=['window'], name='even_verylong_9_idx', condition=(Q(starts__in=[1, 2, 3]) & Q(total__in=[1, 2, 3]))),
            models.Index(fields=['window', 'starts'], name='even_verylong_28_idx'),
        ]
        db_table = 'events_verylongmodelnameexercisingidentifiertruncation_t14'


class Batch(models.Model):
    limit = models.TextField(null=True, db_column='Col_limit')
    email = models.PositiveIntegerField(null=True, db_default=Value(3))
    select = models.DecimalField(max_digits=7, decimal_places=0, db_comment='Заметка')
    an_extraordinarily_long_descriptive_column_name = models.GeneratedField(expression=Lower(F('limit')), output_field=models.TextField(), db_persist=True)

    class Meta:
        verbose_name_plural = 'batch v25'


class Device(models.Model):
    type = models.CharField(max_length=20, default='n/a', db_index=True, db_tablespace='pg_default', db_column='MixedCase_type')
    opened = models.DurationField()
    deadline = models.IntegerField(null=True, db_default=0, verbose_name='Deadline')

    class Meta:
        unique_together = [('type', 'opened')]
