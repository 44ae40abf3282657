# --- shop/models.py
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Note(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    target = GenericForeignKey("content_type", "object_id")
#   ^^^^^^ warning[generic-foreign-key]: no index on (content_type, object_id) 💡

    class Meta:
        db_table = "shop_note"


class Tagged(models.Model):
    kind = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    ref = models.BigIntegerField()
    item = GenericForeignKey(ct_field="kind", fk_field="ref")
#   ^^^^ warning[generic-foreign-key]: has no foreign key: the database cannot check or cascade it

    class Meta:
        db_table = "shop_tagged"
        indexes = [models.Index(fields=["kind", "ref"], name="shop_tagged_kind_ref")]


class Article(models.Model):
    notes = GenericRelation(Note)
#   ^^^^^ warning[generic-foreign-key]: GenericRelation Article.notes

    class Meta:
        db_table = "shop_article"
# --- shop/migrations/0001_initial.py
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True
    dependencies = [('contenttypes', '0002_remove_content_type_name')]
    operations = [
        migrations.CreateModel(
            name='Note',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveIntegerField()),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
            ],
            options={'db_table': 'shop_note'},
        ),
    ]
