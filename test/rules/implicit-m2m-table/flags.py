# --- shop/models.py
from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        db_table = "category"


class Product(models.Model):
    name = models.CharField(max_length=50)
    categories = models.ManyToManyField(Category, blank=True, related_name="products")
#   ^^^^^^^^^^ warning[implicit-m2m-table]: hidden join table "product_categories" 💡
    related = models.ManyToManyField("self")
#   ^^^^^^^ warning[implicit-m2m-table]: "product_related" 💡

    class Meta:
        db_table = "product"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Category',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('name', models.CharField(max_length=50))],
            options={'db_table': 'category'},
        ),
        migrations.CreateModel(
            name='Product',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=50)),
                ('categories', models.ManyToManyField(blank=True, related_name='products', to='shop.category')),
                ('related', models.ManyToManyField(to='shop.product')),
            ],
            options={'db_table': 'product'},
        ),
    ]
