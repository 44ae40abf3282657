SECRET_KEY = "sample-only"
USE_TZ = True
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "shop",
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
