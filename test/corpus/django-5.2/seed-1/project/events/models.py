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



class Reading(models.Model):
    summary = models.URLField(null=True, db_index=False, unique=True)
    size = models.OneToOneField('blog.Album', on_delete=models.CASCADE, related_name='vendor_body_rel')
    website = models.DateTimeField(auto_now_add=True)
    phone = models.IntegerField(null=True, db_index=True)

    class Meta:
        ordering = ['-pk']


class Region(models.Model):
    ratio = models.CharField(max_length=100, null=True, default='n/a', db_index=True, db_default=Lower(Value('ABC')))
    ip = models.ManyToManyField('events.Reading', related_name='region_ip_rel_x', db_table='events_ip_m2m27')

    class Meta:
        indexes = [
            models.Index(Lower(F('ratio')).desc(), name='even_region_15_ren'),
            models.Index(fields=['ratio'], name='even_region_14_idx'),
        ]


class ProductBase(models.Model):
    token = models.DateTimeField(auto_now_add=True)
    ratio = models.CharField(max_length=10, null=True, db_collation='C', blank=True)

    class Meta:
        abstract = True


class Team(ProductBase):
    checksum = models.CharField(max_length=100, db_default="it's")
    flag = models.ForeignKey('events.Region', on_delete=models.CASCADE, related_name='team_flag_rel', db_column='Renamed_flag11')
    phone = models.IntegerField(null=True)

    class Meta:
        db_table_comment = 'Comment v1 v6'
        unique_together = [('token', 'phone')]
        constraints = [
            models.CheckConstraint(condition=Q(checksum__istartswith='x_'), name='events_team_nv19'),
        ]
