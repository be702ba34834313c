#!/usr/bin/env bash
# Regenerates the built-in lexicons from their registry packages. Needs node, npm, mvn and unzip.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-save --no-package-lock --ignore-scripts cuss@2.2.0 naughty-words@1.2.0 >/dev/null
mvn -q -ntp dependency:copy -Dartifact=com.modernmt.text:profanity-filter:1.0.1 -DoutputDirectory=.cache >/dev/null
node build-lexicons.mjs .cache/profanity-filter-1.0.1.jar
