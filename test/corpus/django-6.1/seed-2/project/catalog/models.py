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



class Route(models.Model):
    id = models.IntegerField(primary_key=True)
    version = models.CharField(max_length=200, db_default='')
    an_extraordinarily_long_descriptive_column_name = models.ForeignKey('billing.Parcel', on_delete=models.PROTECT, related_name='route_an_extraordinarily_long_descriptive_column_name_rel', unique=True, db_constraint=False, null=True)
    score = models.PositiveBigIntegerField(db_default=10, db_comment='Заметка', blank=True, help_text='Help for score')
    weight = models.OneToOneField('contenttypes.ContentType', on_delete=models.CASCADE, related_name='route_attachment_rel')
    opened = models.CharField(max_length=255, db_index=True, db_tablespace='pg_default', choices=[('a', 'Alpha'), ('b', 'Beta')])
    duration = models.ManyToManyField('billing.Vendor', related_name='route_duration_rel')
    size = models.TextField(default='naïve')

    class Meta:
        db_table_comment = 'Orders table v9'
        unique_together = [('id', 'an_extraordinarily_long_descriptive_column_name'), ('score', 'weight')]
        order_with_respect_to = 'an_extraordinarily_long_descriptive_column_name'
