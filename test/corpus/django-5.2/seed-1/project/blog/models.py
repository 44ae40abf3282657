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
    code = models.BigAutoField(primary_key=True)
    checksum = models.SmallIntegerField(default=-5)
    select = models.CharField(max_length=100, db_default=Lower(Value('ABC')))
    due = pg.DateRangeField(null=True, db_column='MixedCase_due')
    score = models.CharField(max_length=200, db_collation='C')
    ratio = models.JSONField()
    email = models.PositiveIntegerField(default=5)

    class Meta:
        indexes = [
            models.Index(Upper(F('select')), name='blog_sensor_11_ren'),
        ]
        db_table = 'blog_member_t23'


class Device(models.Model):
    phone = models.FilePathField(path='/tmp', max_length=150, null=True)
    checksum = models.BooleanField()
    extra = models.CharField(max_length=100, null=True)
    qty = models.ForeignKey('events.VeryLongModelNameExercisingIdentifierTruncation', on_delete=models.RESTRICT, related_name='device_qty_rel', db_index=False)
    an_extraordinarily_long_descriptive_column_name = models.ManyToManyField('events.VeryLongModelNameExercisingIdentifierTruncation', related_name='device_an_extraordinarily_long_descriptive_column_name_rel', through='blog.Recipe')
    group = models.CharField(max_length=100, null=True)
    label = models.GenericIPAddressField(protocol='IPv4')
    due = models.CharField(max_length=20, default='n/a', db_column='Col_due', verbose_name='Due', db_index=True)

    class Meta:
        db_table = 'blog_device_t9'
        indexes = [
            models.Index(fields=['qty'], name='blog_device_15_named'),
        ]
        constraints = [
            models.UniqueConstraint(fields=['phone', 'qty'], name='blog_device_uniq17', violation_error_message='Broken rule %(name)s'),
        ]
        ordering = ['-pk']
        unique_together = [('qty', 'extra')]


class Ticket(models.Model):
    origin = models.UUIDField(verbose_name='Origin', null=True)
    zone = models.IntegerField(null=True)
    due = models.ForeignKey('events.VeryLongModelNameExercisingIdentifierTruncation', on_delete=models.CASCADE, related_name='ticket_due_rel', db_constraint=False)
    count = models.ManyToManyField('events.VeryLongModelNameExercisingIdentifierTruncation', related_name='ticket_count_rel')
    total = models.ForeignKey('events.VeryLongModelNameExercisingIdentifierTruncation', on_delete=models.CASCADE, related_name='ticket_total_rel', db_constraint=False)

    class Meta:
        db_table = 'blog_ticket_t13'


class Recipe(models.Model):
    device = models.ForeignKey('blog.Device', on_delete=models.CASCADE, related_name='recipe_src')
    verylongmodelnameexercisingidentifiertruncation_x = models.ForeignKey('events.VeryLongModelNameExercisingIdentifierTruncation', on_delete=models.CASCADE, related_name='recipe_dst', db_comment="Owner's note 16", null=True)
    weight = models.IntegerField(default=0, db_column='legacy_weight')
    size = models.IntegerField(db_index=True, blank=True)

    class Meta:
        unique_together = [('device', 'verylongmodelnameexercisingidentifiertruncation_x')]
        constraints = [
            models.UniqueConstraint(fields=['weight', 'verylongmodelnameexercisingidentifiertruncation_x'], name='blog_recipe_uniq19', condition=Q(weight__gte=0)),
        ]
        db_table_comment = 'Comment v1 v21'
        indexes = [
            models.Index(fields=['weight'], name='blog_recipe_22_idx'),
        ]
