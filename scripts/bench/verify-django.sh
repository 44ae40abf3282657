#!/usr/bin/env bash
# Checks a project made by bench/generate.ts with real Django (from the oracle setup, scripts/oracle/README.md):
# `manage.py check`, `makemigrations --check` (models.py matches the migrations' final state) and, with --migrate,
# `migrate` of the whole history on a throwaway PostgreSQL cluster.
#
#   bash scripts/bench/verify-django.sh PROJECT_DIR [--migrate] [--slot 5.2|6.1]
#
# --migrate starts a cluster with scripts/oracle/pg.sh on port $SCHEMA_GUARD_BENCH_PG_PORT (default 54377) with
# its data under ${TMPDIR:-/tmp}/schema-guard-bench-pg, creates a fresh database, migrates, and stops the cluster.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROJECT=""
MIGRATE=0
SLOT="5.2"
while [ $# -gt 0 ]; do
  case "$1" in
    --migrate) MIGRATE=1 ;;
    --slot) shift; SLOT="${1:?--slot needs 5.2 or 6.1}" ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) PROJECT="$1" ;;
  esac
  shift
done
[ -n "$PROJECT" ] && [ -f "$PROJECT/manage.py" ] || { echo "usage: verify-django.sh PROJECT_DIR [--migrate] [--slot 5.2|6.1]" >&2; exit 2; }

MANIFEST="${SCHEMA_GUARD_ORACLE_CACHE:-$ROOT/.cache/oracle}/django-$SLOT/manifest.json"
[ -f "$MANIFEST" ] || bash "$ROOT/scripts/oracle/setup.sh" --only "$SLOT"
PY="$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['python'])" "$MANIFEST")"
export PYTHONPATH
PYTHONPATH="$(python3 -c "import json,sys; print(':'.join(json.load(open(sys.argv[1]))['pythonPath']))" "$MANIFEST")"
export PYTHONDONTWRITEBYTECODE=1

cd "$PROJECT"
echo "== manage.py check (Django $SLOT)"
"$PY" manage.py check
echo "== manage.py makemigrations --check --dry-run"
"$PY" -W ignore manage.py makemigrations --check --dry-run

if [ "$MIGRATE" = 1 ]; then
  PORT="${SCHEMA_GUARD_BENCH_PG_PORT:-54377}"
  export SCHEMA_GUARD_ORACLE_CACHE="${TMPDIR:-/tmp}/schema-guard-bench-pg"
  PG=(bash "$ROOT/scripts/oracle/pg.sh" --port "$PORT")
  "${PG[@]}" start
  trap '"${PG[@]}" stop >/dev/null 2>&1 || true' EXIT
  DB="bench_$$"
  "$PY" - "$PORT" "$DB" <<'PYEOF'
import sys
import psycopg
with psycopg.connect(host="127.0.0.1", port=int(sys.argv[1]), user="postgres", dbname="postgres", autocommit=True) as conn:
    conn.execute(f'CREATE DATABASE "{sys.argv[2]}"')
PYEOF
  echo "== manage.py migrate (database $DB on port $PORT)"
  started=$(date +%s)
  BENCH_PGHOST=127.0.0.1 BENCH_PGPORT="$PORT" BENCH_PGUSER=postgres BENCH_DB="$DB" "$PY" manage.py migrate -v 0
  echo "migrated $(find . -path '*/migrations/[0-9]*.py' | wc -l) migrations in $(( $(date +%s) - started )) s"
fi
echo "OK"
