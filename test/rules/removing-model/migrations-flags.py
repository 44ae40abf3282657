# --- shop/models.py
from django.db import models


class Tag(models.Model):
    class Meta:
        db_table = "shop_tag"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Tag', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))], options={'db_table': 'shop_tag'}),
        migrations.CreateModel(
            name='Legacy',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=40, unique=True)),
                ('tags', models.ManyToManyField(to='shop.tag')),
            ],
            options={'db_table': 'shop_legacy'},
        ),
    ]
# --- shop/migrations/0002_delete_legacy.py
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.DeleteModel(
#       ^^^^^^^^^^^^^^^^^^^^^^ warning[removing-model]: DeleteModel Legacy drops existing table "shop_legacy" while the code still running during the deploy uses it 💡
            name='Legacy',
        ),
    ]
