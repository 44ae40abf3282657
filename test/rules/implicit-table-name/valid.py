# expect: no diagnostics
from django.db import models


class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        db_table = "shop_order"


class Mixin:
    def describe(self):
        return str(self)


class Abstract(models.Model):
    class Meta:
        abstract = True


class Proxy(Order):
    class Meta:
        proxy = True
        db_table = "ignored"
