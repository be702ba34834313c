// Times the anchors' terms-only matching in rounds the quality report asks for one at a time, so that their rounds
// alternate with ours and a slow spell of a shared machine hits both. Called by
// com.modbench.bench.quality.AnchorRounds; see docs/quality.md.
// Usage: node throughput-rounds.mjs <npm-dir with node_modules> <inputs-dir>
// Prints one JSON line when ready, then reads requests "<engine> <short|1024> <milliseconds>", one per line, and
// answers each with {"texts":…,"seconds":…}: how many texts of the set it screened in one round of that length.
import { createInterface } from "readline";
import { join } from "path";
import { loadEngines, lines } from "./engines.mjs";

const [npmDir, inputs] = process.argv.slice(2);
const engines = await loadEngines(npmDir);
const sets = { short: lines(join(inputs, "throughput-short.jsonl")), 1024: lines(join(inputs, "throughput-1024.jsonl")) };
let sink = 0;

function round(fn, texts, millis) {
  const start = process.hrtime.bigint();
  const budget = BigInt(millis) * 1_000_000n;
  let done = 0;
  let elapsed;
  do {
    for (const t of texts) sink += fn(t) ? 1 : 0;
    done += texts.length;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < budget);
  return { texts: done, seconds: Number(elapsed) / 1e9 };
}

const versions = Object.fromEntries(Object.entries(engines).map(([name, e]) => [name, e.version]));
console.log(JSON.stringify({ node: process.version, engines: versions }));
for await (const line of createInterface({ input: process.stdin })) {
  const [name, set, millis] = line.trim().split(" ");
  if (!engines[name] || !sets[set]) {
    console.log(JSON.stringify({ error: `unknown engine or set: ${line}` }));
    continue;
  }
  console.log(JSON.stringify({ ...round(engines[name].termsOnly, sets[set], Number(millis)), sink: sink % 2 }));
}
