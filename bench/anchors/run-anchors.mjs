// Runs the anchor libraries (npm obscenity and allprofanity, default English configuration) over the inputs the
// quality report prepared, and writes their raw results as JSON for the report to score with the same arithmetic
// as ours. Called by com.modbench.bench.quality.QualityReport; see docs/quality.md. Their throughput is measured
// separately, in rounds alternating with ours (throughput-rounds.mjs).
// Usage: node run-anchors.mjs <npm-dir with node_modules> <inputs-dir> <output.json>
import { writeFileSync } from "fs";
import { join } from "path";
import { loadEngines, lines } from "./engines.mjs";

const [npmDir, inputs, output] = process.argv.slice(2);
const engines = await loadEngines(npmDir);
const sets = Object.fromEntries(["surge", "wamerican", "dsojevic", "davidson"]
  .map(name => [name, lines(join(inputs, `${name}.jsonl`))]));

const result = { node: process.version, engines: {} };
for (const [name, engine] of Object.entries(engines)) {
  const r = { version: engine.version };
  for (const set of ["surge", "wamerican", "dsojevic"]) {
    if (sets[set]) r[set] = sets[set].filter(engine.flags);
  }
  if (sets.davidson) r.davidsonScores = sets.davidson.map(engine.score);
  result.engines[name] = r;
  console.error(`anchors: ${name} ${engine.version} done`);
}
writeFileSync(output, JSON.stringify(result));
