#!/usr/bin/env bash
# Regenerates the committed corpus test/corpus/django-{5.2,6.1}/seed-N with real Django (see scripts/corpus/README.md).
# Needs scripts/oracle/setup.sh to have been run (it reads .cache/oracle/django-SLOT/manifest.json).
# Environment: SEEDS (default "1 2 3 4"), EDITS (default 70), APPS (default 3), SG_PG_PORT (use a running server on
# 127.0.0.1:PORT instead of one throwaway cluster per run). The two Django versions run in parallel.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SEEDS="${SEEDS:-1 2 3 4}"
EDITS="${EDITS:-70}"
APPS="${APPS:-3}"
cd "$ROOT"
start=$(date +%s)
pids=()
for slot in 5.2 6.1; do
  (
    for seed in $SEEDS; do
      python3 scripts/corpus/generate.py --django-slot "$slot" --out "test/corpus/django-$slot/seed-$seed" \
        --seed "$seed" --edits "$EDITS" --apps "$APPS" --force ${SG_PG_PORT:+--pg-port "$SG_PG_PORT"} \
        > "/tmp/schema-guard-corpus-$slot-$seed.log" 2>&1 \
        || { echo "generation failed: django $slot seed $seed (see /tmp/schema-guard-corpus-$slot-$seed.log)" >&2; exit 1; }
      tail -1 "/tmp/schema-guard-corpus-$slot-$seed.log"
    done
  ) &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
[ "$status" = 0 ] || exit 1
python3 scripts/corpus/summarize.py test/corpus --markdown > test/corpus/SUMMARY.md
echo "corpus regenerated in $(( $(date +%s) - start )) s; summary in test/corpus/SUMMARY.md"
