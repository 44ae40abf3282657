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



class Ticket(models.Model):
    title = models.CharField(max_length=50, null=True, default='a\\b')
    qty = models.CharField(max_length=200)
    budget = models.DateField(db_column='MixedCase_budget')
    email = models.ForeignKey('shop.Product', on_delete=models.CASCADE, null=True, related_name='ticket_email_rel9', db_constraint=False)
    total = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['budget', 'title'], name='people_ticket_uniq3', condition=Q(title__isnull=True)),
            models.CheckConstraint(condition=Q(qty__startswith='x_'), name='people_ticket_chk8'),
        ]
        indexes = [
            models.Index(fields=['qty'], name='peop_ticket_10_idx', include=['budget']),
        ]
