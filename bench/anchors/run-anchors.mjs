// Runs the anchor libraries (npm obscenity and allprofanity, default English configuration) over the inputs the
// quality report prepared, and writes their raw results as JSON for the report to score with the same arithmetic
// as ours. Called by com.modbench.bench.quality.QualityReport; see docs/quality.md.
// Usage: node run-anchors.mjs <npm-dir with node_modules> <inputs-dir> <output.json> <throughput-seconds>
import { createRequire } from "module";
import { readFileSync, writeFileSync, existsSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

const [npmDir, inputs, output, seconds = "5"] = process.argv.slice(2);
const require = createRequire(join(npmDir, "package.json"));

async function load(name) {
  const version = JSON.parse(readFileSync(join(npmDir, "node_modules", name, "package.json"), "utf8")).version;
  return { version, module: await import(pathToFileURL(require.resolve(name)).href) };
}

const obscenity = await load("obscenity");
const allprofanity = await load("allprofanity");
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = obscenity.module;
const obscenityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const allprofanityFilter = new allprofanity.module.AllProfanity({ silent: true });

const engines = {
  obscenity: {
    version: obscenity.version,
    flags: text => obscenityMatcher.hasMatch(text),
    // obscenity has no score; the number of matches is the only graded output it has
    score: text => obscenityMatcher.getAllMatches(text).length,
    termsOnly: text => obscenityMatcher.getAllMatches(text),
  },
  allprofanity: {
    version: allprofanity.version,
    flags: text => allprofanityFilter.check(text),
    // ProfanitySeverity 0..4 grows with the number of (unique) matches
    score: text => allprofanityFilter.detect(text).severity,
    termsOnly: text => allprofanityFilter.detect(text),
  },
};

function lines(name) {
  const file = join(inputs, name);
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8").split("\n").filter(l => l.length > 0).map(l => JSON.parse(l));
}

function throughput(fn, texts) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const budget = Number(seconds) * 1e9;
  let sink = 0;
  // warm up for at least half the budget and until two 1-second rounds agree within 3% (at most 30 s), as ours does
  const warmUpStart = process.hrtime.bigint();
  let previous = 0;
  for (;;) {
    const roundStart = process.hrtime.bigint();
    let done = 0;
    while (process.hrtime.bigint() - roundStart < 1_000_000_000n) { for (const t of texts) sink += fn(t) ? 1 : 0; done += texts.length; }
    const rate = done / (Number(process.hrtime.bigint() - roundStart) / 1e9);
    const warmed = Number(process.hrtime.bigint() - warmUpStart);
    if ((warmed >= budget / 2 && previous > 0 && Math.abs(rate - previous) <= 0.03 * previous) || warmed > 30e9) break;
    previous = rate;
  }
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) sink += fn(t) ? 1 : 0;
    passes++;
    elapsed = Number(process.hrtime.bigint() - start);
  } while (elapsed < budget);
  return { texts: texts.length * passes, chars: chars * passes, seconds: elapsed / 1e9, sink };
}

const sets = {
  surge: lines("surge.jsonl"),
  wamerican: lines("wamerican.jsonl"),
  dsojevic: lines("dsojevic.jsonl"),
  davidson: lines("davidson.jsonl"),
  short: lines("throughput-short.jsonl"),
  long: lines("throughput-1024.jsonl"),
};

const result = { node: process.version, engines: {} };
for (const [name, engine] of Object.entries(engines)) {
  const r = { version: engine.version };
  for (const set of ["surge", "wamerican", "dsojevic"]) {
    if (sets[set]) r[set] = sets[set].filter(engine.flags);
  }
  if (sets.davidson) r.davidsonScores = sets.davidson.map(engine.score);
  if (sets.short) r.throughputShort = throughput(engine.termsOnly, sets.short);
  if (sets.long) r.throughput1024 = throughput(engine.termsOnly, sets.long);
  result.engines[name] = r;
  console.error(`anchors: ${name} ${engine.version} done`);
}
writeFileSync(output, JSON.stringify(result));
