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



class VeryLongModelNameExercisingIdentifierTruncation(models.Model):
    summary = models.EmailField(max_length=60, null=True)
    extra = models.BooleanField(null=True, db_default=True, db_index=True)
    priority = models.ForeignKey('blog.Member', on_delete=models.DO_NOTHING, related_name='vendor_priority_rel')
    payload = models.ForeignKey('events.VeryLongModelNameExercisingIdentifierTruncation', on_delete=models.RESTRICT, related_name='verylongmodelnameexercisingidentifiertruncation_website_rel')
    notes = models.ForeignKey('blog.Member', on_delete=models.CASCADE, null=True, related_name='verylongmodelnameexercisingidentifiertruncation_notes_rel', blank=True)
    budget = models.CharField(max_length=20, default="it's", db_collation='C')
    kind = models.CharField(max_length=10, blank=True, unique=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['summary'], name='events_vendor_uniq2', condition=Q(summary__istartswith='a')),
            models.CheckConstraint(condition=Q(extra=True), name='events_verylongmode_chk12', violation_error_message='Broken rule %(name)s'),
            models.CheckConstraint(condition=Q(budget__startswith="it's"), name='events_verylongmode_nv27'),
        ]
        unique_together = [('priority', 'summary')]
        verbose_name_plural = 'verylongmodelnameexercisingidentifiertruncation v4'
        db_table = 'events_verylongmodelnameexercisingidentifiertruncation_t28'
        order_with_respect_to = 'payload'
        default_permissions = ('view',)


class Team(models.Model):
    visible = models.PositiveSmallIntegerField()
    uid = models.TimeField(null=True)
    opened = models.CharField(max_length=32, default='', db_collation='POSIX')
    flag = models.BooleanField(blank=True)
    an_extraordinarily_long_descriptive_column_name = models.ForeignKey('blog.Ticket', on_delete=models.DO_NOTHING, related_name='+')


class Payment(models.Model):
    opened = models.TextField(null=True)
    slug = models.BooleanField(null=True, db_comment='Primary contact', verbose_name='Slug', blank=True)
    due = models.DateTimeField(auto_now_add=True)
    extra = models.ForeignKey('contenttypes.ContentType', on_delete=models.DO_NOTHING, related_name='payment_extra_rel')
