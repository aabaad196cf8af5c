/**
 * CI refuses a site with a broken link: the offline link check and the HTML validation on a real build, and on
 * a copy of it with faults planted, to prove each check can fail.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { checkLinks } from "../../src/commands/check-links.js";
import { validateHtml } from "../../src/commands/validate-html.js";
import { cli, tempDir } from "../helpers.js";
import { build, filesUnder, GOOD_SEEDS, seedsFolder, type Built } from "./site.js";

const SITE_URL = (JSON.parse(readFileSync("templates/_data/site.json", "utf8")) as { url: string }).url;

let site: Built;
let article: string;

/** A copy of the built site with `plant` applied, so each test breaks its own copy. */
function brokenCopy(plant: (dir: string) => void): string {
  const dir = join(tempDir("broken"), "_site");
  cpSync(site.out, dir, { recursive: true });
  plant(dir);
  return dir;
}

/** Adds markup to the end of a page's main content. */
function addToPage(dir: string, page: string, markup: string) {
  const path = join(dir, page);
  const html = readFileSync(path, "utf8");
  assert.ok(html.includes("</main>"));
  writeFileSync(path, html.replace("</main>", `${markup}\n</main>`));
}

before(() => {
  site = build(seedsFolder({}, GOOD_SEEDS));
  assert.equal(site.run.status, 0, site.run.stderr);
  article = "articles/diplomat/index.html";
  assert.ok(filesUnder(site.out).includes(article), "the build has the diplomat's article page");
});

describe("npm run check:links", () => {
  it("finds nothing broken in a freshly built site, having followed its links, fragments and assets", async () => {
    const report = await checkLinks(site.out, { siteUrl: SITE_URL });
    assert.deepEqual(report.problems, []);
    assert.ok(report.checked > 50, `only ${report.checked} links checked`);
    assert.ok(report.documents >= filesUnder(site.out).filter((f) => f.endsWith(".html")).length);
  });

  it("links a quote from a headline to the headline, and the headline has that anchor", () => {
    const person = readFileSync(join(site.out, "people/margaret-okafor/index.html"), "utf8");
    assert.match(person, /href="\/articles\/library-appeal\/#headline"/);
    assert.match(readFileSync(join(site.out, "articles/library-appeal/index.html"), "utf8"), /<h1 id="headline"/);
  });

  it("reports a broken link and a missing fragment, naming the page and the link", async () => {
    const dir = brokenCopy((d) => addToPage(d, article, '<p><a href="/people/no-such-person/">gone</a> <a href="#p9999">nowhere</a></p>'));
    const report = await checkLinks(dir, { siteUrl: SITE_URL });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.link]),
      [
        [article, "/people/no-such-person/"],
        [article, "#p9999"],
      ],
    );
    assert.match(report.problems[0]!.reason, /no such file/);
    assert.match(report.problems[1]!.reason, /no element with id "p9999"/);

    const run = cli("check-links", dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /\/people\/no-such-person\/ — no such file/);
    assert.match(run.stderr, /#p9999 — no element with id/);
  });

  it("checks a fragment on another page, a missing stylesheet and a missing image", async () => {
    const dir = brokenCopy((d) =>
      addToPage(d, "index.html", `<p><a href="/${article.replace(/index\.html$/, "")}#p1">ok</a> <a href="/${article.replace(/index\.html$/, "")}#p-none">bad</a><img src="/assets/missing.png" alt=""></p><link rel="stylesheet" href="/assets/none.css">`),
    );
    const report = await checkLinks(dir, { siteUrl: SITE_URL });
    assert.deepEqual(report.problems.map((p) => p.link).sort(), [`/${article.replace(/index\.html$/, "")}#p-none`, "/assets/missing.png", "/assets/none.css"].sort());
  });

  it("follows every link in a sitemap and a feed, including links inside an entry's HTML", async () => {
    const dir = brokenCopy((d) => {
      writeFileSync(
        join(d, "test-sitemap.xml"),
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE_URL}/people/</loc></url><url><loc>${SITE_URL}/people/ghost/</loc></url></urlset>`,
      );
      writeFileSync(
        join(d, "test-feed.xml"),
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link href="${SITE_URL}/test-feed.xml" rel="self"/><entry><link href="${SITE_URL}/articles/missing/"/>` +
          `<content type="html">&lt;p&gt;&lt;a href="${SITE_URL}/organisations/"&gt;ok&lt;/a&gt; &lt;a href="/organisations/nobody/"&gt;bad&lt;/a&gt;&lt;/p&gt;</content></entry></feed>`,
      );
    });
    const report = await checkLinks(dir, { siteUrl: SITE_URL });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.link]),
      [
        ["test-feed.xml", `${SITE_URL}/articles/missing/`],
        ["test-feed.xml", "/organisations/nobody/"],
        ["test-sitemap.xml", `${SITE_URL}/people/ghost/`],
      ],
    );
  });

  it("lists external links by host without fetching them, and refuses a javascript: link", async () => {
    const dir = brokenCopy((d) =>
      addToPage(d, "index.html", '<p><a href="https://unreachable.invalid/a">a</a><a href="https://unreachable.invalid/b">b</a><a href="mailto:desk@example.org">m</a><a href=" JavaScript:alert(1)">x</a></p>'),
    );
    const report = await checkLinks(dir, { siteUrl: SITE_URL });
    assert.deepEqual(report.problems.map((p) => [p.link, p.reason]), [["JavaScript:alert(1)", "javascript: URL: script in a link"]]);
    assert.ok(report.external.some(([host, n]) => host === "unreachable.invalid" && n === 2));
    assert.ok(report.external.some(([host]) => host === "mailto"));
  });

  it("reports JSON-LD that is not valid JSON", async () => {
    const dir = brokenCopy((d) => addToPage(d, "index.html", '<script type="application/ld+json">{"url": "/people/"</script>'));
    const report = await checkLinks(dir, { siteUrl: SITE_URL });
    assert.deepEqual(report.problems.map((p) => p.reason), ["JSON-LD block is not valid JSON"]);
  });
});

describe("npm run check:html", () => {
  it("finds zero errors on every page type: front page, article, person, organisation and both indexes", async () => {
    const pages = filesUnder(site.out).filter((f) => f.endsWith(".html"));
    for (const kind of [/^index\.html$/, /^articles\/[^/]+\/index\.html$/, /^people\/[^/]+\/index\.html$/, /^organisations\/[^/]+\/index\.html$/, /^people\/index\.html$/, /^organisations\/index\.html$/]) {
      assert.ok(pages.some((p) => kind.test(p)), `no page matches ${kind}`);
    }
    const report = await validateHtml(site.out);
    assert.equal(report.pages, pages.length);
    assert.deepEqual(report.problems, []);
  });

  it("reports invalid markup with its page, line and rule", async () => {
    const dir = brokenCopy((d) => addToPage(d, article, '<p id="p1">a second p1</p><div><p>unclosed</div>'));
    const report = await validateHtml(dir);
    const rules = report.problems.filter((p) => p.file === article).map((p) => p.rule);
    assert.ok(rules.includes("no-dup-id"), rules.join(", "));
    const run = cli("validate-html", dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`^${article.replace(/[.]/g, "\\.")}:\\d+:\\d+: .*\\(no-dup-id\\)$`, "m"));
  });

  it("is a script in package.json and a step of .ci/run, after the build", () => {
    const ci = readFileSync(".ci/run", "utf8");
    const steps = ["npm test", "npm run build", "npm run check:links", "npm run check:html"].map((s) => ci.indexOf(s));
    assert.ok(steps.every((s) => s >= 0), ".ci/run runs tests, build, link check and HTML validation");
    assert.deepEqual([...steps].sort((a, b) => a - b), steps, "in that order");
    assert.ok(existsSync(".htmlvalidate.json"));
  });
});
