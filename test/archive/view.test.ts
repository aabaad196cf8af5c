/** The Archive the templates render: every fact the site shows, computed before any template runs. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article, Person, Quote } from "../../src/article.js";
import { buildArchive } from "../../src/archive/index.js";
import { slugify } from "../../src/slug.js";

const entity = (name: string, paragraphs = ["p1"], descriptors: Person["descriptors"] = []): Person => ({
  name,
  slug: slugify(name),
  aliases: [],
  descriptors,
  paragraphs,
});

function article(slug: string, published: string | null, extra: Partial<Article> = {}): Article {
  return {
    file: `${slug}.txt`,
    slug,
    headline: `Story ${slug}`,
    headlineBasis: "first-line",
    published,
    publishedBasis: published ? "front-matter" : null,
    paragraphs: [{ id: "p1", text: `The lede of ${slug}, which names people.` }],
    people: [],
    organisations: [],
    places: [],
    quotes: [],
    sources: [],
    dates: [],
    ...extra,
  };
}

const said = (name: string, text = "We will appeal."): Quote => ({
  text,
  kind: "direct",
  speaker: { name, kind: "person", slug: slugify(name) },
  paragraph: "p1",
  spans: [{ paragraph: "p1", start: 0, end: 1 }],
  confidence: 0.9,
  filed: true,
});

describe("the front page", () => {
  const archive = buildArchive([
    article("a", "2024-01-05", { people: [entity("Ann Lee"), entity("Bo Ray")], quotes: [said("Ann Lee"), said("Ann Lee"), said("Bo Ray")], organisations: [entity("Acme")] }),
    article("b", "2024-03-01", { people: [entity("Bo Ray")], quotes: [said("Bo Ray")], organisations: [entity("Acme"), entity("Zeta")] }),
    article("c", null, { organisations: [entity("Zeta")] }),
  ]);
  it("lists the latest articles newest first, undated last", () => {
    assert.deepEqual(archive.indexes.home.latest.map((a) => a.slug), ["b", "a", "c"]);
  });
  it("ranks the most quoted people and most mentioned organisations, ties by name", () => {
    assert.deepEqual(archive.indexes.home.mostQuoted.map((r) => [r.name, r.count]), [["Ann Lee", 2], ["Bo Ray", 2]]);
    assert.deepEqual(archive.indexes.home.mostMentioned.map((r) => [r.name, r.count]), [["Acme", 2], ["Zeta", 2]]);
  });
  it("dates the archive by its newest article, never the clock", () => {
    assert.equal(archive.updated, "2024-03-01");
  });
  it("is frozen, so Eleventy shares one copy across pages instead of deep-copying it", () => {
    assert.ok(Object.isFrozen(archive));
  });
});

describe("a person's folder", () => {
  const archive = buildArchive([
    article("jan", "2024-01-10", { people: [entity("Ann Lee", ["p1"], [{ text: "council leader", paragraph: "p1" }]), entity("Bo Ray")], quotes: [said("Ann Lee")] }),
    article("mar", "2024-03-02", { people: [entity("Ann Lee", ["p1"], [{ text: "council leader", paragraph: "p1" }]), entity("Bo Ray")], quotes: [said("Ann Lee"), said("Bo Ray")] }),
    article("mar2", "2024-03-20", { people: [entity("Ann Lee")] }),
    article("old", null, { people: [entity("Ann Lee")] }),
  ]);
  const ann = archive.people.find((p) => p.name === "Ann Lee")!;
  it("holds every quote with its date and a link to the exact paragraph, newest first", () => {
    assert.deepEqual(ann.quotes.map((q) => [q.article.published, q.url]), [["2024-03-02", "/articles/mar/#p1"], ["2024-01-10", "/articles/jan/#p1"]]);
  });
  it("gives each description once, with every article that used it", () => {
    assert.deepEqual(ann.descriptors.map((d) => [d.text, d.sources.map((s) => s.url)]), [["council leader", ["/articles/mar/#p1", "/articles/jan/#p1"]]]);
    assert.deepEqual([ann.descriptors[0]!.shown.length, ann.descriptors[0]!.more], [2, 0], "a short list is shown whole");
  });
  it("counts articles and quotes by month for the timeline, oldest first, undated apart", () => {
    assert.deepEqual(ann.timeline.map((t) => [t.month, t.articles, t.quotes, t.share, t.url]), [
      ["2024-01", 1, 1, 5, "/archive/2024/01/"],
      ["2024-03", 2, 1, 10, "/archive/2024/03/"],
    ]);
    assert.equal(ann.undated, 1);
  });
  it("names who appears alongside most, and offers a feed dated by the newest article", () => {
    assert.deepEqual(ann.related.map((r) => [r.name, r.count]), [["Bo Ray", 2]]);
    assert.equal(ann.feedUrl, "/people/ann-lee/feed.xml");
    assert.equal(ann.updated, "2024-03-20");
    assert.deepEqual(ann.feed.map((a) => a.slug), ["mar2", "mar", "jan", "old"]);
  });
});

describe("long lists are paged at 50", () => {
  const many = Array.from({ length: 120 }, (_, i) =>
    article(`s${String(i).padStart(3, "0")}`, `2024-05-${String((i % 28) + 1).padStart(2, "0")}`, {
      people: [entity("Ann Lee"), entity(`Person ${String(i).padStart(3, "0")}`)],
      quotes: [said("Ann Lee", `Quote ${i}`)],
    }),
  );
  const archive = buildArchive(many);
  it("splits a busy folder into pages that continue its quotes and articles", () => {
    const pages = archive.personPages.filter((c) => c.entity.name === "Ann Lee");
    assert.deepEqual(pages.map((c) => [c.url, c.quotes.length, c.articles.length]), [
      ["/people/ann-lee/", 50, 50],
      ["/people/ann-lee/page/2/", 50, 50],
      ["/people/ann-lee/page/3/", 20, 20],
    ]);
    assert.equal(pages[1]!.pager.previous, "/people/ann-lee/");
    assert.equal(pages[1]!.pager.next, "/people/ann-lee/page/3/");
  });
  it("pages the people index A–Z under letter headings, and says where each letter starts", () => {
    const pages = archive.indexes.people;
    assert.equal(pages.length, 3);
    assert.deepEqual(pages[0]!.groups.map((g) => [g.letter, g.entries.length]), [["A", 1], ["P", 49]]);
    assert.deepEqual(archive.indexes.peopleLetters, [{ letter: "A", url: "/people/#a" }, { letter: "P", url: "/people/#p" }]);
  });
  it("pages a month of articles and the quotes page", () => {
    assert.deepEqual(archive.indexes.years, [{ year: "2024", months: [{ month: "2024-05", url: "/archive/2024/05/", count: 120 }] }]);
    assert.deepEqual(archive.indexes.months.map((m) => [m.url, m.articles.length]), [
      ["/archive/2024/05/", 50],
      ["/archive/2024/05/page/2/", 50],
      ["/archive/2024/05/page/3/", 20],
    ]);
    assert.deepEqual(archive.indexes.quotes.map((c) => c.items.length), [50, 50, 20]);
    assert.equal(archive.indexes.feed.length, 50);
  });
});

describe("an article page", () => {
  const text = "Ann Lee told the Gazette: “We will appeal.”";
  const archive = buildArchive([
    article("a", "2024-01-01", {
      paragraphs: [{ id: "p1", text }],
      people: [entity("Ann Lee")],
      organisations: [entity("Gazette")],
      quotes: [{ ...said("Ann Lee"), spans: [{ paragraph: "p1", start: text.indexOf("We"), end: text.indexOf("”") }] }],
      sources: [
        { kind: "statement", name: "Gazette", paragraph: "p1" },
        { kind: "agency", name: "Reuters" },
      ],
    }),
  ]);
  const page = archive.articles[0]!;
  it("links names in the text and credits the speaker where the quote ends", () => {
    const runs = page.body[0]!.segments.flatMap((s) => s.runs);
    assert.deepEqual(runs.filter((r) => r.url).map((r) => [r.text, r.url]), [["Ann Lee", "/people/ann-lee/"], ["Gazette", "/organisations/gazette/"]]);
    assert.equal(page.body[0]!.segments.find((s) => s.credit !== undefined)?.runs[0]?.text, "”");
    assert.equal(page.quotes[0]!.speaker?.url, "/people/ann-lee/");
  });
  it("groups sources by kind, agencies first, linking an organisation's folder and the paragraph", () => {
    assert.deepEqual(page.sources.map((g) => [g.label, g.items.map((s) => [s.name, s.url, s.where])]), [
      ["News agencies", [["Reuters", undefined, undefined]]],
      ["Statements", [["Gazette", "/organisations/gazette/", "paragraph 1"]]],
    ]);
  });
});
