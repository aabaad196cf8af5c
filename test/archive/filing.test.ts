/**
 * Filing (src/archive/filing.ts) and a librarian's corrections (src/archive/corrections.ts): what reaches a
 * person's page, what stays on its article unconfirmed, and how a correction wins over any confidence.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article, Quote } from "../../src/article.js";
import { readCorrections } from "../../src/archive/corrections.js";
import { fileAttributions, fileDigests } from "../../src/archive/filing.js";
import { digestOf } from "../../src/archive/digest.js";
import { buildArchive, type Archive, type Folder } from "../../src/archive/index.js";
import { ArticleReader, articlePage, quoteView } from "../../src/archive/views.js";
import { openingWords, reviewRows } from "../../src/commands/review.js";
import { entityRecord } from "../../src/site/api.js";

const TEXT = "“We warned them about the fog for weeks,” Tom Baker said. “A disgrace,” she said.";
const span = (words: string) => ({ paragraph: "p1", start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const quote = (words: string, speaker: Quote["speaker"], confidence: number): Quote => ({
  text: words,
  kind: "direct",
  speaker,
  cue: "said",
  paragraph: "p1",
  spans: [span(words)],
  confidence,
  filed: false,
});
const person = (name: string) => ({ name, slug: name.toLowerCase().replace(/\s+/g, "-"), aliases: [], descriptors: [], paragraphs: ["p1"] });

function harbour(): Article {
  return {
    file: "harbour.txt",
    slug: "harbour",
    headline: "Harbour inquiry hears from ferry captain",
    headlineBasis: "first-line",
    published: "2024-03-12",
    publishedBasis: "front-matter",
    paragraphs: [{ id: "p1", text: TEXT }],
    people: [person("Tom Baker"), person("Jane Doe")],
    organisations: [],
    places: [],
    quotes: [
      quote("We warned them about the fog for weeks,", { name: "Tom Baker", kind: "person", slug: "tom-baker" }, 0.95),
      quote("A disgrace,", { name: "Jane Doe", kind: "person", slug: "jane-doe" }, 0.4),
    ],
    sources: [],
    dates: [],
  };
}

const corrections = (yaml: string) => readCorrections("corrections.yml", yaml);

/** What the site shows of an archive: an article's page, a folder's quotes, the quotes index. */
const shown = (archive: Archive) => {
  const reader = new ArticleReader(archive);
  return {
    reader,
    page: (i: number) => articlePage(reader, i),
    quotes: (folder: Folder) => folder.quotes.map((q) => quoteView(reader, q.article, q.quote)),
    index: () => archive.indexes.quotes.map((q) => quoteView(reader, q.article, q.quote)),
  };
};

describe("the filing threshold", () => {
  const { articles } = fileAttributions([harbour()], { threshold: 0.7, corrections: [] });
  const archive = buildArchive(articles);

  it("files a quote at or above the threshold, and keeps one below it in the Article, unfiled", () => {
    assert.deepEqual(articles[0]!.quotes.map((q) => [q.text, q.filed]), [["We warned them about the fog for weeks,", true], ["A disgrace,", false]]);
  });

  it("shows the unconfirmed quote on its article with its speaker unlinked, and files it on no page", () => {
    const site = shown(archive);
    const page = site.page(0);
    const unconfirmed = page.quotes.find((q) => q.text === "A disgrace,")!;
    assert.equal(unconfirmed.filed, false);
    assert.equal(unconfirmed.speaker?.name, "Jane Doe");
    assert.equal(unconfirmed.speaker?.url, undefined);
    assert.ok(page.body[0]!.segments.some((s) => s.quote === page.quotes.indexOf(unconfirmed)), "still marked as quoted words");
    const doe = archive.people.find((p) => p.name === "Jane Doe")!;
    assert.deepEqual(doe.quotes, []);
    assert.deepEqual(entityRecord(site.reader, doe, "https://example.org").quotes, []);
    assert.deepEqual(site.index().map((q) => q.text), ["We warned them about the fog for weeks,"]);
    const baker = archive.people.find((p) => p.name === "Tom Baker")!;
    assert.deepEqual(site.quotes(baker).map((q) => q.text), ["We warned them about the fog for weeks,"]);
  });

  it("never files a stance, nor words whose speaker is no entity of the article", () => {
    const article = harbour();
    article.quotes = [
      { ...article.quotes[0]!, kind: "stance", confidence: 0.99 },
      { ...article.quotes[1]!, speaker: { name: "THE DAY AHEAD", kind: "person" }, confidence: 0.99 },
    ];
    assert.deepEqual(fileAttributions([article], { threshold: 0.5, corrections: [] }).articles[0]!.quotes.map((q) => q.filed), [false, false]);
  });
});

describe("corrections", () => {
  it("reassigns a quote to another of the article's people, whatever its confidence", () => {
    const { corrections: list } = corrections("- article: harbour.txt\n  quote: A disgrace\n  speaker: Tom Baker\n");
    const { articles, problems } = fileAttributions([harbour()], { threshold: 0.7, corrections: list });
    assert.deepEqual(problems, []);
    const q = articles[0]!.quotes[1]!;
    assert.deepEqual([q.speaker?.name, q.speaker?.slug, q.filed, q.correction], ["Tom Baker", "tom-baker", true, "reassigned"]);
  });

  it("reassigns to someone the parser missed, who gets a page named in the quote's paragraph", () => {
    const { corrections: list } = corrections("- article: harbour.txt\n  quote: “a disgrace\n  speaker: Ann Lee\n");
    const { articles } = fileAttributions([harbour()], { threshold: 0.7, corrections: list });
    assert.deepEqual(articles[0]!.people.map((p) => [p.name, p.paragraphs]), [["Tom Baker", ["p1"]], ["Jane Doe", ["p1"]], ["Ann Lee", ["p1"]]]);
    const archive = buildArchive(articles);
    assert.deepEqual(shown(archive).quotes(archive.people.find((p) => p.name === "Ann Lee")!).map((q) => q.text), ["A disgrace,"]);
  });

  it("rejects a quote: kept in the Article, filed nowhere, no longer marked as quoted words", () => {
    const { corrections: list } = corrections("- article: harbour.txt\n  quote: We warned them\n  reject: true\n");
    const { articles } = fileAttributions([harbour()], { threshold: 0.7, corrections: list });
    const q = articles[0]!.quotes[0]!;
    assert.deepEqual([q.filed, q.correction], [false, "rejected"]);
    const page = shown(buildArchive(articles)).page(0);
    assert.ok(!page.body[0]!.segments.some((s) => s.quote === 0));
  });

  it("confirms a low-confidence quote as the parser has it", () => {
    const { corrections: list } = corrections("- article: harbour.txt\n  quote: a disgrace\n  confirm: true\n");
    const { articles } = fileAttributions([harbour()], { threshold: 0.7, corrections: list });
    assert.deepEqual([articles[0]!.quotes[1]!.filed, articles[0]!.quotes[1]!.correction], [true, "confirmed"]);
  });

  it("reports each bad line as `corrections.yml:LINE: reason`", () => {
    const read = corrections("- article: harbour.txt\n  quote: A disgrace\n- article: harbour.txt\n  quote: We warned\n  reject: true\n  colour: red\n");
    assert.deepEqual(read.problems.map((p) => `${p.file}: ${p.reason}`), [
      "corrections.yml:1: needs exactly one of speaker (reassign), reject: true or confirm: true",
      "corrections.yml:3: unknown key \"colour\" (allowed: article, quote, speaker, kind, reject, confirm)",
    ]);
    assert.match(corrections("- article: [unclosed\n").problems[0]!.reason, /^malformed YAML/);
  });

  it("reports a correction that addresses no seed, no quote, or several quotes", () => {
    const article = harbour();
    article.quotes.push(quote("A disgrace,", null, 0.2));
    const { corrections: list } = corrections(
      "- article: missing.txt\n  quote: Hello there\n  reject: true\n- article: harbour.txt\n  quote: Nobody listened\n  reject: true\n- article: harbour.txt\n  quote: A disgrace\n  reject: true\n",
    );
    const { problems } = fileAttributions([article], { threshold: 0.7, corrections: list });
    assert.deepEqual(problems.map((p) => `${p.file}: ${p.reason}`), [
      "corrections.yml:1: no seed named missing.txt",
      'corrections.yml:4: no quote in harbour.txt opens with "Nobody listened"',
      'corrections.yml:7: 2 quotes in harbour.txt open with "A disgrace": give more of its words',
    ]);
  });
});

describe("the review list", () => {
  it("lists filed attributions lowest confidence first, and words credited to a speaker with no page", () => {
    const article = harbour();
    article.quotes.push(quote("Nobody listened.", { name: "Harbour Board", kind: "organisation" }, 0.9));
    const { articles } = fileAttributions([article], { threshold: 0.3, corrections: [] });
    const { lowest, unfiled } = reviewRows(articles, 10);
    assert.deepEqual(lowest.map((r) => [r.confidence, r.speaker, r.quote]), [["0.40", "Jane Doe", "A disgrace,"], ["0.95", "Tom Baker", "We warned them about the fog"]]);
    assert.deepEqual(unfiled.map((r) => [r.speaker, r.article, r.quote]), [["Harbour Board", "harbour.txt", "Nobody listened."]]);
  });

  it("gives enough opening words to tell a quote from the others of its article", () => {
    const article = harbour();
    article.quotes.push(quote("We warned them about the fog for months", null, 0.5));
    assert.equal(openingWords(article.quotes[0]!, article), "We warned them about the fog for weeks,");
  });
});

describe("filing a build's digests", () => {
  // A build holds digests, not Articles: a new threshold or correction must file them as it files the Article.
  const article = harbour();
  const seeds = [{ key: "k", digest: digestOf(article) }];
  const load = () => structuredClone(article);

  it("files a digest at a new threshold without the Article", () => {
    for (const threshold of [0.3, 0.7, 0.99]) {
      const filed = fileDigests(seeds, { threshold, corrections: [] }, () => assert.fail("no Article read"));
      const whole = fileAttributions([article], { threshold, corrections: [] }).articles[0]!;
      assert.deepEqual(filed.seeds[0]!.digest, digestOf(whole), `threshold ${threshold}`);
    }
  });

  it("files an article a correction names whole, and its source reads it back filed the same way", () => {
    const { corrections: list } = corrections("- article: harbour.txt\n  quote: A disgrace\n  speaker: Ann Lee\n- article: gone.txt\n  quote: x y\n  reject: true\n");
    const filed = fileDigests(seeds, { threshold: 0.7, corrections: list }, load);
    const whole = fileAttributions([article], { threshold: 0.7, corrections: list.slice(0, 1) }).articles[0]!;
    assert.deepEqual(filed.seeds[0]!.digest, digestOf(whole));
    assert.deepEqual(filed.source.article({ key: "k", slug: article.slug }), whole);
    assert.deepEqual(filed.problems, [{ file: "corrections.yml:4", reason: "no seed named gone.txt" }]);
  });
});
