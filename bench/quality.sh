#!/usr/bin/env bash
# Regenerates docs/quality.md: Modbench vs the anchors (npm obscenity, allprofanity) on the third-party evaluation
# data in ../shared/data, the issue's targets with pass/fail, throughput, and the JMH benchmarks.
#
# Usage: bench/quality.sh [--skip-jmh] [--seconds N]
#   --skip-jmh   leave out the JMH run (about 3 minutes)
#   --seconds N  throughput: rounds of 1 s per engine and corpus (default 5; warm-up at least half of it)
# Environment: QUALITY_DATA (default ../shared/data), QUALITY_OUT (default docs/quality.md).
#
# Needs JDK 17 + Maven; node + npm for the anchors (skipped with a message otherwise); Debian wamerican for the
# false-positive rate (installed with apt-get when running as root, skipped with a message otherwise).
# Nothing it downloads is committed: npm packages go to target/quality/npm.
set -euo pipefail
cd "$(dirname "$0")/.."

SKIP_JMH=false
SECONDS_PER_ROW=5
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-jmh) SKIP_JMH=true ;;
    --seconds) SECONDS_PER_ROW="$2"; shift ;;
    *) echo "usage: bench/quality.sh [--skip-jmh] [--seconds N]" >&2; exit 2 ;;
  esac
  shift
done
DATA="${QUALITY_DATA:-../shared/data}"
# a git worktree under <root>/wt/<name> sees the shared folder one level further up
if [ -z "${QUALITY_DATA:-}" ] && [ ! -d "$DATA" ] && [ -d ../../shared/data ]; then DATA=../../shared/data; fi
OUT="${QUALITY_OUT:-docs/quality.md}"
WORK=target/quality
mkdir -p "$WORK"

if [ ! -f /usr/share/dict/american-english ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "quality: installing Debian wamerican (English word list)" >&2
    apt-get install -y -q wamerican >/dev/null || echo "quality: apt-get install wamerican failed; the word-list section will be skipped" >&2
  else
    echo "quality: /usr/share/dict/american-english is absent and apt-get needs root; the word-list section will be skipped" >&2
  fi
fi

if command -v npm >/dev/null && command -v node >/dev/null; then
  if [ ! -d "$WORK/npm/node_modules/obscenity" ] || [ ! -d "$WORK/npm/node_modules/allprofanity" ]; then
    echo "quality: installing the anchors obscenity@0.4.6 and allprofanity@2.4.0 into $WORK/npm" >&2
    mkdir -p "$WORK/npm"
    [ -f "$WORK/npm/package.json" ] || echo '{"private":true}' > "$WORK/npm/package.json"
    (cd "$WORK/npm" && npm install --no-audit --no-fund --silent obscenity@0.4.6 allprofanity@2.4.0) \
      || echo "quality: npm install failed; the anchors will be skipped" >&2
  fi
else
  echo "quality: node/npm not found; the anchors will be skipped" >&2
fi

mvn -B -ntp -q -DskipTests test-compile

JMH_ARG=""
if [ "$SKIP_JMH" = false ]; then
  echo "quality: JMH (ScreenBenchmark, short settings)" >&2
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)
  mvn -B -ntp -q -Pbench exec:exec@jmh \
    -Djmh.args="-f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff $WORK/jmh.json ScreenBenchmark" >&2
  echo "$LOAD_BEFORE $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)" > "$WORK/jmh.load"
  JMH_ARG="--jmh $WORK/jmh.json"
fi

mvn -B -ntp -q -Pbench exec:exec@quality \
  -Dquality.args="--data $DATA --out $OUT --work $WORK --npm $WORK/npm --seconds $SECONDS_PER_ROW $JMH_ARG"
echo "quality: done, see $OUT" >&2
