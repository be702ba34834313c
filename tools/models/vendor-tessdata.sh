#!/usr/bin/env bash
# One-off: copy Tesseract's English data (tessdata_fast eng 4.1.0, Apache-2.0, 4.1 MB) out of the tess4j jar on
# Maven Central into src/main/resources/tessdata/ (run from the repo root). Only the data file is used; the
# engine itself comes from org.bytedeco:tesseract. Other languages: put <lang>.traineddata in the folder named by
# the modbench.tessdata system property (see docs/decisions/0062-image-ocr.md).
set -euo pipefail
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mvn -B -ntp -q dependency:copy -Dartifact=net.sourceforge.tess4j:tess4j:5.20.0 -DoutputDirectory="$WORK"
mkdir -p "$ROOT/src/main/resources/tessdata"
(cd "$WORK" && unzip -q -o tess4j-5.20.0.jar tessdata/eng.traineddata)
cp "$WORK/tessdata/eng.traineddata" "$ROOT/src/main/resources/tessdata/"
ls -l "$ROOT/src/main/resources/tessdata"
