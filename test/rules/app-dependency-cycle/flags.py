# --- shop/models.py
from django.db import models


class Order(models.Model):
    customer = models.ForeignKey("crm.Customer", on_delete=models.PROTECT)
#   ^^^^^^^^ warning[app-dependency-cycle]: Apps crm, shop depend on each other in a cycle (Order.customer -> crm.Customer)

    class Meta:
        db_table = "shop_order"
# --- crm/models.py
from django.db import models


class Customer(models.Model):
    last_order = models.ForeignKey("shop.Order", null=True, on_delete=models.SET_NULL)
#   ^^^^^^^^^^ warning[app-dependency-cycle]: (Customer.last_order -> shop.Order)

    class Meta:
        db_table = "crm_customer"
