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
    code = models.BooleanField(default=True)
    ip = models.URLField()
    body = models.IntegerField(null=True)
    status = models.SlugField(db_column='Col_status')
    label = pg.DateTimeRangeField(null=True, db_comment="It's the amount", blank=True)
    weight = models.ForeignKey('library.Book', on_delete=models.RESTRICT, null=True, related_name='book_weight_rel20', db_constraint=False)
    checksum = models.PositiveBigIntegerField(null=True)
    version = models.URLField(null=True, unique=True, verbose_name='Select')

    class Meta:
        order_with_respect_to = 'weight'


class Comment(models.Model):
    path = models.CharField(max_length=32, db_default=Lower(Value('ABC')), choices=[('a', 'Alpha'), ('b', 'Beta')])
    deadline = models.ForeignKey('fleet.Invoice', on_delete=models.CASCADE, related_name='comment_deadline_rel37', unique=True)

    class Meta:
        indexes = [
            models.Index(fields=['deadline'], name='libr_comment_33_idx'),
            pg_indexes.BTreeIndex(fields=['deadline'], name='libr_comment_34_idx', fillfactor=80, deduplicate_items=False),
        ]
        default_permissions = ('view',)


class VeryLongModelNameExercisingIdentifierTruncation(models.Model):
    id = models.IntegerField(primary_key=True)
    window = models.FileField(upload_to='uploads/', null=True, db_default='n/a')
    city = models.BinaryField(db_comment='Primary contact')
    label = models.SlugField(null=True, default='new-item', db_index=False)
    status = models.CharField(max_length=200, db_index=True)
    active = models.CharField(max_length=200, null=True, db_collation='POSIX')
    origin = models.DateTimeField(default=datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=datetime.timezone.utc))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['label'], name='library_verylongmode_uniq16', opclasses=['varchar_pattern_ops']),
        ]
        indexes = [
            models.Index(fields=['status'], name='libr_verylong_17_idx'),
            pg_indexes.GinIndex(fields=['id'], name='libr_verylong_19_idx'),
            models.Index(OpClass(Upper(F('label')), name='text_pattern_ops'), name='libr_verylong_27_idx'),
        ]


class BasketProxy(Comment):

    class Meta:
        proxy = True


class Shelf(models.Model):
    price = models.IntegerField(db_default=10, choices=[(1, 'One'), (2, 'Two'), (3, 'Three')], verbose_name='Price')
    active = models.SlugField(max_length=60, db_index=False)


class Ticket(models.Model):
    uid = models.UUIDField(primary_key=True, default=uuid.uuid4)
    select = models.CharField(max_length=100, db_column='Col_select')
    qty = models.SlugField(null=True)
    user = models.FileField(upload_to='uploads/', null=True, db_default="it's")
    limit = models.OneToOneField('events.Team', on_delete=models.CASCADE, null=True, related_name='ticket_limit_rel')

    class Meta:
        db_table = 'library_ticket_t38'
