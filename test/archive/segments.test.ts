import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Quote } from "../../src/article.js";
import { nameMatcher, segmentParagraph, type Segment } from "../../src/archive/segments.js";

const TEXT = "Francesca Albanese said: “I hope that more diplomats will follow the brave lead of Mark Smith.”";
const quoted = "I hope that more diplomats will follow the brave lead of Mark Smith.";
const start = TEXT.indexOf(quoted);
const quote = (spans: Quote["spans"], kind: Quote["kind"] = "direct"): Quote => ({
  text: quoted,
  kind,
  speaker: { name: "Francesca Albanese", kind: "person", slug: "francesca-albanese" },
  paragraph: "p1",
  spans,
  confidence: 0.9,
  filed: true,
});
const targets = [
  { names: ["Francesca Albanese", "Albanese"], url: "/people/francesca-albanese/", paragraphs: new Set(["p1"]) },
  { names: ["Mark Smith", "Smith"], url: "/people/mark-smith/", paragraphs: new Set(["p1"]) },
];
/** What a reader sees: the text, with [quoted words] and <linked names>, and the speaker credited as {n}. */
const show = (segments: Segment[]) =>
  segments
    .map((s) => {
      const words = s.runs.map((r) => (r.url ? `<${r.text}>` : r.text)).join("");
      return (s.quote !== undefined ? `[${words}]` : words) + (s.credit !== undefined ? `{${s.credit}}` : "");
    })
    .join("");

describe("segmentParagraph", () => {
  it("marks a direct quote and credits its speaker after the closing quote mark", () => {
    const segments = segmentParagraph("p1", TEXT, [quote([{ paragraph: "p1", start, end: start + quoted.length }])]);
    assert.equal(show(segments), `Francesca Albanese said: “[${quoted}]”{0}`);
  });

  it("links each named person once per paragraph, inside quotes too, and reproduces the text exactly", () => {
    const names = nameMatcher(targets)("p1", TEXT);
    const segments = segmentParagraph("p1", TEXT, [quote([{ paragraph: "p1", start, end: start + quoted.length }])], names);
    assert.equal(show(segments), "<Francesca Albanese> said: “[I hope that more diplomats will follow the brave lead of <Mark Smith>.]”{0}");
    assert.equal(segments.flatMap((s) => s.runs.map((r) => r.text)).join(""), TEXT);
  });

  it("prefers the longest name, matches whole words only, and needs the article's evidence for the paragraph", () => {
    const match = nameMatcher(targets);
    assert.deepEqual(match("p1", "Smithson met Mark Smith.").map((m) => m.url), ["/people/mark-smith/"]);
    assert.deepEqual(match("p2", "Mark Smith again."), [], "p2 is not a paragraph the article says names him");
  });

  it("leaves indirect speech unmarked: it is the writer's words", () => {
    const segments = segmentParagraph("p1", TEXT, [quote([{ paragraph: "p1", start, end: start + quoted.length }], "indirect")]);
    assert.equal(show(segments), TEXT);
  });

  it("credits a multi-paragraph quote once, where it ends", () => {
    const q = quote([
      { paragraph: "p1", start, end: start + 10 },
      { paragraph: "p2", start: 1, end: 5 },
    ]);
    assert.equal(segmentParagraph("p1", TEXT, [q]).filter((s) => s.credit !== undefined).length, 0);
    assert.equal(show(segmentParagraph("p2", "“Yes.” he said.", [q])), "“[Yes.]”{0} he said.");
  });

  it("ignores overlapping and out-of-range spans instead of printing words twice", () => {
    const segments = segmentParagraph("p1", "abcdef", [quote([{ paragraph: "p1", start: 0, end: 4 }]), quote([{ paragraph: "p1", start: 2, end: 6 }]), quote([{ paragraph: "p1", start: 3, end: 99 }])]);
    assert.equal(segments.flatMap((s) => s.runs.map((r) => r.text)).join(""), "abcdef");
  });
});
