/**
 * Pathological text parses in linear time. These tests assert what the parse must produce, not how fast: a
 * regression to quadratic time shows as a test that hits its hang guard (the `timeout`) instead of passing.
 * At the time of writing each case parses in about a second, the 5 MB article in about twenty.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseChecked } from "./invariants.js";

const HANG_GUARD = { timeout: 180_000 };
const bytes = (s: string) => new TextEncoder().encode(s);

function article(file: string, text: string) {
  const result = parseChecked(file, bytes(text));
  assert.ok("article" in result, "reason" in result ? result.reason : "");
  return result.article;
}

describe("20,000 unbalanced quote marks", () => {
  it("opening curly quotes in one paragraph: kept as written, no quote runs past the text", HANG_GUARD, () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `“word${i}`).join(" ");
    const a = article("curly.txt", `Council row\n\n${body}\n`);
    assert.equal(a.paragraphs.length, 1);
    assert.equal(a.paragraphs[0]!.text, body);
  });

  it("an odd number of straight double quotes", HANG_GUARD, () => {
    const a = article("straight.txt", `Council row\n\nShe said ${'"'.repeat(20_001)} and left.\n`);
    assert.equal(a.paragraphs.length, 1);
    assert.ok(a.paragraphs[0]!.text.includes('"'.repeat(20_001)));
  });

  it("every kind of quote mark, mixed and unpaired", HANG_GUARD, () => {
    const marks = ["“", "”", "‘", "’", "'", '"', "«", "»", "„", "‹"];
    const body = Array.from({ length: 20_000 }, (_, i) => `${marks[i % marks.length]}ab`).join(" ");
    const a = article("mixed.txt", `Council row\n\n${body}\n`);
    assert.equal(a.paragraphs[0]!.text, body);
  });

  it("an opening quote in each of 20,000 paragraphs, none closed (the multi-paragraph convention)", HANG_GUARD, () => {
    const a = article("paragraphs.txt", `Council row\n\n${Array.from({ length: 20_000 }, (_, i) => `“He said ${i}`).join("\n\n")}\n`);
    assert.equal(a.paragraphs.length, 20_000);
    assert.equal(a.paragraphs[19_999]!.text, "“He said 19999");
  });
});

describe("one endless sentence of 100,000 quotes", () => {
  it("each introduced by a name and finished by the reporter's words (a run-on each)", HANG_GUARD, () => {
    const a = article("run-on.txt", `Council row\n\n${'Smith said "we" will win the state and more, '.repeat(100_000)}\n`);
    const direct = a.quotes.filter((q) => q.kind === "direct");
    assert.equal(direct.length, 100_000);
    assert.ok(direct.every((q) => q.text === "we" && q.speaker?.name === "Smith"));
  });

  it("run into one another with straight marks (the multi-paragraph convention in one paragraph)", HANG_GUARD, () => {
    const a = article("run-in.txt", `Council row\n\n${'He said: "We won. "Yes '.repeat(100_000)}\n`);
    assert.equal(a.paragraphs.length, 1);
    assert.ok(a.quotes.length >= 1);
  });

  it("in a headline", HANG_GUARD, () => {
    const a = article("headline.txt", `Trump: ${"‘We Will Win’ and ".repeat(100_000)}\n\nThe council met on Tuesday.\n`);
    assert.ok(a.headline.startsWith("Trump: ‘We Will Win’"));
  });
});

describe("a 1 MB line with no spaces", () => {
  for (const [name, unit] of [
    ["lower-case letters", "a"],
    ["capitals, which look like one long name", "A"],
    ["initials and full stops, which look like an acronym", "Ab."],
    ["digits and punctuation", "1,'-"],
  ] as const) {
    it(name, HANG_GUARD, () => {
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const a = article("long-line.txt", `Council row\n\n${line}\n\nThe council said on Tuesday it would appeal.\n`);
      assert.equal(a.paragraphs.length, 2);
      assert.equal(a.paragraphs[0]!.text, line);
      assert.match(a.paragraphs[1]!.text, /would appeal/);
    });
  }

  it("1 MB of 199-letter capitalised runs, just short of the length no name reaches", HANG_GUARD, () => {
    const line = `${"A".repeat(199)} `.repeat(5_000).trim();
    const a = article("runs.txt", `Council row\n\n${line}\n`);
    assert.equal(a.paragraphs[0]!.text, line);
  });
});

describe("a 5 MB article of 20,000 paragraphs", () => {
  it("keeps every paragraph and attributes every quote", HANG_GUARD, () => {
    const paragraph = (i: number) =>
      `${`“Paragraph ${i} is the council's answer,” said Jane Smith, a spokesperson for Eastfield Borough Council, on 3 May 2024. `}${"The library closes. ".repeat(20)}`.slice(0, 250);
    const text = `Council closes library\n\n${Array.from({ length: 20_000 }, (_, i) => paragraph(i)).join("\n\n")}\n`;
    assert.ok(text.length > 5_000_000);
    const a = article("big.txt", text);
    assert.equal(a.paragraphs.length, 20_000);
    assert.equal(a.paragraphs[12_345]!.text, paragraph(12_345).trim());
    const direct = a.quotes.filter((q) => q.kind === "direct");
    assert.equal(direct.length, 20_000);
    assert.match(direct[19_999]!.text, /^Paragraph 19999 is the council's answer,?$/);
    assert.ok(direct.every((q) => q.speaker?.name === "Jane Smith"), "every quote is Jane Smith's");
    assert.equal(a.published, "2024-05-03");
  });
});
