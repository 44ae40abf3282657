# expect: no diagnostics
from django.db import models


class Category(models.Model):
    class Meta:
        db_table = "category"


class ProductCategory(models.Model):
    product = models.ForeignKey("Product", on_delete=models.CASCADE)
    category = models.ForeignKey(Category, on_delete=models.CASCADE)

    class Meta:
        db_table = "product_category"


class Product(models.Model):
    categories = models.ManyToManyField(Category, through=ProductCategory)

    class Meta:
        db_table = "product"


class Draft(models.Model):
    tags = models.ManyToManyField(Category)

    class Meta:
        abstract = True
