from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        db_table = "shop_category"


class Order(models.Model):
    reference = models.CharField(max_length=20)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    categories = models.ManyToManyField(Category, blank=True)
    status = models.CharField(max_length=20, default="new")

    class Meta:
        indexes = [models.Index(fields=["reference"], name="shop_order_referen_idx")]


class Note(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    text = models.TextField()

    class Meta:
        db_table = "shop_note"
