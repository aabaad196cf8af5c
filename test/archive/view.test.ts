/** The Archive the templates render: every fact the site shows, computed before any template runs. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article, Person, Quote } from "../../src/article.js";
import { buildArchive, type Archive, type Folder } from "../../src/archive/index.js";
import { ArticleReader, articlePage, entityHead, folderChunk, folderPages, monthPages, quotePages, quoteView } from "../../src/archive/views.js";
import { EntityRecord, entityRecord } from "../../src/site/api.js";
import { siteGlobals } from "../../src/site/render-views.js";
import { slugify } from "../../src/slug.js";
import { storyArticle } from "../helpers.js";

const entity = (name: string, paragraphs = ["p1"], descriptors: Person["descriptors"] = []): Person => ({
  name,
  slug: slugify(name),
  aliases: [],
  descriptors,
  paragraphs,
});

const article = storyArticle;

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
  it("gives pages frozen globals, so Eleventy shares one copy across pages instead of deep-copying it", () => {
    assert.ok(Object.isFrozen(siteGlobals(archive)));
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
  const reader = new ArticleReader(archive);
  const head = entityHead(archive, ann);
  it("holds every quote with its date and a link to the exact paragraph, newest first", () => {
    const quotes = ann.quotes.map((q) => quoteView(reader, q.article, q.quote));
    assert.deepEqual(quotes.map((q) => [q.article.published, q.url]), [["2024-03-02", "/articles/mar/#p1"], ["2024-01-10", "/articles/jan/#p1"]]);
  });
  it("gives each description once, with every article that used it", () => {
    assert.deepEqual(head.descriptors.map((d) => [d.text, d.shown.map((s) => s.url)]), [["council leader", ["/articles/mar/#p1", "/articles/jan/#p1"]]]);
    assert.deepEqual([head.descriptors[0]!.shown.length, head.descriptors[0]!.more], [2, 0], "a short list is shown whole");
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
    assert.deepEqual(head.feed.map((a) => a.slug), ["mar2", "mar", "jan", "old"]);
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
  const ann = (a: Archive) => a.people.find((p) => p.name === "Ann Lee")!;
  const pagesOf = (a: Archive, folder: Folder) => {
    const reader = new ArticleReader(a);
    return folderPages(folder).map((spec) => folderChunk(reader, spec));
  };
  it("shows a busy folder's newest fifty first, then blocks of fifty counted from the oldest", () => {
    const pages = pagesOf(archive, ann(archive));
    assert.deepEqual(pages.map((c) => [c.url, c.quotes.length, c.articles.length]), [
      ["/people/ann-lee/", 50, 50],
      ["/people/ann-lee/page/1/", 50, 50],
      ["/people/ann-lee/page/2/", 50, 50],
      ["/people/ann-lee/page/3/", 20, 20],
    ]);
    assert.deepEqual(pages[0]!.pager, { number: 0, newest: "/people/ann-lee/", older: "/people/ann-lee/page/2/", oldest: "/people/ann-lee/page/1/" });
    assert.deepEqual(pages[2]!.pager, { number: 2, newest: "/people/ann-lee/", newer: "/people/ann-lee/page/3/", older: "/people/ann-lee/page/1/", oldest: "/people/ann-lee/page/1/" });
    assert.equal(pages[3]!.pager.newer, "/people/ann-lee/", "the newest block leads back to the front page");
    assert.equal(pages[1]!.articles.at(-1)!.article.slug, archive.articles[ann(archive).articles.at(-1)!]!.ref.slug, "block 1 ends with the oldest article");
    assert.ok(!("articleCount" in pages[1]!.entity), "a block page carries no counts");
  });
  it("keeps every full block the same when a newer article is added", () => {
    const newer = article("zz-new", "2024-06-01", { people: [entity("Ann Lee")], quotes: [said("Ann Lee", "A new quote")] });
    const grown = buildArchive([...many, newer]);
    const before = pagesOf(archive, ann(archive));
    const after = pagesOf(grown, ann(grown));
    assert.deepEqual(after.map((c) => c.url), before.map((c) => c.url));
    assert.deepEqual(after.slice(1, 3), before.slice(1, 3), "blocks 1 and 2 are unchanged");
    assert.equal(after[3]!.articles.length, 21, "the newest block took the article");
    assert.equal(after[0]!.articles[0]!.article.slug, "zz-new");
  });
  it("pages the people index A–Z under letter headings, and says where each letter starts", () => {
    const pages = archive.indexes.people;
    assert.equal(pages.length, 3);
    assert.deepEqual(pages[0]!.groups.map((g) => [g.letter, g.entries.length]), [["A", 1], ["P", 49]]);
    assert.deepEqual(archive.indexes.peopleLetters, [{ letter: "A", url: "/people/#a" }, { letter: "P", url: "/people/#p" }]);
  });
  it("pages a month of articles and the quotes page", () => {
    assert.deepEqual(archive.indexes.years, [{ year: "2024", months: [{ month: "2024-05", url: "/archive/2024/05/", count: 120 }] }]);
    assert.deepEqual(archive.indexes.months.flatMap(monthPages).map((m) => [m.url, m.to - m.from]), [
      ["/archive/2024/05/", 50],
      ["/archive/2024/05/page/1/", 50],
      ["/archive/2024/05/page/2/", 50],
      ["/archive/2024/05/page/3/", 20],
    ]);
    assert.deepEqual(quotePages(archive).map((c) => [c.url, c.to - c.from]), [["/quotes/", 50], ["/quotes/page/1/", 50], ["/quotes/page/2/", 50], ["/quotes/page/3/", 20]]);
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
  const page = articlePage(new ArticleReader(archive), 0);
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

describe("a name the articles give different kinds", () => {
  const archive = buildArchive([
    article("x", "2024-01-01", { people: [entity("Chelsea")] }),
    article("y", "2024-02-01", { organisations: [entity("Chelsea")] }),
    article("z", "2024-03-01", { organisations: [entity("Chelsea")] }),
  ]);
  const folder = archive.organisations.find((f) => f.name === "Chelsea")!;
  it("is filed under the kind most articles give it, and its page says how many gave each", () => {
    assert.equal(archive.people.length, 0);
    assert.deepEqual(entityHead(archive, folder).kindVotes, [{ kind: "organisation", articles: 2 }, { kind: "person", articles: 1 }]);
  });
  it("carries the same evidence in its JSON record", () => {
    const record = entityRecord(new ArticleReader(archive), folder, "https://example.org/");
    assert.deepEqual((record as EntityRecord).kindVotes, { person: 1, organisation: 2 });
    assert.equal(EntityRecord.safeParse(record).success, true);
  });
  it("leaves a name every article agrees on without any", () => {
    const plain = buildArchive([article("w", "2024-01-01", { people: [entity("Ann Lee")] })]);
    assert.equal(entityHead(plain, plain.people[0]!).kindVotes, undefined);
  });
});
