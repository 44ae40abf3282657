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



class Team(models.Model):
    ref = models.URLField(max_length=60, db_default='https://example.com/x')
    ratio = models.SlugField()
    code = models.TextField()
    ip = models.SlugField()
    budget = models.ForeignKey('library.Book', on_delete=models.CASCADE, related_name='team_budget_rel', db_comment='link to Book', db_constraint=False, db_index=False)

    class Meta:
        indexes = [
            models.Index(fields=['ip'], name='even_team_6_ren', condition=~Q(ip__startswith='50%')),
        ]
        constraints = [
            models.UniqueConstraint(fields=['ratio'], name='events_team_uniq2', nulls_distinct=False, violation_error_message='Broken rule %(name)s'),
            models.CheckConstraint(condition=Q(ref='x_'), name='events_team_chk12', violation_error_message='Rule 23 broken'),
        ]
        order_with_respect_to = 'budget'
        db_table = 'events_team_t29'


class ReviewProxy(Team):

    class Meta:
        proxy = True
        ordering = ['pk']
