#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end test (test/e2e/vscode.test.ts) needs:
#   - Debian packages: chromium (the browser the test drives), ripgrep (code-server's search, also seeded into the
#     @vscode/ripgrep download cache), and the headers code-server's native modules build against
#     (libkrb5-dev, libxkbfile-dev, libsecret-1-dev, pkg-config, make, g++, python3).
#   - code-server 4.100.3 (VS Code 1.100.3, the last release that runs on node 20) in its own npm prefix,
#     .cache/e2e/code-server/ (own package.json and lockfile; the project's node_modules and lockfile are untouched).
# Idempotent: when everything is present it only checks (about 1 s). Options: --force (reinstall code-server),
# --skip-apt (do not touch Debian packages; fail if they are missing).
#
# Environment overrides:
#   SCHEMA_GUARD_E2E_CACHE     cache folder (default: <repo>/.cache/e2e)
#   SCHEMA_GUARD_CODE_SERVER_VERSION  (default 4.100.3; newer ones need node >= 22/24, see docs/tech notes)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SCHEMA_GUARD_E2E_CACHE:-$ROOT/.cache/e2e}"
CS_VERSION="${SCHEMA_GUARD_CODE_SERVER_VERSION:-4.100.3}"
CS_PREFIX="$CACHE/code-server"
FORCE=0
SKIP_APT=0
while [ $# -gt 0 ]; do
  case "$1" in
    --force) FORCE=1 ;;
    --skip-apt) SKIP_APT=1 ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

T0=$(date +%s.%N)
say() { echo "[e2e setup] $*"; }
die() { echo "[e2e setup] ERROR: $*" >&2; exit 1; }
mkdir -p "$CACHE" || { echo "[e2e setup] ERROR: cannot create $CACHE" >&2; exit 1; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f s", b - a }'; }

# --- Debian packages ---------------------------------------------------------------------------------------------
APT_PKGS=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config make g++ python3 ca-certificates)
missing_pkgs() {
  local p
  for p in "${APT_PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then echo "$p"; fi
  done
}
t=$(date +%s.%N)
mapfile -t MISSING < <(missing_pkgs)
if [ "${#MISSING[@]}" -eq 0 ]; then
  say "apt: all ${#APT_PKGS[@]} packages present ($(since "$t"))"
elif [ "$SKIP_APT" = 1 ]; then
  die "missing Debian packages: ${MISSING[*]} (run without --skip-apt, or: apt-get install -y ${MISSING[*]})"
else
  [ "$(id -u)" = 0 ] || die "missing Debian packages (${MISSING[*]}) and not root: run as root, or install them first"
  command -v apt-get >/dev/null || die "missing packages (${MISSING[*]}) and no apt-get on this machine"
  # `apt-get update` only when some package has no install candidate (stale or empty lists).
  need_update=0
  for p in "${MISSING[@]}"; do
    cand="$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
    if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then need_update=1; break; fi
  done
  if [ "$need_update" = 1 ]; then
    say "apt-get update (package lists lack: ${p})"
    apt-get update -qq || die "apt-get update failed"
  fi
  case " ${MISSING[*]} " in
    *" chromium "*) say "apt-get install ${MISSING[*]} (chromium is ~480 MB: up to 1-2 min)" ;;
    *) say "apt-get install ${MISSING[*]}" ;;
  esac
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >"$CACHE/apt.log" 2>&1; then
    if [ "$need_update" = 0 ]; then # a 404 from stale lists: update once and retry
      say "apt-get install failed; retrying after apt-get update"
      apt-get update -qq || die "apt-get update failed"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >"$CACHE/apt.log" 2>&1 ||
        { tail -20 "$CACHE/apt.log" >&2; die "apt-get install ${MISSING[*]} failed (log: $CACHE/apt.log)"; }
    else
      tail -20 "$CACHE/apt.log" >&2; die "apt-get install ${MISSING[*]} failed (log: $CACHE/apt.log)"
    fi
  fi
  mapfile -t STILL < <(missing_pkgs)
  [ "${#STILL[@]}" -eq 0 ] || die "still missing after apt-get install: ${STILL[*]}"
  rm -f "$CACHE/apt.log"
  say "apt: installed ${MISSING[*]} ($(since "$t"))"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing although the chromium package is installed"
command -v rg >/dev/null || die "rg (ripgrep) is missing although the ripgrep package is installed"

# --- code-server -------------------------------------------------------------------------------------------------
CS_BIN="$CS_PREFIX/node_modules/code-server/out/node/entry.js"
CS_MARK="$CS_PREFIX/.installed-$CS_VERSION"
cs_ok() {
  [ -f "$CS_MARK" ] && [ -f "$CS_BIN" ] &&
    [ -f "$CS_PREFIX/node_modules/code-server/lib/vscode/out/server-main.js" ] &&
    grep -q "\"version\": \"$CS_VERSION\"" "$CS_PREFIX/node_modules/code-server/package.json"
}
t=$(date +%s.%N)
if [ "$FORCE" = 0 ] && cs_ok; then
  say "code-server $CS_VERSION: present in $CS_PREFIX ($(since "$t"))"
else
  command -v node >/dev/null || die "node is not on PATH"
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  case "$CS_VERSION" in
    4.100.*|4.9[0-9].*) [ "$node_major" = 20 ] || say "WARNING: code-server $CS_VERSION expects node 20, this is node $(node -v)" ;;
  esac
  say "installing code-server@$CS_VERSION into $CS_PREFIX (native modules are compiled: about 1-2 min)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX" "$CACHE/tmp"
  cat >"$CS_PREFIX/package.json" <<EOF
{
  "name": "schema-guard-e2e-code-server",
  "private": true,
  "description": "code-server for the Schema Guard end-to-end test; installed by scripts/e2e/setup.sh",
  "dependencies": { "code-server": "$CS_VERSION" }
}
EOF
  # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable); it first looks in
  # $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<rg version>-<target>.tar.gz, so seed it with Debian's rg.
  # Pairs of <@vscode/ripgrep version>:<rg release> used by the code-server versions we know.
  RG_PAIRS=(1.15.11:v13.0.0-10 1.15.10:v13.0.0-10 1.15.9:v13.0.0-10 1.15.14:v13.0.0-13 1.17.0:v13.0.0-13)
  rgpkg="$CACHE/tmp/rgpkg"
  mkdir -p "$rgpkg"
  cp "$(command -v rg)" "$rgpkg/rg"
  for pair in "${RG_PAIRS[@]}"; do
    d="$CACHE/tmp/vscode-ripgrep-cache-${pair%%:*}"
    mkdir -p "$d"
    tar czf "$d/ripgrep-${pair##*:}-x86_64-unknown-linux-musl.tar.gz" -C "$rgpkg" rg
  done
  log="$CACHE/code-server-install.log"
  # npm 11 dropped --unsafe-perm (code-server's postinstall refuses root without it); .npmrc may say yes=false,
  # which makes node-pty's `npx node-gyp` fail.
  if ! (cd "$CS_PREFIX" && TMPDIR="$CACHE/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
        npm install --no-audit --no-fund --loglevel=error >"$log" 2>&1); then
    tail -40 "$log" >&2
    die "npm install code-server@$CS_VERSION failed (full log: $log)"
  fi
  [ -f "$CS_BIN" ] || die "code-server installed but $CS_BIN is missing (log: $log)"
  # code-server writes a default config.yaml under $XDG_CONFIG_HOME: keep it in a scratch home.
  if ! out="$(cd "$CACHE" && HOME="$CACHE/tmp/home" XDG_CONFIG_HOME="$CACHE/tmp/home/.config" \
        XDG_DATA_HOME="$CACHE/tmp/home/.local/share" timeout 60 node "$CS_BIN" --version 2>&1)"; then
    echo "$out" >&2; die "code-server --version failed"
  fi
  rm -rf "$CACHE/tmp/home"
  ver="$(echo "$out" | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+' || true)"
  case "$ver" in "$CS_VERSION "*) ;; *) echo "$out" >&2; die "code-server --version printed no $CS_VERSION line" ;; esac
  touch "$CS_MARK"
  say "code-server installed: $ver ($(since "$t"))"
fi

say "ready in $(since "$T0"): code-server=$CS_BIN chromium=/usr/bin/chromium"
