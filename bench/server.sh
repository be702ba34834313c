#!/usr/bin/env bash
# Server throughput over loopback: screens/s and p50/p99 latency with 1 and 16 concurrent clients.
# Usage: bench/server.sh [--seconds N] [--clients 1,16]   (from the repo root; see bench/server/ServerBench.java)
# Texts: tweets from ../shared/data/davidson/labeled_data.csv when present, else built-in samples.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${BENCH_DATA:-../shared/data}"
if [ -z "${BENCH_DATA:-}" ] && [ ! -d "$DATA" ] && [ -d ../../shared/data ]; then DATA=../../shared/data; fi
mvn -q -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/server/ServerBench.java --data "$DATA" "$@"
