# expect-ignore: app-dependency-cycle
# --- pyproject.toml
[tool.schema-guard.rules]
cross-app-foreign-key = "info"
# --- shop/models.py
from django.db import models


class Order(models.Model):
    customer = models.ForeignKey("crm.Customer", on_delete=models.PROTECT)
#   ^^^^^^^^ info[cross-app-foreign-key]: relates app "shop" to "crm.Customer"
    owner = models.ForeignKey("auth.User", on_delete=models.PROTECT)

    class Meta:
        db_table = "shop_order"
# --- crm/models.py
from django.db import models


class Customer(models.Model):
    class Meta:
        db_table = "crm_customer"
