#!/usr/bin/env bash
# Load test of POST /api/v1/runs with wrk against the packaged service on the embedded PostgreSQL:
#   1. clean: the seed's three-endpoint gather program at C connections, every request uncached (unique comment);
#   2. mixed: the same at C - L connections while L connections post `while True: pass` at the same time
#      (L = LOOP_CONNECTIONS, default C/10); the gather runs' p99 is compared with the clean figure, and the
#      share of loop programs among all requests is printed.
# Prints runs/s, p50/p99/max and HTTP statuses per scenario; results go in docs/benchmarks.md ("Sandbox runs").
#
#   src/bench/sandbox-load.sh [connections=64] [duration=30s] [threads=2]
#
# wrk's timeout is 10 s: a response slower than that counts as an HTTP-level timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS="${1:-64}"
DURATION="${2:-30s}"
THREADS="${3:-2}"
PORT="${BENCH_PORT:-18091}"
BASE="http://localhost:${PORT}"
LOOPS="${LOOP_CONNECTIONS:-$(( CONNECTIONS / 10 ))}"
NORMAL=$(( CONNECTIONS - LOOPS ))
SCRIPT=src/bench/sandbox-runs.lua

source src/bench/service.sh
ensure_wrk

WORK="$(mktemp -d)"
# the seed page's three-endpoint gather program, as the conformance corpus holds it
cp src/test/resources/conformance/seed_gather_concurrent_fetch.py "$WORK/gather.py"
printf 'while True:\n    pass\n' >"$WORK/loop.py"

start_service "$PORT" "$WORK"

run() { # connections duration program (wrk needs at least one connection per thread)
    wrk -t"$(( $1 < THREADS ? $1 : THREADS ))" -c"$1" -d"$2" --timeout 10s -s "$SCRIPT" "$BASE" -- "$3" | grep '^RESULT' | sed 's/^RESULT //'
}

echo "wrk -t$THREADS, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
run "$CONNECTIONS" 15s "$WORK/gather.py" >/dev/null                    # warm-up: JIT, pools
printf '%-44s %s\n' "clean: gather x$CONNECTIONS" "$(run "$CONNECTIONS" "$DURATION" "$WORK/gather.py")"
run "$LOOPS" "$DURATION" "$WORK/loop.py" >"$WORK/loops.txt" &
LOOPER=$!
sleep 1
MIXED="$(run "$NORMAL" "$DURATION" "$WORK/gather.py")"
wait "$LOOPER"
printf '%-44s %s\n' "mixed: gather x$NORMAL" "$MIXED"
printf '%-44s %s\n' "mixed: while True: pass x$LOOPS" "$(cat "$WORK/loops.txt")"
share() { sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$1"; }
awk -v l="$(share "$(cat "$WORK/loops.txt")")" -v g="$(share "$MIXED")" \
    'BEGIN { printf "loop programs: %.1f %% of the mixed requests\n", 100 * l / (l + g) }'
curl -s "$BASE/q/metrics" | grep -E '^loopwise_sandbox_(runs_total|rejections_total)' | sed 's/^/  /'
