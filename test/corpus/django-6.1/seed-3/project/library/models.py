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



class Book(models.Model):
    price = models.FloatField(db_comment='Заметка', blank=True)
    created = models.CharField(max_length=255, null=True)
    slug = models.TimeField(db_comment='Primary contact', blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=~Q(created__istartswith="it's"), name='library_book_chk15', violation_error_message='Broken rule %(name)s'),
        ]


class Warehouse(models.Model):
    code = models.CharField(primary_key=True, max_length=20)
    status = models.TextField(null=True)
    limit = models.CharField(max_length=10, db_default='')
    ratio = models.DateTimeField()
    title = models.BooleanField(db_default=False)
    position = models.UUIDField()
    an_extraordinarily_long_descriptive_column_name = models.IntegerField(default=5, db_comment='Primary contact')
    deadline = models.DecimalField(max_digits=10, decimal_places=0, null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(position=UUID('12345678-1234-5678-1234-567812345678')), name='library_warehouse_chk4'),
        ]
        unique_together = [('ratio', 'limit')]
