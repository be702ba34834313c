// Reference outputs for the Java forward pass (NsfwClassifier): runs nsfwjs 4.4.0 on TensorFlow.js (CPU) over raw
// RGB dumps "<name>.<w>x<h>.rgb" (pixels as the Java decoder produced them, so only the network is compared).
// Setup (once, outside the repo): npm install @tensorflow/tfjs@4.22.0 nsfwjs@4.4.0
// Run: node nsfw-reference.mjs /path/to/*.rgb   -> prints Drawing Hentai Neutral Porn Sexy per file
import * as tf from "@tensorflow/tfjs";
import * as nsfwjs from "nsfwjs";
import { readFileSync } from "fs";
import { basename } from "path";

await tf.setBackend("cpu");
const model = await nsfwjs.load("MobileNetV2");
for (const file of process.argv.slice(2)) {
  const [, w, h] = basename(file).match(/\.(\d+)x(\d+)\.rgb$/);
  const pixels = tf.tensor3d(new Uint8Array(readFileSync(file)), [Number(h), Number(w), 3], "int32");
  const predictions = await model.classify(pixels, 5);
  const byName = Object.fromEntries(predictions.map((p) => [p.className, p.probability]));
  const order = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"];
  console.log(basename(file), order.map((c) => byName[c].toFixed(6)).join(" "));
}
