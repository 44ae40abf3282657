# expect-ignore: implicit-table-name
# --- shop/models.py
from django.db import models


class Site(models.Model):
    name = models.CharField(max_length=200, unique=True)


class Tag(models.Model):
    label = models.CharField(max_length=50, db_collation='C')
# --- shop/migrations/0001_initial.py
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Site',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, unique=True)),
            ],
        ),
        migrations.CreateModel(
            name='Tag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.CharField(max_length=50)),
            ],
        ),
    ]
# --- shop/migrations/0002_collation.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # Same type, new collation: no rewrite, but the unique index and the _like index on "name" are rebuilt.
    # "label" has no index: only the catalog changes.
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: Changing the collation of column "name" of existing table "shop_site" from the default to "C" rebuilds the indexes that use it ("shop_site_name_key", "shop_site_name_
            model_name='site',
            name='name',
            field=models.CharField(db_collation='C', max_length=100, unique=True),
        ),
        migrations.AlterField(
            model_name='tag',
            name='label',
            field=models.CharField(db_collation='C', max_length=50),
        ),
    ]
# --- shop/migrations/0003_widen.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # Django repeats COLLATE "C" when it widens the column: the collation does not change, nothing is rebuilt.
    dependencies = [('shop', '0002_collation')]
    operations = [
        migrations.AlterField(
            model_name='site',
            name='name',
            field=models.CharField(db_collation='C', max_length=200, unique=True),
        ),
    ]
# --- shop/migrations/0004_default_collation.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # Back to the default collation: TYPE varchar(200) without COLLATE, the indexes are rebuilt again.
    dependencies = [('shop', '0003_widen')]
    operations = [
        migrations.AlterField(
#       ^^^^^^^^^^^^^^^^^^^^^ warning[changing-column-type]: from "C" to the default rebuilds the indexes
            model_name='site',
            name='name',
            field=models.CharField(max_length=200, unique=True),
        ),
    ]
