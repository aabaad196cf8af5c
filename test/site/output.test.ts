/**
 * What machines read from the published site: canonical URLs and social cards, schema.org JSON-LD, Atom feeds,
 * the sitemap, the static JSON API — and that the same seeds always give the same bytes.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import { EntityRecord } from "../../src/site/api.js";
import { buildSite, publishedArticles, readerSeeds, sitemapUrls } from "./fixture.js";

const SITE = JSON.parse(readFileSync("templates/_data/site.json", "utf8")) as { url: string };
const ARTICLE = "articles/000_704fb2fff2903a51/index.html";

let seeds: string;
let out: string;
let files: string[];
const read = (file: string) => readFileSync(join(out, file), "utf8");
const list = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
/** The page's address as a reader types it: "people/x/index.html" → "/people/x/". */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

before(() => {
  seeds = readerSeeds();
  out = buildSite(seeds);
  files = list(out).filter((f) => !f.startsWith("pagefind/"));
});

describe("every HTML page", () => {
  it("has one h1, a language, and a canonical URL and social card built from the configured site URL", () => {
    const pages = files.filter((f) => f.endsWith(".html") && f !== "404.html");
    assert.ok(pages.length > 20);
    for (const page of pages) {
      const html = read(page);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${page}: one h1`);
      assert.match(html, /^<!doctype html>\n<html lang="en">/, page);
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      assert.equal(canonical, new URL(urlOf(page), SITE.url).href, page);
      assert.equal(meta(html, "og:url"), canonical, page);
      assert.ok(meta(html, "og:title") && meta(html, "og:description") && meta(html, "twitter:card"), `${page}: social card`);
    }
  });

  it("gets its facts from templates that never mark seed text safe", () => {
    const templates = list("templates").filter((f) => f.endsWith(".njk"));
    for (const t of templates) assert.doesNotMatch(readFileSync(join("templates", t), "utf8"), /\|\s*safe\b/, t);
    // The TypeScript layouts print through `html`, which escapes; only a JSON-LD block, which escapes itself, is trusted.
    const layouts = list("templates").filter((f) => f.endsWith(".ts") && f !== "_includes/html.ts");
    assert.ok(layouts.length >= 5, "the TypeScript layouts are listed");
    for (const t of layouts) {
      const code = readFileSync(join("templates", t), "utf8");
      assert.doesNotMatch(code, /new Markup\(/, t);
      for (const m of code.matchAll(/\btrusted\(([^)]*)/g)) assert.match(m[1]!, /^jsonLdScript\(/, `${t}: trusted(${m[1]})`);
    }
  });
});

describe("schema.org JSON-LD", () => {
  it("describes an article as a NewsArticle that mentions its people and organisations", () => {
    const [ld] = jsonLd(read(ARTICLE));
    assert.equal(ld["@type"], "NewsArticle");
    assert.equal(ld.datePublished, "2024-08-16");
    assert.equal(ld.url, `${SITE.url}/articles/000_704fb2fff2903a51/`);
    assert.ok(ld.mentions.some((m: { "@type": string; name: string; url: string }) => m["@type"] === "Person" && m.name === "Mark Smith" && m.url === `${SITE.url}/people/mark-smith/`));
    assert.ok(ld.mentions.some((m: { "@type": string }) => m["@type"] === "Organization"));
  });

  it("describes a person as a Person and an organisation as an Organization", () => {
    assert.equal(jsonLd(read("people/mark-smith/index.html"))[0]["@type"], "Person");
    assert.equal(jsonLd(read("organisations/fcdo/index.html"))[0]["@type"], "Organization");
    assert.equal(jsonLd(read("index.html"))[0]["@type"], "WebSite");
  });
});

describe("feeds and the sitemap", () => {
  it("publishes an Atom feed of the archive, updated as of its newest article", () => {
    const feed = read("feed.xml");
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.equal(/<updated>([^<]+)<\/updated>/.exec(feed)?.[1], "2024-08-16T00:00:00Z");
    assert.equal(feed.match(/<entry>/g)?.length, readerArticles());
    assert.ok(feed.includes(`<link href="${SITE.url}/articles/000_704fb2fff2903a51/" rel="alternate" type="text/html"/>`));
  });

  it("publishes a feed for every person and organisation, linked from their page", () => {
    const folders = files.filter((f) => /^(people|organisations)\/[^/]+\/index\.html$/.test(f));
    assert.ok(folders.length > 5);
    for (const folder of folders) {
      const feed = folder.replace(/index\.html$/, "feed.xml");
      assert.ok(files.includes(feed), `${feed} exists`);
      assert.ok(read(folder).includes(`<link rel="alternate" type="application/atom+xml" title=`), folder);
    }
    assert.match(read("people/mark-smith/feed.xml"), /<title>A British diplomat has reportedly resigned/);
  });

  it("lists every page in the sitemap's parts, and nothing that is not a page", () => {
    const locs = sitemapUrls(read, SITE.url).sort();
    const pages = files.filter((f) => f.endsWith(".html") && f !== "404.html").map((f) => new URL(urlOf(f), SITE.url).href);
    assert.deepEqual(locs, [...pages].sort());
    assert.match(read("robots.txt"), new RegExp(`Sitemap: ${SITE.url}/sitemap.xml`));
  });
});

function readerArticles(): number {
  return readdirSync(seeds).length;
}

describe("the JSON API", () => {
  it("publishes every Article in the parser's schema, newest first", () => {
    const articles = publishedArticles(read);
    assert.equal(articles.length, readerArticles());
    assert.equal(articles[0]!.slug, "000_704fb2fff2903a51");
    const dates = articles.map((a) => a.published ?? "");
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it("publishes every person and organisation as an EntityRecord with their quotes in the Article's Quote shape", () => {
    const records = files.filter((f) => /^api\/(people|organisations)\/[^/]+\.json$/.test(f));
    assert.equal(records.length, files.filter((f) => /^(people|organisations)\/[^/]+\/index\.html$/.test(f)).length);
    for (const file of records) EntityRecord.parse(JSON.parse(read(file)));
    const smith = EntityRecord.parse(JSON.parse(read("api/people/mark-smith.json")));
    const quote = smith.quotes.find((q) => q.text === "there’s no justification for the UK’s continued arms sales to Israel");
    assert.equal(quote?.article, "000_704fb2fff2903a51");
    assert.equal(quote?.paragraph, "p2");
  });
});

describe("attributions below the filing threshold", () => {
  it("stay on their article, marked unconfirmed, and reach no page, feed, index or JSON record of their speaker", async () => {
    const { parseSeed } = await import("../../src/parse.js");
    const { readSeedBytes } = await import("../../src/seed/read.js");
    const { filingThreshold } = await import("../../src/site/site-info.js");
    const doc = readSeedBytes("harbour-inquiry.txt", readFileSync("test/fixtures/seeds/harbour-inquiry.txt"));
    assert.ok(doc.ok);
    const parsed = parseSeed(doc.value, { threshold: filingThreshold() });
    assert.ok(parsed.ok);
    const unconfirmed = parsed.value.quotes.filter((q) => q.kind === "direct" && q.speaker?.slug && !q.filed);
    const confirmed = parsed.value.quotes.filter((q) => q.kind === "direct" && q.filed);
    assert.ok(unconfirmed.length && confirmed.length, "the fixture has an attribution on each side of the threshold");
    const page = read("articles/harbour-inquiry/index.html");
    for (const q of unconfirmed) {
      const speaker = q.speaker!;
      assert.ok(page.includes(`<q class="quote unconfirmed">${q.text}</q>`), `${q.text} marked on its article`);
      assert.match(page, new RegExp(`${speaker.name} <span class="unconfirmed">\\(unconfirmed\\)</span>`));
      const folder = `people/${speaker.slug}/`;
      for (const file of [`${folder}index.html`, `${folder}feed.xml`, `api/people/${speaker.slug}.json`, "quotes/index.html"]) {
        assert.ok(!read(file).includes(q.text), `${q.text} is not in ${file}`);
      }
    }
    for (const q of confirmed) assert.ok(read(`people/${q.speaker!.slug}/index.html`).includes(q.text), `${q.text} is filed`);
    const api = publishedArticles(read).find((a) => a.slug === "harbour-inquiry")!;
    assert.deepEqual(
      api.quotes.filter((q) => !q.filed && q.speaker?.slug).map((q) => q.text),
      parsed.value.quotes.filter((q) => !q.filed && q.speaker?.slug).map((q) => q.text),
      "nothing dropped from the Article JSON",
    );
  });
});

describe("determinism", () => {
  it("builds the same bytes from the same seeds, search index included", () => {
    const again = buildSite(seeds);
    const all = list(out);
    assert.deepEqual(list(again), all);
    for (const file of all) assert.ok(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), `${file} differs between builds`);
  });
});
