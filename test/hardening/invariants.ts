/** What every parse must satisfy, whatever the text: the hardening and fuzz tests' shared oracle. */
import assert from "node:assert/strict";
import { Article } from "../../src/article.js";
import { parseSeed } from "../../src/parse.js";
import { readSeedBytes } from "../../src/seed/read.js";

/** Seed bytes → Article, asserting the invariants; a seed refused by name gives its reason instead. */
export function parseChecked(file: string, bytes: Uint8Array): { article: Article } | { reason: string } {
  const seed = readSeedBytes(file, bytes);
  if (!seed.ok) {
    assert.equal(seed.problem.file, file);
    assert.ok(seed.problem.reason.length > 0);
    return { reason: seed.problem.reason };
  }
  const parsed = parseSeed(seed.value);
  // A seed of nothing but web furniture ("Advertisement", "© 2024") is refused once the lead has dropped it.
  if (!parsed.ok && /^no article text: the (?:seed|page) has no paragraphs$/.test(parsed.problem.reason)) return { reason: parsed.problem.reason };
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.problem.reason);
  const article = parsed.value;
  assert.ok(Article.safeParse(article).success, "the Article satisfies the schema");
  assertEvidence(article);
  return { article };
}

/** Every fact points at a paragraph that exists, and every quote span is text of its paragraph within the quote. */
export function assertEvidence(article: Article): void {
  const text = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  if (article.caption) text.set("caption", article.caption.text);
  text.set("headline", article.headline);
  article.paragraphs.forEach((p, i) => assert.equal(p.id, `p${i + 1}`, "paragraphs are numbered in order"));
  for (const quote of article.quotes) {
    assert.ok(text.has(quote.paragraph), `quote in unknown paragraph ${quote.paragraph}`);
    for (const span of quote.spans) {
      const paragraph = text.get(span.paragraph);
      assert.ok(paragraph !== undefined, `span in unknown paragraph ${span.paragraph}`);
      assert.ok(span.start < span.end && span.end <= paragraph.length, `span ${span.start}–${span.end} outside ${span.paragraph}`);
      const slice = paragraph.slice(span.start, span.end);
      assert.ok(quote.text.includes(slice), `span "${slice.slice(0, 40)}" is not in quote "${quote.text.slice(0, 40)}"`);
    }
    // The quote's words are the article's: each paragraph of it is its spans' text in that paragraph, the pieces
    // of an interrupted quote joined by a space.
    const parts: string[] = [];
    quote.spans.forEach((span, i) => {
      const slice = text.get(span.paragraph)!.slice(span.start, span.end);
      if (i > 0 && quote.spans[i - 1]!.paragraph === span.paragraph) parts[parts.length - 1] += ` ${slice}`;
      else parts.push(slice);
    });
    assert.equal(quote.text, parts.join("\n\n"), `quote text "${quote.text.slice(0, 40)}" is its spans' text`);
  }
  for (const fact of [...article.dates, ...article.sources]) {
    if (fact.paragraph) assert.ok(text.has(fact.paragraph), `fact in unknown paragraph ${fact.paragraph}`);
  }
  for (const entity of [...article.people, ...article.organisations]) {
    for (const id of entity.paragraphs) assert.ok(text.has(id), `${entity.name} named in unknown paragraph ${id}`);
  }
}
