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



class Payment(models.Model):
    phone = models.JSONField(db_comment='Заметка')
    active = models.IntegerField(default=5)
    email = models.IntegerField()
    attachment = models.GenericIPAddressField(protocol='IPv4', null=True, default='::1')

    class Meta:
        indexes = [
            models.Index(fields=['active', 'attachment'], name='cata_payment_23_idx'),
        ]
        unique_together = [('active', 'attachment')]


class Product(models.Model):
    duration = models.DateField(db_default=datetime.date(2023, 5, 17), db_index=True)
    email = models.OneToOneField('catalog.Payment', on_delete=models.RESTRICT, related_name='product_email_rel')
    price = models.ForeignKey('catalog.Payment', on_delete=models.PROTECT, related_name='product_price_rel')

    class Meta:
        db_table_comment = "It's a table"
        db_tablespace = 'pg_default'
