/**
 * Saved web pages as seeds (src/seed/html/): the article's paragraphs and the page's own metadata, nothing of
 * the page around them, no script run, no markup passed on, and no page that can crash the reader.
 * The fixtures in test/fixtures/pages are made-up news sites' pages around Wikinews texts (CC BY 2.5, see the
 * attribution file there).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { Article } from "../../src/article.js";
import type { PageGold } from "../../src/eval/lead.js";
import { parseSeed } from "../../src/parse.js";
import { FrontMatter } from "../../src/seed/frontmatter.js";
import { formatProblem } from "../../src/seed/problem.js";
import { readSeedBytes } from "../../src/seed/read.js";

const dir = "test/fixtures/pages";

function parse(file: string, html: string | Uint8Array): Article {
  const seed = readSeedBytes(file, typeof html === "string" ? new TextEncoder().encode(html) : html);
  assert.ok(seed.ok, seed.ok ? "" : formatProblem(seed.problem));
  const article = parseSeed(seed.value);
  assert.ok(article.ok, article.ok ? "" : article.problem.reason);
  return article.value;
}

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const STORY =
  "<p>Eastfield Borough Council voted on Tuesday to close the town's last public library, ending a campaign by residents that lasted two years.</p><p>The library will shut its doors in June, the council's leader, Margaret Okafor, said after the vote.</p>";

describe("saved pages in the markup of real news sites", async () => {
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as PageGold[];
  for (const want of gold) {
    it(`${want.file}: headline, date, byline, outlet, address and paragraphs are the page's`, async () => {
      const article = parse(want.file, await readFile(join(dir, want.file)));
      assert.equal(article.headline, want.headline);
      assert.equal(article.published, want.published);
      assert.equal(article.byline, want.byline ?? undefined);
      assert.equal(article.outlet, want.outlet ?? undefined);
      assert.equal(article.url, want.url ?? undefined);
      assert.deepEqual(article.caption, want.caption);
      assert.deepEqual(
        article.paragraphs.map((p) => p.text),
        want.paragraphs,
      );
    });
  }

  it("keeps every piece of the page's chrome out of the article", async () => {
    const chrome = /cookie|Accept all|Advertisement|Story continues|Read more|Related:|Sign up|newsletter|Follow (?:us|her)|Share|Most Read|Comments|Disqus|©|Copyright|All rights reserved|Subscribe|Trending|Weather alert|Skip to content|Injected by a script|Hacked by script|NFL:|Video:/i;
    for (const want of gold) {
      const article = parse(want.file, await readFile(join(dir, want.file)));
      for (const p of article.paragraphs) assert.doesNotMatch(p.text, chrome, `${want.file} ${p.id}: ${p.text.slice(0, 60)}`);
    }
  });
});

describe("page metadata, in the order of the page's care", () => {
  it("takes JSON-LD over Open Graph over <meta name=author> over <h1>", () => {
    const article = parse(
      "a.html",
      page(
        `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes to close Eastfield library","datePublished":"2024-03-14T21:30:00-05:00","author":{"@type":"Person","name":"Priya Natarajan"},"publisher":{"@type":"Organization","name":"Eastfield Gazette"}}</script>
         <meta property="og:title" content="Library to close"><meta property="og:site_name" content="Gazette Online"><meta property="article:published_time" content="2024-03-15T02:30:00Z"><meta name="author" content="Gazette staff">`,
        `<h1>Eastfield library closes</h1>${STORY}`,
      ),
    );
    assert.deepEqual(
      [article.headline, article.published, article.byline, article.outlet],
      ["Council votes to close Eastfield library", "2024-03-14", "Priya Natarajan", "Eastfield Gazette"],
      "the day is the publisher's own (21:30 in Eastfield is 02:30 the next day in UTC)",
    );
    assert.equal(article.headlineBasis, "front-matter");
    assert.equal(article.publishedBasis, "front-matter");
  });

  it("reads JSON-LD in a @graph, by @id, in lists, with several authors and entity-escaped text", () => {
    const graph = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "https://gazette.example/#site", name: "Site" },
        { "@type": "Organization", "@id": "https://gazette.example/#org", name: "Eastfield Gazette" },
        {
          "@type": ["NewsArticle"],
          headline: "Council&#8217;s vote closes library",
          datePublished: "2024-03-14",
          author: [{ "@type": "Person", name: "Priya Natarajan" }, "By Tom Ellis", { "@type": "Person", name: "Ann Poe" }],
          publisher: { "@id": "https://gazette.example/#org" },
          mainEntityOfPage: { "@id": "https://gazette.example/news/library" },
        },
      ],
    });
    const article = parse("b.html", page(`<script type="application/ld+json">not json</script><script type="application/ld+json">${graph}</script>`, STORY));
    assert.equal(article.headline, "Council’s vote closes library");
    assert.equal(article.byline, "Priya Natarajan, Tom Ellis and Ann Poe");
    assert.equal(article.outlet, "Eastfield Gazette");
    assert.equal(article.url, "https://gazette.example/news/library");
  });

  it("reads microdata, a property belonging to its nearest scope", () => {
    const article = parse(
      "c.html",
      page(
        "",
        `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Library to close in June</h1>
         <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Priya Natarajan</span></span>
         <span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Eastfield Gazette"></span>
         <time itemprop="datePublished" datetime="2024-03-14">14 March</time><div itemprop="articleBody">${STORY}</div></article>`,
      ),
    );
    assert.deepEqual([article.headline, article.byline, article.outlet, article.published], ["Library to close in June", "Priya Natarajan", "Eastfield Gazette", "2024-03-14"]);
  });

  it("falls back on Open Graph, then on the article's <time> and <h1>", () => {
    const og = parse("d.html", page(`<meta property="og:title" content="Library to close"><meta property="article:published_time" content="2024-03-14"><meta name="author" content="Priya Natarajan">`, STORY));
    assert.deepEqual([og.headline, og.published, og.byline], ["Library to close", "2024-03-14", "Priya Natarajan"]);
    const bare = parse("e.html", page("", `<header><h1>Gazette</h1></header><article><h1>Library to close</h1><time datetime="2024-03-14">Thursday</time>${STORY}</article><section class="comments"><time datetime="2024-04-01">later</time></section>`));
    assert.deepEqual([bare.headline, bare.published, bare.byline], ["Library to close", "2024-03-14", undefined]);
  });

  it("leaves out metadata that cannot be what it claims, rather than refusing the page", () => {
    const article = parse(
      "f.html",
      page(`<meta property="og:url" content="javascript:alert(1)"><meta property="article:published_time" content="2024-02-30"><meta property="og:title" content="   ">`, `<h1>Library to close</h1>${STORY}`),
    );
    assert.equal(article.url, undefined);
    assert.equal(article.headline, "Library to close");
    assert.notEqual(article.published, "2024-02-30");
  });
});

describe("a page is data, never code", () => {
  it("runs no script and passes no markup on: only the text of paragraphs", () => {
    const article = parse(
      "g.html",
      page(
        `<title>x</title><script>document.write("<p>Written by a script</p>")</script>`,
        `<p>Eastfield Borough Council voted on Tuesday <img src=x onerror="alert(1)">to close the library, ending a two-year campaign.</p><p>Residents wrote &lt;script&gt;alert(1)&lt;/script&gt; on the council's website, the leader said on Tuesday evening.</p><script>alert(2)</script><style>p { color: red }</style>`,
      ),
    );
    const json = JSON.stringify(article);
    assert.doesNotMatch(json, /Written by a script|onerror|alert\(2\)|color: red/);
    assert.equal(article.paragraphs[1]!.text, "Residents wrote <script>alert(1)</script> on the council's website, the leader said on Tuesday evening.", "escaped text stays text, for the site to escape");
  });

  it("reads a bare fragment of article markup, as copied without its page", () => {
    const article = parse("h.html", `<h1>Library to close</h1>${STORY}`);
    assert.equal(article.headline, "Library to close");
    assert.equal(article.paragraphs.length, 2);
  });

  it("reads a page whose bytes are Windows-1252", () => {
    const bytes = Uint8Array.from(Buffer.from(page('<meta charset="windows-1252">', "<p>The council\u2019s vote closed the library on Tuesday, the leader said.</p>").replace("\u2019", "\x92"), "latin1"));
    assert.match(parse("i.html", bytes).paragraphs[0]!.text, /council’s vote/);
  });
});

describe("bad pages", () => {
  const problem = (file: string, html: string | Uint8Array) => {
    const seed = readSeedBytes(file, typeof html === "string" ? new TextEncoder().encode(html) : html);
    const article = seed.ok ? parseSeed(seed.value) : seed;
    assert.equal(article.ok, false);
    return article.ok ? "" : formatProblem(article.problem);
  };

  it("names the file and the reason in one line", () => {
    assert.equal(problem("nav.html", page("<title>Home</title>", `<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer>`)), "nav.html: no article text: the page has no paragraphs");
    assert.equal(problem("plain.htm", "Just a sentence, no markup at all."), "plain.htm: not a web page: no HTML tags (save it as .txt if it is plain text)");
    assert.match(problem("binary.html", new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01])), /^binary\.html: binary file/);
  });

  it("reads a page nested deeper than any call stack, and tag soup, without crashing", () => {
    const deep = `${"<div>".repeat(20_000)}<p>${STORY}</p>${"</div>".repeat(20_000)}`;
    const seed = readSeedBytes("deep.html", new TextEncoder().encode(deep));
    assert.ok(seed.ok || !/\n/.test(seed.problem.reason));
    const soup = parse("soup.html", `<html><body><table><tr><td><p>Eastfield Borough Council voted on Tuesday to close the library<td><b><i>in a vote</b></i> of six to four, the leader said.</table></body>`);
    assert.ok(soup.paragraphs.length >= 1);
  });

  it("never throws, whatever the page: an Article or a one-line problem (fuzzed)", () => {
    const pieces = fc.constantFrom(
      "<p>", "</p>", "<div class='ad'>", "</div>", "<article>", "<h1>", "</h1>", "<script type='application/ld+json'>", "</script>",
      '{"@type":"NewsArticle","headline":', '"x"}', "[", "]", "{", "}", "<meta property='og:title' content='", "'>",
      "<time datetime='", "2024-02-30", "2024-03-14T10:00:00Z", "'>", "<br>", "&#0;", "&#xD800;", "&amp;", "<!--", "-->", "<![CDATA[",
      "<svg><p>", "<table><td>", "<li><a href=x>", "By Jane Doe", "Advertisement", "HALIFAX — ", "The council voted on Tuesday to close the library. ",
      "\u0000", "\u0007", "\ud800", "<", ">", "\"", "'", " ", "\n",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }), (parts) => {
        const seed = readSeedBytes("fuzz.html", new TextEncoder().encode(parts.join("")));
        if (!seed.ok) {
          assert.doesNotMatch(formatProblem(seed.problem), /\n/);
          return;
        }
        assert.ok(FrontMatter.safeParse(seed.value.frontMatter).success);
        const article = parseSeed(seed.value);
        if (article.ok) assert.ok(Article.safeParse(article.value).success);
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
