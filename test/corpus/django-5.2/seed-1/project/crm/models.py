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



class Driver(models.Model):
    an_extraordinarily_long_descriptive_column_name = models.DateField(auto_now=True)
    ip = models.TextField(db_default='a\\b')
    group = models.CharField(max_length=200)
    ratio = models.ForeignKey('self', on_delete=models.PROTECT, null=True, related_name='driver_ratio_rel', db_index=False)

    class Meta:
        db_tablespace = 'pg_default'
        constraints = [
            models.CheckConstraint(condition=Q(an_extraordinarily_long_descriptive_column_name__lt=datetime.date(2023, 5, 17)), name='crm_driver_chk20'),
        ]


class PaymentProxy(Driver):

    class Meta:
        proxy = True
