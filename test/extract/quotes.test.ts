/** Quotes and speakers: one example per news convention (src/extract/quotes/). */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import type { Paragraph, Quote as ArticleQuote } from "../../src/article.js";
/** A quote as the extractor gives it: filing is decided later, from its confidence. */
type Quote = Omit<ArticleQuote, "filed">;
import type { Entities } from "../../src/extract/entities/index.js";
import { findHeadlineQuotes } from "../../src/extract/quotes/headline.js";
import { findQuotes } from "../../src/extract/quotes/index.js";
import { passagesBySpeaker, type SeedExpectation } from "../../src/eval/quotes.js";
import { parseSeed } from "../../src/parse.js";
import { readSeedBytes } from "../../src/seed/read.js";
import { filingThreshold } from "../../src/site/site-info.js";

const noEntities: Entities = { people: [], organisations: [] };
const entity = (name: string, aliases: string[] = []) => ({
  name,
  slug: name.toLowerCase().replace(/\s+/g, "-"),
  aliases,
  descriptors: [],
  paragraphs: [],
});
const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const quotes = (texts: string[], entities: Entities = noEntities) => findQuotes(paragraphs(...texts), entities);
const direct = (found: Quote[]) => found.filter((q) => q.kind === "direct");
const indirect = (found: Quote[]) => found.filter((q) => q.kind === "indirect");
/** What a reader sees of a quote: its words, who said them and how. */
const brief = (q: Quote) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.speaker?.kind ?? null, cue: q.cue ?? null });

/** Every span's slice of its paragraph is that part of the quote's text. */
function assertSpansMatch(found: Quote[], texts: string[]): void {
  const byId = new Map(paragraphs(...texts).map((p) => [p.id, p.text]));
  for (const q of found) {
    const pieces = q.spans.map((s) => byId.get(s.paragraph)!.slice(s.start, s.end));
    for (const piece of pieces) assert.ok(q.text.includes(piece), `span "${piece}" is part of "${q.text}"`);
    assert.equal(pieces.join("").length <= q.text.length, true);
  }
}

describe("direct quotes: where the attribution sits", () => {
  it('reads `"…," Smith said.` and resolves the surname to the full name printed earlier', () => {
    const texts = ["Mark Smith, a diplomat, resigned on Friday.", "“I could not stay any longer,” Smith said."];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map(brief), [{ text: "I could not stay any longer,", speaker: "Mark Smith", kind: "person", cue: "said" }]);
    assertSpansMatch(found, texts);
  });

  it('reads `Smith said: "…"` (a colon-introduced quote)', () => {
    const found = direct(quotes(["Jane Okafor said: “The figures speak for themselves.”"]));
    assert.deepEqual(found.map(brief), [{ text: "The figures speak for themselves.", speaker: "Jane Okafor", kind: "person", cue: "said" }]);
  });

  it('reads the inversion `"…" said Smith, a doctor.`', () => {
    const found = direct(quotes(["“We saw dozens of injured children,” said Tom Baker, a doctor at the clinic."]));
    assert.deepEqual(found.map(brief), [{ text: "We saw dozens of injured children,", speaker: "Tom Baker", kind: "person", cue: "said" }]);
  });

  it('resolves `"…," he added` to the nearest preceding speaker', () => {
    const found = direct(
      quotes(["Council leader Ann Price said the budget was fair.", "“Nobody likes cuts,” she added. “But we had no choice.”"]),
    );
    assert.deepEqual(found.map(brief), [{ text: "Nobody likes cuts, But we had no choice.", speaker: "Ann Price", kind: "person", cue: "added" }]);
  });

  it('reads `according to X, "…"`', () => {
    const found = direct(quotes(["According to Ruth Ellis, “the river has never been this low.”"]));
    assert.deepEqual(found.map(brief), [{ text: "the river has never been this low.", speaker: "Ruth Ellis", kind: "person", cue: "according to" }]);
  });

  it("gives a partial quote inside a sentence to the sentence's speaker", () => {
    const found = direct(quotes(["Paul Green has questioned the deal.", "He claimed there were “serious failures of oversight” at every level."]));
    assert.deepEqual(found.map(brief), [{ text: "serious failures of oversight", speaker: "Paul Green", kind: "person", cue: "claimed" }]);
  });

  it("gives a second partial quote in an attributed sentence to the same speaker", () => {
    const found = direct(quotes(["Paul Green said it was “simply untrue” that the scheme was “working well”, as ministers often claim."]));
    assert.deepEqual(
      found.map((q) => [q.text, q.speaker?.name]),
      [
        ["simply untrue", "Paul Green"],
        ["working well", "Paul Green"],
      ],
    );
  });

  it("joins an interrupted quote into one quote with a span per piece", () => {
    const texts = ["“The vote is close,” Maria Lopez said on Tuesday. “We will know by midnight.”"];
    const found = direct(quotes(texts));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.text, "The vote is close, We will know by midnight.");
    assert.equal(found[0]!.spans.length, 2);
    assertSpansMatch(found, texts);
  });

  it("continues the speaker of the quote before into a quote paragraph with no attribution", () => {
    const found = direct(quotes(["“We are not done,” said Lena Fischer.", "“There is a lot more to come.”"]));
    assert.deepEqual(
      found.map((q) => q.speaker?.name),
      ["Lena Fischer"],
      "one quotation, carried on into the next paragraph",
    );
    assert.equal(found[0]!.text, "We are not done,\n\nThere is a lot more to come.");
  });
});

describe("direct quotes: speakers named away from the cue", () => {
  it("gives a participle's quote to the speaker of the attribution it hangs on", () => {
    const found = direct(quotes(["The talks will resume next week, Ana Silva said, adding: “Nobody wants a strike.”"]));
    assert.deepEqual(found.map(brief), [{ text: "Nobody wants a strike.", speaker: "Ana Silva", kind: "person", cue: "adding" }]);
  });

  it("reads `As X put it, “…”`", () => {
    const found = direct(quotes(["As the economist Lars Berg put it, “the housing market has stalled.”"]));
    assert.deepEqual(found.map(brief), [{ text: "the housing market has stalled.", speaker: "Lars Berg", kind: "person", cue: "put it" }]);
  });

  it("reads a transcript line `Name (party): “…”`", () => {
    const found = direct(quotes(["Rep. Jane Hollis (D-Ore.): “Who approved the contract?”"]));
    assert.deepEqual(found.map(brief), [{ text: "Who approved the contract?", speaker: "Jane Hollis", kind: "person", cue: null }]);
  });

  it("takes the name from an apposition when the subject is only a description", () => {
    const found = direct(quotes(["“We were never told,” a former colleague, Dana Ortiz, recalled."]));
    assert.deepEqual(found.map(brief), [{ text: "We were never told,", speaker: "Dana Ortiz", kind: "person", cue: "recalled" }]);
  });
});

describe("direct quotes: the multi-paragraph convention", () => {
  it("continues a quote left open into the next paragraph that opens with a quote mark", () => {
    const texts = [
      "Smith added: “There is no justification for the sales.",
      "“I have raised this at every level.”",
      "The department did not comment.",
    ];
    const found = direct(quotes(texts, { people: [entity("Mark Smith", ["Smith"])], organisations: [] }));
    assert.equal(found.length, 1);
    assert.deepEqual(brief(found[0]!), {
      text: "There is no justification for the sales.\n\nI have raised this at every level.",
      speaker: "Mark Smith",
      kind: "person",
      cue: "added",
    });
    assert.deepEqual(
      found[0]!.spans.map((s) => s.paragraph),
      ["p1", "p2"],
    );
    assert.equal(found[0]!.speaker?.slug, "mark-smith");
    assertSpansMatch(found, texts);
  });

  it("takes the attribution from a paragraph ending in a colon for the quote paragraph after it", () => {
    const found = direct(quotes(["Senator Amy Cole continued:", "“We will not give up on this bill.”"]));
    assert.deepEqual(found.map(brief), [{ text: "We will not give up on this bill.", speaker: "Amy Cole", kind: "person", cue: "continued" }]);
  });
});

describe("direct quotes: speakers that are not people", () => {
  it("lets an organisation speak", () => {
    const found = direct(
      quotes(["The FCDO told HuffPost UK: “This government is committed to international law.”"], {
        people: [],
        organisations: [entity("FCDO")],
      }),
    );
    assert.deepEqual(found.map(brief), [{ text: "This government is committed to international law.", speaker: "FCDO", kind: "organisation", cue: "told" }]);
    assert.equal(found[0]!.speaker?.slug, "fcdo");
  });

  it("resolves “the department” to the one organisation it can mean", () => {
    const found = direct(
      quotes(["The Department of Health published the figures.", "“Waiting lists are falling,” the department said."], {
        people: [],
        organisations: [entity("Department of Health")],
      }),
    );
    assert.deepEqual(found.map(brief), [{ text: "Waiting lists are falling,", speaker: "Department of Health", kind: "organisation", cue: "said" }]);
  });

  it("makes plural roles a group", () => {
    const found = direct(quotes(["“The road will stay closed until Monday,” police said."]));
    assert.deepEqual(found.map(brief), [{ text: "The road will stay closed until Monday,", speaker: "police", kind: "group", cue: "said" }]);
  });

  it("makes a letter speak for the person said to have written it", () => {
    const found = direct(
      quotes(["In a letter to staff, Mark Smith said he would resign.", "The letter, shared online, reads: “I write to you on my last day.”"]),
    );
    assert.deepEqual(found.map(brief), [{ text: "I write to you on my last day.", speaker: "Mark Smith", kind: "person", cue: "reads" }]);
  });

  it("leaves a quote no one is said to have said without a speaker, never a stray capitalised word", () => {
    const found = direct(quotes(["Outside the Town Hall on Friday, a banner read on.", "“Nothing about us without us.”"]));
    assert.deepEqual(found.map(brief), [{ text: "Nothing about us without us.", speaker: null, kind: null, cue: null }]);
  });
});

describe("direct quotes: the multi-paragraph convention run into one paragraph", () => {
  it('joins `Parry said: "… supporters. "If it was … Time will tell. "I think …"` into one quote by Parry', () => {
    const texts = ['Rick Parry countered: "I recognise it would be an emotive issue. "If it was the right partner how strong an issue is it? Time will tell. "I think the stadium will always be Anfield."'];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map(brief), [
      {
        text: "I recognise it would be an emotive issue. If it was the right partner how strong an issue is it? Time will tell. I think the stadium will always be Anfield.",
        speaker: "Rick Parry",
        kind: "person",
        cue: "countered",
      },
    ]);
    assertSpansMatch(found, texts);
  });

  it("still closes a straight quote before a new sentence outside it", () => {
    const found = direct(quotes(['She said "we will win." He said "no."']));
    assert.deepEqual(found.map((q) => q.text), ["we will win.", "no."]);
  });
});

describe("direct quotes: quote marks", () => {
  it("keeps nested single quotes inside the outer quote", () => {
    const found = direct(quotes(["“All I got back was ‘thank you, we have noted your concerns’,” said Mark Smith."]));
    assert.deepEqual(found.map((q) => q.text), ["All I got back was ‘thank you, we have noted your concerns’,"]);
  });

  it("reads straight quote marks", () => {
    const found = direct(quotes(['"We are ready," said Ali Khan.']));
    assert.deepEqual(found.map(brief), [{ text: "We are ready,", speaker: "Ali Khan", kind: "person", cue: "said" }]);
  });

  it("reads the doubled apostrophes some wire exports print for a double quote mark", () => {
    const found = direct(quotes(["''The numbers do not add up,'' said Ms. Rivera."]));
    assert.deepEqual(found.map(brief), [{ text: "The numbers do not add up,", speaker: "Rivera", kind: "person", cue: "said" }]);
  });

  it("reads guillemets, trimming the spaces French typography puts inside them", () => {
    const found = direct(quotes(["« Nous sommes prêts », said Claire Martin."]));
    assert.deepEqual(found.map(brief), [{ text: "Nous sommes prêts", speaker: "Claire Martin", kind: "person", cue: "said" }]);
  });

  it("does not take apostrophes for quote marks", () => {
    const texts = ["The UK’s envoy, Sam Reid, said: “We don’t accept the Smiths’ claim, and we won’t.”"];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map((q) => q.text), ["We don’t accept the Smiths’ claim, and we won’t."]);
    assertSpansMatch(found, texts);
  });

  it("does not take titles of letters, books or shows for quotes", () => {
    const found = direct(
      quotes([
        "In a letter titled “FCDO complicity in War Crimes”, Mark Smith said “there is no justification for the sales”.",
        "She appeared on the chat show “Morning Live” on Monday.",
      ]),
    );
    assert.deepEqual(found.map((q) => q.text), ["there is no justification for the sales"]);
  });

  it("stays correct and linear on 20,000 unbalanced quote marks", () => {
    const texts = ["Jo Park said: “It works.”", `${"“".repeat(20_000)} stray`, "”".repeat(20_000), '"'.repeat(20_001)];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map(brief), [{ text: "It works.", speaker: "Jo Park", kind: "person", cue: "said" }]);
  });

  it("reads thousands of balanced quotes in one paragraph", () => {
    const found = direct(quotes(["“We agree,” said Jo Park. ".repeat(5_000)]));
    assert.equal(found.length, 5_000);
    assert.ok(found.every((q) => q.text === "We agree," && q.speaker?.name === "Jo Park"));
  });
});

describe("direct quotes: joining and attributing, more conventions", () => {
  it("joins an interrupted quote across a programme title in its attribution", () => {
    const found = direct(quotes(["“We will appeal,” Mark Smith said during a visit to the BBC’s “Newsnight” studio. “The ruling is wrong.”"]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.spans.length]), [["We will appeal, The ruling is wrong.", "Mark Smith", 2]]);
  });

  it("does not splice a partial quote ending its sentence onto the next quotation", () => {
    const found = direct(quotes(["Tom Baker has called the loss “a blow to us all.” “We will miss him,” Baker said. “He was the best of us.”"]));
    assert.deepEqual(found.map((q) => q.text), ["a blow to us all.", "We will miss him, He was the best of us."]);
  });

  it("reads `went on to say, “…”` as the words of the clause’s subject, and a sentence-initial `Said X:`", () => {
    const found = direct(quotes(["Jane Okafor praised the staff and went on to say, “We tried everything.”", "Said Ann Price, the council leader: “It was not enough.”"]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["We tried everything.", "Jane Okafor"], ["It was not enough.", "Ann Price"]]);
  });
});

describe("speakers: more conventions", () => {
  it("gives “she” to the nearest woman named when the nearest person is a man (given name or Mrs./Mr.)", () => {
    const found = direct(quotes(["Ann Lee met Mark Park on Friday. Park left early. “We have work to do,” she said."]));
    assert.deepEqual(found.map((q) => q.speaker?.name), ["Ann Lee"]);
  });

  it("reads a list's credit `“…” — Ann Price.` and a clause about its subject before a colon", () => {
    const found = direct(quotes(["“Never give up.” — Ann Price.", "Tom Baker was blunt: “We have failed.”"]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.cue ?? null]), [["Never give up.", "Ann Price", null], ["We have failed.", "Tom Baker", null]]);
  });

  it("reads a progressive cue (`is calling the plan “…”`) and a relative clause before the cue", () => {
    const found = direct(quotes(["Former Mayor Ann Price, for her part, is calling the plan “a disgrace to the city.”", "A council official who spoke anonymously said, “We have failed.”"]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["a disgrace to the city.", "Ann Price"], ["We have failed.", "council official"]]);
  });

  it("reads the attribution after a stray full stop (`“…missing.” Price said.`) and after the words that finish the quote's clause", () => {
    const found = direct(quotes(["Ann Price chairs the board.", "“The bridge money is missing.” Price said.", "Tom Baker sits on it too.", "“This will be a challenge” for the council, said Baker."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["The bridge money is missing.", "Ann Price"], ["This will be a challenge", "Tom Baker"]]);
  });

  it("does not join a quote introduced by another speaker onto the one before", () => {
    const found = direct(quotes(["“We will appeal,” said Ann Price, the council leader. Tom Baker disagreed: “There is nothing to appeal.”"]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["We will appeal,", "Ann Price"], ["There is nothing to appeal.", "Tom Baker"]]);
  });
});

describe("mixed quotes: the reporter's words that finish the clause (run-on)", () => {
  /** The run-on's words, read back from its paragraph. */
  const runOn = (q: Quote, texts: string[]) => (q.runOn ? texts[Number(q.runOn.paragraph.slice(1)) - 1]!.slice(q.runOn.start, q.runOn.end) : null);

  it('keeps `"…" about fixing inequality, said X.` as the quoted words, with the words before the attribution as its run-on', () => {
    const texts = ["“For rank-and-file teachers, he’s saying a lot of the right things” about fixing inequality, said Marla Kilfoyle, a union organiser."];
    const [q] = direct(quotes(texts));
    assert.deepEqual(brief(q!), { text: "For rank-and-file teachers, he’s saying a lot of the right things", speaker: "Marla Kilfoyle", kind: "person", cue: "said" });
    assert.equal(runOn(q!, texts), "about fixing inequality");
  });

  it('reads `Smith said, "…" until the caucuses.` with the rest of the sentence as the run-on, stopping at "and"', () => {
    const texts = ["Rick Tyler said, “We have three weeks to go” until the Iowa caucuses, and left the stage."];
    const [q] = direct(quotes(texts));
    assert.equal(q!.text, "We have three weeks to go");
    assert.equal(q!.speaker?.name, "Rick Tyler");
    assert.equal(runOn(q!, texts), "until the Iowa caucuses");
  });

  it("gives no run-on to a quote that ends its clause, nor to a quote the reporter names (`called it “…”`)", () => {
    const texts = ["“We will appeal,” Mark Smith said on Tuesday.", "Jo Park called the plan “a disaster” for the town."];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map((q) => [q.text, runOn(q, texts)]), [["We will appeal,", null], ["a disaster", null]]);
  });
});

describe("speakers: roles, descriptions and appositions", () => {
  const speakerOf = (text: string) => direct(quotes(["Donald Trump and Hillary Clinton campaigned in Ohio.", text]))[0]?.speaker ?? null;

  it("does not take the name inside a role for the speaker: `a Trump supporter`, `a senior Clinton campaign aide`", () => {
    assert.deepEqual(speakerOf("“We will win Ohio,” a Trump supporter said."), { name: "Trump supporter", kind: "unknown" });
    assert.deepEqual(speakerOf("“We will win Ohio,” a senior Clinton campaign aide said."), { name: "senior Clinton campaign aide", kind: "unknown" });
  });

  it("reads `the Trump campaign` as an organisation, not Donald Trump", () => {
    assert.deepEqual(speakerOf("“The polls are wrong,” the Trump campaign said."), { name: "Trump campaign", kind: "organisation" });
  });

  it("reads described speakers: `the Republican nominee`, `one user`", () => {
    assert.equal(speakerOf("“I was curious to see what she would do,” the Republican nominee said at a rally.")?.name, "Republican nominee");
    assert.equal(speakerOf("“Trump is very cute,” one user wrote.")?.name, "one user");
  });

  it("takes the name in apposition after a role: `said another Twitter user, Johanna Bayer.` / `X’s chief of staff, Joe Kasper, told POLITICO`", () => {
    assert.equal(speakerOf("“We are anxious,” said another Twitter user, Johanna Bayer.")?.name, "Johanna Bayer");
    const texts = ["“Positions are gonna soften,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO on Monday."];
    const found = quotes(texts);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name]), [["direct", "Joe Kasper"]], "the outlet spoken to is no speaker of reported speech");
  });

  it("keeps a title-case quote that opens its sentence and is attributed: `“Like Oakland. Or Ferguson,” Trump said.`", () => {
    const found = direct(quotes(["“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”"]));
    assert.deepEqual(found.map(brief), [{ text: "Like Oakland. Or Ferguson, The crime numbers are worse.", speaker: "Trump", kind: "person", cue: "said" }]);
  });

  it("still drops a programme's title before an attribution: `on Fox’s “Sunday Morning Futures,” Rep. Issa said …`", () => {
    const found = direct(quotes(["Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Clinton’s “judgment” is in question."]));
    assert.ok(!found.some((q) => q.text.includes("Sunday Morning Futures")), JSON.stringify(found.map((q) => q.text)));
  });
});

describe("speakers: more frames read", () => {
  it("attributes a quote paragraph to a credit line of its own after it: `- Bernie Sanders.`", () => {
    const found = direct(quotes(["“Almost all new income and wealth is going to the top 1 percent.”", "- Bernie Sanders.", "The senator is relying on an outdated statistic."]));
    assert.deepEqual(found.map(brief), [{ text: "Almost all new income and wealth is going to the top 1 percent.", speaker: "Bernie Sanders", kind: "person", cue: null }]);
  });

  it("takes the pronoun right before the cue, not a phrase before it: `On the Asian tsunami he said …`", () => {
    const found = quotes(["Charles Kennedy spoke in Bristol.", "On the Asian tsunami he said it had been “very heartening” to see the response."]);
    assert.ok(found.length > 0);
    for (const q of found) assert.equal(q.speaker?.name, "Charles Kennedy", q.text);
  });

  it("reads the subject after a phrase of occasion: `In his New Year message the Liberal Democrat leader said …`", () => {
    const [q] = direct(quotes(["In his New Year message the Liberal Democrat leader said the two big parties relied on “populist scares”."]));
    assert.deepEqual(q?.speaker, { name: "Liberal Democrat leader", kind: "unknown" });
  });

  it("gives `Laura Brownlees of Save the Children` to the person, and `Italian Prime Minister Silvio Berlusconi` to the name", () => {
    const found = direct(quotes(["“We do not think so,” said Laura Brownlees of Save the Children.", "“We will reform,” said Italian Prime Minister Silvio Berlusconi."]));
    assert.deepEqual(found.map((q) => q.speaker?.name), ["Laura Brownlees", "Silvio Berlusconi"]);
  });

  it("gives a relative clause's words to the phrase before its comma: `Beijing, which described the embargo as “…”`", () => {
    const [q] = direct(quotes(["The move was welcomed by Beijing, which described the embargo as a “product of the Cold War”."]));
    assert.deepEqual(q?.speaker, { name: "Beijing", kind: "organisation" });
  });

  it("strips a place and title inside a name (`New Jersey Gov. Chris Christie`), even after `… bill that`", () => {
    const [q] = direct(quotes(["The debate grew so heated over which Senate bill that New Jersey Gov. Chris Christie said, “I need a converter.”"]));
    assert.deepEqual(q?.speaker, { name: "Chris Christie", kind: "person" });
  });

  it("takes a pull quote's credit inside its marks as its speaker, and leaves it out of the words", () => {
    const texts = ['"It could create new and real problems for her here. S.C. Rep. Jim Clyburn."', '"A vote must not happen. Charles Chamberlain, Democracy for America."'];
    const found = direct(quotes(texts));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name ?? null]), [
      ["It could create new and real problems for her here.", "Jim Clyburn"],
      ["A vote must not happen.", "Charles Chamberlain"],
    ]);
    assertSpansMatch(found, texts);
    const slogan = direct(quotes(['"We will win. We Will Win Again."']));
    assert.deepEqual(slogan.map((q) => [q.text, q.speaker?.name ?? null]), [["We will win. We Will Win Again.", null]]);
  });

  it("keeps a title-case whole sentence after an attributed quote as the same speaker's words", () => {
    const found = direct(quotes(["“Two people have the knowledge to do that,” said Rick Wilson, a strategist who has advised a super PAC. “That’s Jeb Bush and Marco Rubio.”"]));
    assert.deepEqual(found.map(brief), [{ text: "Two people have the knowledge to do that, That’s Jeb Bush and Marco Rubio.", speaker: "Rick Wilson", kind: "person", cue: "said" }]);
  });

  it("reads a description joined by `and` as one subject: `the Vermont senator and Democratic candidate told`", () => {
    const [q] = direct(quotes(["“North Korea is a paranoid, isolated nation,” the independent Vermont senator and Democratic presidential candidate told ABC."]));
    assert.deepEqual(q?.speaker, { name: "independent Vermont senator and Democratic presidential candidate", kind: "unknown" });
  });

  it("gives `he said` to the person the quote's own sentence opens with, over a name mentioned later in it", () => {
    const found = direct(quotes(["Jeb Bush spoke on Monday.", "C. Boyden Gray, who served under Mr. Bush’s father, George Bush, ticked through the family’s code: “Good manners were assumed,” he said."]));
    assert.deepEqual(found.map((q) => q.speaker?.name), ["C. Boyden Gray"]);
  });

  it("gives `he said` to the subject of the sentence before, past an opening adverb and a noun that looks like a cue", () => {
    const found = direct(
      quotes([
        "Luay Sami, a refugee, said the town was welcoming.",
        "Recently, Herman Cain, who hosts an Atlanta area radio show, was asked by a caller why young men come as refugees. “So they can hurt us,” he said.",
      ]),
    );
    assert.deepEqual(found.map((q) => q.speaker?.name), ["Herman Cain"]);
  });

  it("reads a capitalised `Tweeted` as the cue", () => {
    const [q] = direct(quotes(["“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday."]));
    assert.deepEqual(brief(q!), { text: "Not us but can’t argue with it!", speaker: "Murphy", kind: "person", cue: "Tweeted" });
  });
});

describe("speakers: titles, roles and appositions around a name", () => {
  const speakers = (texts: string[]) => direct(quotes(texts)).map((q) => q.speaker && [q.speaker.name, q.speaker.kind]);

  it("takes the name after a role that reads like a name: `The Senate Minority Leader, Chuck Schumer, said`", () => {
    assert.deepEqual(speakers(["The Senate Minority Leader, Chuck Schumer, said on Friday “We made a plea to the president.”"]), [["Chuck Schumer", "person"]]);
    assert.deepEqual(speakers(["The mayor of Paris, Anne Hidalgo, wrote on Twitter: “Paris is mourning tonight.”"]), [["Anne Hidalgo", "person"]]);
    assert.deepEqual(speakers(["Republican Assemblywoman, Jill Tolles, also commented on the vote: “Before I ran for office I looked at the numbers.”"]), [["Jill Tolles", "person"]]);
  });

  it("strips titles and capitalised roles before a name: `MP`, `Assemblywoman`, `Co-author`, `Captain`, `Major-General`", () => {
    assert.deepEqual(
      speakers([
        "Early opponent MP Tanya Davies said, “We have moved the bill to a better place.”",
        "Newly elected Assemblywoman Selena Torres said, “It is really exciting to be here.”",
        "Co-author Jing-Shan Zhao said, “Our work shows the motion came first.”",
        "“It is never an easy decision,” Coast Guard Captain Monica Rochester said.",
      ]),
      [["Tanya Davies", "person"], ["Selena Torres", "person"], ["Jing-Shan Zhao", "person"], ["Monica Rochester", "person"]],
    );
  });

  it("reads the place an ambassador is to as no part of the name: `Ambassador to Germany Richard Grenell`", () => {
    assert.deepEqual(
      speakers([
        "US Ambassador to Germany Richard Grenell said the airline had “contributed to incredible human suffering.”",
        "Former Ambassador to the United Nations Nikki Haley wrote on Twitter, “We must always have the backs of our allies.”",
      ]),
      [["Richard Grenell", "person"], ["Nikki Haley", "person"]],
    );
  });

  it("reads a titled person as a person, not as the group the title opens with: `Police Senior Superintendent …`", () => {
    assert.deepEqual(speakers(["Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: “The officers were in danger.”"]), [["Yolanda Yu Hoi-kwan", "person"]]);
    assert.deepEqual(speakers(["Police said “nobody was hurt in the blast.”"]), [["Police", "group"]]);
  });

  it("keeps a particle joined to a name (`el-Sisi`), and a name’s initials (`J.J. Goldberg`)", () => {
    assert.deepEqual(speakers(["President Abdel Fattah el-Sisi of Egypt said, “The success of the trade area will be the real test.”"]), [["Abdel Fattah el-Sisi", "person"]]);
    assert.deepEqual(speakers(["J.J. Goldberg said, “We should think of the world war.”"]), [["J.J. Goldberg", "person"]]);
  });

  it("keeps an organisation’s whole name when no title is in it: `the American Federation of Teachers`", () => {
    assert.deepEqual(speakers(["“We back her all the way,” the American Federation of Teachers said.", "“We won,” the Republican National Committee said."]), [
      ["American Federation of Teachers", "organisation"],
      ["Republican National Committee", "organisation"],
    ]);
  });

  it("gives the words to the name before its descriptions: `Name, role, who said`, `Name, of CNN, role, stated`, `Name of X and role of Y wrote`", () => {
    assert.deepEqual(
      speakers([
        "The research was led by Mark Hay, a marine ecologist and Regents Professor at the institute, who said “There is a lot of argument now.”",
        "Anderson Cooper, of CNN, one of her four sons, stated, “She was an extraordinary woman.”",
        "Jennifer Daskal of American University and contributor to Slate wrote, “A single country could set the rules.”",
        "Last week, J.J. Goldberg, editor at large of The Forward, an influential newspaper in New York, wrote, “We should think of the world war.”",
        "Jeb Bush, the former Florida governor, who has resented the glide path, called his rival “totally scripted.”",
        "“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry, who remembered it well.",
      ]),
      [["Mark Hay", "person"], ["Anderson Cooper", "person"], ["Jennifer Daskal", "person"], ["J.J. Goldberg", "person"], ["Jeb Bush", "person"], ["Bruce Turry", "person"]],
    );
  });

  it("gives a participle to the name a role is set off with: `The mayor of London, Sadiq Khan, …, adding, “…”`", () => {
    const found = quotes(["The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, “An urgent inquiry is under way.”"]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name]), [["direct", "Sadiq Khan"]], "a quote after a participle’s comma is no reported speech");
  });
});

describe("speakers: names after offices and in lower-case appositions", () => {
  const speakers = (texts: string[]) => direct(quotes(texts)).map((q) => q.speaker && [q.speaker.name, q.speaker.kind]);

  it("reads the name after the body an office is of: `Speaker of the House Paul Ryan`, `Chief Executive of Hong Kong Carrie Lam`", () => {
    assert.deepEqual(
      speakers([
        "Speaker of the House Paul Ryan said, “We will pass the bill this week.”",
        "The Chief Executive of Hong Kong Carrie Lam said, “Such acts will not be tolerated.”",
        "NATO Secretary-General Jens Stoltenberg wrote, “I count on Turkey to act with restraint.”",
      ]),
      [["Paul Ryan", "person"], ["Carrie Lam", "person"], ["Jens Stoltenberg", "person"]],
    );
  });

  it("takes the name at the end of a lower-case apposition: `The study’s lead author, doctoral candidate Maninder Thind, said`", () => {
    assert.deepEqual(
      speakers([
        "The study’s lead author, doctoral candidate Maninder Thind, said, “We looked at emissions from power plants.”",
        "Another co-author, civil and environmental engineering professor Julian Marshall, said, “We have seen this before.”",
        "Broadcaster Piers Morgan commented, “The man with the tusk is a chef.”",
      ]),
      [["Maninder Thind", "person"], ["Julian Marshall", "person"], ["Piers Morgan", "person"]],
    );
  });
});

describe("speakers: quotes whose attribution is a sentence of its own", () => {
  it("reads a credit after a dash with a description: `“…” — John Smith, 45, of Des Moines`", () => {
    const found = direct(quotes(["“I like him because he says what he thinks.” — John Smith, 45, of Des Moines"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["John Smith"]);
  });

  it("reads the owner named after the quote: `“…” That quote from Commissioner Thomas Krebs appeared …`, `So said X.`", () => {
    const found = direct(
      quotes([
        "“I would rather have a sister in a gambling den than a brother in the bureau.” That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page in 1980.",
        "“We will win this state.”",
        "So said Donald Trump, at a rally in Iowa.",
      ]),
    );
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Thomas Krebs", "Donald Trump"]);
  });

  it("gives a quote to a sentence that is only an attribution before it, in its paragraph or the one before", () => {
    const same = direct(quotes(["Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”"]));
    assert.deepEqual(same.map((q) => q.speaker?.name ?? null), ["Sam Lau"]);
    const next = direct(quotes(["Sam Lau, the party’s spokesman, told reporters on Monday.", "“There are no paper ballots to recount.”"]));
    assert.deepEqual(next.map((q) => q.speaker?.name ?? null), ["Sam Lau"]);
    const reported = direct(quotes(["Sam Lau said on Monday that the count was over.", "“There are no paper ballots to recount.”"]));
    assert.deepEqual(reported.map((q) => q.speaker?.name ?? null), ["Sam Lau"], "reported speech hands its speaker on as before");
  });

  it("reads an attribution after a run-on with a modal verb in it: `“…” that would respond to requests from X, Name wrote`", () => {
    const found = direct(quotes(["“If State obtains additional records, it intends to search them for records” that would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Caroline Lewis Wolverton"]);
  });
});

describe("speakers: digests, statements and chants", () => {
  it("reads a digest item's credit after its headline and a dash: `GOOD NEWS - Jason A. Schwartz: “…”`", () => {
    const found = direct(quotes(["GOOD NEWS FOR THE CANDIDATE TODAY - Jason A. Schwartz: “We need more help for the next ten years.” [HuffPost.]"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Jason A. Schwartz"]);
  });

  it("reads whose answer or post it is: `Trump’s response was: “…”`, `Ted Cruz’s Facebook post: “…”`", () => {
    const people = { people: [entity("Donald Trump"), entity("Ted Cruz")], organisations: [] };
    const found = direct(quotes(["It was a long night for the Democrats. Trump’s response was: “Is she crooked or what?”", "The senator mocked the ruling. Ted Cruz’s Facebook post: “We will not back down.”"], people));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Donald Trump", "Ted Cruz"]);
  });

  it("gives a statement’s words to whoever put it out, in its sentence or the paragraph after", () => {
    const found = direct(
      quotes([
        "The DNC released a statement Thursday night condemning “the hateful rhetoric of the campaign.”",
        "The Democratic National Committee issued a statement apologizing to Sanders for the emails.",
        "“We apologize to Senator Sanders and his supporters.”",
      ]),
    );
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["DNC", "Democratic National Committee"]);
  });

  it("reads chants and shouts as cues, an adverb between the auxiliary and the verb included", () => {
    const found = direct(quotes(["Supporters were reportedly yelling: “Lock her up!”", "The protesters gathered outside, chanting “No justice, no peace.”"]));
    assert.deepEqual(found.map((q) => [q.speaker?.name ?? null, q.cue ?? null]), [["Supporters", "yelling"], ["protesters", "chanting"]]);
  });
});

describe("speakers: guards on the conventions above", () => {
  it("reads a reduced passive (`a pattern described by Marine Bulletin as “…”`), but gives `X opposed Y’s statement: “…”` to X", () => {
    const found = direct(quotes(["Contact resumed, with a pattern described by Marine Bulletin as “rather hectic and kind of confused”.", "Brazilian President Jair Bolsonaro opposed Macron’s statement: “The suggestion is misplaced.”"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Marine Bulletin", "Jair Bolsonaro"]);
  });

  it("keeps an unnamed titled speaker described (`One MP told the BBC`), and reads no reported speech from `said via Twitter, “…”` or `told the press: “…”`", () => {
    const found = quotes(["One MP told the BBC, “We know that many people wanted to stay.”", "First Minister Nicola Sturgeon said via Twitter, “Today is a huge day.”", "The delegate, Aumua Amata, told the press: “The residents disagree.”"]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name ?? null]), [["direct", "One MP"], ["direct", "Nicola Sturgeon"], ["direct", "Aumua Amata"]]);
  });
});

describe("reported speech: the passive, unclosed appositions and cue-like nouns", () => {
  it("gives a passive report no speaker, or the agent after `by`: `Trump is expected to …`, `was told that …`", () => {
    const found = quotes(["Donald Trump is expected to deliver a victory speech later tonight.", "The government was told that the detention was unlawful."]);
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name ?? null, q.kind]), [
      ["to deliver a victory speech later tonight", null, "stance"],
      ["the detention was unlawful", null, "indirect"],
    ]);
  });

  it("gives the report to the name before an apposition left unclosed: `Mark Serwotka, from the PCS union said …`", () => {
    const found = indirect(quotes(["Mark Serwotka, from the Public and Commercial Services union said there should be a strike."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Mark Serwotka"]);
  });

  it("reads no cue in a noun after a number or a possessive: `attacked Labour’s six new pledges as “vacuous”`", () => {
    const found = direct(quotes(["The Tory co-chairman attacked Labour’s six new pledges as “vacuous” on Monday."]));
    assert.ok(!found.some((q) => q.cue === "pledges"), JSON.stringify(found.map(brief)));
  });

  it("takes no object of a verb for a name before an apposition: `After meeting Hillary Clinton, the senator said`", () => {
    const found = direct(quotes(["After meeting Hillary Clinton, the senator said “we agree on the budget.”"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["senator"]);
  });
});

describe("speakers: names that are also words, and passives", () => {
  it("reads a surname that is also a month or a modal: `Brian May has said …`, `May said:`, `Mrs May said:`", () => {
    const found = quotes(["Guitarist Brian May has said he expects to tour. May said: “Suddenly the band is rising again.”", "Theresa May spoke in Bristol. Mrs May said: “We will leave on time.”"]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name ?? null]), [
      ["indirect", "Brian May"],
      ["direct", "Brian May"],
      ["direct", "Theresa May"],
    ]);
    assert.deepEqual(direct(quotes(["In May, officials said “we will win.”"])).map((q) => q.speaker?.name), ["officials"]);
  });

  it("gives the words to the name before roles joined by `and`: `Brent Bozell, PTC president and conservative activist said:`", () => {
    assert.deepEqual(direct(quotes(["Brent Bozell, PTC president and conservative activist said: “MTV is selling raunchy shows to kids.”"])).map((q) => q.speaker?.name), ["Brent Bozell"]);
  });

  it("names no speaker for a passive with no agent: `TV channel Five has been criticised for sending “…”`", () => {
    const found = direct(quotes(["TV channel Five has been criticised for sending “offensive and threatening material to its viewers”."]));
    assert.deepEqual(found.map((q) => q.speaker), [null]);
  });
});

describe("reported speech: wire-copy conventions", () => {
  it("reads a typewriter dash (`--`) as a dash: `The California Avocado Commission -- which … -- has urged that …`", () => {
    const found = indirect(quotes(["The California Avocado Commission -- which has fought the plan -- has urged that the agency reopen its study."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["the agency reopen its study", "California Avocado Commission"]]);
  });

  it("reads no participle cue after an opening phrase's comma: `In the broader market, declining issues beat advances`", () => {
    assert.deepEqual(quotes(["In the broader market, declining issues beat advances 1,627 to 743 on moderate volume."]), []);
  });
});

describe("reported speech: subjects news writes at length", () => {
  const reports = (text: string) => indirect(quotes([text])).map((q) => [q.text, q.speaker?.name ?? null]);

  it("reads a long description and a counted plural as subjects: `The billionaire real estate magnate says`, `even some technologists say`", () => {
    assert.deepEqual(reports("The billionaire real estate magnate says a violent hit now draws a 15-yard penalty."), [["a violent hit now draws a 15-yard penalty", "billionaire real estate magnate"]]);
    assert.deepEqual(reports("Politicians and even some technologists say the efforts have been toothless."), [["the efforts have been toothless", "even some technologists"]]);
  });

  it("passes a dateline set off by a spaced hyphen: `ORLANDO, Fla. (Reuters) - President Barack Obama met … and said …`", () => {
    assert.deepEqual(reports("ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the United States must act."), [["the United States must act", "Barack Obama"]]);
  });

  it("reads `A news report said …` with the cue-like noun as the subject's head", () => {
    const found = indirect(quotes(["A news report said Defense Secretary Ash Carter used a personal email account."]));
    assert.deepEqual(found.map((q) => q.text), ["Defense Secretary Ash Carter used a personal email account"]);
  });

  it("takes no clause for an inverted speaker: `…, Ari Fleischer, said Trump’s nomination will test …`", () => {
    const found = indirect(quotes(["One of the authors of the report, Ari Fleischer, said Trump’s nomination will at least test their conclusions."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Ari Fleischer"]);
  });
});

describe("reported speech and speakers: after an attribution, after `now`, before a name", () => {
  it("gives a participle after an attribution to its speaker: `“…,” Christie said, adding that …`, `said Chris Christie, adding …`", () => {
    const reports = (text: string) => indirect(quotes([text])).map((q) => [q.text, q.speaker?.name ?? null, q.cue]);
    assert.deepEqual(reports("“It is clear that he did not fight for it,” Christie said, adding that he had fought for bills as governor."), [["he had fought for bills as governor", "Christie", "adding"]]);
    assert.deepEqual(reports("“It is clear,” said Chris Christie, adding that he had fought for bills."), [["he had fought for bills", "Chris Christie", "adding"]]);
  });

  it("reads `but now said Trump had “…”` as the sentence subject's words, not Trump's; `House Republican Thomas Massie` is Thomas Massie", () => {
    const found = direct(quotes(["House Republican Thomas Massie used to support Rand Paul, but now said Trump had “the opportunity to bring us together.”"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Thomas Massie"]);
  });

  it("reads the base form with its particle: `Labor leaders point out that …`", () => {
    assert.deepEqual(indirect(quotes(["Labor leaders point out that Mr. Trump could draw union voters."])).map((q) => [q.text, q.speaker?.name]), [["Mr. Trump could draw union voters", "Labor leaders"]]);
  });
});

describe("reported speech: verbs that only look like cues", () => {
  it("reads no cue in `went on for “years”`, only in `went on to say` or `went on: “…”`", () => {
    const found = direct(quotes(["President Trump claims he would be okay if the impasse went on for “years.”"]));
    assert.deepEqual(found.map((q) => [q.speaker?.name ?? null, q.cue ?? null]), [["Trump", "claims"]]);
  });

  it("reports nothing for a passive that is no saying: `were found guilty`, `was offered`", () => {
    assert.deepEqual(quotes(["Two officers were found guilty on Thursday of raping a tourist.", "The artwork was offered to a museum in 2017."]), []);
  });
});

describe("speakers: British conventions", () => {
  it("reads a name then its organisation with no comma before the cue: `Colin Asplin, Blackpool Hotel Association said:`", () => {
    assert.deepEqual(direct(quotes(["Colin Asplin, Blackpool Hotel Association said: “We have tried very hard.”"])).map((q) => q.speaker?.name), ["Colin Asplin"]);
  });

  it("reads a party's people as a group (`The Tories said`), and strips a clergy title or `DJ` (`Rabbi Marvin Hier`, `Virgin Radio DJ Pete Mitchell`)", () => {
    const found = direct(quotes(["The Tories said the minister had finally been “shamed into going”.", "“It is a disgrace,” Rabbi Marvin Hier said.", "Virgin Radio DJ Pete Mitchell said: “This year has seen an amazing array of talent.”"]));
    assert.deepEqual(found.map((q) => q.speaker && [q.speaker.name, q.speaker.kind]), [["Tories", "group"], ["Marvin Hier", "person"], ["Pete Mitchell", "person"]]);
  });

  it("reads no cue in `shrugged off claims from …`, and no person in `evidence from local Lib Dem parties … suggests`", () => {
    assert.deepEqual(direct(quotes(["The prime minister shrugged off claims from Michael Howard that he led a “grubby government”."])).map((q) => q.cue ?? null), []);
    const found = direct(quotes(["He says evidence from local Lib Dem parties around the country suggests there are “significant numbers” of such calls."]));
    assert.ok(!found.some((q) => q.speaker?.name === "Lib Dem"), JSON.stringify(found.map(brief)));
  });
});

describe("speakers: stray commas, roles before names, months", () => {
  it("reads a stray comma after a name (`shop owner Hayriye Evren, told`), but keeps an inversion after a run-on (`for Clinton, said Kunin`)", () => {
    const found = direct(quotes(["“This will suddenly decrease,” shop owner Hayriye Evren, told Associated Press.", "“This will be a challenge” for Clinton, said Kunin."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Hayriye Evren", "Kunin"]);
  });

  it("takes the name after a lower-case role in apposition: `The star witness, former WorldCom finance chief Scott Sullivan, …`", () => {
    const found = quotes(["The prosecution’s star witness, former WorldCom finance chief Scott Sullivan, has said that Mr Ebbers ordered the adjustments."]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name ?? null]), [["indirect", "Scott Sullivan"]]);
  });

  it("reads `in late May` as a date, not a person to resolve `he` to", () => {
    const found = direct(quotes(["Paul Manafort joined the campaign. In an interview in late May, a confident-seeming Manafort bragged about his success. “This is not a hard race,” he said."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Paul Manafort"]);
  });
});

describe("speakers: clauses and quoted cue words are no speakers", () => {
  it("takes no clause for an interrupted quote's speaker: `“New York values,” saying the city embodied the “…”`", () => {
    const found = direct(quotes(["Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”"]));
    assert.ok(found.every((q) => q.speaker?.name !== "city embodied the"), JSON.stringify(found.map(brief)));
    assert.equal(found.at(-1)?.speaker?.name, "Donald Trump");
  });

  it("reads no cue inside an earlier quote: `called Clinton’s assertion of a “claim of right” over her emails “…”`", () => {
    const found = direct(quotes(["In a statement, Judicial Watch President Tom Fitton called Clinton’s assertion of a “claim of right” over her emails “significant and disturbing.”"]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Tom Fitton", "Tom Fitton"]);
  });

  it("reads `citing “…”` in an aside as the subject's words: `Mr. Manafort, citing “the unique magic of Trump,” said …`", () => {
    const found = direct(quotes(["Paul Manafort spoke. Mr. Manafort, citing “the unique magic of Trump,” said the candidate could compete in Pennsylvania."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Paul Manafort"]);
  });
});

describe("speakers: organisations named with a possessive or a place", () => {
  it("keeps a possessive inside an organisation's name: `The Alachua Sheriff's Office tweeted`", () => {
    assert.deepEqual(direct(quotes(["The Alachua Sheriff's Office tweeted the response “required all hands on deck.”"])).map((q) => q.speaker && [q.speaker.name, q.speaker.kind]), [["Alachua Sheriff's Office", "organisation"]]);
  });

  it("gives the words to the organisation before where it is: `The Aam Aadmi Party in Goa, in its statement, said`", () => {
    assert.deepEqual(direct(quotes(["The Aam Aadmi Party in Goa, in its statement, said he was a “gentleman politician”."])).map((q) => q.speaker && [q.speaker.name, q.speaker.kind]), [["Aam Aadmi Party", "organisation"]]);
  });
});

describe("speakers: `he` and `she` before anyone has spoken", () => {
  it("takes the owner a sentence opens with as the subject: `Bill Clinton’s hair was whiter …` then `he told them`", () => {
    const found = direct(quotes(["Bill Clinton’s hair was whiter and his voice hoarser than in 1992.", "“This is what I want to say,” he told them."]));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Bill Clinton"]);
  });

  it("gives `he` with no one before it to the person the article names first", () => {
    const people = { people: [entity("Bill Clinton"), entity("Hillary Clinton")], organisations: [] };
    const found = direct(quotes(["In his solo debut the former president gave a ruminative endorsement.", "“She was the most amazing person,” he said."], people));
    assert.deepEqual(found.map((q) => q.speaker?.name ?? null), ["Bill Clinton"]);
  });
});

describe("speakers: frames from more conventions", () => {
  const known: Entities = { people: [entity("Kelly Dittmar"), entity("Donald Trump")], organisations: [entity("Facebook")] };
  const brief1 = (text: string) => direct(quotes(["Kelly Dittmar spoke first. Donald Trump spoke next.", text], known)).map(brief);

  it("reads the passive: `was described by the CBCP as “…”`, `was told by Minister X of “…”`", () => {
    assert.deepEqual(brief1("The bishop was described by the CBCP as “a strong advocate for the environment.”"), [
      { text: "a strong advocate for the environment.", speaker: "CBCP", kind: "organisation", cue: "described" },
    ]);
    assert.deepEqual(brief1("At a meeting he was told by Emergencies Minister Yevgeny Zinichev of “perhaps 40 people under the rubble”.").map((q) => q.speaker), ["Yevgeny Zinichev"]);
  });

  it("reads an absolute phrase’s own subject: `with Zinichev describing the “…”`", () => {
    assert.deepEqual(brief1("The search was suspended, with Zinichev describing the “real threat of collapse” as grave.").map((q) => [q.speaker, q.cue]), [["Zinichev", "describing"]]);
  });

  it("reads `Name went on to add, “…”` as the name’s words", () => {
    assert.deepEqual(brief1("Dittmar went on to add, “If we want to see parity, we need more candidates.”").map((q) => q.speaker), ["Kelly Dittmar"]);
  });

  it("gives a document’s words to whoever put it out: `X released a statement which read`, `X’s statement read`", () => {
    assert.deepEqual(brief1("Facebook released a statement which read, in part, “This judgment raises critical questions.”").map((q) => [q.speaker, q.kind]), [["Facebook", "organisation"]]);
    assert.deepEqual(brief1("Trump’s statement read: “The leader of the group is dead.”").map((q) => [q.speaker, q.kind]), [["Donald Trump", "person"]]);
  });

  it("reads `according to a tweet … by X` as X", () => {
    assert.deepEqual(brief1("“The airline transports weapons,” according to a tweet on Monday by Secretary of State Mike Pompeo.").map((q) => [q.speaker, q.cue]), [["Mike Pompeo", "according to"]]);
  });

  it("reads `spoke on Fox News, “…”` and `commented` as cues, and `security reasons` as none", () => {
    assert.deepEqual(brief1("Senator Lindsey Graham spoke on Fox News, “This is going to lead to a reemergence.”").map((q) => [q.speaker, q.cue]), [["Lindsey Graham", "spoke"]]);
    assert.deepEqual(brief1("Crews turn transponders off for security reasons, such as “in certain sea areas where piracy is a risk”.").map((q) => q.speaker), [null]);
  });

  it("prefers an inverted attribution after a comma set outside the marks over a clause before a colon", () => {
    const found = quotes(["Fellow Democrats were supportive in their comments: “Thank you for making working families a priority”, wrote Elizabeth Warren on Twitter."]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name]), [["direct", "Elizabeth Warren"]]);
  });

  it("reads no reported speech from circumstances that end in a colon, nor a verb as a described speaker", () => {
    assert.deepEqual(quotes(["Smith said at a press conference: “The officers were threatened.”"]).map((q) => q.kind), ["direct"]);
    const found = indirect(quotes(["Federal Reserve governor Lawrence Lindsey, speaking on cable network CNBC, said the economy appears on balance to be a bit strong."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["the economy appears on balance to be a bit strong", "Lawrence Lindsey"]]);
  });

  it("resolves a later `he` to the name set off after a role opening the sentence", () => {
    const found = indirect(quotes(["The commander of the armed forces, Major-General Nikolai Sherbatov, took journalists to the town. He said his troops took it without casualties."]));
    assert.deepEqual(found.map((q) => q.speaker?.name), ["Nikolai Sherbatov"]);
  });
});

describe("quotes in a headline", () => {
  const people = { people: [entity("Donald Trump", ["Trump"]), entity("Kirsten Gillibrand", ["Gillibrand"])], organisations: [] };
  const read = (headline: string) =>
    findHeadlineQuotes(headline, people)
      .filter((q) => q.kind === "direct")
      .map((q) => [q.text, q.speaker?.name ?? null, q.spans[0]!.paragraph]);

  it("reads `Name: ‘…’` with the headline's single marks, resolving the name", () => {
    assert.deepEqual(read("Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’"), [["I’m the Worst Thing That Ever Happened to the Establishment.", "Donald Trump", "headline"]]);
  });

  it("reads `Name on Topic: ‘…’` and `Name Verb Topic: ‘…’` as the opening name's words", () => {
    assert.deepEqual(read("Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’"), [["I Think She Will.", "Kirsten Gillibrand", "headline"]]);
    assert.deepEqual(read("Trump Addresses Munich Attack: ‘This Cannot Continue.’"), [["This Cannot Continue.", "Donald Trump", "headline"]]);
  });

  it("reads `‘…’ …, Name Says` and leaves a label (`The Latest:`) and possessives alone", () => {
    assert.deepEqual(read("‘ISIS Truther’ Is Like A Lawyer’s Dumbest Client, Trevor Noah Says."), [["ISIS Truther", "Trevor Noah", "headline"]]);
    assert.deepEqual(read("The Latest: Voters’ Anger Grows As Campaign Ends"), []);
  });

  it("gives a quote the colon introduces the rest of the headline as its run-on", () => {
    const headline = "Blumenthal: ‘No Idea’ If I Would Have Told Hillary the Server Was a Bad Idea.";
    const [q] = findHeadlineQuotes(headline, { people: [entity("Sidney Blumenthal", ["Blumenthal"])], organisations: [] });
    assert.equal(q?.text, "No Idea");
    assert.equal(q?.runOn && headline.slice(q.runOn.start, q.runOn.end), "If I Would Have Told Hillary the Server Was a Bad Idea");
  });

  it("reads reported speech in a headline, as the headline prints it: `Clinton Says Russians Hacked DNC`", () => {
    const found = findHeadlineQuotes("Clinton Says Russians Hacked DNC", { people: [entity("Hillary Clinton", ["Clinton"])], organisations: [] });
    assert.deepEqual(found.map((q) => [q.kind, q.text, q.speaker?.name, q.cue]), [["indirect", "Russians Hacked DNC", "Hillary Clinton", "says"]]);
    assert.deepEqual(findHeadlineQuotes("Council Votes To Close Library", { people: [], organisations: [] }), []);
  });

  it("reads `Name: claim` with no quote marks as what the name is reported to have said", () => {
    const lynch = { people: [entity("Loretta Lynch", ["Lynch"])], organisations: [] };
    assert.deepEqual(
      findHeadlineQuotes("Lynch: No Outside Influence On FBI Probe", lynch).map((q) => [q.kind, q.text, q.speaker?.name]),
      [["indirect", "No Outside Influence On FBI Probe", "Loretta Lynch"]],
    );
    assert.deepEqual(findHeadlineQuotes("Election 2016: What To Watch On Tuesday", lynch), []);
  });

  it("keeps no bare slogan: a headline quote with no speaker is not anyone's words", () => {
    assert.deepEqual(read("Why ‘Make America Great Again’ Works"), []);
  });
});

describe("indirect (reported) speech", () => {
  it("reads `Smith said (that) …`", () => {
    const found = indirect(quotes(["Mark Smith said that the attack on the convoy amounted to a war crime."]));
    assert.deepEqual(found.map(brief), [{ text: "the attack on the convoy amounted to a war crime", speaker: "Mark Smith", kind: "person", cue: "said" }]);
  });

  it("reads `X told Y that …`", () => {
    const found = indirect(quotes(["The ministry told reporters that the talks would resume next week."], { people: [], organisations: [entity("Ministry of Defence")] }));
    assert.deepEqual(found.map(brief), [{ text: "the talks would resume next week", speaker: "Ministry of Defence", kind: "organisation", cue: "told" }]);
  });

  it("reads `according to X, …`, skipping an apposition after X", () => {
    const found = indirect(quotes(["According to Hind Hassan, the journalist who first reported the story, Smith was based in Dublin."]));
    assert.deepEqual(found.map(brief), [{ text: "Smith was based in Dublin", speaker: "Hind Hassan", kind: "person", cue: "according to" }]);
  });

  it("reads the attribution closing the sentence: `…, officials said.`", () => {
    const found = indirect(quotes(["The bridge will reopen in the spring, officials said."]));
    assert.deepEqual(found.map(brief), [{ text: "The bridge will reopen in the spring", speaker: "officials", kind: "group", cue: "said" }]);
  });

  it("keeps a partial quote inside reported speech (a mixed quote) as both", () => {
    const found = quotes(["Jane Okafor said the plan was “dead on arrival” in parliament."]);
    assert.deepEqual(
      found.map((q) => [q.kind, q.text]),
      [
        ["indirect", "the plan was “dead on arrival” in parliament"],
        ["direct", "dead on arrival"],
      ],
    );
  });

  it("reads a stance taken in public as a stance, not speech: `X wants to …`", () => {
    const found = quotes(["Council leader Ann Price wants to close the library by the summer."]);
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.cue, q.kind]), [["to close the library by the summer", "Ann Price", "wants", "stance"]]);
  });

  it("leaves the circumstances out: `Smith said on Friday …`, `said in an interview with X that …`", () => {
    const found = indirect(quotes(["Mark Smith said on Friday he would not stand again.", "Jane Okafor said in an interview with the Daily Echo that the vote was rigged."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["he would not stand again", "Mark Smith"], ["the vote was rigged", "Jane Okafor"]]);
  });

  it("gives a relative clause `X, who said …,` to X, up to its closing comma", () => {
    const found = indirect(quotes(["Ann Price, who said the budget was fair, won the vote."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.cue]), [["the budget was fair", "Ann Price", "said"]]);
  });

  it("reads `… according to X` with no comma before it, and `…, analysts say.`", () => {
    const found = indirect(quotes(["Turnout rose by a third according to figures from the council, but the mayor lost.", "The scheme will cost more than planned, analysts say."]));
    assert.deepEqual(found.map((q) => [q.text, q.cue]), [["Turnout rose by a third", "according to"], ["The scheme will cost more than planned", "say"]]);
  });

  it("reads an attribution set inside the clause: `The bridge, Price said, will open …`", () => {
    const found = indirect(quotes(["The new bridge, Ann Price said, will open in the spring."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.spans.length]), [["The new bridge will open in the spring", "Ann Price", 2]]);
  });

  it("reports a sentence that quotes only part of itself before `, she said` (a mixed quote)", () => {
    const found = quotes(["Ann Price chairs the board.", "Its budget is “far too small,” she said."]);
    assert.deepEqual(found.map((q) => [q.kind, q.text, q.speaker?.name]), [["indirect", "Its budget is “far too small,”", "Ann Price"], ["direct", "far too small,", "Ann Price"]]);
  });

  it("reports the question put: `Asked whether …, the mayor …`", () => {
    const found = indirect(quotes(["Asked whether the bridge would open on time, the mayor shrugged."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker, q.cue]), [["whether the bridge would open on time", null, "Asked"]]);
  });

  it("reads a transcript turn `NAME: …` as the words of the person named", () => {
    const found = indirect(quotes(["Ann Price leads the council.", "PRICE: We have never had a budget this tight. Nobody has."], { people: [entity("Ann Price", ["Price"])], organisations: [] }));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["We have never had a budget this tight. Nobody has", "Ann Price"]]);
  });

  it("reads a digest's heading in capitals (`THE DAY AHEAD:`, `OIL:`) as a label, not a speaker", () => {
    const found = quotes(
      ["THE DAY AHEAD: The central bank sets interest rates at noon and the finance minister presents the budget.", "OIL: Brent crude slipped 1.2 per cent to $81 a barrel after the inventory report."],
      { people: [entity("Ann Price", ["Price"])], organisations: [] },
    );
    assert.deepEqual(found.filter((q) => q.speaker).map((q) => q.speaker!.name), []);
  });

  it("gives a poll's share its words: `Most voters say …`, `Forty-two percent say …`", () => {
    const found = indirect(quotes(["Forty-two percent say the economy is improving, and most said they were worried."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["the economy is improving, and most said they were worried", "Forty-two percent"], ["they were worried", "most"]]);
  });

  it("reads a sentence opened by the document it reports from: `In its annual report, …`", () => {
    const found = indirect(quotes(["In its annual report, the council's debt has fallen by a third."]));
    assert.deepEqual(found.map((q) => [q.text, q.cue]), [["the council's debt has fallen by a third", "in"]]);
  });

  it("does not take the start of a clause for an inverted speaker (`…, said she encourages …`)", () => {
    const found = indirect(quotes(["Jo Park, director of the literacy programme, said she encourages pupils to read aloud."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["she encourages pupils to read aloud", "Jo Park"]]);
  });

  it("reads an inverted attribution with a long description: `…, said Jo Park, a member who …`", () => {
    const found = indirect(quotes(["The bridge will open, said Jo Park, a council member who has pushed for it for years."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["The bridge will open", "Jo Park"]]);
  });

  it("reports a participle after the attribution for the same speaker, and `with 30 percent saying …`", () => {
    const found = indirect(quotes(["The review cannot settle it, Jo Park added, saying it should be up to the courts.", "The poll put Park ahead, with 30 percent of voters saying they would back him."]));
    assert.deepEqual(
      found.filter((q) => q.cue !== "put").map((q) => [q.text, q.speaker?.name, q.cue]),
      [["The review cannot settle it", "Jo Park", "added"], ["it should be up to the courts", "Jo Park", "saying"], ["they would back him", "30 percent of voters", "saying"]],
    );
  });

  it("gives reported speech to the person before a long apposition, not to where they work or their age", () => {
    const found = indirect(
      quotes([
        "Greg Raiff, chief executive officer of Private Jet Services, an aviation consulting firm, said the jet was an unusual choice.",
        "Jo Park, 49, a nurse who works at St Mary’s, said the ward was full.",
        "Brandon Silverman, the chief executive of CrowdTangle, said the race was close.",
      ]),
    );
    assert.deepEqual(found.map((q) => [q.speaker?.name, q.speaker?.kind, q.text]), [
      ["Greg Raiff", "person", "the jet was an unusual choice"],
      ["Jo Park", "person", "the ward was full"],
      ["Brandon Silverman", "person", "the race was close"],
    ]);
  });

  it("ends a sentence at a web address, so `…, editor of Mic.com. “…,” he said.` is his", () => {
    const found = quotes(["The model will be part of the postmortem, said Jake Horowitz, editor in chief of Mic.com. “You have a very sophisticated operation,” he said."]);
    assert.deepEqual(found.map((q) => [q.kind, q.speaker?.name]), [["indirect", "Jake Horowitz"], ["direct", "Jake Horowitz"]]);
  });

  it("takes no title's word or noun for a cue: `Polar Express is based on …`, `the awards show will feature …`", () => {
    const found = indirect(quotes(["Polar Express is based on a children's book.", "The awards show will also feature performances from U2."]));
    assert.deepEqual(found, []);
  });

  it("reads `The Everton striker … claims …` as the striker's, not Everton's", () => {
    const found = indirect(quotes(["The Everton striker signed the rapper to his label and claims he spent thousands of pounds on the album."]));
    assert.deepEqual(found.map((q) => [q.speaker?.name, q.text]), [["Everton striker", "he spent thousands of pounds on the album"]]);
  });

  it("reads a base-form cue after an aside between commas: `Democratic economists, like their Republican counterparts, say …`", () => {
    const found = indirect(quotes(["Democratic economists, like their Republican counterparts, say taxing consumption encourages savings."]));
    assert.deepEqual(found.map((q) => [q.speaker?.name, q.text]), [["Democratic economists", "taxing consumption encourages savings"]]);
  });

  it("reads sentence-initial groups, companies and names with particles as their kind", () => {
    const found = quotes([
        "British Airways has blamed high fuel prices for a drop in profits.",
        "Officials in Cojedes state said on Friday that the farmland would be taken.",
        "Analysts said the figures were disappointing.",
        "Aviation analyst Nick Van den Brul of BNP Paribas said the results were modest.",
        "Mark Cuban spoke on Sunday. Cuban said he would consider a run.",
      ]).filter((q) => q.kind !== "direct");
    assert.deepEqual(found.map((q) => [q.speaker?.name, q.speaker?.kind]), [
      ["British Airways", "organisation"],
      ["Officials in Cojedes state", "group"],
      ["Analysts", "group"],
      ["Nick Van den Brul", "person"],
      ["Mark Cuban", "person"],
    ]);
  });

  it("takes the name between commas after a role, leaves an auxiliary out, and gives a possessive's noun its own words", () => {
    const found = indirect(
      quotes([
        "Head of the division, Andrew Burke, said new content was possible.",
        "Internet service providers have long claimed they bear no responsibility for content.",
        "Norway's music industry said it was satisfied with the ruling.",
      ]),
    );
    assert.deepEqual(found.map((q) => [q.speaker?.name, q.speaker?.kind]), [
      ["Andrew Burke", "person"],
      ["Internet service providers", "unknown"],
      ["Norway's music industry", "unknown"],
    ]);
  });

  it("takes no nationality before a noun for a source: `according to Chinese state press reports`", () => {
    const found = indirect(quotes(["Meanwhile, according to Chinese state press reports, Nanjing Auto is in talks with Rover."]));
    assert.deepEqual(found.map((q) => [q.speaker, q.text]), [[null, "Nanjing Auto is in talks with Rover"]]);
  });

  it("reads `Asked whether …, Smith said …` as the question put and then the answer", () => {
    const found = indirect(quotes(["Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name ?? null, q.cue]), [
      ["if she believed Putin wanted Trump to win", null, "Asked"],
      ["she was not going to jump to that conclusion", "Clinton", "said"],
    ]);
  });

  it("skips an aside between dashes before the cue, and reads `speakers at the service` as a group", () => {
    const found = indirect(quotes(["Many speakers at the service — including Muslims, Christians and Jews — said his death is particularly painful."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name, q.speaker?.kind]), [["his death is particularly painful", "Many speakers at the service", "group"]]);
  });

  it("reads `X asked whether …` as the question put", () => {
    const found = indirect(quotes(["Jo Park asked whether the council would hold its seats."]));
    assert.deepEqual(found.map((q) => [q.text, q.speaker?.name]), [["whether the council would hold its seats", "Jo Park"]]);
  });

  it("does not report the attribution of a direct quote as reported speech", () => {
    const found = indirect(quotes(["“We will appeal,” Mark Smith told the BBC on Tuesday, as the verdict was read."]));
    assert.deepEqual(found, []);
  });
});

describe("the shipped seed", () => {
  it("finds every quote of the seed with its speaker (test/fixtures/seed-quotes.expected.json)", async () => {
    const expected: SeedExpectation = JSON.parse(await readFile("test/fixtures/seed-quotes.expected.json", "utf8"));
    const doc = readSeedBytes(expected.seed, await readFile(`seeds/${expected.seed}`));
    assert.ok(doc.ok);
    const article = parseSeed(doc.value);
    assert.ok(article.ok);
    const got = article.value.quotes.map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: q.speaker && { name: q.speaker.name, kind: q.speaker.kind },
      ...(q.cue ? { cue: q.cue } : {}),
      paragraphs: q.spans.length,
    }));
    assert.deepEqual(got, expected.quotes);
    assert.deepEqual(passagesBySpeaker(article.value.quotes), expected.passages);
    assert.ok(!article.value.quotes.some((q) => q.text.includes("FCDO complicity")), "a letter's title is not a quote");
  });

  it("files its quoted passages at the site's threshold on Mark Smith (10), the FCDO (2) and Francesca Albanese (1) only", async () => {
    const expected: SeedExpectation = JSON.parse(await readFile("test/fixtures/seed-quotes.expected.json", "utf8"));
    const doc = readSeedBytes(expected.seed, await readFile(`seeds/${expected.seed}`));
    assert.ok(doc.ok);
    const article = parseSeed(doc.value, { threshold: filingThreshold() });
    assert.ok(article.ok);
    assert.deepEqual(passagesBySpeaker(article.value.quotes.filter((q) => q.filed)), { "Mark Smith": 10, FCDO: 2, "Francesca Albanese": 1 });
  });
});
