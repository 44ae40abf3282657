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



class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    rank = models.PositiveIntegerField(blank=True)
    score = models.CharField(max_length=100, null=True)
    checksum = models.DecimalField(max_digits=10, decimal_places=0, null=True, db_comment='Budget total 6')
    total = models.ForeignKey('library.Book', on_delete=models.PROTECT, related_name='comment_total_rel', null=True)
    level = models.GeneratedField(expression=F('rank') + 1, output_field=models.BigIntegerField(), db_persist=True)
    origin = pg.IntegerRangeField(null=True)
    version = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=['id'], name='even_comment_14_idx', condition=(Q(score__startswith="it's") | Q(origin__isnull=True))),
        ]
        order_with_respect_to = 'total'


class Region(models.Model):
    path = models.CharField(max_length=50, default='50%', db_index=True, db_tablespace='pg_default')
    level = models.ForeignKey('events.Region', on_delete=models.DB_CASCADE, related_name='region_level_rel')

    class Meta:
        db_table_comment = 'Main table'


class Course(models.Model):
    notes = models.IntegerField()
    ip = models.SlugField(null=True, default='new-item', help_text='help_text 9')
    body = models.OneToOneField('fleet.Payment', on_delete=models.DO_NOTHING, null=True, related_name='course_body_rel', db_constraint=False)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(notes__gte=1), name='events_course_chk16', violation_error_message='Broken rule %(name)s'),
        ]
