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



class Book(models.Model):
    id = models.IntegerField(primary_key=True)
    type = models.DateTimeField(db_comment='Заметка', blank=True)
    phone = models.BooleanField(default=True, db_default=True)
    title = models.TextField()
    status = models.URLField(verbose_name='Status', blank=True, db_default='https://example.com/x', null=True)
    an_extraordinarily_long_descriptive_column_name = models.TextField(null=True, db_column='Col_an_extraordinarily_l')
    user = models.DateTimeField(auto_now=True, null=True)
    slug = models.TimeField(db_comment='Primary contact', blank=True)

    class Meta:
        db_table = 'library_book_t22'


class Warehouse(models.Model):
    flag = models.CharField(max_length=32, null=True, db_default=Upper(Value('x')), db_column='Col_flag')
    type = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    title = models.ForeignKey('library.Warehouse', on_delete=models.RESTRICT, related_name='warehouse_title_rel', db_column='Ref_title', null=True)
    created = models.ForeignKey('contenttypes.ContentType', on_delete=models.RESTRICT, related_name='warehouse_created_rel')

    class Meta:
        order_with_respect_to = 'title'
