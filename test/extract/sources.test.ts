/** Where a story comes from: one example per kind of source (src/extract/sources/). */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import type { Paragraph, Quote, Source } from "../../src/article.js";
import type { Entities } from "../../src/extract/entities/index.js";
import { findSources } from "../../src/extract/sources/index.js";
import { parseSeed } from "../../src/parse.js";
import { readSeedBytes } from "../../src/seed/read.js";

const noEntities: Entities = { people: [], organisations: [] };
const person = (name: string, aliases: string[] = []) => ({
  name,
  slug: name.toLowerCase().replace(/\s+/g, "-"),
  aliases,
  descriptors: [],
  paragraphs: [],
});
const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}` as const, text }));
const sources = (texts: string[], extra: Partial<Parameters<typeof findSources>[0]> = {}) =>
  findSources({ paragraphs: paragraphs(...texts), entities: noEntities, quotes: [], ...extra });

describe("sources", () => {
  it("finds wire agencies in a dateline, a report and a quote", () => {
    assert.deepEqual(sources(["PARIS (AFP) – Talks failed.", "Reuters reported that the talks failed, the Associated Press said."]), [
      { kind: "agency", name: "Agence France-Presse", paragraph: "p1" },
      { kind: "agency", name: "Reuters", paragraph: "p2" },
      { kind: "agency", name: "Associated Press", paragraph: "p2" },
    ]);
  });

  it("finds the outlets a story cites", () => {
    assert.deepEqual(sources(["The department told HuffPost UK it would not comment.", "The Times reported the move first."]), [
      { kind: "outlet", name: "HuffPost UK", paragraph: "p1" },
      { kind: "outlet", name: "Times", paragraph: "p2" },
    ]);
  });

  it("finds a reporter credited with the story", () => {
    const found = sources(["According to Hind Hassan, the journalist who first reported the story, Smith was based in Dublin."]);
    assert.deepEqual(found, [{ kind: "reporter", name: "Hind Hassan", paragraph: "p1" }]);
    assert.deepEqual(sources(["He spoke to correspondent Jane Doe."]), [{ kind: "reporter", name: "Jane Doe", paragraph: "p1" }]);
  });

  it("finds an embedded post, with its handle and date", () => {
    const found = sources(["Full resignation letter: pic.twitter.com/k9y7varCHC — Hind Hassan (@HindHassanNews) August 16, 2024"]);
    assert.deepEqual(found, [{ kind: "social", name: "Hind Hassan", detail: "@HindHassanNews, August 16, 2024", paragraph: "p1" }]);
  });

  it("resolves a surname in 'shared by Hassan on X' to the article's full name", () => {
    const found = sources(["The letter, shared by Hassan on X, reads: “I write to you.”"], {
      entities: { people: [person("Hind Hassan")], organisations: [] },
    });
    assert.deepEqual(found, [{ kind: "social", name: "Hind Hassan", detail: "on X", paragraph: "p1" }]);
  });

  it("finds a titled document", () => {
    assert.deepEqual(sources(["In a letter titled “FCDO complicity in War Crimes”, Mark Smith said it."]), [
      { kind: "document", name: "FCDO complicity in War Crimes", detail: "letter", paragraph: "p1" },
    ]);
  });

  it("finds statements: said in a statement, a spokesman for, an organisation telling an outlet", () => {
    assert.deepEqual(sources(["The Home Office said in a statement that it was reviewing the case."]), [
      { kind: "statement", name: "Home Office", paragraph: "p1" },
    ]);
    assert.deepEqual(sources(["A spokesman for the Ministry of Defence declined to comment."]), [
      { kind: "statement", name: "Ministry of Defence", paragraph: "p1" },
    ]);
    assert.deepEqual(sources(["The FCDO told HuffPost UK: “This government is committed to upholding international law.”"]), [
      { kind: "statement", name: "FCDO", paragraph: "p1" },
      { kind: "outlet", name: "HuffPost UK", paragraph: "p1" },
    ]);
  });

  it("makes every quote the quotes extractor gives an organisation a statement", () => {
    const quote: Quote = {
      text: "We do not comment on individual cases.",
      kind: "direct",
      speaker: { name: "Foreign Office", kind: "organisation" },
      paragraph: "p1",
      spans: [{ paragraph: "p1", start: 1, end: 38 }],
      confidence: 0.9,
      filed: false,
    };
    assert.deepEqual(sources(["“We do not comment on individual cases,” it added."], { quotes: [quote] }), [
      { kind: "statement", name: "Foreign Office", paragraph: "p1" },
    ]);
  });

  it("credits the photo, and the wire agency behind it", () => {
    const found = sources(["Text."], { caption: { text: "A protest in London.", credit: "AP Photo/Evan Vucci" } });
    assert.deepEqual(found, [
      { kind: "photo", name: "AP Photo/Evan Vucci", paragraph: "caption" },
      { kind: "agency", name: "Associated Press", paragraph: "caption" },
    ]);
  });

  it("lists the publishing outlet and the byline first, and each source once", () => {
    const found = sources(["Reuters said so.", "Reuters said it again."], { outlet: "The Guardian", byline: "By Jane Doe" });
    assert.deepEqual(found, [
      { kind: "outlet", name: "Guardian" },
      { kind: "reporter", name: "Jane Doe" },
      { kind: "agency", name: "Reuters", paragraph: "p1" },
    ]);
  });
});

describe("the shipped seed's sources", async () => {
  const seed = readSeedBytes("000_704fb2fff2903a51.txt", await readFile("seeds/000_704fb2fff2903a51.txt"));
  assert.ok(seed.ok);
  const article = parseSeed(seed.value);
  assert.ok(article.ok);
  const has = (kind: Source["kind"], name: string) => article.value.sources.find((s) => s.kind === kind && s.name === name);

  it("credits Hind Hassan as the reporter who broke the story and for her post", () => {
    assert.equal(has("reporter", "Hind Hassan")?.paragraph, "p3");
    assert.match(has("social", "Hind Hassan")?.detail ?? "", /@HindHassanNews, August 16, 2024/);
  });
  it("credits the Associated Press for the photo", () => {
    assert.equal(has("photo", "Associated Press")?.paragraph, "caption");
    assert.equal(has("agency", "Associated Press")?.paragraph, "caption");
  });
  it("finds the letter, the FCDO's statement and HuffPost UK", () => {
    assert.equal(has("document", "FCDO complicity in War Crimes")?.paragraph, "p2");
    assert.equal(has("statement", "FCDO")?.paragraph, "p16");
    assert.equal(has("outlet", "HuffPost UK")?.paragraph, "p16");
  });
  it("lists no source twice", () => {
    const keys = article.value.sources.map((s) => `${s.kind}:${s.name}`);
    assert.equal(new Set(keys).size, keys.length);
  });
});
