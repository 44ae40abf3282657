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



class Recipe(models.Model):
    uid = models.TextField(verbose_name='verbose_name 33')
    total = models.CharField(max_length=50, unique=True, default='naïve', choices=[('x', 'X'), ('y', 'Y'), ('z', 'Z')])
    ip = models.URLField(null=True)
    type = models.IntegerField(help_text='Help for type')
    due = models.GenericIPAddressField(unique=True)
    code = models.IntegerField(db_default=1, verbose_name='Code')

    class Meta:
        default_permissions = ('view',)
        db_table = 'blog_recipe_t16'
        constraints = [
            models.UniqueConstraint(fields=['type'], name='blog_recipe_uniq19', nulls_distinct=False),
            models.UniqueConstraint(fields=['type', 'due'], name='blog_recipe_uniq26', nulls_distinct=False),
        ]
