import os

SECRET_KEY = "corpus-only-not-secret"
DEBUG = False
USE_TZ = True
TIME_ZONE = 'Europe/Paris'
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.postgres",
    'fleet',
    'events',
    'blog',
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("EVAL_DB", "corpus"),
        "USER": os.environ.get("EVAL_PGUSER", "postgres"),
        "HOST": os.environ.get("EVAL_PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("EVAL_PGPORT", "54329"),
    }
}
