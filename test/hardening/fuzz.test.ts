/**
 * Property-based tests of the whole read side (bytes → SeedDocument → Article): whatever a seed holds, parsing
 * never throws; it either refuses the seed by name or gives an Article that satisfies the schema and whose every
 * quote is text of the paragraphs it points at. Runs are kept modest so the suite stays fast; a failure prints
 * the smallest counterexample fast-check could find.
 */
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseChecked } from "./invariants.js";

const RUNS = { numRuns: 200 };
const encode = (s: string) => new TextEncoder().encode(s);

// Pieces of real copy and of the formats' syntax, so random seeds reach the paths that matter: quotes and their
// speakers, paragraphs, headlines, datelines, captions, front-matter openers, BOMs and line endings.
const PIECES = [
  "“", "”", "‘", "’", '"', "'", "«", "»", "„", " — ", ": ", ", ", ". ", " ",
  "\n", "\n\n", "\r\n", "\r\n\r\n", "\uFEFF", "\u00a0", "\t",
  "---\n", "---js\n", "---yaml\n", "headline: ", "date: 2024-03-14\n", "# ", "## ", "> ", "- ", "*", "_", "`", "[a](b)", "<script>", "</script>",
  "said", " said ", "told the BBC", "according to Reuters", "said in a statement", "via Associated Press",
  "Margaret Okafor", "Okafor", "the Foreign Office", "FCDO", "Mr Smith", "Dr Jane Doe", "Eastfield Borough Council",
  "LONDON (Reuters) —", "on Tuesday", "14 March 2024", "last week", "2024-02-30",
  "{{ 7*191 }}", "{% raw %}", "${x}", "é", "e\u0301", "李小龙", "محمد", "👩🏽‍💻", "🏳️‍🌈",
];
const seedText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(""));

const parsesSafely = (name: string, bytes: Uint8Array) => {
  parseChecked(name, bytes);
};

describe("any seed, fuzzed", () => {
  it("plain text built from pieces of copy and syntax", () => {
    fc.assert(fc.property(seedText, (text) => parsesSafely("story.txt", encode(text))), RUNS);
  });

  it("Markdown built from the same pieces, with or without front matter", () => {
    const withFrontMatter = fc.tuple(fc.constantFrom("", "---\n", "---\nheadline: ", "\uFEFF---\r\n", "---js\n"), seedText, fc.constantFrom("", "\n---\n"), seedText);
    fc.assert(fc.property(withFrontMatter, (parts) => parsesSafely("story.md", encode(parts.join("")))), RUNS);
  });

  it("any Unicode string, as text and as Markdown", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom("a.txt", "a.md"), (text, name) => parsesSafely(name, encode(text))),
      RUNS,
    );
  });

  it("any bytes at all", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("a.txt", "a.md"), (bytes, name) => parsesSafely(name, bytes)), RUNS);
  });
});
