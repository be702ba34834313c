// The anchor libraries (npm obscenity and allprofanity) in their default English configuration, loaded from an npm
// folder, as run-anchors.mjs and throughput-rounds.mjs use them.
import { createRequire } from "module";
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { pathToFileURL } from "url";

async function load(npmDir, name) {
  const require = createRequire(join(resolve(npmDir), "package.json"));
  const version = JSON.parse(readFileSync(join(npmDir, "node_modules", name, "package.json"), "utf8")).version;
  return { version, module: await import(pathToFileURL(require.resolve(name)).href) };
}

export async function loadEngines(npmDir) {
  const obscenity = await load(npmDir, "obscenity");
  const allprofanity = await load(npmDir, "allprofanity");
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = obscenity.module;
  const obscenityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const allprofanityFilter = new allprofanity.module.AllProfanity({ silent: true });
  return {
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
}

/** The inputs file's JSON lines, or null if the report did not write it. */
export function lines(file) {
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8").split("\n").filter(l => l.length > 0).map(l => JSON.parse(l));
}
