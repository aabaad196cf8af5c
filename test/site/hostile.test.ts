/**
 * Hostile seeds (test/fixtures/hostile: a Markdown and a plain-text seed and a saved web page full of `<script>`,
 * event handlers, `javascript:` links, `</script>` and `]]>` inside quotes, front matter and page metadata) are
 * built like any other, and every
 * kind of output is read back: HTML, JSON-LD, Atom feeds, the sitemap and the JSON API. Seed text must come
 * out as the text that was written, never as markup.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import { EntityRecord } from "../../src/site/api.js";
import { buildSite, publishedArticles } from "./fixture.js";

let out: string;
let files: string[];
const read = (file: string) => readFileSync(join(out, file), "utf8");

before(() => {
  out = buildSite("test/fixtures/hostile");
  files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(out, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("pagefind/"))
    .sort();
});

/**
 * Every tag in a document, with its attributes. Sound for this site's output because templates quote every
 * attribute with `"` and autoescaping turns `<`, `>` and `"` in seed text into entities: a raw `<` is always a
 * tag the templates wrote.
 */
function tags(markup: string): { name: string; attrs: [string, string][] }[] {
  return [...markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ""] as [string, string]),
  }));
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|#39);/g, (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" })[e]!);

/** The text of a document with its tags removed and entities decoded: what a reader sees. */
const visibleText = (markup: string) => decode(markup.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<[^>]*>/g, ""));

const jsonLdBlocks = (markup: string) => [...markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe("hostile seeds on the published site", () => {
  it("publish no script, event handler or script URL on any HTML page", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    assert.ok(pages.length >= 10);
    for (const page of pages) {
      const html = read(page);
      for (const tag of tags(html)) {
        for (const [name, value] of tag.attrs) {
          assert.ok(!name.startsWith("on"), `${page}: <${tag.name} ${name}>`);
          assert.doesNotMatch(decode(value), /^\s*(javascript|vbscript|data):/i, `${page}: <${tag.name} ${name}="${value}">`);
        }
        if (tag.name === "script") {
          const type = tag.attrs.find(([n]) => n === "type")?.[1];
          const src = tag.attrs.find(([n]) => n === "src")?.[1];
          assert.ok(type === "application/ld+json" || (type === "module" && src === "/assets/search.js"), `${page}: a <script> the templates did not write`);
        }
        assert.ok(!["iframe", "img", "svg", "object", "embed", "b"].includes(tag.name), `${page}: <${tag.name}> from a seed`);
      }
      assert.doesNotMatch(html, /H-(MD|TXT)-\w+<\/script>|alert\('H-MD-BLOCK'\)|H-MD-IFRAME|H-MD-LINK|H-MD-DATA/, `${page}: dropped markup reached the page`);
      // The page's headline, author and text reach the site as words; nothing else of it may.
      assert.doesNotMatch(html, /H-HTML-(?!HEADLINE|TEXT|AUTHOR)\w+/, `${page}: the saved page's markup or scripts reached the site`);
    }
  });

  it("show the plain-text seed's headline, quote and markup as the words that were written", () => {
    const html = read("articles/hostile-text/index.html");
    const text = visibleText(html);
    assert.ok(text.includes(`Mayor Jane Doe <script>alert("H-TXT-HEADLINE")</script> & "friends" ]]></title> row over bridge`));
    assert.ok(text.includes(`We will never accept </script><script>alert('H-TXT-QUOTE')</script> <!-- or --> ]]> anything less`));
    assert.ok(text.includes(`<a href="javascript:alert('H-TXT-A')">nothing</a>`));
    assert.ok(text.includes("again {{ 7*191 }}."), "template syntax is never evaluated");
    assert.ok(!html.includes("1337"));
    assert.match(html, /<q class="quote">We will never accept &lt;\/script&gt;&lt;script&gt;/, "the quote is marked and escaped");
  });

  it("keep front matter inside its element or attribute, and drop raw HTML and script links from Markdown", () => {
    const html = read("articles/hostile-markdown/index.html");
    const text = visibleText(html);
    assert.ok(text.includes(`Jane Doe </title><script>alert('H-MD-HEADLINE')</script> & <b>friends</b> ]]> "quoted"`));
    assert.ok(text.includes(`By <img src=x onerror=alert('H-MD-BYLINE')>`));
    const original = tags(html).find((t) => t.name === "a" && t.attrs.some(([n, v]) => n === "href" && v.startsWith("https://example.org/")));
    assert.equal(decode(original!.attrs.find(([n]) => n === "href")![1]), `https://example.org/story?a=1&b="><script>alert('H-MD-URL')</script>`);
    // The words of a link stay; where it pointed does not.
    assert.ok(text.includes("Read more or see."));
    assert.ok(text.includes("A data link and a vbscript one."));
  });

  it("show a saved page's text as the words it holds: its scripts never ran, its markup never came along", () => {
    const html = read("articles/hostile-page/index.html");
    const text = visibleText(html);
    assert.ok(text.includes(`Riverton </script><script>alert('H-HTML-HEADLINE')</script> & "bridge" ]]> reopens`), "the headline from JSON-LD, as text");
    assert.ok(text.includes("Jane Doe, the mayor of Riverton, reopened the bridge on Sunday and thanked the engineers."));
    assert.ok(text.includes(`We wrote <script>alert('H-HTML-TEXT')</script> on the old sign, and it stays a sign`));
    const article = publishedArticles(read).find((a) => a.slug === "hostile-page")!;
    assert.equal(article.url, undefined, "a javascript: address is no address");
    assert.equal(article.byline, "<img src=x onerror=alert('H-HTML-AUTHOR')>", "metadata is text, escaped like any seed's");
    assert.equal(article.published, "2024-06-02");
  });

  it("keep every JSON-LD block whole: valid JSON, `<` escaped, the seed text intact once parsed", () => {
    let blocks = 0;
    for (const page of files.filter((f) => f.endsWith(".html"))) {
      for (const block of jsonLdBlocks(read(page))) {
        blocks++;
        assert.ok(!block.includes("<"), `${page}: a raw < in JSON-LD`);
        JSON.parse(block);
      }
    }
    assert.ok(blocks >= 4, "home, articles and folders carry JSON-LD");
    const [ld] = jsonLdBlocks(read("articles/hostile-text/index.html"));
    const article = JSON.parse(ld!);
    assert.equal(article["@type"], "NewsArticle");
    assert.equal(article.headline, `Mayor Jane Doe <script>alert("H-TXT-HEADLINE")</script> & "friends" ]]></title> row over bridge`);
    assert.ok(ld!.includes("\\u003c/script\\u003e"));
    assert.ok(article.mentions.some((m: { "@type": string; name: string }) => m["@type"] === "Person" && m.name === "Jane Doe"));
  });

  it("escape seed text in every feed and the sitemap, which stay well-formed", () => {
    const feeds = files.filter((f) => f.endsWith(".xml"));
    assert.ok(feeds.includes("feed.xml") && feeds.includes("people/jane-doe/feed.xml") && feeds.includes("sitemap.xml"));
    for (const file of feeds) {
      const xml = read(file);
      assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'), `${file}: the XML declaration comes first`);
      for (const tag of tags(xml)) assert.ok(["feed", "title", "subtitle", "id", "link", "updated", "author", "name", "entry", "published", "summary", "urlset", "url", "loc", "sitemapindex", "sitemap"].includes(tag.name), `${file}: <${tag.name}>`);
      assert.doesNotMatch(xml, /<script|<img|\]\]>(?!&)/i, `${file}: raw markup from a seed`);
      // Every element closes: a quick well-formedness check for a document of simple nested elements.
      const open: string[] = [];
      for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
        if (m[3]) continue;
        if (m[1]) assert.equal(open.pop(), m[2], `${file}: </${m[2]}> closes the wrong element`);
        else open.push(m[2]!);
      }
      assert.deepEqual(open, [], `${file}: unclosed elements`);
    }
    const feed = read("feed.xml");
    assert.ok(feed.includes("<title>Mayor Jane Doe &lt;script&gt;alert(&quot;H-TXT-HEADLINE&quot;)&lt;/script&gt; &amp; &quot;friends&quot; ]]&gt;&lt;/title&gt; row over bridge</title>"));
    // A summary is HTML (type="html"), escaped for XML again: a reader rendering it shows the tag as words.
    assert.ok(read("people/jane-doe/feed.xml").includes(`<summary type="html">Jane Doe, the mayor of Riverton, opened the &amp;lt;b onmouseover=&amp;quot;alert(&amp;#39;H-TXT-B&amp;#39;)`));
  });

  it("publish the JSON API with seed text as strings: articles exactly as parsed, folders as EntityRecords", () => {
    const articles = publishedArticles(read);
    const text = articles.find((a) => a.slug === "hostile-text")!;
    assert.equal(text.headline, `Mayor Jane Doe <script>alert("H-TXT-HEADLINE")</script> & "friends" ]]></title> row over bridge`);
    for (const file of files.filter((f) => f.startsWith("api/"))) assert.ok(!read(file).includes("<"), `${file}: \`<\` is escaped even in JSON files`);
    const jane = EntityRecord.parse(JSON.parse(read("api/people/jane-doe.json")));
    assert.ok(jane.quotes.some((q) => q.text.includes("</script><script>alert('H-TXT-QUOTE')</script>")));
  });
});
