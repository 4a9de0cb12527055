#!/usr/bin/env bash
# Load test of the catalog API with wrk: GET /api/v1/questions/{slug}, a full-text search, and /q/health/live
# as the ceiling (the service's most trivial endpoint), all in one run against the packaged service on the
# embedded PostgreSQL. Prints requests/s and p50/p99 latency per endpoint; results go in docs/benchmarks.md.
#
#   src/bench/catalog-load.sh [connections=64] [duration=30s] [threads=2]
#
# Uses an installed wrk, or installs it with apt-get (Debian/Ubuntu). Builds the service if needed, starts it
# on a throwaway data directory and port, warms it up, measures, and stops it again.
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS="${1:-64}"
DURATION="${2:-30s}"
THREADS="${3:-2}"
PORT="${BENCH_PORT:-18090}"
SLUG="${BENCH_SLUG:-async-await-and-asyncio}"
SEARCH="${BENCH_SEARCH:-/api/v1/questions?q=cancel%20task&size=10}"
BASE="http://localhost:${PORT}"

source src/bench/service.sh
ensure_wrk
DATA_DIR="$(mktemp -d)"
start_service "$PORT" "$DATA_DIR"
curl -sf "$BASE/api/v1/questions/$SLUG" >/dev/null || { echo "question $SLUG not served" >&2; exit 1; }

# wrk's latency histogram only prints fixed percentiles; this script reports the ones we publish.
REPORT="$(mktemp)"
cat >"$REPORT" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests_per_sec=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d "
      .. "errors(connect/read/write/status/timeout)=%d/%d/%d/%d/%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect, e.read, e.write, e.status, e.timeout))
end
LUA

measure() {
    local name="$1" path="$2"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$BASE$path" >/dev/null          # warm-up: JIT, pools, caches
    local line
    line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$REPORT" "$BASE$path" | grep '^RESULT')"
    printf '%-32s %s\n' "$name" "${line#RESULT }"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
measure "GET /q/health/live (ceiling)" "/q/health/live"
measure "GET /api/v1/questions/{slug}" "/api/v1/questions/$SLUG"
measure "GET /api/v1/questions?q=..." "$SEARCH"
rm -f "$REPORT"
