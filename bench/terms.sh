#!/usr/bin/env bash
# Terms-stage latency harness (normalisation + matching). Usage: bench/terms.sh (from the repo root).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/terms/TermsBench.java
