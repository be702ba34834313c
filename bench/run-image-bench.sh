#!/usr/bin/env bash
# Image engine benchmark (bench/src/main/java/com/modbench/bench/image/ImageBench.java): model load, per-operation
# latency on a 1-megapixel JPEG, Match on a 10,000-image list, memory. Run from the repo root after `mvn compile`.
set -euo pipefail
OUT=target/bench-classes
CP="target/classes:$(mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" bench/src/main/java/com/modbench/bench/image/ImageBench.java
java -Xmx1g -cp "$OUT:$CP" com.modbench.bench.image.ImageBench
