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



class Author(models.Model):
    path = pg.IntegerRangeField(null=True, db_comment="Owner's note 9")
    budget = models.OneToOneField('self', on_delete=models.DB_CASCADE, null=True, related_name='author_budget_rel')
    count = models.DecimalField(max_digits=7, decimal_places=2, null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(path__isnull=False), name='events_author_chk8'),
            models.CheckConstraint(condition=Q(count__lt=Decimal('1.55')), name='events_author_chk21'),
        ]
        unique_together = [('count', 'budget')]


class Team(models.Model):
    weight = pg.DecimalRangeField(null=True)
    size = models.ManyToManyField('blog.Note', related_name='team_size_rel_x', db_table='events_size_m2m34')

    class Meta:
        db_table = 'events_team_t27'


class Shelf(Team):
    rank = models.IntegerField(unique=True)

    class Meta:
        indexes = [
            models.Index(fields=['rank'], name='even_shelf_31_idx'),
        ]
