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



class Device(models.Model):
    notes = models.BooleanField(default=True)
    origin = models.BooleanField(db_default=True)
    uid = models.DecimalField(max_digits=7, decimal_places=0, null=True)

    class Meta:
        ordering = ['-pk']
        constraints = [
            models.UniqueConstraint(fields=['notes'], name='crm_verylongmode_uniq22', deferrable=models.Deferrable.IMMEDIATE),
        ]
        db_table = 'crm_verylongmodelnameexercisingidentifiertruncation_t25'


class Review(models.Model):
    uid = models.UUIDField(primary_key=True, default=uuid.uuid4)
    ratio = models.CharField(max_length=50, default='n/a')

    class Meta:
        indexes = [
            models.Index(Upper(F('ratio')).desc(), name='crm_review_35_idx'),
        ]
