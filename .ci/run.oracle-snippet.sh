# --- Oracle: real Django (5.2 LTS + 6.x, from Debian's archive) and a throwaway PostgreSQL --------------------
# To merge into .ci/run (bash, run as root from the repository root on a fresh machine with the dev image).
# Needs: apt access to deb.debian.org (setup.sh uses its own scratch apt config, the system sources stay
# untouched), a pyenv Python >= 3.12 (for Django 6.x), and PostgreSQL server binaries (/usr/lib/postgresql/*/bin).
# Nothing has to be running: the tests start the cluster on 127.0.0.1:54331 and stop it when the last one ends.
bash scripts/oracle/setup.sh                 # ~10 s on a fresh machine; exits non-zero with a reason on failure
export SCHEMA_GUARD_REQUIRE_ORACLE=1         # from here on, missing Django/PostgreSQL FAILS tests instead of skipping
# The oracle tests are part of `node scripts/test.mjs` (all tests); to run only them:
#   node scripts/test.mjs oracle             # ~30 s on 2 cores
# After the tests (also on failure, e.g. in a trap), in case a test process was killed before it could stop it:
#   bash scripts/oracle/pg.sh stop || true
