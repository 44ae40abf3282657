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



class Reading(models.Model):
    pass


class Vendor(models.Model):
    position = models.IntegerField(null=True, db_default=-5)
    visible = models.GeneratedField(expression=F('position') + 1, output_field=models.BigIntegerField(), db_persist=True)
    level = models.DateTimeField(null=True, default=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc), db_comment='Заметка', db_index=True)
    code = pg.ArrayField(models.DateField(), size=3, null=True, default=list, blank=True)
    type = models.BooleanField(db_comment='Заметка', verbose_name='Type', help_text='Help for type')
    payload = models.BooleanField()

    class Meta:
        unique_together = [('position', 'level')]
        indexes = [
            models.Index(fields=['position'], name='flee_badge_23_idx', include=['payload']),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(position__in=[1, 2, 3]), name='fleet_badge_chk18', violation_error_message='Broken rule %(name)s'),
        ]


class Address(models.Model):
    ip = models.BinaryField(default=b'\x00\x01', verbose_name='Ip')
    window = models.BooleanField(db_comment='Заметка')
    type = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='address_type_rel')
    body = models.CharField(max_length=20, unique=True, db_comment='Заметка')
    total = models.OneToOneField('self', on_delete=models.SET_NULL, null=True, to_field='body', related_name='address_total_rel')
