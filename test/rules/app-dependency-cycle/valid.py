# expect: no diagnostics
# --- shop/models.py
from django.db import models


class Order(models.Model):
    customer = models.ForeignKey("crm.Customer", on_delete=models.PROTECT)

    class Meta:
        db_table = "shop_order"
# --- crm/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "crm_customer"
