/**
 * Odd but valid seeds build like any other: a BOM and Windows line endings, file names with spaces, accents
 * and other scripts, two stories with the same headline, names in other alphabets and emoji. Every page they
 * give lives at a URL-safe path inside the site, every link resolves, and every page is valid HTML.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { checkLinks } from "../../src/commands/check-links.js";
import { validateHtml } from "../../src/commands/validate-html.js";
import { build, filesUnder, GOOD_SEEDS, ODD_SEEDS, parseDocument, read, seedsFolder, type Built } from "./site.js";

const SITE_URL = (JSON.parse(readFileSync("templates/_data/site.json", "utf8")) as { url: string }).url;


let site: Built;
let files: string[];

before(() => {
  site = build(seedsFolder(ODD_SEEDS, GOOD_SEEDS));
  assert.equal(site.run.status, 0, site.run.stderr);
  files = filesUnder(site.out);
});

const articlePages = () => files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !/^articles\/(\d{4}|undated)\//.test(f));
const pageFor = (headline: string) =>
  articlePages().filter((f) => parseDocument(read(site.out, f)).elements.find((e) => e.name === "h1")?.text.trim() === headline);

describe("odd but valid seeds", () => {
  it("each becomes an article, at a URL-safe path inside the site", () => {
    assert.ok(articlePages().length >= Object.keys(ODD_SEEDS).length + 2, articlePages().join("\n"));
    for (const file of files) assert.match(file, /^[a-z0-9_./-]+$/i, `${file} is not a URL-safe path`);
  });

  it("reads a BOM and CRLF seed as if it had neither", () => {
    const [page] = pageFor("Council votes to close library");
    assert.ok(page, "the BOM is not part of the headline");
    const html = read(site.out, page);
    assert.ok(!html.includes("\r") && !html.includes("\uFEFF"));
    const text = parseDocument(html).text;
    assert.ok(text.includes("This is a sad day,") && text.includes("said Margaret Okafor."));
    assert.equal(pageFor("Library campaigners go to court").length, 1, "front matter after a BOM is read");
  });

  it("gives two stories with the same headline two pages at two URLs", () => {
    const pages = pageFor("Council votes");
    assert.equal(pages.length, 2);
    assert.notEqual(pages[0], pages[1]);
    const texts = pages.map((p) => parseDocument(read(site.out, p)).text);
    assert.ok(texts.some((t) => t.includes("the budget")) && texts.some((t) => t.includes("the bins")));
  });

  it("gives names that fold to one slug (Café, cafe; story.txt, story.md) their own URLs", () => {
    const [reopens] = pageFor("Café reopens");
    const [closes] = pageFor("Cafe closes");
    const [impostor] = pageFor("Impostor story");
    assert.ok(reopens && closes && impostor && new Set([reopens, closes, impostor]).size === 3);
    assert.equal(pageFor("Library campaigners go to court").length, 1);
  });

  it("publishes seeds named with spaces, accents, other scripts and folders", () => {
    for (const headline of ["Café owner objects", "Summer reading scheme ends", "Martial arts club opens"]) {
      assert.equal(pageFor(headline).length, 1, headline);
    }
  });

  it("keeps other scripts and emoji intact, composed, and files accented names under ASCII slugs", () => {
    const [page] = pageFor("Zoë Ångström wins 🏆");
    assert.ok(page);
    const text = parseDocument(read(site.out, page)).text;
    assert.ok(text.includes("🏳️‍🌈"), "a ZWJ emoji sequence survives whole");
    assert.ok(text.includes("قال محمد إن الفريق فاز"));
    assert.ok(!text.includes("e\u0301"), "text is NFC");
    assert.ok(files.includes("people/zoe-angstrom/index.html"), files.filter((f) => f.startsWith("people/")).join("\n"));
    const [chinese] = pageFor("Martial arts club opens");
    assert.ok(parseDocument(read(site.out, chinese!)).text.includes("“我们会回来的，”李小龙说。"));
  });

  it("passes the link check and HTML validation", async () => {
    const links = await checkLinks(site.out, { siteUrl: SITE_URL });
    assert.deepEqual(links.problems, []);
    const html = await validateHtml(site.out);
    assert.deepEqual(html.problems, []);
  });

  it("never writes outside the output folder", () => {
    assert.deepEqual(filesUnder(join(site.out, "..")).filter((f) => !f.startsWith("_site/")), []);
  });
});

describe("a seed named like a page the site makes itself", () => {
  it(
    "builds: undated.txt next to an undated story does not collide with the undated-articles page",
    () => {
      const { run, out } = build(seedsFolder({ "undated.txt": "Council row\n\nThe council met and argued.\n", "other.txt": "Another row\n\nNo date here either.\n" }));
      assert.equal(run.status, 0, run.stderr.slice(0, 400));
      assert.ok(filesUnder(out).includes("articles/undated/index.html"));
    },
  );
});
