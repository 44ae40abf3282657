# --- requirements.txt
Django==5.2.3
analytics-python==1.4
# --- calendar/apps.py
from django.apps import AppConfig


class CalendarConfig(AppConfig):
    name = "calendar"
#          ^^^^^^^^^^ warning[app-shadows-module]: App package "calendar" has the name of the standard-library module "calendar"
# --- calendar/models.py
from django.db import models
# --- analytics_python/apps.py
from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "analytics_python"
#          ^^^^^^^^^^^^^^^^^^ warning[app-shadows-module]: "analytics_python" has the name of a module of a declared dependency
# --- analytics_python/models.py
from django.db import models
