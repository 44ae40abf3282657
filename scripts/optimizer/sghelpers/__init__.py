"""Importable helpers for the random migrations of test/optimizer (RunPython code, callable
defaults, managers, mixins, custom fields). Kept tiny and stable: the committed fixtures refer to them."""
from django.db import models


def forwards(apps, schema_editor):
    pass


def backwards(apps, schema_editor):
    pass


def default_title():
    return "untitled"


def upload_to(instance, filename):
    return filename


class Mixin:
    pass


class BookQuerySet(models.QuerySet):
    pass


class BookManager(models.Manager):
    pass


class TitleField(models.CharField):
    pass


from django.db.migrations.operations.base import Operation  # noqa: E402


class CustomOperation(Operation):
    """A project-defined operation: Operation.deconstruct() writes its constructor arguments."""

    def __init__(self, name, value=None):
        self.name = name
        self.value = value

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass
