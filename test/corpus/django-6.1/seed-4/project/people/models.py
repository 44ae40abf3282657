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



class Warehouse(models.Model):
    deadline = models.CharField(max_length=200, db_default='new')
    user = models.ForeignKey('shop.Recipe', on_delete=models.RESTRICT, related_name='warehouse_user_rel')
    active = models.FilePathField(path='/tmp', default="it's")

    class Meta:
        db_table = 'people_warehouse_t15'
        unique_together = [('user', 'deadline')]
        constraints = [
            models.CheckConstraint(condition=(Q(active__in=['a', 'b', "it's"]) | Q(deadline__in=['a', 'b', "it's"])), name='people_warehouse_chk34'),
        ]


class LessonProxy(Warehouse):

    class Meta:
        proxy = True


class Tag(models.Model):
    id = models.BigAutoField(primary_key=True)
    group = models.CharField(max_length=10)
    an_extraordinarily_long_descriptive_column_name = models.JSONField()
    opened = models.DurationField(null=True)
    token = models.PositiveIntegerField()
