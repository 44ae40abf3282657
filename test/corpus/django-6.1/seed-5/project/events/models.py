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



class Station(models.Model):
    code = models.CharField(primary_key=True, max_length=20, help_text='help_text 8')
    limit = models.DateField(auto_now_add=True, unique=True, db_default=datetime.date(2023, 5, 17))
    an_extraordinarily_long_descriptive_column_name = models.DateField(null=True, db_comment='Changed comment 20')
    phone = models.UUIDField()
    zone = models.OneToOneField('events.Station', on_delete=models.DB_SET_NULL, null=True, related_name='station_zone_rel', to_field='kind')
    kind = models.BigIntegerField(default=10, unique=True)
    uid = models.ForeignKey('blog.Recipe', on_delete=models.DB_CASCADE, related_name='station_uid_rel')

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(limit__lt=F('an_extraordinarily_long_descriptive_column_name')), name='events_station_chk1', violation_error_message='Rule 3 broken'),
        ]
        db_table_comment = 'Comment v1 v2'
        order_with_respect_to = 'uid'


class Batch(models.Model):
    code = models.AutoField(primary_key=True)
    attachment = models.BooleanField()
    flag = models.SmallIntegerField(db_default=Value(3), db_column='MixedCase_flag')
    price = pg.ArrayField(models.DateField(), size=8)
    status = models.GeneratedField(expression=F('flag') + 1, output_field=models.BigIntegerField(), db_persist=True)
    score = models.PositiveIntegerField(null=True, db_index=True)


class Device(models.Model):
    ip = models.IntegerField(default=-1, db_index=True, db_tablespace='pg_default', verbose_name='Ip')
