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



class Coupon(models.Model):
    group = models.PositiveIntegerField(null=True, blank=True)
    amount = models.SmallIntegerField()
    email = models.BigIntegerField(db_column='Col_email')
    deadline = models.OneToOneField('events.Shelf', on_delete=models.CASCADE, related_name='coupon_deadline_rel')
    city = models.ForeignKey('library.Author', on_delete=models.CASCADE, related_name='coupon_city_rel')
