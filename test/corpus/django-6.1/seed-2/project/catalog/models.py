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



class Address(models.Model):
    duration = models.CharField(max_length=255, db_comment='Changed comment 6', db_default=Upper(Value('x')))
    checksum = models.BooleanField(null=True, db_index=True)
    qty = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal('1.55'), db_comment='Budget total 5')
    position = models.ForeignKey('self', on_delete=models.DB_CASCADE, related_name='address_position_rel')
    flag = models.CharField(max_length=50, verbose_name='Flag', blank=True)
    size = models.PositiveIntegerField(db_default=Value(42))

    class Meta:
        verbose_name = 'address entry'


class Product(models.Model):
    pk = models.CompositePrimaryKey('active', 'closed')
    active = models.BigIntegerField()
    closed = models.DateField()
    status = models.TextField(null=True)
    weight = models.TimeField(unique=True)
    flag = models.OneToOneField('billing.Station', on_delete=models.CASCADE, related_name='product_flag_rel', db_constraint=False, help_text='help_text 17')
    attachment = models.GenericIPAddressField(protocol='IPv4', null=True, default='::1')
    count = models.IntegerField(default=-5)

    class Meta:
        unique_together = [('active', 'closed')]
        db_table_comment = 'Orders table v21'
