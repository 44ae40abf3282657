#!/usr/bin/env python3
"""Generate a random Django migration history and the SQL real Django prints for it.

    generate.py (--django-python PY --django-path PYTHONPATH | --django-slot 5.2|6.1) --out DIR --seed N
                --edits K [--apps 3] [--pg-port P | --pg-bin DIR] [--quick] [--force]

Plain Python 3.11+ (stdlib only). Real Django runs in a separate interpreter through djhelper.py, one process per
edit: --django-python PY with --django-path prepended to PYTHONPATH (or the SG_DJANGO_PYTHON / SG_DJANGO_PATH
environment variables, or --django-slot to read the manifest scripts/oracle/setup.sh writes). PostgreSQL: --pg-port P
uses a server already listening on 127.0.0.1:P (user postgres, trust auth); without it a throwaway cluster is
initdb'ed in a temp dir (binaries from --pg-bin, default /usr/lib/postgresql/15/bin) on a free port and stopped at
the end (as the postgres user when run as root).

Output (mirrors the oracle layout):
  DIR/project/                       manage.py, proj/settings.py, apps with models.py and migrations/
  DIR/expected-sql/APP/NAME.sql      sqlmigrate APP NAME, every earlier migration applied (NAME.error.txt if it fails)
  DIR/expected-sql-backwards/APP/NAME.sql   sqlmigrate --backwards, taken right after applying NAME
  DIR/plan.txt                       "app name" per line, in the order the migrations were applied
  DIR/introspection-sensitive.json   migrations whose forward SQL differs on an empty database
  DIR/meta.json                      versions, seed, settings, edits, counts per operation kind, rollbacks, timing
"""

import argparse
import collections
import copy
import datetime
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import edits as E  # noqa: E402
from spec import Project, render_models_py  # noqa: E402

APP_WORDS = ["shop", "crm", "blog", "inventory", "billing", "people", "events", "catalog", "library", "fleet"]

SETTINGS_TEMPLATE = '''import os

SECRET_KEY = "corpus-only-not-secret"
DEBUG = False
USE_TZ = True
TIME_ZONE = {time_zone!r}
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.postgres",
{apps}
]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("EVAL_DB", "corpus"),
        "USER": os.environ.get("EVAL_PGUSER", "postgres"),
        "HOST": os.environ.get("EVAL_PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("EVAL_PGPORT", "54329"),
    }}
}}
{auto}'''

MANAGE_PY = '''#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
'''


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL


class Postgres:
    def __init__(self, args):
        self.port = args.pg_port
        self.bin = args.pg_bin
        self.tmp = None
        self.started = False

    def _as_pg(self, cmd):
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--"] + cmd
        return cmd

    def start(self):
        if self.port:
            return
        self.tmp = tempfile.mkdtemp(prefix="sg-corpus-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.tmp, "postgres")
        data = os.path.join(self.tmp, "data")
        subprocess.run(self._as_pg([os.path.join(self.bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust"]),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        opts = f"-p {self.port} -k {self.tmp} -c fsync=off -c listen_addresses=127.0.0.1 -c full_page_writes=off"
        subprocess.run(self._as_pg([os.path.join(self.bin, "pg_ctl"), "-D", data, "-o", opts, "-w",
                                    "-l", os.path.join(self.tmp, "log"), "start"]),
                       check=True, stdout=subprocess.DEVNULL)
        self.started = True
        log(f"started throwaway PostgreSQL on 127.0.0.1:{self.port} in {self.tmp}")

    def stop(self):
        if self.started:
            subprocess.run(self._as_pg([os.path.join(self.bin, "pg_ctl"), "-D", os.path.join(self.tmp, "data"),
                                        "-m", "fast", "-w", "stop"]), stdout=subprocess.DEVNULL)
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.started = False


# ---------------------------------------------------------------------------------------------------------------
# Django helper process


class Django:
    def __init__(self, python, path, project_dir, port, db):
        self.python = python
        self.path = path
        self.project_dir = project_dir
        self.port = port
        self.db = db
        self.tmp = tempfile.mkdtemp(prefix="sg-corpus-req-")
        self.calls = 0
        self.seconds = 0.0

    def run(self, req, db=None):
        self.calls += 1
        rq = os.path.join(self.tmp, "req.json")
        rs = os.path.join(self.tmp, "resp.json")
        with open(rq, "w") as fh:
            json.dump(req, fh)
        if os.path.exists(rs):
            os.unlink(rs)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(x for x in [self.path, env.get("PYTHONPATH", "")] if x)
        env["DJANGO_SETTINGS_MODULE"] = "proj.settings"
        env["EVAL_DB"] = db or self.db
        env["EVAL_PGHOST"] = "127.0.0.1"
        env["EVAL_PGPORT"] = str(self.port)
        env["EVAL_PGUSER"] = "postgres"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONHASHSEED"] = "0"
        env.pop("DJANGO_COLORS", None)
        t0 = time.time()
        cwd = self.project_dir if os.path.isdir(self.project_dir) else self.tmp
        proc = subprocess.run([self.python, os.path.join(HERE, "djhelper.py"), rq, rs], cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=900)
        self.seconds += time.time() - t0
        if not os.path.exists(rs):
            return {"ok": False, "error": f"helper crashed (rc={proc.returncode}): {proc.stderr[-3000:]}"}
        with open(rs) as fh:
            resp = json.load(fh)
        resp["_stderr"] = proc.stderr[-2000:]
        return resp

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------------
# project files


def write_skeleton(root, proj):
    os.makedirs(os.path.join(root, "proj"), exist_ok=True)
    with open(os.path.join(root, "manage.py"), "w") as fh:
        fh.write(MANAGE_PY)
    open(os.path.join(root, "proj", "__init__.py"), "w").close()
    auto = proj.settings.get("DEFAULT_AUTO_FIELD")
    settings = SETTINGS_TEMPLATE.format(
        time_zone=proj.settings["TIME_ZONE"],
        apps="\n".join(f"    {a!r}," for a in proj.apps),
        auto=f"DEFAULT_AUTO_FIELD = {auto!r}\n" if auto else "",
    )
    with open(os.path.join(root, "proj", "settings.py"), "w") as fh:
        fh.write(settings)
    for app in proj.apps:
        os.makedirs(os.path.join(root, app, "migrations"), exist_ok=True)
        open(os.path.join(root, app, "__init__.py"), "w").close()
        open(os.path.join(root, app, "migrations", "__init__.py"), "w").close()
        cls = app.capitalize() + "Config"
        extra = ""
        if proj.app_auto_field.get(app):
            extra = f"    default_auto_field = {proj.app_auto_field[app]!r}\n"
        with open(os.path.join(root, app, "apps.py"), "w") as fh:
            fh.write(f"from django.apps import AppConfig\n\n\nclass {cls}(AppConfig):\n    name = {app!r}\n{extra}")


def write_models(root, proj):
    for app in proj.apps:
        with open(os.path.join(root, app, "models.py"), "w") as fh:
            fh.write(render_models_py(proj, app))


def migration_files(root, apps):
    out = set()
    for app in apps:
        d = os.path.join(root, app, "migrations")
        for f in os.listdir(d):
            if f.endswith(".py") and f[0].isdigit():
                out.add(os.path.join(d, f))
    return out


# ---------------------------------------------------------------------------------------------------------------
# non-determinism


def nondeterministic_bits(sql, today):
    """Things in `sql` that change from run to run: today's timestamps and random UUIDs."""
    found = []
    for d in today:
        if d in sql:
            found.append(f"date {d}")
    for u in re.findall(r"'([0-9a-f]{32})'::uuid", sql):
        if u != "12345678123456781234567812345678":
            found.append("uuid " + u)
    return found


# ---------------------------------------------------------------------------------------------------------------


def new_project(rng, major, n_apps):
    p = Project()
    p.major = major
    apps = APP_WORDS[:]
    rng.shuffle(apps)
    p.apps = apps[:n_apps]
    r = rng.random()
    if r < 0.35:
        auto = None  # unset: AutoField on 5.2, BigAutoField on 6.x
    elif r < 0.7:
        auto = "django.db.models.BigAutoField"
    elif r < 0.9:
        auto = "django.db.models.AutoField"
    else:
        auto = "django.db.models.SmallAutoField"
    p.settings["DEFAULT_AUTO_FIELD"] = auto
    p.settings["TIME_ZONE"] = "UTC" if rng.random() < 0.75 else "Europe/Paris"
    for app in p.apps:
        if rng.random() < 0.2:
            p.app_auto_field[app] = rng.choice(["django.db.models.AutoField", "django.db.models.BigAutoField"])
    return p


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--django-python", default=os.environ.get("SG_DJANGO_PYTHON"), help="interpreter that has Django")
    ap.add_argument("--django-path", default=os.environ.get("SG_DJANGO_PATH", ""), help="PYTHONPATH for Django + psycopg")
    ap.add_argument("--django-slot", choices=["5.2", "6.1"], default=os.environ.get("SG_DJANGO_SLOT"),
                    help="take the interpreter and PYTHONPATH from the manifest scripts/oracle/setup.sh writes "
                         "(.cache/oracle/django-SLOT/manifest.json, or $SCHEMA_GUARD_ORACLE_CACHE/...)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--edits", type=int, default=None)
    ap.add_argument("--apps", type=int, default=3)
    ap.add_argument("--pg-port", type=int, default=int(os.environ["SG_PG_PORT"]) if os.environ.get("SG_PG_PORT") else None)
    ap.add_argument("--pg-bin", default=os.environ.get("SG_PG_BIN", "/usr/lib/postgresql/15/bin"))
    ap.add_argument("--quick", action="store_true", help="15 edits, 2 apps, random seed unless --seed")
    ap.add_argument("--force", action="store_true", help="replace DIR if it exists")
    ap.add_argument("--max-attempts", type=int, default=30, help="attempts per edit before giving up")
    args = ap.parse_args(argv)
    if args.django_slot and not args.django_python:
        cache = os.environ.get("SCHEMA_GUARD_ORACLE_CACHE") or os.path.join(HERE, "..", "..", ".cache", "oracle")
        manifest = os.path.join(cache, f"django-{args.django_slot}", "manifest.json")
        if not os.path.exists(manifest):
            ap.error(f"{manifest} not found: run scripts/oracle/setup.sh first")
        with open(manifest) as fh:
            man = json.load(fh)
        args.django_python = man["python"]
        args.django_path = os.pathsep.join(man["pythonPath"])
    if not args.django_python:
        ap.error("--django-python (or SG_DJANGO_PYTHON, or --django-slot) is required")
    if args.quick:
        if args.edits is None:
            args.edits = 15
        if args.apps == 3:
            args.apps = 2
    if args.edits is None:
        args.edits = 60
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 10**6)
    print(f"seed {args.seed}", flush=True)

    out = os.path.abspath(args.out)
    if os.path.exists(out) and os.listdir(out):
        if not args.force:
            ap.error(f"{out} exists and is not empty (use --force)")
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)
    root = os.path.join(out, "project")

    t_start = time.time()
    pg = Postgres(args)
    pg.start()
    db = f"corpus_{args.seed}_{os.getpid()}"
    dj = Django(args.django_python, args.django_path, root, pg.port, db)
    try:
        return generate(args, out, root, pg, dj, db, t_start)
    finally:
        try:
            dj.run({"action": "dropdb", "dbs": [db, db + "_empty"]})
        except Exception:  # noqa: BLE001
            pass
        dj.close()
        pg.stop()


def generate(args, out, root, pg, dj, db, t_start):
    v = dj.run({"action": "version"})
    if not v.get("ok"):
        raise SystemExit(f"cannot run Django: {v.get('error')} {v.get('_stderr', '')}")
    version = v["django"]
    major = int(version.split(".")[0])
    log(f"Django {version} (Python {v['python']}), seed {args.seed}, {args.edits} edits, {args.apps} apps")
    rng = random.Random(f"{args.seed}")
    proj = new_project(rng, major, args.apps)
    write_skeleton(root, proj)
    write_models(root, proj)
    rebuild_db(dj, db)  # creates the database and applies django.contrib.contenttypes' migrations
    for d in ("expected-sql", "expected-sql-backwards"):
        for app in proj.apps:
            os.makedirs(os.path.join(out, d, app), exist_ok=True)

    now = datetime.datetime.now(datetime.timezone.utc)
    today = sorted({now.strftime("%Y-%m-%d"), datetime.datetime.now().strftime("%Y-%m-%d"),
                    (now + datetime.timedelta(days=1)).strftime("%Y-%m-%d")})
    plan = []
    edits_log = []
    rollbacks = []
    skipped = collections.Counter()
    generator_errors = []
    nondet = {}
    fwd_errors = bwd_errors = 0

    for step in range(1, args.edits + 1):
        t_edit = time.time()
        done = False
        for attempt in range(args.max_attempts):
            # make sure every app gets a model early on
            empty_apps = [a for a in proj.apps if not any(m.app == a and m.concrete for m in proj.models.values())]
            w = E.weights(proj)
            if empty_apps:
                kind = "create_model"
            else:
                kind = E.EditContext(proj, rng, major, step).weighted(sorted(w.items()))
            p2 = copy.deepcopy(proj)
            g = E.EditContext(p2, rng, major, step)
            try:
                desc = E.run_edit(g, kind) if not empty_apps else E.e_create_model(g, empty_apps[0])
            except Exception as e:  # a bug in the edit generator: skip this sample, keep going
                import traceback

                generator_errors.append({"step": step, "kind": kind, "error": f"{type(e).__name__}: {e}",
                                         "where": traceback.format_exc().splitlines()[-3].strip()})
                log(f"  generator error at step {step} ({kind}): {type(e).__name__}: {e}")
                continue
            if not desc:
                skipped[kind] += 1
                continue
            before = migration_files(root, proj.apps)
            write_models(root, p2)
            interactive = True
            if not g.force_interactive and rng.random() < 0.3:
                interactive = False
            mm = {
                "interactive": interactive,
                "field_renames": g.field_renames,
                "model_renames": g.model_renames,
                "null_alter": g.null_alter,
                "defaults": defaults_map(p2),
                "transform": g.transform,
            }
            is_hand_only = kind in ("hand_runsql", "hand_runpython", "hand_extension")
            req = {"action": "edit", "apps": proj.apps, "hand_before": g.hand_before,
                   "makemigrations": None if is_hand_only else mm, "hand_after": g.hand_after}
            resp = dj.run(req)
            if resp.get("ok"):
                proj = p2
                done = True
                break
            # roll back the files (and the database when something was applied)
            failed_files = {}
            for f in sorted(migration_files(root, proj.apps) - before):
                with open(f) as fh:
                    failed_files[os.path.relpath(f, root)] = fh.read()[-3000:]
                os.unlink(f)
            write_models(root, proj)
            if resp.get("no_changes"):
                skipped[kind + " (no changes)"] += 1
                continue
            rollbacks.append({"step": step, "kind": kind, "description": desc, "stage": resp.get("stage"),
                              "error": (resp.get("error") or "")[:1500], "migration_files": failed_files})
            log(f"  rollback at step {step} ({kind}: {desc}): {resp.get('stage')}: {(resp.get('error') or '')[:300]}")
            if resp.get("applied_partially") or "migrate" in (resp.get("stage") or ""):
                rebuild_db(dj, db)
        if not done:
            log(f"step {step}: no edit succeeded after {args.max_attempts} attempts; stopping")
            break
        migs = []
        for m in resp["migrations"]:
            app, name = m["app"], m["name"]
            plan.append((app, name))
            migs.append(f"{app}/{name}")
            for direction, sub in (("forward", "expected-sql"), ("backward", "expected-sql-backwards")):
                res = m.get(direction) or {"error": "not run"}
                base = os.path.join(out, sub, app, name)
                if "error" in res:
                    with open(base + ".error.txt", "w") as fh:
                        fh.write(res["error"].rstrip("\n") + "\n")
                    if re.search(r" at 0x[0-9a-f]+", res["error"]):
                        nondet.setdefault(f"{app}/{name}", {})[direction + "_error"] = [
                            "python object address in the error message (e.g. <function f at 0x7f...>)"]
                    if direction == "forward":
                        fwd_errors += 1
                    else:
                        bwd_errors += 1
                else:
                    with open(base + ".sql", "w") as fh:
                        fh.write(res["sql"])
                    bits = nondeterministic_bits(res["sql"], today)
                    if bits:
                        nondet.setdefault(f"{app}/{name}", {})[direction] = bits
                    if res.get("stderr", "").strip():
                        nondet_stderr = res["stderr"].strip()
                        with open(base + ".stderr.txt", "w") as fh:
                            fh.write(nondet_stderr + "\n")
        with open(os.path.join(out, "plan.txt"), "w") as fh:
            fh.write("".join(f"{a} {n}\n" for a, n in plan))
        entry = {"step": step, "kind": kind, "description": desc, "migrations": migs,
                 "seconds": round(time.time() - t_edit, 2)}
        if g.notes:
            entry["notes"] = g.notes
        qs = [q for q in resp.get("questions", []) if q[1] is not None]
        if qs:
            entry["answers"] = [[question_line(q[0]), q[1]] for q in qs]
        if not interactive and not is_hand_only:
            entry["noinput"] = True
        if g.transform:
            entry["rewrite"] = g.transform
            if resp.get("transform_applied") and resp["transform_applied"] != (g.transform if isinstance(g.transform, str) else g.transform["kind"]):
                entry["rewrite_applied"] = resp["transform_applied"]
        edits_log.append(entry)
        log(f"[{step}/{args.edits}] {kind}: {desc} -> {', '.join(migs) or '(none)'}")

    # final checks, operation counts, empty-database pass
    dj.run({"action": "createdb", "dbs": [db + "_empty"]})
    fin = dj.run({"action": "final", "apps": proj.apps, "plan": plan, "empty_db": db + "_empty"})
    if not fin.get("ok"):
        log("final pass failed: " + str(fin.get("error")) + fin.get("traceback", ""))
    sensitive = {}
    for key, res in (fin.get("empty_db_sql") or {}).items():
        app, name = key.split("/")
        path = os.path.join(out, "expected-sql", app, name + ".sql")
        recorded = open(path).read() if os.path.exists(path) else None
        now_sql = res.get("sql")
        if recorded is None or now_sql is None:
            if (recorded is None) != (now_sql is None):
                sensitive[key] = "error on one side only"
            continue
        if recorded != now_sql and key not in nondet:
            sensitive[key] = "differs on empty db"
    with open(os.path.join(out, "introspection-sensitive.json"), "w") as fh:
        json.dump(sensitive, fh, indent=1, sort_keys=True)
        fh.write("\n")

    op_counts = collections.Counter()
    field_counts = collections.Counter()
    for key, info in (fin.get("migrations") or {}).items():
        op_counts.update(info["ops"])
        field_counts.update(info["fields"])
    kind_counts = collections.Counter(e["kind"] for e in edits_log)
    meta = {
        "django": version,
        "python": dj_python_version(dj),
        "seed": args.seed,
        "edits_requested": args.edits,
        "edits_done": len(edits_log),
        "apps": proj.apps,
        "settings": {"DEFAULT_AUTO_FIELD": proj.settings["DEFAULT_AUTO_FIELD"] or "(unset)",
                     "TIME_ZONE": proj.settings["TIME_ZONE"],
                     "app_default_auto_field": proj.app_auto_field},
        "migrations": len(plan),
        "forward_errors": fwd_errors,
        "backward_errors": bwd_errors,
        "edit_kinds": dict(sorted(kind_counts.items())),
        "operation_counts": dict(sorted(op_counts.items())),
        "field_class_counts": dict(sorted(field_counts.items())),
        "rollbacks": rollbacks,
        "skipped_not_applicable": dict(sorted(skipped.items())),
        "generator_errors": generator_errors,
        "nondeterministic": nondet,
        "introspection_sensitive": sorted(sensitive),
        "final_check_errors": fin.get("check_errors"),
        "pending_model_changes": fin.get("pending_changes"),
        "django_processes": dj.calls,
        "seconds": round(time.time() - t_start, 1),
        "edits": edits_log,
    }
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump(meta, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    log(f"done: {len(edits_log)} edits, {len(plan)} migrations, {len(rollbacks)} rollbacks, "
        f"{fwd_errors} forward / {bwd_errors} backward sqlmigrate errors, {meta['seconds']} s -> {out}")
    if fin.get("pending_changes"):
        log("WARNING: makemigrations --check found pending changes:\n" + fin["pending_changes"])
    return 0


_PYVER = {}


def dj_python_version(dj):
    if "v" not in _PYVER:
        r = dj.run({"action": "version"})
        _PYVER["v"] = r.get("python")
    return _PYVER["v"]


def question_line(chunk):
    lines = [l.strip() for l in (chunk or "").splitlines() if l.strip()]
    for l in lines:
        if l.startswith(("It is impossible", "Was ", "Callable default")):
            return l[:200]
    return (lines[-1] if lines else "")[:200]


def rebuild_db(dj, db):
    dj.run({"action": "createdb", "dbs": [db]})
    r = dj.run({"action": "migrate_all"})
    if not r.get("ok"):
        raise SystemExit("cannot rebuild the database after a rollback: " + str(r.get("error")) + r.get("traceback", ""))


def defaults_map(p):
    """One-off defaults for every field, keyed like the questioner names them (model_lower.field)."""
    out = {}
    for m in p.models.values():
        if not m.concrete:
            continue
        for f in p.own_fields(m):
            if f.is_m2m or f.kind == "GeneratedField":
                continue
            out[f"{m.name.lower()}.{f.name}"] = E.oneoff_expr(p, f, m)
    return out


if __name__ == "__main__":
    sys.exit(main())
