/**
 * findReportedSpeech reads a sentence only when one of its words could start a reader of reported speech
 * (mayReport in src/extract/quotes/indirect.ts). The gate must never hide a report: every sentence any reader
 * finds something in passes it — for a sentence of each reader's kind, and for every sentence of the fixtures.
 * A headline is read for quotes only when mayHoldQuote (src/extract/quotes/index.ts) says it could hold one.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { attributeQuotes, mayHoldQuote } from "../../src/extract/quotes/index.js";
import { mayReport, readReportedSpeech, wordsOutsideQuotes } from "../../src/extract/quotes/indirect.js";
import { findQuotedSpans } from "../../src/extract/quotes/marks.js";
import { splitSentences } from "../../src/extract/quotes/sentences.js";

/** One sentence for each reader (reported.ts, indirect.ts). */
const READERS = [
  "According to Jo Park, the bridge will open in the spring.",
  "The bridge will open in the spring, according to Jo Park.",
  "At the heart of the dispute, according to Jo Park, a former envoy, was a single vote.",
  "The bridge will open in the spring, Smith said.",
  "The bridge will open in the spring, analysts say.",
  "That will be true up to a point, said Jo Park, a reporter whose beat is Congress.",
  "The bridge, Price said, will open in the spring.",
  "Asked whether the plan would pass, the mayor shrugged and left the room.",
  "The mayor left the room when asked whether the plan would pass.",
  "In a statement, the council blamed the weather for the delay.",
  "Governor Ann Price railed against the new fuel tax at a rally in the capital.",
  "The council delayed the vote, citing the cost of the bridge repairs.",
  "Republicans believe the tax will be repealed next year.",
  "Senator Ann Price is urging voters to reject the new fuel tax.",
  "Tom Baker wants to run for the council next year.",
  "The union opposed the plan to close the depot on Sundays.",
  "Smith told reporters that the bridge would open in the spring.",
];

function sentences(text: string) {
  const spans = findQuotedSpans(text);
  return splitSentences(text, spans).map((sentence) => ({ sentence, spans }));
}

function fixtureParagraphs(): string[] {
  const dirs = ["test/fixtures/seeds", "test/fixtures/wikinews", "seeds"];
  return dirs.flatMap((dir) => readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, "utf8"))).flatMap((t) => t.split(/\n\s*\n/));
}

describe("the reported-speech gate", () => {
  it("lets through a sentence of every reader's kind", () => {
    for (const text of READERS) {
      const found = sentences(text).flatMap(({ sentence, spans }) => {
        const tokens = wordsOutsideQuotes(text, sentence, spans);
        assert.ok(tokens && mayReport(tokens), text);
        return readReportedSpeech(text, sentence, spans, tokens);
      });
      assert.ok(found.length > 0, `no reader found anything in: ${text}`);
    }
  });

  it("hides nothing any reader finds in the fixtures", () => {
    let read = 0;
    for (const text of fixtureParagraphs()) {
      for (const { sentence, spans } of sentences(text)) {
        const tokens = wordsOutsideQuotes(text, sentence, spans);
        if (!tokens || mayReport(tokens)) continue;
        read++;
        assert.deepEqual(readReportedSpeech(text, sentence, spans, tokens), [], text.slice(sentence.start, sentence.end));
      }
    }
    assert.ok(read > 20, "the fixtures hold sentences the gate turns away");
  });
});

describe("the quote gate for a text of its own (headlines)", () => {
  it("turns away no text in which a quote or report is found", () => {
    const texts = [...READERS, "Trump: ‘We Are Going to Win So Much.’", "TAPPER: And obviously, that is the question.", "Clinton Says Russians Hacked DNC", ...fixtureParagraphs()];
    let turnedAway = 0;
    for (const text of texts) {
      if (mayHoldQuote(text)) continue;
      turnedAway++;
      assert.deepEqual(attributeQuotes([{ id: "p1", text }], { people: [], organisations: [] }), [], text);
    }
    assert.ok(turnedAway > 5, "the fixtures hold texts the gate turns away");
    assert.equal(mayHoldQuote("Pupils to get anti-piracy lessons"), false);
    assert.equal(mayHoldQuote("Clinton Says Russians Hacked DNC"), true);
  });
});
