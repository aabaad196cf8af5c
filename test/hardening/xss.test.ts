/**
 * Seed text is data, never markup or template input. The seeds in test/fixtures/hostile-xss carry `<script>`,
 * event-handler attributes, `javascript:` URLs, `</script>` inside a quote (which lands in JSON-LD), and
 * Nunjucks / JavaScript template syntax, in the body and in every front-matter key. Everything the build
 * publishes is read back with a real parser, as a browser would, and must hold none of it as live markup.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { before, describe, it } from "node:test";
import { build, filesUnder, parseDocument, read, type Built, type Element } from "./site.js";

const HOSTILE = "test/fixtures/hostile-xss";
// 7*191: if any template engine ever evaluated seed text, this number would appear in the site.
const EVALUATED = "1337";
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "cite", "poster", "data", "srcset", "xlink:href"];

let site: Built;
let files: string[];

before(() => {
  site = build(HOSTILE);
  assert.equal(site.run.status, 0, site.run.stderr);
  files = filesUnder(site.out);
});

/** What a browser would run: script elements, event handlers and script URLs. Returns one line per finding. */
function liveScript(elements: Element[]): string[] {
  const found: string[] = [];
  for (const el of elements) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (/^on/i.test(name)) found.push(`<${el.name} ${name}="${value}">`);
      // Browsers ignore leading spaces and control characters before the scheme.
      if (URL_ATTRIBUTES.includes(name) && /^[\s\u0000-\u001f]*(java|vb)script:/i.test(value)) found.push(`<${el.name} ${name}="${value}">`);
    }
    if (el.name === "script") {
      if (el.attrs.type === "application/ld+json") continue;
      if (el.text.includes("XSS") || el.text.includes("alert(")) found.push(`<script>${el.text.slice(0, 80)}`);
      if (el.attrs.src !== undefined && /^\s*(https?:)?\/\//i.test(el.attrs.src)) found.push(`<script src="${el.attrs.src}"> from another site`);
    }
    if (["iframe", "object", "embed", "svg", "img"].includes(el.name) && JSON.stringify(el.attrs).includes("XSS")) found.push(`<${el.name}> from a seed`);
  }
  return found;
}

describe("hostile seed text", () => {
  it("builds: a hostile seed is data, not an error", () => {
    assert.ok(files.some((f) => f.startsWith("articles/script-in-text")));
    assert.ok(files.some((f) => f.startsWith("articles/hostile-front-matter")));
  });

  it("never becomes a script, an event handler or a script URL on any page", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    assert.ok(pages.length >= 4);
    for (const page of pages) assert.deepEqual(liveScript(parseDocument(read(site.out, page)).elements), [], page);
  });

  it("shows a plain-text seed's markup to the reader as the text that was written", () => {
    const page = files.find((f) => f.startsWith("articles/script-in-text"))!;
    const { elements, text } = parseDocument(read(site.out, page));
    const h1 = elements.find((e) => e.name === "h1")!;
    assert.equal(h1.text.trim(), 'Council <script>alert("XSS-HEADLINE")</script> row over <img src=x onerror=alert("XSS-IMG")> library');
    assert.ok(text.includes(`<svg onload="alert('XSS-SVG')`), "the svg tag is shown as text");
    assert.ok(text.includes(`</script><script>alert('XSS-QUOTE')</script> a sad day <!-- for --> Eastfield`));
    const title = elements.find((e) => e.name === "title")!;
    assert.ok(title.text.startsWith(h1.text.trim()), `the tab title is the headline, escaped once: ${title.text}`);
  });

  it("shows front-matter values as text and keeps a URL inside its attribute", () => {
    const page = files.find((f) => f.startsWith("articles/hostile-front-matter"))!;
    const { elements, text } = parseDocument(read(site.out, page));
    const h1 = elements.find((e) => e.name === "h1")!;
    assert.equal(h1.text.trim(), '"><svg onload=alert("XSS-FM-HEADLINE")> Council </title><script>alert(1)</script> {{ 7*191 }}');
    assert.ok(text.includes('<script>alert("XSS-BYLINE")</script> Jo "Bloggs" onmouseover=alert(1)'));
    assert.ok(text.includes("</script><script>alert('XSS-SOURCE')</script> {% raw %}Gazette"));
    const original = elements.find((e) => e.name === "a" && e.attrs.href?.startsWith("https://gazette.example.org/"));
    assert.equal(original?.attrs.href, 'https://gazette.example.org/a"onmouseover="alert(1)"><script>alert(2)</script>');
  });

  it("drops raw HTML and javascript: links from a Markdown seed, keeping the link's words", () => {
    const page = files.find((f) => f.startsWith("articles/hostile-front-matter"))!;
    const html = read(site.out, page);
    for (const gone of ["XSS-MD-BLOCK", "XSS-MD-DIV", "A raw block of HTML", "XSS-MD-LINK", "XSS-MD-IMG", "XSS-MD-INLINE", "XSS-MD-HEADING"]) {
      assert.ok(!html.includes(gone), `${gone} reached the page`);
    }
    assert.match(parseDocument(html).text, /The council's leader said on Wednesday that the vote stands\./);
  });

  it("never reaches a template engine: {{ }}, {% %} and ${ } stay as written", () => {
    const page = files.find((f) => f.startsWith("articles/script-in-text"))!;
    const { text } = parseDocument(read(site.out, page));
    assert.ok(text.includes("The figure {{ 7*191 }} is not {% set owned = 'XSS-NJK' %}{{ owned }} and not ${ 7*191 } either"));
    for (const file of files.filter((f) => /\.(html|xml|json|txt|css|js)$/.test(f) && !f.startsWith("pagefind/"))) {
      assert.ok(!read(site.out, file).includes(EVALUATED), `${file} holds ${EVALUATED}: seed text was evaluated`);
    }
  });

  it("keeps JSON-LD blocks whole: valid JSON holding the quote's </script> as text", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    let blocks = 0;
    for (const page of pages) {
      for (const el of parseDocument(read(site.out, page)).elements) {
        if (el.name !== "script" || el.attrs.type !== "application/ld+json") continue;
        blocks++;
        assert.doesNotThrow(() => JSON.parse(el.text), `${page}: JSON-LD is cut short`);
        assert.ok(!/<\/?script|<!--/i.test(el.text), `${page}: JSON-LD holds markup a parser could act on`);
      }
    }
    assert.ok(blocks > 0, "the site publishes JSON-LD");
    const article = files.find((f) => f.startsWith("articles/script-in-text"))!;
    const ld = parseDocument(read(site.out, article)).elements.filter((e) => e.attrs.type === "application/ld+json");
    const headline = 'Council <script>alert("XSS-HEADLINE")</script> row over <img src=x onerror=alert("XSS-IMG")> library';
    assert.ok(ld.some((e) => JSON.stringify(JSON.parse(e.text)).includes(JSON.stringify(headline))), "the headline is in the JSON-LD, whole, as text");
  });

  it("holds no live markup in feeds and sitemaps, whose HTML content is escaped once", () => {
    const feeds = files.filter((f) => /\.(xml|atom|rss)$/.test(f));
    assert.ok(feeds.length > 0, "the site publishes feeds");
    for (const file of feeds) {
      const { elements } = parseDocument(read(site.out, file), true);
      assert.ok(!elements.some((e) => /(^|:)(script|svg|img|iframe)$/.test(e.name)), `${file} has a live element from a seed`);
      assert.deepEqual(liveScript(elements), [], file);
      for (const content of elements.filter((e) => /(^|:)(content|summary|description|encoded)$/.test(e.name))) {
        assert.deepEqual(liveScript(parseDocument(content.text).elements), [], `${file}: entry HTML`);
      }
    }
  });

  it("keeps every published JSON file parseable, with seed text as strings", () => {
    for (const file of files.filter((f) => f.endsWith(".json") && !f.startsWith("pagefind/"))) {
      assert.doesNotThrow(() => JSON.parse(read(site.out, file)), file);
    }
  });

  it("puts seed text in the search index as text, which Pagefind escapes before it builds an excerpt", () => {
    const fragments = files.filter((f) => /^pagefind\/[^/]+\/fragment\//.test(f));
    const texts = fragments.map((f) => {
      const raw = gunzipSync(readFileSync(join(site.out, f))).toString("utf8");
      return JSON.parse(raw.replace(/^pagefind_dcd/, "")) as { url: string; content: string; meta: { title?: string } };
    });
    const article = texts.find((t) => t.url.includes("script-in-text"));
    assert.ok(article, "the hostile article is indexed");
    assert.ok(article.content.includes('<script>alert("XSS-HEADLINE")</script>'), "indexed as the words a reader sees");
    // Pagefind's client turns `<` and `>` in indexed text into entities before highlighting, and sets titles as
    // text. This pins that behaviour of the pinned version: an upgrade that drops it must fail here.
    const [shard] = (JSON.parse(read(site.out, "pagefind/shards.json")) as { shards: string[] }).shards;
    const client = read(site.out, `pagefind/${shard}/pagefind.js`);
    assert.ok(client.includes('content.replace(/</g,"&lt;").replace(/>/g,"&gt;")'), "pagefind.js escapes indexed text");
  });
});
