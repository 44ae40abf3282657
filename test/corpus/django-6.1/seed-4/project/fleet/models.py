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



class Member(models.Model):
    id = models.BigAutoField(primary_key=True)
    flag = models.BigIntegerField(db_comment='Заметка', blank=True)
    color = models.IntegerField(db_index=False, blank=True, null=True)
    origin = models.ForeignKey('contenttypes.ContentType', on_delete=models.DO_NOTHING, null=True, related_name='member_origin_rel', db_comment='Budget total 35')
    email = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal('1.55'))

    class Meta:
        db_table = 'fleet_member_t2'
        order_with_respect_to = 'origin'
        constraints = [
            models.UniqueConstraint(fields=['color', 'flag'], name='fleet_member_uniq20', nulls_distinct=True),
            models.UniqueConstraint(fields=['flag'], name='fleet_member_uniq24', nulls_distinct=True),
        ]
