# --- shop/models.py
from django.db import models


class Tag(models.Model):
    class Meta:
        db_table = "shop_tag"


class Order(models.Model):
    class Meta:
        db_table = "shop_order"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Tag', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_tag'}),
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('tags', models.ManyToManyField(to='shop.tag')),
            ],
            options={'db_table': 'shop_order'},
        ),
    ]
# --- shop/migrations/0002_remove_order_tags.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-field]: RemoveField order.tags drops join table "shop_order_tags" 💡
            model_name='order',
            name='tags',
        ),
    ]
