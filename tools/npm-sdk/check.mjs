// The official npm SDK (@azure/cognitiveservices-contentmoderator) against a Content Moderator endpoint: the text,
// term-list, image and image-list operations a client uses, each checked on what comes back. Prints one line per
// check ("ok …" or "FAIL …") and exits 1 if any failed. Used by NpmSdkCompatibilityTest; see docs/server.md.
// Usage: node check.mjs <npm-dir with node_modules> <endpoint> <key> <photo.jpg> <captioned.jpg>
import { createRequire } from "module";
import { readFileSync } from "fs";
import { join, resolve } from "path";

const [npmDir, endpoint, key, photoPath, captionPath] = process.argv.slice(2);
const require = createRequire(join(resolve(npmDir), "package.json"));
const { ContentModeratorClient } = require("@azure/cognitiveservices-contentmoderator");
const { ApiKeyCredentials } = require("@azure/ms-rest-js");

const client = new ContentModeratorClient(
  new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } }), endpoint);
const photo = readFileSync(photoPath);
const captioned = readFileSync(captionPath);
const SAMPLE = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255";
let failed = 0;

async function check(name, run) {
  try {
    const detail = await run();
    console.log(`ok ${name}${detail ? ": " + detail : ""}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.statusCode ? "HTTP " + e.statusCode + " " : ""}${e.message}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function expectStatus(promise, status, code) {
  try {
    await promise;
  } catch (e) {
    const body = typeof e.body === "string" ? JSON.parse(e.body) : e.body;
    expect(e.statusCode === status, `expected HTTP ${status}, got ${e.statusCode}`);
    const actual = body && (body.error ? body.error.code : body.Error && body.Error.Code);
    expect(actual === code, `expected error code ${code}, got ${JSON.stringify(body)}`);
    return `HTTP ${status} ${code}`;
  }
  throw new Error(`expected HTTP ${status}, the call succeeded`);
}

await check("ScreenText with every option", async () => {
  const s = await client.textModeration.screenText("text/plain", SAMPLE,
    { autocorrect: true, pII: true, classify: true, language: "eng" });
  expect(s.originalText === SAMPLE, "OriginalText " + s.originalText);
  expect(s.terms.some(t => t.term === "crap" && t.index === 10), "Terms " + JSON.stringify(s.terms));
  expect(s.pII.email[0].detected === "abcdef@abcd.com", "PII.Email " + JSON.stringify(s.pII.email));
  expect(s.pII.iPA[0].text === "255.255.255.255", "PII.IPA " + JSON.stringify(s.pII.iPA));
  expect(typeof s.classification.reviewRecommended === "boolean", "Classification " + JSON.stringify(s.classification));
  expect(s.language === "eng" && s.status.code === 3000, `Language ${s.language}, Status ${s.status.code}`);
  return `${s.terms.length} term(s), Category3 ${s.classification.category3.score}`;
});

await check("DetectLanguage", async () => {
  const d = await client.textModeration.detectLanguage("text/plain", "Hola, ¿cómo estás? Espero que todo vaya bien.");
  expect(d.detectedLanguage === "spa", "DetectedLanguage " + d.detectedLanguage);
  return d.detectedLanguage;
});

let termListId;
await check("term list: create, add term, refresh, screen with it, read back, delete", async () => {
  const list = await client.listManagementTermLists.create("application/json",
    { name: "npm sdk", description: "check.mjs", metadata: { source: "npm" } });
  termListId = list.id;
  expect(Number.isInteger(list.id) && list.name === "npm sdk", "TermList " + JSON.stringify(list));
  await client.listManagementTerm.addTerm(String(list.id), "fudgecake", "eng");
  const terms = await client.listManagementTerm.getAllTerms(String(list.id), "eng");
  expect(terms.data.terms.some(t => t.term === "fudgecake"), "Terms " + JSON.stringify(terms.data));
  const refreshed = await client.listManagementTermLists.refreshIndexMethod(String(list.id), "eng");
  expect(refreshed.isUpdateSuccess === true, "RefreshIndex " + JSON.stringify(refreshed));
  const s = await client.textModeration.screenText("text/plain", "I ate the fudgecake",
    { language: "eng", listId: String(list.id) });
  expect(s.terms.some(t => t.term === "fudgecake" && t.listId === list.id), "Terms " + JSON.stringify(s.terms));
  const updated = await client.listManagementTermLists.update(String(list.id), "application/json",
    { name: "npm sdk 2", description: "renamed" });
  expect(updated.name === "npm sdk 2", "update " + JSON.stringify(updated));
  const all = await client.listManagementTermLists.getAllTermLists();
  expect(all.some(l => l.id === list.id), "GetAllTermLists " + JSON.stringify(all));
  await client.listManagementTerm.deleteTerm(String(list.id), "fudgecake", "eng");
  await client.listManagementTermLists.deleteMethod(String(list.id));
  return "list " + list.id;
});

await check("an unknown term list is 404 NotFound", () =>
  expectStatus(client.listManagementTermLists.getDetails("987654"), 404, "NotFound"));

let cacheId;
await check("Evaluate image bytes, cached", async () => {
  const e = await client.imageModeration.evaluateFileInput(photo, { cacheImage: true });
  expect(typeof e.adultClassificationScore === "number", "Evaluate " + JSON.stringify(e));
  expect(typeof e.cacheID === "string" && e.cacheID.length > 0, "CacheID " + e.cacheID);
  cacheId = e.cacheID;
  return `adult ${e.adultClassificationScore}`;
});

await check("FindFaces on the cached image (bare variant)", async () => {
  const f = await client.imageModeration.findFaces();
  expect(f.count === 1, "FindFaces " + JSON.stringify(f));
  return `${f.count} face`;
});

await check("OCR image bytes", async () => {
  const o = await client.imageModeration.oCRFileInput("eng", captioned);
  expect(o.language === "eng" && typeof o.text === "string" && o.text.trim().length > 0, "OCR " + JSON.stringify(o));
  return JSON.stringify(o.text.trim().split("\n")[0]);
});

await check("image list: create, add image, refresh, match, delete", async () => {
  const list = await client.listManagementImageLists.create("application/json", { name: "npm images" });
  const added = await client.listManagementImage.addImageFileInput(String(list.id), photo, { tag: 101, label: "astro" });
  expect(added.contentId, "AddImage " + JSON.stringify(added));
  const refreshed = await client.listManagementImageLists.refreshIndexMethod(String(list.id));
  expect(refreshed.isUpdateSuccess === true, "RefreshIndex " + JSON.stringify(refreshed));
  const m = await client.imageModeration.matchFileInput(photo, { listId: String(list.id) });
  expect(m.isMatch === true && m.matches[0].label === "astro", "Match " + JSON.stringify(m));
  const ids = await client.listManagementImage.getAllImageIds(String(list.id));
  expect(ids.contentIds.length === 1, "GetAllImageIds " + JSON.stringify(ids));
  await client.listManagementImage.deleteAllImages(String(list.id));
  await client.listManagementImageLists.deleteMethod(String(list.id));
  return "list " + list.id;
});

await check("a wrong key is 401", async () => {
  const other = new ContentModeratorClient(
    new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": "not-" + key } }), endpoint);
  try {
    await other.textModeration.detectLanguage("text/plain", "hello");
  } catch (e) {
    expect(e.statusCode === 401, "status " + e.statusCode);
    return "HTTP 401";
  }
  throw new Error("the call succeeded");
});

console.log(failed === 0 ? "all checks passed" : `${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
