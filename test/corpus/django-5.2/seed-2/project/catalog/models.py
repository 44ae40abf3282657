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



class Course(models.Model):
    due = models.UUIDField(default=uuid.uuid4, unique=True, verbose_name='verbose_name 6')
    city = models.IntegerField()
    ratio = models.BooleanField(null=True, db_comment='Заметка', verbose_name='Budget')
    group = models.GeneratedField(expression=F('city') + 1, output_field=models.BigIntegerField(), db_persist=True, db_comment='Budget total 24')
