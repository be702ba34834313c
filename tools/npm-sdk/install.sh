#!/usr/bin/env bash
# Installs the official npm SDK for the Content Moderator API into target/npm-sdk, where NpmSdkCompatibilityTest
# finds it (the test is skipped while it is absent, so `mvn verify` never needs node or the npm registry).
# Usage: tools/npm-sdk/install.sh   (then: mvn -B -ntp test -Dtest=NpmSdkCompatibilityTest)
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/npm-sdk
cd target/npm-sdk
[ -f package.json ] || echo '{"private":true}' > package.json
npm install --no-audit --no-fund --silent @azure/cognitiveservices-contentmoderator@5.0.1 @azure/ms-rest-js@2.7.0
echo "npm-sdk: installed @azure/cognitiveservices-contentmoderator 5.0.1 into target/npm-sdk" >&2
