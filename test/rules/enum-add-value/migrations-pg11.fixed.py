# --- shop/migrations/0003_archived.py
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('shop', '0002_status_type')]
    operations = [
        migrations.RunSQL("ALTER TYPE shop_status ADD VALUE 'archived';", migrations.RunSQL.noop),
    ]
