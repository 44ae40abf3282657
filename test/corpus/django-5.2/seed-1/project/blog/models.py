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



class Album(models.Model):
    code = models.AutoField(primary_key=True, db_comment="Owner's note 10")
    select = models.CharField(max_length=100, db_default=Lower(Value('ABC')))
    due = models.GeneratedField(expression=Concat(F('select'), Value('-'), F('select')), output_field=models.TextField(), db_persist=True)
    label = models.BinaryField(null=True)
    level = models.CharField(max_length=100, db_collation='POSIX', db_column='MixedCase_level')


class Course(models.Model):
    code = models.SmallAutoField(primary_key=True)
    user = models.PositiveIntegerField(null=True, db_default=5, db_index=True)
    ratio = models.SmallIntegerField(db_index=True, db_tablespace='pg_default', db_comment='Changed comment 22')
    rank = models.PositiveIntegerField(null=True, verbose_name='verbose_name 17')

    class Meta:
        verbose_name = 'course entry'


class Book(models.Model):
    pk = models.CompositePrimaryKey('slug', 'visible')
    slug = models.IntegerField()
    visible = models.DateField()
    kind = models.SmallIntegerField(default=10)
    weight = models.IntegerField(default=0, db_comment='Заметка')
    email = models.ForeignKey('blog.Album', on_delete=models.CASCADE, related_name='+')

    class Meta:
        db_table = 'blog_book_t23'
        constraints = [
            models.UniqueConstraint(fields=['slug'], name='blog_book_uniq24', deferrable=models.Deferrable.IMMEDIATE),
        ]
