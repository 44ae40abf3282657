# expect: no diagnostics
# expect-ignore: implicit-table-name
# The project's own distribution is not a dependency of itself, and nested requirement files
# (project templates, docs) are not the project's dependencies.
# --- pyproject.toml
[project]
name = "shop"
dependencies = ["Django>=5.2"]

[project.optional-dependencies]
testing = ["shop[extra]"]
# --- project_template/requirements.txt
shop>=1.0
# --- shop/models.py
from django.db import models


class Order(models.Model):
    pass
