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



class Shelf(models.Model):
    id = models.BigAutoField(primary_key=True)
    an_extraordinarily_long_descriptive_column_name = pg.ArrayField(models.TextField(), size=8)
    closed = pg.DateRangeField(null=True)
    origin = models.DecimalField(max_digits=12, decimal_places=4)
    zone = models.ForeignKey('library.Book', on_delete=models.PROTECT, related_name='shelf_zone_rel', null=True, db_column='Renamed_zone6')
    opened = models.DecimalField(max_digits=7, decimal_places=0, default=Decimal('3'), unique=True)
    rating = models.ManyToManyField('library.Book', related_name='shelf_rating_rel_x')
    attachment = models.ForeignKey('library.Author', on_delete=models.DO_NOTHING, related_name='shelf_attachment_rel')

    class Meta:
        indexes = [
            models.Index(fields=['opened', 'zone'], name='even_shelf_5_idx'),
        ]
        db_table_comment = 'Orders table v12'
        db_table = 'events_shelf_t15'
        verbose_name = 'shelf v25'
