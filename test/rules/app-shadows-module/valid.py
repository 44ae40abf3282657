# expect: no diagnostics
# --- proj/calendar/apps.py
from django.apps import AppConfig


class CalendarConfig(AppConfig):
    name = "proj.calendar"
    label = "calendar"
# --- proj/calendar/models.py
from django.db import models
