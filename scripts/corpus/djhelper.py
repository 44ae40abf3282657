"""Runs inside the Django interpreter on behalf of generate.py (one process per request).

Usage: python djhelper.py REQUEST.json RESPONSE.json
The working directory is the generated project; DJANGO_SETTINGS_MODULE and the EVAL_* variables are set by the
caller. Every action works in-process (django.setup() once, then call_command several times) to avoid paying the
interpreter start-up for each manage.py command.

Actions:
  version      -> {"django": "6.1.1"}
  createdb     -> create (drop first) the database named by EVAL_DB, via the "postgres" maintenance database
  dropdb       -> drop the database named by EVAL_DB
  edit         -> optional hand migrations, makemigrations (interactive answers scripted), optional rewrite of the
                  generated migration, then for each new migration in plan order: sqlmigrate, migrate to it,
                  sqlmigrate --backwards
  migrate_all  -> migrate every app to its leaf (used to rebuild the database after a rolled-back edit)
  final        -> system checks, makemigrations --check, operation counts of every migration, and sqlmigrate of
                  every migration against an empty database (to find introspection-sensitive migrations)
"""

import importlib
import io
import json
import os
import re
import sys
import traceback


def out_err(e):
    return f"{type(e).__name__}: {e}"


class ScriptedStdin:
    """Answers the makemigrations questioner. It reads the question the command just printed (into `prompt_buf`)
    and picks the answer from the request; unknown questions abort the edit."""

    def __init__(self, prompt_buf, spec):
        self.buf = prompt_buf
        self.pos = 0
        self.spec = spec
        self.pending_default = None  # "model.field" whose default is requested next
        self.log = []

    def readline(self):
        text = self.buf.getvalue()
        chunk = text[self.pos:]
        self.pos = len(text)
        answer = self._answer(chunk)
        self.log.append([chunk.strip()[-3000:], answer])
        if answer is None:
            raise RuntimeError("unexpected makemigrations question: " + chunk.strip()[-1000:])
        return answer + "\n"

    def _answer(self, chunk):
        spec = self.spec
        m = re.search(r"Was the model (\w+)\.(\w+) renamed to (\w+)\? \[y/N\]", chunk)
        if m:
            key = f"{m.group(1)}.{m.group(2)}>{m.group(3)}".lower()
            return "y" if key in [k.lower() for k in spec.get("model_renames", [])] else "N"
        m = re.search(r"Was (\w+)\.(\w+) renamed to (\w+)\.(\w+) \(a \w+\)\? \[y/N\]", chunk)
        if m:
            key = f"{m.group(1)}.{m.group(2)}>{m.group(4)}".lower()
            return "y" if key in [k.lower() for k in spec.get("field_renames", [])] else "N"
        m = re.search(r"impossible to add a non-nullable field '(\w+)' to (\w+) without", chunk)
        if m:
            self.pending_default = f"{m.group(2)}.{m.group(1)}".lower()
            return "1"
        m = re.search(r"impossible to add the field '(\w+)' with 'auto_now_add=True' to (\w+) without", chunk)
        if m:
            self.pending_default = f"{m.group(2)}.{m.group(1)}".lower()
            return "1"
        m = re.search(r"impossible to change a nullable field '(\w+)' on (\w+) to non-nullable", chunk)
        if m:
            key = f"{m.group(2)}.{m.group(1)}".lower()
            if spec.get("null_alter", "default") == "ignore":
                return "2"
            self.pending_default = key
            return "1"
        if "Callable default on unique field" in chunk:
            return "1"
        if "Please enter the default value as valid Python" in chunk or chunk.rstrip().endswith(">>>"):
            key = self.pending_default
            defaults = {k.lower(): v for k, v in spec.get("defaults", {}).items()}
            if key in defaults:
                return defaults[key]
            return None
        return None


def migration_ops(migration):
    """Operation class names, flattening SeparateDatabaseAndState (nested ones are prefixed)."""
    names = []

    def walk(ops, prefix=""):
        for op in ops:
            names.append(prefix + type(op).__name__)
            if type(op).__name__ == "SeparateDatabaseAndState":
                walk(op.state_operations, prefix + "SeparateDatabaseAndState.state/")
                walk(op.database_operations, prefix + "SeparateDatabaseAndState.database/")
            elif type(op).__name__ == "RunSQL" and op.state_operations:
                walk(op.state_operations, prefix + "RunSQL.state/")

    walk(migration.operations)
    return names


def field_classes(migration):
    """Field classes used by CreateModel/AddField/AlterField operations (for coverage statistics)."""
    out = []

    def walk(ops):
        for op in ops:
            t = type(op).__name__
            if t == "CreateModel":
                for _, f in op.fields:
                    out.append(type(f).__name__)
            elif t in ("AddField", "AlterField"):
                out.append(type(op.field).__name__)
            elif t == "SeparateDatabaseAndState":
                walk(op.state_operations)
                walk(op.database_operations)

    walk(migration.operations)
    return out


def run_sqlmigrate(call_command, app, name, backwards):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("sqlmigrate", app, name, backwards=backwards, stdout=out, stderr=err, no_color=True)
    except BaseException as e:  # noqa: BLE001 - record whatever Django raised, like the command line would
        if isinstance(e, KeyboardInterrupt):
            raise
        return {"error": out_err(e), "stdout": out.getvalue(), "stderr": err.getvalue()}
    return {"sql": out.getvalue(), "stderr": err.getvalue()}


def write_hand_migration(app, name, hand, call_command):
    """makemigrations --empty, then splice in the hand-written operations."""
    buf = io.StringIO()
    call_command("makemigrations", app, empty=True, name=name, stdout=buf, stderr=buf, interactive=False, verbosity=1)
    path = os.path.join(app, "migrations")
    files = sorted(f for f in os.listdir(path) if f.endswith(f"_{name}.py"))
    if not files:
        raise RuntimeError(f"makemigrations --empty did not write {name}: {buf.getvalue()}")
    fpath = os.path.join(path, files[-1])
    text = open(fpath).read()
    text = splice(text, hand)
    with open(fpath, "w") as fh:
        fh.write(text)
    importlib.invalidate_caches()
    return files[-1][:-3]


def splice(text, hand):
    """Insert imports, module-level code, class attributes and operations into a migration file."""
    imports = hand.get("imports") or []
    if imports:
        lines = text.split("\n")
        # after the last top-level import line
        idx = max(i for i, l in enumerate(lines) if l.startswith("from ") or l.startswith("import "))
        lines[idx + 1:idx + 1] = imports
        text = "\n".join(lines)
    if hand.get("module_code"):
        text = text.replace("\n\nclass Migration(", "\n\n" + hand["module_code"].rstrip() + "\n\n\nclass Migration(", 1)
    if hand.get("atomic") is False and "atomic = False" not in text:
        text = text.replace("class Migration(migrations.Migration):\n", "class Migration(migrations.Migration):\n\n    atomic = False\n", 1)
    if "operations" in hand:
        ops = hand["operations"]
        m = re.search(r"\n    operations = \[\n(.*)\n    \]\n", text, re.S)
        if m:
            text = text[: m.start()] + "\n    operations = [\n" + ops.rstrip("\n") + "\n    ]\n" + text[m.end():]
        else:
            repl = "\n    operations = [\n" + ops.rstrip("\n") + "\n    ]\n"
            text = re.sub(r"\n    operations = \[\n    \]\n", lambda _m: repl, text, count=1)
    return text


def ops_body(text):
    m = re.search(r"\n    operations = \[\n(.*)\n    \]\n", text, re.S)
    if not m:
        return None
    return m.group(1)


def indent(s, n):
    pad = " " * n
    return "\n".join(pad + l if l.strip() else l for l in s.split("\n"))


def sql_body(sql):
    """sqlmigrate output without BEGIN/COMMIT and the '--' comment lines."""
    lines = [l for l in sql.split("\n") if l and l not in ("BEGIN;", "COMMIT;") and not l.startswith("--")]
    return "\n".join(lines)


def op_blocks(body):
    """Splits the text of an operations list into one string per top-level operation."""
    blocks, cur = [], []
    for line in body.split("\n"):
        cur.append(line)
        if line == "        ),":
            blocks.append("\n".join(cur))
            cur = []
    if any(l.strip() for l in cur):
        blocks.append("\n".join(cur))
    return blocks


def transform(fpath, spec, app, name, call_command):
    """Rewrites a migration makemigrations just wrote into a hand-tuned form."""
    kind = spec["kind"] if isinstance(spec, dict) else spec
    text = open(fpath).read()
    body = ops_body(text)
    if body is None:
        raise RuntimeError("cannot find operations in " + fpath)
    imports = []
    fwd = bwd = None
    if kind in ("sdas_runsql", "runsql_state"):
        fwd = run_sqlmigrate(call_command, app, name, False)
        bwd = run_sqlmigrate(call_command, app, name, True)
        sys.modules.pop(f"{app}.migrations.{name}", None)
        if "error" in fwd:
            raise RuntimeError("sdas_runsql: forward sqlmigrate failed: " + fwd["error"])
        if not sql_body(fwd["sql"]):
            kind = "sdas_same"  # nothing to hand-write as RunSQL (a no-op change): wrap the operations as they are
    if kind == "concurrent":
        if "migrations.AddIndex(" not in body and "migrations.RemoveIndex(" not in body:
            raise RuntimeError("concurrent transform: no AddIndex/RemoveIndex")
        body = body.replace("migrations.AddIndex(", "AddIndexConcurrently(").replace("migrations.RemoveIndex(", "RemoveIndexConcurrently(")
        imports.append("from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently")
        hand = {"imports": imports, "atomic": False, "operations": body}
    elif kind == "notvalid":
        if "migrations.AddConstraint(" not in body or "CheckConstraint(" not in body:
            raise RuntimeError("notvalid transform: no AddConstraint(CheckConstraint)")
        body = body.replace("migrations.AddConstraint(", "AddConstraintNotValid(")
        imports.append("from django.contrib.postgres.operations import AddConstraintNotValid")
        hand = {"imports": imports, "operations": body}
    elif kind == "sdas_same":
        new = (
            "        migrations.SeparateDatabaseAndState(\n"
            "            state_operations=[\n" + indent(body, 8) + "\n            ],\n"
            "            database_operations=[\n" + indent(body, 8) + "\n            ],\n"
            "        ),"
        )
        hand = {"operations": new}
    elif kind in ("sdas_runsql", "runsql_state"):
        fsql = sql_body(fwd["sql"])
        bsql = sql_body(bwd.get("sql", "")) if "error" not in bwd else ""
        rev = repr(bsql) if bsql else "migrations.RunSQL.noop"
        if kind == "sdas_runsql":
            new = (
                "        migrations.SeparateDatabaseAndState(\n"
                "            state_operations=[\n" + indent(body, 8) + "\n            ],\n"
                "            database_operations=[\n"
                "                migrations.RunSQL(\n"
                f"                    sql={fsql!r},\n"
                f"                    reverse_sql={rev},\n"
                "                ),\n"
                "            ],\n"
                "        ),"
            )
        else:
            new = (
                "        migrations.RunSQL(\n"
                f"            sql={fsql!r},\n"
                f"            reverse_sql={rev},\n"
                "            state_operations=[\n" + indent(body, 8) + "\n            ],\n"
                "        ),"
            )
        hand = {"operations": new}
    elif kind == "rename_index_old_fields":
        # makemigrations wrote AlterField(db_index=False) + AddIndex(name=new); replace the AddIndex with the
        # historical RenameIndex(old_fields=...) form, which renames the existing unnamed db_index index instead.
        blocks = op_blocks(body)
        keep = [b for b in blocks if not (b.lstrip().startswith("migrations.AddIndex(") and f"name='{spec['new_name']}'" in b)]
        if len(keep) != len(blocks) - 1:
            raise RuntimeError("rename_index_old_fields: AddIndex not found")
        ren = (
            "        migrations.RenameIndex(\n"
            f"            model_name={spec['model']!r},\n"
            f"            new_name={spec['new_name']!r},\n"
            f"            old_fields={tuple(spec['old_fields'])!r},\n"
            "        ),"
        )
        hand = {"operations": "\n".join([ren] + keep)}
    else:
        raise RuntimeError("unknown transform " + kind)
    text = splice(text, hand)
    with open(fpath, "w") as fh:
        fh.write(text)
    sys.modules.pop(f"{app}.migrations.{name}", None)
    importlib.invalidate_caches()
    return kind


def list_migration_files(apps_list):
    found = set()
    for app in apps_list:
        d = os.path.join(app, "migrations")
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".py") and f[0].isdigit():
                    found.add((app, f[:-3]))
    return found


def action_edit(req, resp):
    import django
    from django.core import checks
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.db.migrations.loader import MigrationLoader

    django.setup()
    apps_list = req["apps"]
    before = list_migration_files(apps_list)
    resp["stage"] = "check"
    errors = [m for m in checks.run_checks(include_deployment_checks=False) if m.level >= checks.ERROR]
    if errors:
        resp["error"] = "system check: " + "; ".join(str(e) for e in errors)
        return
    resp["warnings"] = []

    resp["stage"] = "hand-before"
    for hand in req.get("hand_before", []):
        write_hand_migration(hand["app"], hand["name"], hand, call_command)

    mm = req.get("makemigrations")
    if mm is not None:
        resp["stage"] = "makemigrations"
        buf = io.StringIO()
        interactive = mm.get("interactive", True)
        stdin = ScriptedStdin(buf, mm)
        old_stdin, old_stdout = sys.stdin, sys.stdout
        sys.stdin, sys.stdout = stdin, buf
        try:
            kwargs = dict(stdout=buf, stderr=buf, interactive=interactive, verbosity=1)
            if mm.get("name"):
                kwargs["name"] = mm["name"]
            try:
                call_command("makemigrations", *mm.get("apps", []), **kwargs)
            except SystemExit:
                if interactive:
                    raise
                # --noinput cannot invent a one-off default: answer the questions instead
                resp["noinput_fallback"] = True
                kwargs["interactive"] = True
                call_command("makemigrations", *mm.get("apps", []), **kwargs)
        except SystemExit as e:
            resp["error"] = f"makemigrations exited ({e.code}): " + buf.getvalue()[-2000:]
            return
        finally:
            sys.stdin, sys.stdout = old_stdin, old_stdout
            resp["questions"] = stdin.log
            resp["makemigrations_output"] = buf.getvalue()[-4000:]
        importlib.invalidate_caches()
        if "No changes detected" in buf.getvalue() and not req.get("hand_after") and not req.get("hand_before"):
            resp["error"] = "no changes detected"
            resp["no_changes"] = True
            return
        made = sorted(list_migration_files(apps_list) - before)
        tr = mm.get("transform")
        if tr:
            resp["stage"] = "transform"
            if len(made) != 1:
                resp["error"] = f"transform {tr} needs exactly one generated migration, got {made}"
                return
            app, name = made[0]
            resp["transform_applied"] = transform(os.path.join(app, "migrations", name + ".py"), tr, app, name, call_command)

    resp["stage"] = "hand-after"
    for hand in req.get("hand_after", []):
        write_hand_migration(hand["app"], hand["name"], hand, call_command)

    new = list_migration_files(apps_list) - before
    resp["stage"] = "plan"
    loader = MigrationLoader(connection)
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    order = [(m.app_label, m.name) for m, backwards in plan if not backwards]
    extra = [x for x in order if x not in new]
    if extra:
        resp["error"] = f"unexpected unapplied migrations {extra}"
        return
    resp["migrations"] = []
    for app, name in order:
        mig = loader.get_migration(app, name)
        entry = {"app": app, "name": name, "ops": migration_ops(mig), "fields": field_classes(mig),
                 "atomic": mig.atomic}
        resp["migrations"].append(entry)
        resp["stage"] = f"sqlmigrate {app} {name}"
        entry["forward"] = run_sqlmigrate(call_command, app, name, False)
        resp["stage"] = f"migrate {app} {name}"
        buf = io.StringIO()
        try:
            call_command("migrate", app, name, stdout=buf, stderr=buf, verbosity=0, interactive=False)
        except Exception as e:  # noqa: BLE001
            entry["migrate_error"] = out_err(e)
            resp["error"] = f"migrate {app} {name}: {out_err(e)}"
            resp["applied_partially"] = True
            return
        resp["applied_partially"] = True
        resp["stage"] = f"sqlmigrate --backwards {app} {name}"
        entry["backward"] = run_sqlmigrate(call_command, app, name, True)
    resp["ok"] = True


def action_migrate_all(req, resp):
    import django
    from django.core.management import call_command

    django.setup()
    buf = io.StringIO()
    call_command("migrate", stdout=buf, stderr=buf, verbosity=0, interactive=False)
    resp["ok"] = True


def action_final(req, resp):
    import django
    from django.core import checks
    from django.core.management import call_command
    from django.db import connection, connections
    from django.db.migrations.loader import MigrationLoader

    django.setup()
    resp["check_errors"] = [str(m) for m in checks.run_checks() if m.level >= checks.ERROR]
    buf = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=buf, stderr=buf, interactive=False)
        resp["pending_changes"] = None
    except SystemExit:
        resp["pending_changes"] = buf.getvalue()[-3000:]
    loader = MigrationLoader(connection)
    resp["migrations"] = {}
    for (app, name), mig in loader.disk_migrations.items():
        if app in req["apps"]:
            resp["migrations"][f"{app}/{name}"] = {"ops": migration_ops(mig), "fields": field_classes(mig)}
    # sqlmigrate of every migration on an EMPTY database (nothing applied): differences with the recorded output
    # mark introspection-sensitive migrations.
    empty_db = req.get("empty_db")
    if empty_db:
        connections["default"].close()
        connections["default"].settings_dict["NAME"] = empty_db
        resp["empty_db_sql"] = {}
        for app, name in req["plan"]:
            resp["empty_db_sql"][f"{app}/{name}"] = run_sqlmigrate(call_command, app, name, False)
    resp["ok"] = True


def maintenance(dbname, create):
    import psycopg

    conn = psycopg.connect(
        dbname="postgres",
        user=os.environ.get("EVAL_PGUSER", "postgres"),
        host=os.environ.get("EVAL_PGHOST", "127.0.0.1"),
        port=os.environ.get("EVAL_PGPORT", "54329"),
        autocommit=True,
    )
    with conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        if create:
            conn.execute(f'CREATE DATABASE "{dbname}" TEMPLATE template0')


def main():
    req = json.load(open(sys.argv[1]))
    resp = {"ok": False}
    sys.path.insert(0, os.getcwd())
    try:
        action = req["action"]
        if action == "version":
            import django

            resp["django"] = django.get_version()
            resp["python"] = sys.version.split()[0]
            resp["ok"] = True
        elif action == "createdb":
            for db in req["dbs"]:
                maintenance(db, True)
            resp["ok"] = True
        elif action == "dropdb":
            for db in req["dbs"]:
                maintenance(db, False)
            resp["ok"] = True
        elif action == "edit":
            action_edit(req, resp)
        elif action == "migrate_all":
            action_migrate_all(req, resp)
        elif action == "final":
            action_final(req, resp)
        else:
            resp["error"] = "unknown action " + action
    except BaseException as e:  # noqa: BLE001
        resp["ok"] = False
        resp.setdefault("error", out_err(e))
        resp["traceback"] = traceback.format_exc()[-6000:]
    with open(sys.argv[2], "w") as fh:
        json.dump(resp, fh)


if __name__ == "__main__":
    main()
