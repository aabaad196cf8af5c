/**
 * The shipped seed, end to end: what a librarian must see when the archive holds the article about the
 * British diplomat's resignation (seeds/000_704fb2fff2903a51.txt).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { Article } from "../src/article.js";
import { parseSeed } from "../src/parse.js";
import { readSeedBytes } from "../src/seed/read.js";

async function parseFile(path: string, file: string): Promise<Article> {
  const seed = readSeedBytes(file, await readFile(path));
  assert.ok(seed.ok, seed.ok ? "" : seed.problem.reason);
  const article = parseSeed(seed.value);
  assert.ok(article.ok, article.ok ? "" : article.problem.reason);
  return article.value;
}

describe("the shipped seed", () => {
  let article: Article;
  before(async () => {
    article = await parseFile("seeds/000_704fb2fff2903a51.txt", "000_704fb2fff2903a51.txt");
  });

  it("infers a headline about the diplomat's resignation from the lede, not the caption", () => {
    assert.equal(article.headlineBasis, "lede");
    assert.match(article.headline, /diplomat/i);
    assert.match(article.headline, /resign/i);
    assert.doesNotMatch(article.headline, /Palestinians|Hamad City/);
  });

  it("files the opening photo caption as a caption credited to Associated Press, not as body", () => {
    assert.equal(article.caption?.credit, "Associated Press");
    assert.match(article.caption?.text ?? "", /^Palestinians displaced/);
    assert.doesNotMatch(article.caption?.text ?? "", /via Associated Press/);
    assert.ok(!article.paragraphs.some((p) => p.text.includes("Hamad City")));
    assert.match(article.paragraphs[0]!.text, /^A British diplomat/);
  });

  it("names exactly Mark Smith, Hind Hassan and Francesca Albanese as people", () => {
    assert.deepEqual(article.people.map((p) => p.name).sort(), ["Francesca Albanese", "Hind Hassan", "Mark Smith"]);
  });

  it("attributes the quotes to Mark Smith, the FCDO and Francesca Albanese", () => {
    const direct = article.quotes.filter((q) => q.kind === "direct");
    const by = (name: string) => direct.filter((q) => q.speaker?.name === name);
    // A multi-paragraph quote is one quote with a span per paragraph: count the paragraphs quoted.
    const paragraphsQuoted = new Set(by("Mark Smith").flatMap((q) => q.spans.map((s) => s.paragraph))).size;
    assert.ok(paragraphsQuoted >= 9, `Mark Smith is quoted in ${paragraphsQuoted} paragraphs`);
    assert.ok(by("FCDO").length >= 1);
    assert.equal(by("FCDO")[0]!.speaker!.kind, "organisation");
    assert.equal(by("Francesca Albanese").length, 1);
    assert.match(by("Francesca Albanese")[0]!.text, /brave lead of Mark Smith/);
    assert.ok(!article.quotes.some((q) => q.text === "FCDO complicity in War Crimes"), "a letter's title is not a quote");
  });

  it("finds the dates 11 and 16 August 2024 and dates the article by the latest", () => {
    const days = article.dates.map((d) => d.date);
    assert.ok(days.includes("2024-08-11"));
    assert.ok(days.includes("2024-08-16"));
    assert.equal(article.published, "2024-08-16");
    assert.equal(article.publishedBasis, "mentioned");
  });

  it("lists Hind Hassan and Associated Press among its sources", () => {
    const names = article.sources.map((s) => s.name);
    assert.ok(names.includes("Hind Hassan"));
    assert.ok(names.includes("Associated Press"));
  });

  it("keeps every fact's evidence: each quote span is the text at its paragraph offsets", () => {
    const text = new Map(article.paragraphs.map((p) => [p.id, p.text]));
    for (const quote of article.quotes) {
      for (const span of quote.spans) {
        const slice = text.get(span.paragraph)?.slice(span.start, span.end) ?? "";
        assert.ok(slice.length > 0 && quote.text.includes(slice), `span of "${quote.text.slice(0, 30)}" is "${slice.slice(0, 30)}"`);
      }
    }
  });
});

describe("a Markdown seed with front matter", () => {
  let article: Article;
  before(async () => {
    article = await parseFile("test/fixtures/seeds/council-library.md", "council-library.md");
  });

  it("takes headline, date, byline, outlet and url from the front matter", () => {
    assert.equal(article.headline, "Council votes to close Eastfield library");
    assert.equal(article.headlineBasis, "front-matter");
    assert.equal(article.published, "2024-03-14");
    assert.equal(article.publishedBasis, "front-matter");
    assert.equal(article.byline, "Priya Natarajan");
    assert.equal(article.outlet, "Eastfield Gazette");
    assert.equal(article.url, "https://gazette.example.org/eastfield-library");
  });

  it("numbers the body paragraphs p1… and resolves relative dates against the front-matter date", () => {
    assert.deepEqual(article.paragraphs.map((p) => p.id), ["p1", "p2", "p3", "p4"]);
    assert.ok(article.dates.some((d) => d.date === "2024-03-12" && /Tuesday/.test(d.text)), JSON.stringify(article.dates));
  });

  it("attributes the quote to Margaret Okafor", () => {
    const quote = article.quotes.find((q) => q.kind === "direct");
    assert.equal(quote?.speaker?.name, "Margaret Okafor");
    assert.equal(quote?.text, "This is a sad day for Eastfield,");
  });

  it("validates against the Article schema", () => {
    assert.ok(Article.safeParse(article).success);
  });
});

describe("a plain-text seed whose headline quotes someone", () => {
  let article: Article;
  before(async () => {
    article = await parseFile("test/fixtures/seeds/library-appeal.txt", "library-appeal.txt");
  });

  it("reads `Okafor on Library Closure: ‘…’` as Margaret Okafor's words, evidence in the headline", () => {
    const [quote] = article.quotes;
    assert.deepEqual(
      { text: quote?.text, speaker: quote?.speaker?.name, paragraph: quote?.paragraph },
      { text: "We Will Not Give Up Without a Fight", speaker: "Margaret Okafor", paragraph: "headline" },
    );
    assert.equal(article.headline.slice(quote!.spans[0]!.start, quote!.spans[0]!.end), quote!.text);
  });

  it("still reads the body's quote, and validates against the Article schema", () => {
    const direct = article.quotes.filter((q) => q.kind === "direct");
    assert.deepEqual(direct.map((q) => [q.paragraph, q.speaker?.name]), [["headline", "Margaret Okafor"], ["p3", "Margaret Okafor"]]);
    assert.ok(Article.safeParse(article).success);
  });
});
