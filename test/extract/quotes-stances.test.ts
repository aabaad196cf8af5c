/** Reported speech and stances: the cues beyond "said" that news uses to attribute a position (src/extract/quotes/indirect.ts). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Paragraph, Quote as ArticleQuote } from "../../src/article.js";
/** A quote as the extractor gives it: filing is decided later, from its confidence. */
type Quote = Omit<ArticleQuote, "filed">;
import { findQuotes } from "../../src/extract/quotes/index.js";

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const found = (...texts: string[]) => findQuotes(paragraphs(...texts), { people: [], organisations: [] });
const indirect = (...texts: string[]) => found(...texts).filter((q) => q.kind === "indirect");
/** Positions and findings: kept as their own kind, never shown or filed as something someone said. */
const stances = (...texts: string[]) => found(...texts).filter((q) => q.kind === "stance");
const brief = (q: Quote) => ({ text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue ?? null });

describe("reported stances: cues with a particle", () => {
  it("reads `X railed against …` past the particle", () => {
    assert.deepEqual(stances("Governor Ann Price railed against the new fuel tax at a rally in the capital.").map(brief), [
      { text: "the new fuel tax at a rally in the capital", speaker: "Ann Price", cue: "railed" },
    ]);
  });

  it("reads `X lashed out at …` with both particles", () => {
    assert.deepEqual(indirect("Tom Baker lashed out at the council for delaying the bridge repairs.").map(brief), [
      { text: "the council for delaying the bridge repairs", speaker: "Tom Baker", cue: "lashed" },
    ]);
  });

  it("does not read `spoke at a rally` (no particle) as reported speech", () => {
    assert.deepEqual(indirect("Tom Baker spoke at a rally in the capital on Sunday afternoon."), []);
  });

  it("reads a progressive cue: `X is warning of …`", () => {
    assert.deepEqual(stances("Jo Park is warning of deep cuts to the county's school budget.").map(brief), [
      { text: "deep cuts to the county's school budget", speaker: "Jo Park", cue: "warning" },
    ]);
  });
});

describe("reported stances: participles and verbs of evaluation", () => {
  it("reads `…, endorsing …` as the stance of the sentence's subject", () => {
    assert.deepEqual(stances("Mark Smith went further on Tuesday, endorsing three candidates for the state assembly.").map(brief), [
      { text: "three candidates for the state assembly", speaker: "Mark Smith", cue: "endorsing" },
    ]);
  });

  it("reads `X expressed …`", () => {
    assert.deepEqual(stances("Dana Ortiz expressed concern over the pace of the recount in the northern counties.").map(brief), [
      { text: "concern over the pace of the recount in the northern counties", speaker: "Dana Ortiz", cue: "expressed" },
    ]);
  });
});

describe("reported speech: frames around the clause", () => {
  it("reads `…, X told Y.` closing the sentence, the person spoken to included in the attribution", () => {
    assert.deepEqual(indirect("The bridge will stay closed until the spring, a council spokeswoman told The Evening Courier.").map(brief), [
      { text: "The bridge will stay closed until the spring", speaker: "council spokeswoman", cue: "told" },
    ]);
  });

  it("reads the question put later in the sentence: `… when asked whether …`", () => {
    const found = indirect("Ann Price smiled at the crowd when asked whether she would stand again for the council.");
    assert.deepEqual(found.map((q) => q.text), ["whether she would stand again for the council"]);
  });

  it("reads `according to X, …` after a colon", () => {
    assert.deepEqual(indirect("The gap is closing: according to the latest county survey, turnout will pass 60 percent.").map((q) => [q.text, q.cue]), [
      ["turnout will pass 60 percent", "according to"],
    ]);
  });

  it("reads a participle carried by a document: `put out a statement saying …`", () => {
    assert.deepEqual(indirect("Her office put out a statement saying the senator had never met the donor.").map((q) => [q.text, q.cue]), [
      ["the senator had never met the donor", "saying"],
    ]);
  });

  it("reads the progressive of any cue: `X is touting …`", () => {
    assert.deepEqual(indirect("Jo Park is touting her record on housing in the final week of the race.").map(brief), [
      { text: "her record on housing in the final week of the race", speaker: "Jo Park", cue: "touting" },
    ]);
  });
});

describe("direct quotes: an attribution with its description after the reporter's words", () => {
  it("reads `“…” since …, said X, who teaches …` as X's quote", () => {
    const found = findQuotes(
      paragraphs(
        "Tom Baker, the mayor, spoke first. “The ruling changes everything for the port,” since most of the contracts were signed before the vote, said Jo Park, who teaches maritime law at the state university.",
      ),
      { people: [], organisations: [] },
    ).filter((q) => q.kind === "direct");
    assert.deepEqual(found.map(brief), [{ text: "The ruling changes everything for the port,", speaker: "Jo Park", cue: "said" }]);
  });
});

describe("reported speech: speakers and clause starts", () => {
  it("reads `X warned that …` with no one named as warned", () => {
    assert.deepEqual(indirect("Speaking to farmers in the valley on Friday, Jo Park warned that the drought would cut the harvest by half.").map(brief), [
      { text: "the drought would cut the harvest by half", speaker: "Jo Park", cue: "warned" },
    ]);
  });

  it("gives a poll's finding to the share of people asked, not to the words after it", () => {
    assert.deepEqual(stances("Only about 4 in 10 Democratic voters in each county want a new runway at the airport.").map((q) => [q.text, q.cue]), [
      ["a new runway at the airport", "want"],
    ]);
  });

  it("ends a sentence before a quote opened with a doubled apostrophe (a wire export's “)", () => {
    const found = findQuotes(paragraphs("Some critics say the plan will fail. ''I think it can work,'' said Ann Price, the county's budget director."), { people: [], organisations: [] });
    assert.deepEqual(found.map((q) => [q.kind, q.text]), [
      ["indirect", "the plan will fail"],
      ["direct", "I think it can work,"],
    ]);
  });
});

describe("reported speech: nesting and sentence ends", () => {
  it("keeps a stance inside reported words as part of them (`X says he supports …` is one report)", () => {
    assert.deepEqual(indirect("Tom Baker says he supports the ability of county boards to set their own tax rates.").map(brief), [
      { text: "he supports the ability of county boards to set their own tax rates", speaker: "Tom Baker", cue: "says" },
    ]);
  });

  it("still reads speech nested in reported speech (`X said officials told her …`)", () => {
    assert.deepEqual(indirect("Jo Park said county officials told her the road would reopen in May.").map((q) => [q.text, q.cue]), [
      ["county officials told her the road would reopen in May", "said"],
      ["the road would reopen in May", "told"],
    ]);
  });

  it("ends a sentence after `U.S.` when a pronoun opens the next", () => {
    assert.deepEqual(indirect("Jo Park says the tariff will hurt farmers across the U.S. He says the council should wait.").map((q) => q.text), [
      "the tariff will hurt farmers across the U.S",
      "the council should wait",
    ]);
  });
});

describe("reported speech: between speaker and cue, and after a quote's attribution", () => {
  it("skips the time between an apposition and the cue: `X, the …, on Tuesday called …`", () => {
    assert.deepEqual(indirect("Speaker Jo Park, the county's highest-ranking Republican, on Tuesday called the ruling a disgrace.").map(brief), [
      { text: "the ruling a disgrace", speaker: "Jo Park", cue: "called" },
    ]);
  });

  it("does not report the occasion after a direct quote's attribution (`“…,” Price said, drawing gasps …`)", () => {
    assert.deepEqual(indirect("“The school was her whole life,” Ann Price said, drawing gasps from the crowd at the hall."), []);
  });
});

describe("reported speech: according to, as an aside", () => {
  it("reads `…, according to X, a …, …` as the sentence without the aside", () => {
    assert.deepEqual(indirect("At the heart of the dispute, according to Jo Park, a former county envoy, was a single vote on the budget.").map(brief), [
      { text: "At the heart of the dispute was a single vote on the budget", speaker: "Jo Park", cue: "according to" },
    ]);
  });

  it("reads `…, according to X, who …` closing the sentence", () => {
    assert.deepEqual(indirect("Young buyers may not be so lucky, according to Tom Baker, who advised the county bank.").map(brief), [
      { text: "Young buyers may not be so lucky", speaker: "Tom Baker", cue: "according to" },
    ]);
  });
});

describe("reported speech: two cues joined in one sentence", () => {
  it("ends the first cue's words where `and said …` joins a second", () => {
    assert.deepEqual(found("Tom Baker thanked the crowd and said the vote was a victory for the county.").map((q) => [q.text, q.cue, q.kind]), [
      ["the crowd", "thanked", "stance"],
      ["the vote was a victory for the county", "said", "indirect"],
    ]);
  });

  it("ends the first cue's words where a participle joins a second: `…, calling …`", () => {
    assert.deepEqual(found("Jo Park endorsed Tom Baker on Monday, calling him the best choice for the county.").map((q) => [q.text, q.cue, q.kind]), [
      ["Tom Baker on Monday", "endorsed", "stance"],
      ["him the best choice for the county", "calling", "indirect"],
    ]);
  });
});

describe("reported speech: inverted attributions and described speakers", () => {
  it("reads a mixed quote opened by one word before the inverted attribution: `They “…,” said X, a …`", () => {
    assert.deepEqual(indirect("They “actually had chemistry,” said Ben Rhodes, the mayor's deputy chief of staff.").map(brief), [
      { text: "They “actually had chemistry,”", speaker: "Ben Rhodes", cue: "said" },
    ]);
  });

  it("does not take the clause after `, said` for an inverted speaker (`X, a delegate from Y, said the turmoil … was …`)", () => {
    assert.deepEqual(indirect("Chris Harvey, a delegate from Houston, Texas, said the turmoil at the convention was all part of the show.").map(brief), [
      { text: "the turmoil at the convention was all part of the show", speaker: "Chris Harvey", cue: "said" },
    ]);
  });

  it("reads a speaker described with `for`: `A spokesman for the buyer said …`", () => {
    assert.deepEqual(indirect("A spokesman for the buyer said the hotel would reopen under a new name.").map((q) => [q.text, q.cue]), [
      ["the hotel would reopen under a new name", "said"],
    ]);
  });
});

describe("reported speech: a cue followed by circumstances does not end the search", () => {
  it("reads the cues after a stance whose complement is only a place (`X celebrated in Y, declaring …, and said …`)", () => {
    assert.deepEqual(
      indirect("Jo Park celebrated in Dover with supporters, declaring it a great night for the party, and said the win was a step closer to the mayoralty.").map((q) => [q.text, q.cue]),
      [
        ["it a great night for the party", "declaring"],
        ["the win was a step closer to the mayoralty", "said"],
      ],
    );
  });
});

describe("reported stances: a participle describing a group", () => {
  it("reads `a group backing X` as the group's stance", () => {
    assert.deepEqual(stances("Donors gave $25 million to a group backing Jo Park for the county seat.").map(brief), [
      { text: "Jo Park for the county seat", speaker: "group", cue: "backing" },
    ]);
  });
});

describe("reported findings: documents and their modifiers", () => {
  it("reads `The report published Tuesday showed that …` past the report's own participle", () => {
    assert.deepEqual(stances("The report published Tuesday showed that most of the meetings were with donors.").map((q) => [q.text, q.cue]), [
      ["most of the meetings were with donors", "showed"],
    ]);
  });

  it("reads `…, new fundraising reports show.` closing the sentence", () => {
    assert.deepEqual(stances("Nearly half of the money arrived in March alone, new fundraising reports show.").map((q) => [q.text, q.cue]), [
      ["Nearly half of the money arrived in March alone", "show"],
    ]);
  });
});
