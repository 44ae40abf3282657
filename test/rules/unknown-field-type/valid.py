# expect: no diagnostics
# expect-ignore: implicit-table-name
# --- shop/models.py
from django.contrib.postgres.fields import ArrayField
from django.db import models
from modelcluster.fields import ParentalKey
from phonenumber_field.modelfields import PhoneNumberField


class Order(models.Model):
    tags = ArrayField(models.CharField(max_length=10))
    phone = PhoneNumberField()
    parent = ParentalKey("Order", on_delete=models.CASCADE)
