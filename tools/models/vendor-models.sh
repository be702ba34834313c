#!/usr/bin/env bash
# One-off: fetch the image models from npm and write them in the form the engine reads (run from the repo root).
#   nsfwjs 4.4.0 (MIT): the MobileNetV2 Keras layers model ships as browserify .min.js files; this turns it into a
#     plain model.json + binary weight shard under src/main/resources/models/nsfw/mobilenet_v2/.
#   @mediapipe/face_detection 0.4.1657300184 (Apache-2.0): face_detection_full_range.tflite, copied as is.
# The outputs are committed; the app never downloads anything at run time.
set -euo pipefail
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent nsfwjs@4.4.0 @mediapipe/face_detection@0.4.1657300184 >/dev/null
mkdir nsfw face
tar xzf nsfwjs-4.4.0.tgz -C nsfw
tar xzf mediapipe-face_detection-0.4.1657300184.tgz -C face

NSFW_OUT="$ROOT/src/main/resources/models/nsfw/mobilenet_v2"
FACE_OUT="$ROOT/src/main/resources/models/face"
mkdir -p "$NSFW_OUT" "$FACE_OUT"
node -e '
const fs = require("fs");
const dir = "./nsfw/package/dist/models/mobilenet_v2/";
const model = require(dir + "model.min.js");
const shard = require(dir + "group1-shard1of1.min.js");
fs.writeFileSync(process.argv[1] + "/model.json", JSON.stringify(model));
fs.writeFileSync(process.argv[1] + "/group1-shard1of1", Buffer.from(shard, "base64"));
' "$NSFW_OUT"
cp nsfw/package/LICENSE "$NSFW_OUT/LICENSE"
cp face/package/face_detection_full_range.tflite "$FACE_OUT/"
ls -l "$NSFW_OUT" "$FACE_OUT"
