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



class Sensor(models.Model):
    uid = models.IntegerField()
    closed = models.SmallIntegerField(null=True, help_text='Help for status')
    budget = models.IntegerField(db_index=False, db_column='Renamed_budget18')

    class Meta:
        indexes = [
            models.Index(fields=['closed'], name='flee_sensor_4_idx', condition=Q(uid__gte=0)),
            pg_indexes.GinIndex(fields=['closed'], name='flee_sensor_17_idx'),
        ]
