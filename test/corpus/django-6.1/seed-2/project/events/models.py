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



class Order(models.Model):
    due = models.JSONField(default=dict)
    attachment = models.CharField(max_length=200, null=True)
    opened = models.JSONField()
    label = models.DecimalField(max_digits=5, decimal_places=3, default=Decimal('1.555'))
    code = models.TextField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=(Q(label__gt=Decimal('1.555')) & Q(attachment__istartswith='a')), name='events_team_chk8'),
        ]
        db_table = 'events_team_t18'
