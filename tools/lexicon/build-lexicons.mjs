// Regenerates src/main/resources/lexicon/<iso639-3>.tsv (+ .provenance.md, index.tsv) from registry packages:
//   npm cuss@2.2.0 (MIT), npm naughty-words@1.2.0 (CC-BY-4.0), Maven com.modernmt.text:profanity-filter:1.0.1
//   (Apache-2.0). Run through ./build.sh, which fetches them. Never add machine-translated lists (see README.md).
// Columns written: term, category (sexual | suggestive | offensive | slur), severity (1 mild .. 3 severe).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const jar = process.argv[2];
if (!jar) throw new Error("usage: node build-lexicons.mjs <profanity-filter-1.0.1.jar>");
const outDir = new URL("../../src/main/resources/lexicon/", import.meta.url);
const here = (name) => new URL(`./${name}`, import.meta.url);
const pkgVersion = (name) => JSON.parse(readFileSync(here(`node_modules/${name}/package.json`), "utf8")).version;

const ISO3 = {
  ar: "ara", az: "aze", bg: "bul", bs: "bos", ca: "cat", cs: "ces", da: "dan", de: "deu", el: "ell", en: "eng",
  eo: "epo", es: "spa", et: "est", fa: "fas", fi: "fin", fil: "tgl", tl: "tgl", fr: "fra", ga: "gle", he: "heb",
  hi: "hin", hr: "hrv", hu: "hun", hy: "hye", id: "ind", is: "isl", it: "ita", ja: "jpn", ka: "kat", kab: "kab",
  ko: "kor", lt: "lit", lv: "lav", mk: "mkd", ms: "msa", mt: "mlt", nl: "nld", no: "nor", pl: "pol", pt: "por",
  ro: "ron", ru: "rus", sk: "slk", sl: "slv", sq: "sqi", sr: "srp", sv: "swe", sw: "swa", th: "tha", tr: "tur",
  uk: "ukr", vi: "vie", xh: "xho", zh: "zho", zu: "zul", "ar-latn": "ara",
};
const MODERNMT_THRESHOLD = 0.3; // ProfanityFilter's own default: weight = share of profane uses in its corpus
const INNOCENT_BELOW = 0.1;
const SOURCES = {
  "naughty-words": { version: pkgVersion("naughty-words"), licence: "CC-BY-4.0",
    what: "List of Dirty, Naughty, Obscene, and Otherwise Bad Words (Shutterstock), packaged by npm naughty-words",
    url: "https://www.npmjs.com/package/naughty-words" },
  cuss: { version: pkgVersion("cuss"), licence: "MIT",
    what: "npm cuss by Titus Wormer: words with a 0–2 rating of how sure a use is profane; rating 2 kept",
    url: "https://www.npmjs.com/package/cuss" },
  modernmt: { version: "1.0.1", licence: "Apache-2.0",
    what: `Maven com.modernmt.text:profanity-filter dictionaries (term, weight); weight ≥ ${MODERNMT_THRESHOLD} kept`,
    url: "https://central.sonatype.com/artifact/com.modernmt.text/profanity-filter/1.0.1" },
};

const lexicons = new Map(); // iso3 -> Map(term -> Set(source))
const innocent = new Set(); // iso3 \t term: modernmt saw it used mostly innocently
const add = (iso, term, source) => {
  const t = term.normalize("NFC").toLocaleLowerCase("und").trim().replace(/\s+/g, " ");
  if (!iso || [...t].length < 2) return;
  if (!lexicons.has(iso)) lexicons.set(iso, new Map());
  const terms = lexicons.get(iso);
  if (!terms.has(t)) terms.set(t, new Set());
  terms.get(t).add(source);
};

const naughty = require("naughty-words");
for (const [locale, list] of Object.entries(naughty)) {
  const iso = ISO3[locale.split("-")[0]];
  for (const term of list) add(iso, term, "naughty-words");
}
for (const [locale, module] of [["en", "cuss"], ["es", "cuss/es"], ["fr", "cuss/fr"], ["it", "cuss/it"],
  ["pt", "cuss/pt"], ["pt", "cuss/pt-pt"], ["ar-latn", "cuss/ar-latn"]]) {
  const { cuss } = await import(module);
  for (const [term, rating] of Object.entries(cuss)) if (rating === 2) add(ISO3[locale], term, "cuss");
}
const entries = execFileSync("unzip", ["-Z1", jar]).toString().split("\n");
for (const entry of entries.filter((e) => /\/dictionary\.[a-z]{2}$/.test(e))) {
  const iso = ISO3[entry.slice(-2)];
  for (const line of execFileSync("unzip", ["-p", jar, entry]).toString("utf8").split("\n")) {
    const [term, weight] = line.split("\t");
    if (!term || weight === undefined) continue;
    const w = Number(weight);
    if (w >= MODERNMT_THRESHOLD) add(iso, term, "modernmt");
    // A very low weight means ModernMT saw the word used innocently almost always. Not for English, where its
    // corpus rates rare slurs ("kike" 0.07) that low too; English is curated in drop.tsv instead.
    else if (w > 0 && w < INNOCENT_BELOW && iso !== "eng") innocent.add(`${iso}\t${term.toLocaleLowerCase("und").trim()}`);
  }
}

const tsv = (name) => readFileSync(here(name), "utf8").split("\n")
  .filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t").map((c) => c.trim()));
const dropped = new Set(tsv("drop.tsv").map(([lang, term]) => `${lang}\t${term}`));
const rules = tsv("categories.tsv");
const topics = new Set(tsv("topics.tsv").map(([lang, term]) => `${lang}\t${term}`));
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー・\s]+$/u;

function keep(iso, term) {
  if (dropped.has(`${iso}\t${term}`) || innocent.has(`${iso}\t${term}`)) return false;
  if (UNSPACED.test(term)) {
    const chars = [...term.replace(/\s/g, "")].length;
    const short = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(term) ? 3 : 2;
    if (chars < short) return false; // these match inside words: one kanji or two kana are too ambiguous
  }
  return true;
}

function categorise(iso, term) {
  for (const [lang, stem, category, severity] of rules) {
    if ((lang === iso || lang === "*") && term.includes(stem)) return [category, Number(severity)];
  }
  return ["offensive", 2];
}

for (const file of readdirSync(outDir)) if (/\.(tsv|provenance\.md)$/.test(file) && file !== "match-rules.tsv") {
  unlinkSync(new URL(file, outDir));
}
const index = [];
for (const iso of [...lexicons.keys()].sort()) {
  const perSource = {};
  const lines = [];
  const topicLines = [];
  for (const [term, sources] of [...lexicons.get(iso).entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!keep(iso, term)) continue;
    const [category, severity] = categorise(iso, term);
    (topics.has(`${iso}\t${term}`) ? topicLines : lines).push(`${term}\t${category}\t${severity}`);
    for (const s of sources) perSource[s] = (perSource[s] ?? 0) + 1;
  }
  if (topicLines.length > 0) {
    writeFileSync(new URL(`${iso}.topics.tsv`, outDir), `# term\tcategory\tseverity — standard vocabulary about sex `
      + `and the body: classification cues, not reported as Terms (tools/lexicon/topics.tsv); provenance in `
      + `${iso}.provenance.md\n${topicLines.join("\n")}\n`);
  }
  if (lines.length === 0) continue;
  writeFileSync(new URL(`${iso}.tsv`, outDir), `# term\tcategory\tseverity — generated by tools/lexicon/build.sh; `
    + `sources and licences in ${iso}.provenance.md\n${lines.join("\n")}\n`);
  const used = Object.keys(perSource).sort();
  writeFileSync(new URL(`${iso}.provenance.md`, outDir), [
    `# Lexicon ${iso}: provenance and licence`, "",
    `${lines.length} terms${topicLines.length ? ` (+ ${topicLines.length} topic words in ${iso}.topics.tsv)` : ""}, generated by \`tools/lexicon/build.sh\` (do not edit ${iso}.tsv by hand).`, "",
    "| source | version | licence | terms | what |", "|---|---|---|---|---|",
    ...used.map((s) => `| ${s} | ${SOURCES[s].version} | ${SOURCES[s].licence} | ${perSource[s]} | `
      + `${SOURCES[s].what} (${SOURCES[s].url}) |`), "",
    "Changes made to the sources: terms lower-cased and merged; ModernMT terms below its own threshold dropped, and",
    "(except in English) so are terms of any source that ModernMT weighs below 0.1, i.e. almost always innocent; one-character CJK and Korean terms and",
    "two-character kana and Thai terms dropped, because those scripts match inside words; terms in",
    "tools/lexicon/drop.tsv dropped;",
    "categories and severities assigned by tools/lexicon/categories.tsv (default offensive, 2).", "",
    used.includes("naughty-words") ? "naughty-words is licensed under Creative Commons Attribution 4.0 "
      + "(https://creativecommons.org/licenses/by/4.0/); attribution: Shutterstock, \"List of Dirty, Naughty, "
      + "Obscene, and Otherwise Bad Words\". Full licence texts: THIRD-PARTY.md." : "Full licence texts: THIRD-PARTY.md.",
    "",
  ].join("\n"));
  index.push(`${iso}\t${lines.length}\t${used.join(",")}`);
}
const licence = (path) => readFileSync(here(path), "utf8").trim();
writeFileSync(new URL("THIRD-PARTY.md", outDir), [
  "# Third-party lexicon sources and their licences", "",
  "The built-in lexicons (`<iso639-3>.tsv`) are derived from these packages; each lexicon's `.provenance.md` says",
  "which ones it uses and how many terms come from each. Changes: see any `.provenance.md`.", "",
  `## npm naughty-words ${SOURCES["naughty-words"].version} — CC-BY-4.0`, "",
  "Attribution: Shutterstock, \"List of Dirty, Naughty, Obscene, and Otherwise Bad Words\", packaged as npm",
  "naughty-words. Licence: Creative Commons Attribution 4.0 International.", "", "```",
  licence("node_modules/naughty-words/LICENSE"), "```", "",
  `## npm cuss ${SOURCES.cuss.version} — MIT`, "", "```", licence("node_modules/cuss/license"), "```", "",
  `## Maven com.modernmt.text:profanity-filter ${SOURCES.modernmt.version} — Apache-2.0`, "",
  "Copyright ModernMT. Licensed under the Apache License, Version 2.0 (the POM's declared licence);",
  "you may obtain a copy at https://www.apache.org/licenses/LICENSE-2.0. The dictionaries `dictionary.xx` of the",
  "jar were filtered by weight and merged with the other sources as described above.", "",
].join("\n"));
writeFileSync(new URL("index.tsv", outDir), `# iso639-3\tterms\tsources — generated by tools/lexicon/build.sh\n`
  + index.join("\n") + "\n");
console.log(index.join("\n"));
