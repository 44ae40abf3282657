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



class Product(models.Model):
    kind = models.PositiveBigIntegerField()
    tags = models.IntegerField(null=True, default=5, db_column='col_tags6')
    status = models.PositiveSmallIntegerField(db_default=5)
    an_extraordinarily_long_descriptive_column_name = models.SmallIntegerField(default=10, unique=True)
    weight = models.IntegerField(db_default=Value(-7))

    class Meta:
        constraints = [
            models.CheckConstraint(condition=(Q(tags__lt=-10) & Q(kind__lte=100)), name='shop_product_chk1'),
        ]
        db_table_comment = 'Orders table v7'
        unique_together = [('tags', 'kind')]
