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
    position = models.CharField(max_length=50)
    version = models.DateTimeField(default=datetime.datetime(2023, 5, 17, 8, 30, tzinfo=datetime.timezone.utc), unique=True)
    deadline = models.SmallIntegerField(db_comment='Заметка')

    class Meta:
        indexes = [
            models.Index(fields=['version', 'position'], name='flee_team_2_idx'),
        ]


class Author(models.Model):
    total = models.IntegerField(default=-1)
    checksum = models.TimeField()
    visible = models.BooleanField(null=True, default=False, verbose_name='Visible')

    class Meta:
        unique_together = [('total', 'checksum')]
