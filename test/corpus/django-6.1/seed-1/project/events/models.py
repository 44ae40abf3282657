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
    id = models.AutoField(primary_key=True)
    weight = models.ForeignKey('events.Author', on_delete=models.DB_CASCADE, related_name='author_weight_rel16', db_index=False, db_constraint=False)

    class Meta:
        db_table = 'events_author_t2'
        db_table_comment = 'Main table'


class Venue(models.Model):
    active = models.IntegerField(default=10, db_comment='Primary contact')
    extra = models.CharField(max_length=255, null=True, default="it's", db_index=True)
    attachment = models.GeneratedField(expression=Concat(F('extra'), Value('-'), F('extra')), output_field=models.TextField(), db_persist=True)
    limit = models.PositiveIntegerField()
    notes = models.BooleanField(default=True)
    amount = models.CharField(max_length=100, db_column='Renamed_amount34')
