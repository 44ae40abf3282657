# expect: no diagnostics
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Permission(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    codename = models.CharField(max_length=100)

    class Meta:
        db_table = "shop_permission"
