# Shared by the load scripts (source it; it defines functions only): wrk, the packaged service on a throwaway
# data directory and port, and its clean-up.

# Installs wrk with apt-get (Debian/Ubuntu) when it is missing.
ensure_wrk() {
    command -v wrk >/dev/null && return
    echo "wrk not found; installing it with apt-get" >&2
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    else sudo apt-get install -y -qq wrk >/dev/null; fi
}

# start_service PORT WORK_DIR: builds the service if needed, starts it on PORT with its embedded PostgreSQL in
# WORK_DIR/pgdata, stops it and removes WORK_DIR on exit, and returns once it is ready.
start_service() {
    local port="$1"
    BENCH_WORK="$2"
    if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
        ./mvnw -q package -DskipTests
    fi
    LOOPWISE_DB_DATA_DIR="$BENCH_WORK/pgdata" QUARKUS_HTTP_PORT="$port" QUARKUS_LOG_LEVEL=WARN \
        java -jar target/quarkus-app/quarkus-run.jar >"$BENCH_WORK/service.log" 2>&1 &
    BENCH_SERVICE=$!
    trap stop_service EXIT
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$port/q/health/ready" >/dev/null && return
        kill -0 "$BENCH_SERVICE" 2>/dev/null || { cat "$BENCH_WORK/service.log"; exit 1; }
        sleep 1
    done
    echo "the service did not become ready on port $port" >&2
    exit 1
}

stop_service() {
    kill -TERM "$BENCH_SERVICE" 2>/dev/null || true
    wait "$BENCH_SERVICE" 2>/dev/null || true
    rm -rf "$BENCH_WORK"
}
