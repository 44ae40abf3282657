from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='status',
            field=models.CharField(default='new', max_length=20),
        ),
        migrations.AddIndex(
            model_name='order',
            index=models.Index(fields=['reference'], name='shop_order_referen_idx'),
        ),
    ]
