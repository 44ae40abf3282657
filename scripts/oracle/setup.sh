#!/usr/bin/env bash
# Installs the "real Django" oracle: Django 5.2 LTS and Django 6.x, pure Python, unpacked from Debian's archive
# into .cache/oracle/ (no PyPI, no system changes). Idempotent: when both manifests exist and still import, it
# only says so. Options: --force (download and unpack again), --only 5.2|6.1.
#
# Layout written:
#   .cache/oracle/apt/                scratch apt configuration, lists and cache (system sources untouched)
#   .cache/oracle/debs/*.deb          downloaded packages
#   .cache/oracle/pkgs/<deb-file>/    each .deb unpacked (dpkg-deb -x)
#   .cache/oracle/django-<slot>/manifest.json   what test/support/oracle.ts reads:
#       {"slot","version","debVersion","python","pythonVersion","pythonPath":[...]}
#
# Slots: "5.2" = newest 5.2.x in Debian unstable/experimental (run with /usr/bin/python3 when it is >= 3.10),
#        "6.1" = newest 6.1.x (falls back to the newest 6.x, with a warning), run with a pyenv Python >= 3.12.
# Environment overrides: SCHEMA_GUARD_ORACLE_CACHE (cache dir), SCHEMA_GUARD_PYTHON_52 / SCHEMA_GUARD_PYTHON_61
# (interpreter paths), PYENV_ROOT.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SCHEMA_GUARD_ORACLE_CACHE:-$ROOT/.cache/oracle}"
FORCE=0
SLOTS=("5.2" "6.1")
while [ $# -gt 0 ]; do
  case "$1" in
    --force) FORCE=1 ;;
    --only) shift; SLOTS=("${1:?--only needs 5.2 or 6.1}") ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "[oracle setup] $*"; }
die() { echo "[oracle setup] ERROR: $*" >&2; exit 1; }

# Python deps shared by both slots (psycopg needs typing_extensions below Python 3.13).
DEPS=(python3-asgiref python3-sqlparse python3-psycopg python3-typing-extensions)

# --- interpreters ------------------------------------------------------------------------------------------------
py_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null; }
py_at_least() { # python, major, minor
  "$1" -c "import sys; sys.exit(0 if sys.version_info[:2] >= ($2, $3) else 1)" 2>/dev/null
}
pyenv_candidates() { # newest first: pyenv pythons 3.MIN and above
  local min="$1" root="${PYENV_ROOT:-$HOME/.pyenv}"
  [ -d "$root/versions" ] || return 0
  local v
  for v in $(ls "$root/versions" | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -t. -k1,1n -k2,2n -k3,3n -r); do
    local minor="${v#3.}"; minor="${minor%%.*}"
    if [ "$minor" -ge "$min" ] && [ -x "$root/versions/$v/bin/python3" ]; then echo "$root/versions/$v/bin/python3"; fi
  done
}
python_candidates() { # slot
  case "$1" in
    5.2)
      if [ -n "${SCHEMA_GUARD_PYTHON_52:-}" ]; then echo "$SCHEMA_GUARD_PYTHON_52"; return; fi
      echo /usr/bin/python3
      pyenv_candidates 10 ;;
    6.1)
      if [ -n "${SCHEMA_GUARD_PYTHON_61:-}" ]; then echo "$SCHEMA_GUARD_PYTHON_61"; return; fi
      pyenv_candidates 12
      command -v python3.13 || true
      command -v python3.12 || true ;;
  esac
}
min_minor() { case "$1" in 5.2) echo 10 ;; 6.1) echo 12 ;; esac; }

# --- manifests ---------------------------------------------------------------------------------------------------
manifest_path() { echo "$CACHE/django-$1/manifest.json"; }
manifest_field() { # file, key  (tiny JSON reader for our own flat manifest)
  sed -n "s/^  \"$2\": \"\(.*\)\",\{0,1\}$/\1/p" "$1" | head -1
}
manifest_pythonpath() { # file -> colon-joined list
  sed -n '/"pythonPath": \[/,/\]/p' "$1" | sed -n 's/^    "\(.*\)",\{0,1\}$/\1/p' | paste -sd: -
}
check_import() { # python, pythonpath, expected django version -> prints django version or fails
  env -i PATH=/usr/bin:/bin PYTHONPATH="$2" PYTHONNOUSERSITE=1 PYTHONDONTWRITEBYTECODE=1 "$1" -S -c '
import sys, django, psycopg, sqlparse, asgiref
want = sys.argv[1]
assert django.get_version() == want, "django %s != %s" % (django.get_version(), want)
psycopg.pq.version()  # loads libpq
print(django.get_version(), "psycopg", psycopg.__version__, "impl", psycopg.pq.__impl__)
' "$3"
}
slot_ok() { # slot -> 0 when its manifest exists, is byte-compiled and imports
  local m; m="$(manifest_path "$1")"
  [ -f "$m" ] && [ -f "$CACHE/django-$1/compiled" ] || return 1
  local py pp ver
  py="$(manifest_field "$m" python)"; pp="$(manifest_pythonpath "$m")"; ver="$(manifest_field "$m" version)"
  [ -x "$py" ] || return 1
  check_import "$py" "$pp" "$ver" >/dev/null 2>&1
}

if [ "$FORCE" = 0 ]; then
  all_ok=1
  for s in "${SLOTS[@]}"; do slot_ok "$s" || all_ok=0; done
  if [ "$all_ok" = 1 ]; then
    for s in "${SLOTS[@]}"; do
      m="$(manifest_path "$s")"
      say "Django $s slot ready: Django $(manifest_field "$m" version) on $(manifest_field "$m" python) (nothing to do)"
    done
    exit 0
  fi
fi

# Re-unpacking shared dependency folders drops every slot's .pyc files: make all slots re-verify next time.
if [ "$FORCE" = 1 ]; then rm -f "$CACHE"/django-*/compiled; fi

# --- scratch apt -------------------------------------------------------------------------------------------------
command -v apt-get >/dev/null || die "apt-get not found: this script needs a Debian-based machine"
command -v dpkg-deb >/dev/null || die "dpkg-deb not found"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$KEYRING" ] || die "$KEYRING missing (install debian-archive-keyring)"

APT="$CACHE/apt"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$CACHE/debs" "$CACHE/pkgs"
cat >"$APT/sources.list" <<EOF
deb [signed-by=$KEYRING] http://deb.debian.org/debian unstable main
deb [signed-by=$KEYRING] http://deb.debian.org/debian experimental main
EOF
APT_OPTS=(
  -o "Dir::Etc::sourcelist=$APT/sources.list" -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache"
  -o "Acquire::Languages=none" -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1"
)
say "updating scratch apt lists (Debian unstable + experimental) in $APT"
if ! apt-get "${APT_OPTS[@]}" -qq update >"$APT/update.log" 2>&1; then
  cat "$APT/update.log" >&2
  die "apt-get update failed (is deb.debian.org reachable?)"
fi

# All versions of a package known to the scratch lists: "version suite" lines.
versions_of() {
  apt-cache "${APT_OPTS[@]}" madison "$1" 2>/dev/null |
    awk -F'|' '{gsub(/ /,"",$2); split($3,a," "); split(a[2],b,"/"); print $2, b[1]}'
}
newest() { # reads versions on stdin, prints the highest per dpkg ordering
  local best="" v
  while read -r v; do
    [ -z "$v" ] && continue
    if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best="$v"; fi
  done
  echo "$best"
}
upstream_re() { # slot -> regex on the Debian version (epoch stripped) for that release line
  case "$1" in 5.2) echo '^5\.2(\.|-|$)' ;; 6.1) echo '^6\.1(\.|-|$)' ;; 6) echo '^6\.' ;; esac
}
pick_django() { # slot -> Debian version (release, not ~rc/~beta, preferred)
  local re all rel
  re="$(upstream_re "$1")"
  all="$(versions_of python3-django | awk '{print $1}' | while read -r v; do
    u="${v#*:}"; if echo "$u" | grep -Eq "$re"; then echo "$v"; fi; done)"
  rel="$(echo "$all" | grep -v '~' || true)"
  if [ -n "$rel" ]; then echo "$rel" | newest; else echo "$all" | newest; fi
}
pick_dep() { # package -> newest version in unstable, else anywhere
  local v
  v="$(versions_of "$1" | awk '$2=="unstable"{print $1}' | newest)"
  [ -n "$v" ] || v="$(versions_of "$1" | awk '{print $1}' | newest)"
  echo "$v"
}

# Download pkg=version into debs/ unless present; unpack into pkgs/<name>_<ver>/; print the dist-packages path.
fetch_unpack() {
  local pkg="$1" ver="$2" fver deb dir
  fver="${ver//:/%3a}"
  deb="$(ls "$CACHE/debs/${pkg}_${fver}_"*.deb 2>/dev/null | head -1 || true)"
  if [ -z "$deb" ]; then
    say "downloading $pkg=$ver" >&2
    (cd "$CACHE/debs" && apt-get "${APT_OPTS[@]}" -qq download "$pkg=$ver" >&2) || die "download of $pkg=$ver failed"
    deb="$(ls "$CACHE/debs/${pkg}_${fver}_"*.deb 2>/dev/null | head -1 || true)"
    [ -n "$deb" ] || die "download of $pkg=$ver produced no .deb in $CACHE/debs"
  fi
  dir="$CACHE/pkgs/${pkg}_${ver#*:}"  # epoch dropped: no ':' or '%3a' in PYTHONPATH entries
  if [ ! -d "$dir/usr/lib/python3/dist-packages" ] || [ "$FORCE" = 1 ]; then
    rm -rf "$dir"
    dpkg-deb -x "$deb" "$dir" || die "dpkg-deb -x $deb failed"
    say "unpacked $(basename "$deb")" >&2
  fi
  [ -d "$dir/usr/lib/python3/dist-packages" ] || die "$deb has no usr/lib/python3/dist-packages"
  echo "$dir/usr/lib/python3/dist-packages"
}

DEP_PATHS=()
for d in "${DEPS[@]}"; do
  v="$(pick_dep "$d")"
  [ -n "$v" ] || die "no version of $d found in Debian unstable/experimental"
  DEP_PATHS+=("$(fetch_unpack "$d" "$v")")
done

json_str() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

for slot in "${SLOTS[@]}"; do
  debver="$(pick_django "$slot")"
  if [ -z "$debver" ] && [ "$slot" = 6.1 ]; then
    debver="$(pick_django 6)"
    [ -n "$debver" ] && say "WARNING: no Django 6.1.x in Debian any more; using $debver for the 6.1 slot" >&2
  fi
  [ -n "$debver" ] || die "no python3-django for the $slot line in Debian unstable/experimental"
  djpath="$(fetch_unpack python3-django "$debver")"
  pp="$djpath"
  for p in "${DEP_PATHS[@]}"; do pp="$pp:$p"; done
  upstream="${debver#*:}"; upstream="${upstream%-*}"

  chosen=""; report=""
  while read -r py; do
    [ -n "$py" ] && [ -x "$py" ] || continue
    py_at_least "$py" 3 "$(min_minor "$slot")" || continue
    if report="$(check_import "$py" "$pp" "$upstream" 2>&1)"; then chosen="$py"; break; fi
    say "  $py cannot run Django $upstream: $(echo "$report" | tail -1)" >&2
  done < <(python_candidates "$slot")
  [ -n "$chosen" ] || die "no Python >= 3.$(min_minor "$slot") found that imports Django $upstream (set SCHEMA_GUARD_PYTHON_${slot//./})"

  out="$CACHE/django-$slot"
  mkdir -p "$out"
  # Debian ships no .pyc (they are built at install time) and the tests run with PYTHONDONTWRITEBYTECODE, so
  # compile once here: it cuts every manage.py call from ~0.7 s to ~0.25 s of CPU.
  rm -f "$out/compiled"
  IFS=: read -r -a dirs <<<"$pp"
  "$chosen" -m compileall -q -j 0 "${dirs[@]}" >"$out/compileall.log" 2>&1 ||
    { tail -20 "$out/compileall.log" >&2; die "byte-compiling the Django $upstream packages with $chosen failed"; }
  touch "$out/compiled"
  {
    echo "{"
    echo "  \"slot\": $(json_str "$slot"),"
    echo "  \"version\": $(json_str "$upstream"),"
    echo "  \"debVersion\": $(json_str "$debver"),"
    echo "  \"python\": $(json_str "$chosen"),"
    echo "  \"pythonVersion\": $(json_str "$(py_version "$chosen")"),"
    echo "  \"pythonPath\": ["
    IFS=: read -r -a parts <<<"$pp"
    n=${#parts[@]}
    for i in "${!parts[@]}"; do
      sep=","; [ "$i" -eq $((n - 1)) ] && sep=""
      echo "    $(json_str "${parts[$i]}")$sep"
    done
    echo "  ]"
    echo "}"
  } >"$out/manifest.json.tmp"
  mv "$out/manifest.json.tmp" "$out/manifest.json"
  say "Django $slot slot ready: $report (python $chosen)"
done
