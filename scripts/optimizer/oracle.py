#!/usr/bin/env python3
"""Django's own MigrationOptimizer and MigrationWriter, as an oracle for the TypeScript ports
(server/src/django/optimizer.ts, serialize.ts, writer.ts).

The input is the source of a migration module (a `class Migration` with dependencies,
operations, ...). It is executed as a module, `Migration(name, app)` is instantiated, its
operations are optionally run through MigrationOptimizer().optimize(ops, app), and the result is
written with MigrationWriter(migration, include_header=False).as_string().

Usage (PYTHONPATH must contain the Django to test; see scripts/oracle/README.md):
    python oracle.py [--optimize] [--app APP] [--name NAME] FILE.py   # print the written text
    python oracle.py [--optimize] --ops FILE.py   # FILE is just a Python list of operations
    python oracle.py --serve    # JSON lines on stdin -> JSON lines on stdout
        request:  {"id": any, "source": str, "app": str, "name": str, "optimize": bool}
                  ("operations": str instead of "source": a Python list of operations)
                  ("files": [[module_name, path], ...] instead of "source": migration files on disk;
                   one file is written as is, several are concatenated like a squash into a bare
                   Migration("0001_squashed", app) with only their operations)
        response: {"id": any, "ok": bool, "text": str, "passes": int, "error": str}

Settings: contenttypes and auth installed (so FKs to auth.User deconstruct to
settings.AUTH_USER_MODEL), USE_TZ=True, no database. The directory of this file is on sys.path,
so the generated sources can use the `sghelpers` package.
"""
import json
import os
import sys
import traceback
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
warnings.simplefilter("ignore")

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    USE_TZ=True,
    DATABASES={},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.db.migrations.optimizer import MigrationOptimizer  # noqa: E402
from django.db.migrations.writer import MigrationWriter  # noqa: E402

_counter = [0]

OPERATIONS_PRELUDE = """\
from django.db import migrations, models
import django.core.validators
import django.db.models.deletion
import django.contrib.postgres.constraints
import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.utils.timezone
from django.conf import settings
from decimal import Decimal
import datetime
import functools
import re
import uuid
import sghelpers
"""


def operations_source(operations):
    """A migration module around a bare Python list of operations."""
    return (
        OPERATIONS_PRELUDE
        + "\n\nclass Migration(migrations.Migration):\n    operations = "
        + operations.strip().replace("\n", "\n    ")
        + "\n"
    )


def run(source, app="sgapp", name="0001_case", optimize=False):
    _counter[0] += 1
    modname = "%s.migrations.%s" % (app, name)
    module = types.ModuleType(modname)
    module.__file__ = "<%s>" % modname
    sys.modules[modname] = module
    try:
        exec(compile(source, module.__file__, "exec"), module.__dict__)
        migration = module.Migration(name, app)
        passes = 0
        if optimize:
            optimizer = MigrationOptimizer()
            migration.operations = optimizer.optimize(migration.operations, app)
            passes = optimizer._iterations
        text = MigrationWriter(migration, include_header=False).as_string()
        return {"ok": True, "text": text, "passes": passes}
    except Exception as e:  # noqa: BLE001 - the error is the result
        return {
            "ok": False,
            "error": "%s: %s" % (type(e).__name__, e),
            "trace": traceback.format_exc(limit=3),
        }
    finally:
        sys.modules.pop(modname, None)


def run_files(files, app, optimize=False):
    import importlib.util

    loaded = []
    try:
        for modname, path in files:
            spec = importlib.util.spec_from_file_location(modname, path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[modname] = module
            loaded.append(modname)
            spec.loader.exec_module(module)
        modules = [sys.modules[m] for m in loaded]
        if len(modules) == 1:
            migration = modules[0].Migration(loaded[0].rsplit(".", 1)[-1], app)
        else:
            from django.db import migrations

            migration = type("Migration", (migrations.Migration,), {})("0001_squashed", app)
            migration.operations = [
                op for m in modules for op in m.Migration(m.__name__.rsplit(".", 1)[-1], app).operations
            ]
        passes = 0
        if optimize:
            optimizer = MigrationOptimizer()
            migration.operations = optimizer.optimize(migration.operations, app)
            passes = optimizer._iterations
        text = MigrationWriter(migration, include_header=False).as_string()
        return {"ok": True, "text": text, "passes": passes}
    except Exception as e:  # noqa: BLE001
        return {
            "ok": False,
            "error": "%s: %s" % (type(e).__name__, e),
            "trace": traceback.format_exc(limit=3),
        }
    finally:
        for m in loaded:
            sys.modules.pop(m, None)


def serve():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req = json.loads(line)
        source = req.get("source")
        if req.get("files"):
            res = run_files(req["files"], req.get("app", "sgapp"), bool(req.get("optimize")))
        else:
            if source is None:
                source = operations_source(req["operations"])
            res = run(
                source,
                req.get("app", "sgapp"),
                req.get("name", "0001_case"),
                bool(req.get("optimize")),
            )
        res["id"] = req.get("id")
        sys.stdout.write(json.dumps(res) + "\n")
        sys.stdout.flush()


def main(argv):
    if "--serve" in argv:
        serve()
        return 0
    optimize = "--optimize" in argv
    app, name, path = "sgapp", "0001_case", None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--app":
            app = argv[i + 1]
            i += 1
        elif a == "--name":
            name = argv[i + 1]
            i += 1
        elif not a.startswith("--"):
            path = a
        i += 1
    if path is None:
        sys.stderr.write(__doc__)
        return 2
    with open(path) as f:
        source = f.read()
    if "--ops" in argv:
        source = operations_source(source)
    res = run(source, app, name, optimize)
    if res["ok"]:
        sys.stdout.write(res["text"])
        return 0
    sys.stderr.write(res["trace"])
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
