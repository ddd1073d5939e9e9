#!/usr/bin/env bash
# Measures the embedded event store's size on disk per 100k events, running and after a clean stop.
# Usage: ops/bench/event-store-size.sh [companions]   (default 25000 companions = 100,000 events)
# Needs the server jar: mvn -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
companions="${1:-25000}"
port=18089
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar ops/target/peipao-ops.jar --server.port="$port" --peipao.data-dir="$work/data" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do
    curl -sf "http://localhost:$port/actuator/health" > /dev/null && break
    sleep 1
done
password="$(grep -o "created user 'admin' with password [^ ]*" "$work/server.log" | awk '{print $NF}')"

java ops/bench/LoadGen.java "http://localhost:$port" admin "$password" "$companions" 8
echo "running: $(du -sh "$work/data/events" | cut -f1) events directory, $(du -sh "$work/data/mongo" | cut -f1) read models"
kill "$server"; wait "$server" || true
echo "stopped: $(du -sh "$work/data/events" | cut -f1) events directory, $(du -sh "$work/data/mongo" | cut -f1) read models"
