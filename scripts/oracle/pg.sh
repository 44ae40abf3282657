#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the oracle tests, under .cache/oracle/pg-<port>/ (data/, log).
#   pg.sh start    initdb when needed, then start on 127.0.0.1:<port> (TCP only, trust auth, fsync off)
#   pg.sh stop     stop it (fast shutdown)
#   pg.sh status   exit 0 when running, 3 when not
#   pg.sh env      print the EVAL_PG* exports a Django oracle project reads
#   pg.sh reset    stop and delete the cluster's data
# Options / environment: --port N or SCHEMA_GUARD_PG_PORT (default 54331), SCHEMA_GUARD_PG_BIN (directory with
# initdb/pg_ctl; default: newest /usr/lib/postgresql/*/bin), SCHEMA_GUARD_ORACLE_CACHE (default .cache/oracle).
# As root, the server runs as the `postgres` user (initdb refuses root); otherwise as the current user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SCHEMA_GUARD_ORACLE_CACHE:-$ROOT/.cache/oracle}"
PORT="${SCHEMA_GUARD_PG_PORT:-54331}"
CMD=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) shift; PORT="${1:?--port needs a number}" ;;
    start|stop|status|env|reset) CMD="$1" ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "pg.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$CMD" ] || { sed -n '2,11p' "${BASH_SOURCE[0]}" >&2; exit 2; }
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "pg.sh: bad port: $PORT" >&2; exit 2; }

say() { echo "[oracle pg:$PORT] $*"; }
die() { echo "[oracle pg:$PORT] ERROR: $*" >&2; exit 1; }

find_bin() {
  if [ -n "${SCHEMA_GUARD_PG_BIN:-}" ]; then echo "$SCHEMA_GUARD_PG_BIN"; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5n | tail -1 || true)"
  if [ -n "$d" ]; then echo "$d"; return; fi
  d="$(command -v pg_ctl 2>/dev/null || true)"
  [ -n "$d" ] && dirname "$d"
}
BIN="$(find_bin)"
[ -n "$BIN" ] && [ -x "$BIN/pg_ctl" ] && [ -x "$BIN/initdb" ] ||
  die "PostgreSQL server binaries not found (install postgresql, or set SCHEMA_GUARD_PG_BIN)"

DIR="$CACHE/pg-$PORT"
mkdir -p "$DIR"
# test/support/oracle.ts coordinates test processes sharing the port here (lock, users/, autostarted). A start or
# stop by hand removes "autostarted", so the tests never stop a cluster that someone started by hand.
AUTOSTARTED="${TMPDIR:-/tmp}/schema-guard-oracle-pg-$PORT/autostarted"
# The server runs as `postgres`, which must reach its data directory. A checkout it cannot traverse (e.g. under
# /root) gets the data directory in /tmp instead.
PGHOME="$DIR"
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$DIR" 2>/dev/null; then
  PGHOME="${TMPDIR:-/tmp}/schema-guard-pg-$PORT"
fi
DATA="$PGHOME/data"
LOG="$PGHOME/log"

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
running() { [ -f "$DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

case "$CMD" in
  status)
    if running; then say "running (data $DATA)"; exit 0; fi
    say "not running"; exit 3 ;;
  env)
    echo "export EVAL_PGHOST=127.0.0.1 EVAL_PGPORT=$PORT EVAL_PGUSER=postgres" ;;
  stop)
    if running; then
      as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
      say "stopped"
    else
      say "not running"
    fi
    rm -f "$AUTOSTARTED" ;;
  reset)
    if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 60 stop >/dev/null; fi
    rm -rf "$DATA" "$PGHOME/log" "$PGHOME/initdb.log" "$AUTOSTARTED"
    say "removed $DATA" ;;
  start)
    rm -f "$AUTOSTARTED"
    if running; then say "already running (data $DATA)"; exit 0; fi
    port_busy && die "port $PORT is in use by another server; pick another with --port or SCHEMA_GUARD_PG_PORT"
    mkdir -p "$PGHOME"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$PGHOME"; fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
      rm -rf "$DATA"
      as_pg "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C >"$PGHOME/initdb.log" 2>&1 ||
        { cat "$PGHOME/initdb.log" >&2; die "initdb failed"; }
      say "initialised $DATA ($("$BIN/postgres" --version))"
    fi
    # TCP only (no Unix socket: its path length limit would break in deep checkouts); durability off: throwaway.
    if ! as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      tail -20 "$LOG" >&2 || true
      die "pg_ctl start failed (log: $LOG)"
    fi
    say "started on 127.0.0.1:$PORT (data $DATA)" ;;
esac
