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



class Member(models.Model):
    status = models.BooleanField(db_default=False, db_column='Renamed_status22')
    flag = models.CharField(max_length=100, null=True)
    level = models.FileField(upload_to='uploads/', max_length=200, null=True)
    phone = models.ForeignKey('people.Route', on_delete=models.PROTECT, null=True, to_field='weight', related_name='member_phone_rel')
    an_extraordinarily_long_descriptive_column_name = models.DateField()

    class Meta:
        verbose_name = 'product entry'
        indexes = [
            models.Index(fields=['status'], name='shop_member_26_idx', condition=Q(status=True)),
        ]


class Recipe(models.Model):
    attachment = models.CharField(max_length=32, db_collation='POSIX')
    extra = pg.DateRangeField(null=True, db_column='X_rating17')
    title = models.DateTimeField(db_comment="It's the amount")
    path = models.ManyToManyField('self')
