# expect-ignore: implicit-table-name
# --- pyproject.toml
[tool.schema-guard.field-types]
"mapped.fields.Price" = "django.db.models.DecimalField"
# --- shop/fields.py
from django.db import models


class Slug(models.CharField):
    pass


class Cidr(models.Field):
    def db_type(self, connection):
        return "cidr"
# --- shop/models.py
import mapped.fields
import thirdparty.fields
from django.db import models
from shop.fields import Cidr, Slug


class Order(models.Model):
    code = Slug(max_length=10)
    network = Cidr()
    price = mapped.fields.Price(max_digits=5, decimal_places=2)
    mystery = thirdparty.fields.MysteryField()
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ info[unknown-field-type]: The column type of thirdparty.fields.MysteryField is unknown
    again = thirdparty.fields.MysteryField()
