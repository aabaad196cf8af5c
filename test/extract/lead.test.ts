/**
 * The top of a story — headline, byline, dateline, caption — and the headline inferred when there is none
 * (src/extract/lead/), on real-style copy and on Wikinews articles.
 */
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Article } from "../../src/article.js";
import { readCaption } from "../../src/extract/lead/caption.js";
import { isBoilerplate } from "../../src/extract/lead/boilerplate.js";
import { readDatelineLine, readInlineDateline, readTimestampLine } from "../../src/extract/lead/dateline.js";
import { headlineFromLede } from "../../src/extract/lead/headline.js";
import { readLead } from "../../src/extract/lead/index.js";
import { parseSeed } from "../../src/parse.js";
import { plainTextBlocks } from "../../src/seed/blocks.js";
import { readSeedBytes } from "../../src/seed/read.js";

const lead = (text: string) => readLead(plainTextBlocks(text), {}, "txt");

function parse(file: string, text: string | Uint8Array): Article {
  const seed = readSeedBytes(file, typeof text === "string" ? new TextEncoder().encode(text) : text);
  assert.ok(seed.ok, seed.ok ? "" : seed.problem.reason);
  const article = parseSeed(seed.value);
  assert.ok(article.ok, article.ok ? "" : article.problem.reason);
  return article.value;
}

describe("headline line", () => {
  it("takes a short first line over a blank line as the headline, as BBC copy prints it", () => {
    const top = lead("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.\n\nThe firm said so.");
    assert.deepEqual(top.headline, { text: "Ad sales boost Time Warner profit", basis: "first-line" });
    assert.equal(top.body[0], "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.");
  });

  it("keeps a headline that ends with a full stop or a question mark as written", () => {
    assert.equal(lead("Chelsea Clinton, husband expecting second child.\n\nThe couple said on Monday.\n\nMore.").headline?.text, "Chelsea Clinton, husband expecting second child.");
    assert.equal(lead("Will Tory tax cuts lift spirits?\n\nThe Conservatives said.\n\nMore.").headline?.text, "Will Tory tax cuts lift spirits?");
  });

  it("takes the first line of a headline-and-deck block, leaving the deck to the body", () => {
    const top = lead("Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.\n\nThe economy added jobs.");
    assert.equal(top.headline?.text, "Jobs report gives Democrats a lift;");
    assert.equal(top.body[0], "Solid upturn could blunt Republican claims.");
  });

  it("does not take a lede sentence for a headline", () => {
    const top = lead("A British diplomat has reportedly resigned over the UK government’s arms sale to Israel.\n\nHe wrote a letter.");
    assert.equal(top.headline, undefined);
    assert.equal(top.body.length, 2);
  });

  it("reads a Reuters top: headline, byline, dateline line", () => {
    const top = lead(
      "TENNIS - TARANGO, O'BRIEN SPRING TWIN UPSETS UNDER THE LIGHTS.\n\nLarry Fine\n\nNEW YORK 1996-08-30\n\nAndre Agassi escaped disaster on Thursday.",
    );
    assert.equal(top.headline?.text, "TENNIS - TARANGO, O'BRIEN SPRING TWIN UPSETS UNDER THE LIGHTS.");
    assert.equal(top.byline, "Larry Fine");
    assert.deepEqual(top.dateline, { text: "NEW YORK 1996-08-30", date: "1996-08-30" });
    assert.deepEqual(top.body, ["Andre Agassi escaped disaster on Thursday."]);
  });

  it("finds no headline above a Wikinews dateline line", () => {
    const top = lead("Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk.\n\nMore.");
    assert.equal(top.headline, undefined);
    assert.deepEqual(top.dateline, { text: "Friday, January 4, 2019", date: "2019-01-04" });
    assert.equal(top.body[0], "An apartment building collapsed on Monday in Magnitogorsk.");
  });
});

describe("Markdown headlines", () => {
  it("lets front matter win over a heading, and a heading win over the first line", () => {
    const md = (text: string, headline?: string) => {
      const seed = readSeedBytes("a.md", new TextEncoder().encode(text));
      assert.ok(seed.ok);
      return readLead(seed.value.blocks, headline ? { headline } : seed.value.frontMatter, "md").headline;
    };
    assert.deepEqual(md("# Minister quits\n\nThe minister quit."), { text: "Minister quits", basis: "markdown-heading" });
    assert.deepEqual(md("---\nheadline: Minister resigns\n---\n# Minister quits\n\nThe minister quit."), {
      text: "Minister resigns",
      basis: "front-matter",
    });
    // A Markdown paragraph is never a headline line: without a heading, the headline comes from the lede.
    assert.equal(md("Minister quits\n\nThe minister quit on Monday."), undefined);
  });
});

describe("datelines", () => {
  it("reads dateline lines", () => {
    assert.deepEqual(readDatelineLine("Friday, January 4, 2019"), { text: "Friday, January 4, 2019", date: "2019-01-04" });
    assert.deepEqual(readDatelineLine("LONDON 1996-08-30"), { text: "LONDON 1996-08-30", date: "1996-08-30" });
    assert.deepEqual(readDatelineLine("MILWAUKEE, Wisconsin 1996-08-29"), { text: "MILWAUKEE, Wisconsin 1996-08-29", date: "1996-08-29" });
    assert.deepEqual(readDatelineLine("WASHINGTON, Aug. 3, 2024"), { text: "WASHINGTON, Aug. 3, 2024", date: "2024-08-03" });
    // A wire dateline alone on its line, as AP copy of the 1990s prints it: a place, no date.
    assert.deepEqual(readDatelineLine("HAVANA (AP) --"), { text: "HAVANA (AP) --", date: null });
    assert.deepEqual(readDatelineLine("MIAMI _"), { text: "MIAMI _", date: null });
    assert.equal(readDatelineLine("Ad sales boost Time Warner profit"), null);
    assert.equal(readDatelineLine("CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES."), null);
  });

  it("reads a dateline opening the first paragraph, and leaves it in the paragraph", () => {
    assert.deepEqual(readInlineDateline("LONDON, March 3 (Reuters) – Shares fell."), {
      text: "LONDON, March 3 (Reuters) –",
      date: null,
      length: 28,
      monthDay: "03-03",
    });
    assert.equal(readInlineDateline("NEW YORK (AP) _ Stocks rose.")?.text, "NEW YORK (AP) _");
    assert.equal(readInlineDateline("NATO – the alliance – met."), null);
    const top = lead("LONDON, March 3 (Reuters) – Shares fell on Monday.\n\nThey had risen on Feb. 27, 2025, analysts said.");
    assert.deepEqual(top.dateline, { text: "LONDON, March 3 (Reuters) –", date: "2025-03-03" });
    assert.equal(top.body[0], "LONDON, March 3 (Reuters) – Shares fell on Monday.");
    assert.equal(lead("WASHINGTON, March 3 (Reuters) – Shares fell.\n\nMore.").dateline?.date, null);
  });

  it("places a yearless dateline only just after the story's latest date, across the new year too", () => {
    assert.equal(lead("LONDON, Jan. 2 (Reuters) – Shares fell.\n\nThey had risen on Dec. 30, 2024, traders said.").dateline?.date, "2025-01-02");
    // The latest date is history (a first child's birth), not the news: the year is not guessed.
    assert.equal(
      lead("NEW YORK, Dec. 22 (UPI) — Chelsea Clinton announced she is expecting a second child.\n\nHer daughter was born on Sept. 26, 2014.").dateline?.date,
      null,
    );
  });
});

describe("photo captions and credits", () => {
  const caption = "Palestinians flee from Hamad City, Sunday, Aug. 11, 2024.";
  it("reads each way papers print a credit", () => {
    assert.deepEqual(readCaption(`${caption} via Associated Press`), { text: caption, credit: "Associated Press" });
    assert.deepEqual(readCaption(`${caption} (Photo: Reuters)`), { text: caption, credit: "Reuters" });
    assert.deepEqual(readCaption(`${caption} Credit: Getty Images`), { text: caption, credit: "Getty Images" });
    assert.deepEqual(readCaption(`${caption} (AP Photo/Evan Vucci)`), { text: caption, credit: "AP Photo/Evan Vucci" });
    assert.deepEqual(readCaption(`${caption} AP Photo/Evan Vucci`), { text: caption, credit: "AP Photo/Evan Vucci" });
    assert.deepEqual(readCaption(`${caption} Photograph: Jane Doe/Reuters`), { text: caption, credit: "Jane Doe/Reuters" });
  });

  it("does not take copy for a caption", () => {
    assert.equal(readCaption("The minister announced the decision via Twitter"), null);
    assert.equal(readCaption("A British diplomat has reportedly resigned."), null);
  });

  it("takes the caption out of the body and never makes it the headline", () => {
    const top = lead(`${caption} via Associated Press\n\nA British diplomat has reportedly resigned.\n\nMore.`);
    assert.deepEqual(top.caption, { text: caption, credit: "Associated Press" });
    assert.equal(top.headline, undefined);
    assert.deepEqual(top.body, ["A British diplomat has reportedly resigned.", "More."]);
  });
});

describe("headline from the lede", () => {
  const ps = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}` as const, text }));
  it("is the lede's first sentence, without its full stop", () => {
    assert.equal(headlineFromLede(ps("Iran banned Mahan Air. The airline denied it.")), "Iran banned Mahan Air");
  });

  it("drops the dateline and the day, and cuts a long sentence at a clause", () => {
    assert.equal(
      headlineFromLede(
        ps("BERLIN (Reuters) – Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, citing concerns raised by its intelligence services."),
      ),
      "Germany banned Iranian airline Mahan Air from flying in the European nation",
    );
  });

  it("does not stop at an abbreviation", () => {
    assert.equal(headlineFromLede(ps("Former U.S. Sen. Kay Hagan died. She was 66.")), "Former U.S. Sen. Kay Hagan died");
  });
});

describe("Wikinews articles (CC BY 2.5, test/fixtures/wikinews)", async () => {
  const dir = "test/fixtures/wikinews";
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as { file: string; headline: string; published: string }[];
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt"));
  it("has gold for every fixture", () => assert.equal(gold.length, files.length));
  for (const entry of gold) {
    it(`${entry.file}: published from the dateline line, headline from the lede`, async () => {
      const article = parse(entry.file, await readFile(join(dir, entry.file)));
      assert.equal(article.published, entry.published);
      assert.equal(article.publishedBasis, "dateline");
      assert.equal(article.headlineBasis, "lede");
      assert.ok(article.headline.split(" ").length <= 16, article.headline);
      assert.doesNotMatch(article.headline, /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),/);
      assert.ok(!article.paragraphs.some((p) => p.text === article.dateline), "the dateline line is not a paragraph");
    });
  }
});

describe("the shipped seed's top", async () => {
  const article = parse("000_704fb2fff2903a51.txt", await readFile("seeds/000_704fb2fff2903a51.txt"));
  it("has a caption credited to the Associated Press, out of the body", () => {
    assert.equal(article.caption?.credit, "Associated Press");
    assert.match(article.caption!.text, /^Palestinians displaced .* Sunday, Aug\. 11, 2024\.$/);
    assert.match(article.paragraphs[0]!.text, /^A British diplomat/);
  });
  it("infers the headline from the lede about the diplomat's resignation", () => {
    assert.equal(article.headline, "A British diplomat has reportedly resigned over the UK government’s arms sale to Israel");
    assert.equal(article.headlineBasis, "lede");
  });
  it("dates the story by the latest full date it mentions", () => {
    assert.equal(article.published, "2024-08-16");
    assert.equal(article.publishedBasis, "mentioned");
    const days = article.dates.map((d) => [d.date, d.paragraph]);
    assert.deepEqual(days, [
      ["2024-08-11", "caption"],
      ["2024-08-16", "p15"],
    ]);
  });
});

/**
 * Copy pasted from news sites, as a user drops it in: the furniture around the story comes along. Every story
 * here is made up for the test, written in the house styles of Canadian, American and British news sites.
 */
describe("byline lines", () => {
  const story = "The provincial government will spend $40 million on new ferries, the premier said on Tuesday.\n\nMore.";
  const top = (...lines: string[]) => lead([...lines, story].join("\n\n"));

  it("reads 'By Jane Doe', in any case, and never takes it for the headline", () => {
    const copy = top("Province buys two new ferries", "By Jane Doe");
    assert.equal(copy.headline?.text, "Province buys two new ferries");
    assert.equal(copy.byline, "Jane Doe");
    assert.equal(top("Province buys two new ferries", "BY JANE DOE").byline, "Jane Doe");
    assert.equal(top("By Jane Doe, John Roe and Ann Poe").byline, "Jane Doe, John Roe and Ann Poe");
    assert.equal(top("By Jane Doe, John Roe and Ann Poe").headline, undefined);
  });

  it("reads a name and its agency, the agency kept apart", () => {
    const cp = top("Province buys two new ferries", "Jane Doe, The Canadian Press");
    assert.equal(cp.headline?.text, "Province buys two new ferries");
    assert.equal(cp.byline, "Jane Doe");
    assert.equal(cp.agency, "The Canadian Press");
    const ap = top("Jane Doe and John Roe, The Associated Press");
    assert.equal(ap.headline, undefined, "a byline above the story is not its headline");
    assert.equal(ap.byline, "Jane Doe and John Roe");
    assert.equal(ap.agency, "Associated Press");
    assert.deepEqual([top("By Jane Doe | Reuters").byline, top("By Jane Doe | Reuters").agency], ["Jane Doe", "Reuters"]);
  });

  it("reads a name and the reporter's role", () => {
    assert.equal(top("Province buys two new ferries", "Jane Doe · Political reporter").byline, "Jane Doe");
    assert.equal(top("Province buys two new ferries", "Jane Doe, Question Period producer").byline, "Jane Doe");
    assert.equal(top("Province buys two new ferries", "Jane Doe, Question Period producer").headline?.text, "Province buys two new ferries");
  });

  it("reads a credit line with its outlet and timestamp, and an agency alone", () => {
    const cbc = top("Province buys two new ferries", "Jane Doe · CBC News · Posted: Mar 03, 2024 4:00 AM AT | Last Updated: March 3");
    assert.deepEqual([cbc.byline, cbc.outlet, cbc.published], ["Jane Doe", "CBC News", "2024-03-03"]);
    const wire = top("Province buys two new ferries", "The Canadian Press");
    assert.deepEqual([wire.byline, wire.agency], ["The Canadian Press", "The Canadian Press"]);
  });

  it("does not take a headline naming people for a byline", () => {
    assert.equal(top("Justin Trudeau, Prime Minister", "By Jane Doe").headline?.text, "Justin Trudeau, Prime Minister");
    assert.equal(top("Donald Trump, Hillary Clinton clash over trade", "By Jane Doe").headline?.text, "Donald Trump, Hillary Clinton clash over trade");
    assert.equal(top("Jane Doe wins Giller Prize").headline?.text, "Jane Doe wins Giller Prize");
  });

  it("puts the byline on the Article, its reporters and agency among the sources", () => {
    const article = parse("ferries.txt", ["Province buys two new ferries", "Jane Doe and John Roe, The Canadian Press", story].join("\n\n"));
    assert.equal(article.byline, "Jane Doe and John Roe");
    assert.equal(article.headline, "Province buys two new ferries");
    const sources = article.sources.map((s) => `${s.kind}:${s.name}`);
    assert.ok(sources.includes("reporter:Jane Doe") && sources.includes("reporter:John Roe"), sources.join(", "));
    assert.ok(sources.includes("agency:Canadian Press"), sources.join(", "));
    assert.ok(!article.paragraphs.some((p) => p.text.includes("Canadian Press")));
  });
});

describe("outlet and section lines", () => {
  const story = "Halifax Regional Police say a man is in custody after a stabbing downtown on Saturday night.\n\nMore.";
  it("takes a masthead above or below the headline as the outlet, never as the headline", () => {
    const above = lead(`Global News Halifax\n\nMan arrested after downtown stabbing\n\n${story}`);
    assert.deepEqual([above.outlet, above.headline?.text], ["Global News Halifax", "Man arrested after downtown stabbing"]);
    const below = lead(`Man arrested after downtown stabbing\n\nCTV News Atlantic\n\n${story}`);
    assert.deepEqual([below.outlet, below.headline?.text], ["CTV News Atlantic", "Man arrested after downtown stabbing"]);
    assert.equal(lead(`BBC News\n\nMan arrested after downtown stabbing\n\n${story}`).outlet, "BBC News");
  });

  it("drops a section label or breadcrumb: neither headline nor outlet", () => {
    for (const section of ["Politics", "WORLD", "News › Canada › Nova Scotia", "Home / World / Europe"]) {
      const top = lead(`${section}\n\nMan arrested after downtown stabbing\n\n${story}`);
      assert.equal(top.headline?.text, "Man arrested after downtown stabbing", section);
      assert.equal(top.outlet, undefined, section);
      assert.ok(!top.body.includes(section), section);
    }
  });

  it("keeps a title-case headline that ends in a newsroom word, and infers the headline under a masthead", () => {
    assert.equal(lead(`Trump attacks Fake News Times\n\n${story}`).headline?.text, "Trump attacks Fake News Times");
    const lede = "Halifax Regional Police said a man was in custody after a stabbing downtown on Saturday night, and that the investigation was continuing.";
    const article = parse("stabbing.txt", `Toronto Star\n\n${lede}\n\nMore.`);
    assert.deepEqual([article.outlet, article.headlineBasis], ["Toronto Star", "lede"]);
    assert.equal(article.paragraphs[0]!.text, lede);
  });
});

describe("gallery and caption residue", () => {
  const story = "OTTAWA — The federal government tabled its budget on Tuesday, promising $12 billion for housing.\n\nMore.";
  it("reads the caption after a gallery label, with its photographer and agency", () => {
    const top = lead(
      `Ottawa tables housing budget\n\nOpen this photo in gallery:\n\nFinance Minister Jane Doe speaks in the House of Commons on Tuesday. (Sean Kilpatrick/The Canadian Press)\n\n${story}`,
    );
    assert.equal(top.headline?.text, "Ottawa tables housing budget");
    assert.deepEqual(top.caption, { text: "Finance Minister Jane Doe speaks in the House of Commons on Tuesday.", credit: "Sean Kilpatrick/The Canadian Press" });
    assert.match(top.body[0]!, /^OTTAWA —/);
  });

  it("reads a caption credited in brackets or after its last sentence, and a wire's FILE PHOTO", () => {
    assert.deepEqual(readCaption("Jane Doe speaks in Ottawa on Tuesday. (THE CANADIAN PRESS/Adrian Wyld)"), {
      text: "Jane Doe speaks in Ottawa on Tuesday.",
      credit: "THE CANADIAN PRESS/Adrian Wyld",
    });
    assert.deepEqual(readCaption("Jane Doe speaks in Ottawa on Tuesday. Sean Kilpatrick/The Canadian Press"), {
      text: "Jane Doe speaks in Ottawa on Tuesday.",
      credit: "Sean Kilpatrick/The Canadian Press",
    });
    assert.deepEqual(readCaption("FILE PHOTO: Jane Doe attends a news conference in Ottawa, Ontario, Canada March 3, 2024. REUTERS/Blair Gable/File Photo"), {
      text: "Jane Doe attends a news conference in Ottawa, Ontario, Canada March 3, 2024.",
      credit: "REUTERS/Blair Gable/File Photo",
    });
    // A poll in brackets is not a picture's credit.
    assert.equal(readCaption("Support for the measure fell to 40 per cent, the survey found. (CNN/ORC)"), null);
    assert.equal(readCaption("The order tightens background checks on buyers via Executive Order"), null);
  });

  it("drops later gallery residue from the body: the label, its caption, a credited caption", () => {
    const top = lead(
      `Ottawa tables housing budget\n\n${story.replace("\n\nMore.", "")}\n\nOpen this photo in gallery:\n\nA crane over a Toronto building site on Monday. (Chris Young/The Canadian Press)\n\nThe plan was welcomed by builders.\n\nA worker at a site in Calgary. (Jeff McIntosh/The Canadian Press)\n\nFILE PHOTO: A condo tower in Vancouver.\n\nCritics said it came too late.`,
    );
    assert.deepEqual(top.body.slice(1), ["The plan was welcomed by builders.", "Critics said it came too late."]);
  });
});

describe("datelines opening the first paragraph", () => {
  it("reads a bare place before a dash, with and without its province, and strips it from an inferred headline", () => {
    assert.equal(readInlineDateline("HALIFAX — Nova Scotia will hire 200 more nurses this year, the health minister said.")?.text, "HALIFAX —");
    assert.equal(readInlineDateline("PHOENIX – A wildfire north of the city forced hundreds of people from their homes.")?.text, "PHOENIX –");
    assert.equal(readInlineDateline("TRURO, N.S. — Police are searching for a man who walked away from the hospital.")?.text, "TRURO, N.S. —");
    assert.equal(readInlineDateline("MONTRÉAL — Quebec's premier has called for a new deal on immigration levels.")?.text, "MONTRÉAL —");
    const article = parse("nurses.txt", "HALIFAX — Nova Scotia will hire 200 more nurses this year, the health minister said on Monday.\n\nMore.");
    assert.equal(article.dateline, "HALIFAX —");
    assert.equal(article.headline, "Nova Scotia will hire 200 more nurses this year, the health minister said");
    assert.match(article.paragraphs[0]!.text, /^HALIFAX — /, "the dateline stays in the paragraph");
  });

  it("does not read an acronym, a kicker or a wire headline as a dateline", () => {
    assert.equal(readInlineDateline("NATO — the alliance of 32 countries — met in Brussels."), null);
    assert.equal(readInlineDateline("UN — The agency said it would send aid."), null);
    assert.equal(readInlineDateline("BREAKING — A man has been arrested after a stabbing."), null);
    assert.equal(readInlineDateline("SOCCER - JAPAN GET FIRST WIN IN ASIAN CUP."), null);
    assert.equal(readInlineDateline("IPO FILING -- Homegate Hospitality Inc."), null);
  });
});

describe("timestamp lines", () => {
  it("dates the story by a published or posted line, never by an updated one or a relative one", () => {
    assert.deepEqual(readTimestampLine("Published March 3, 2024"), { published: "2024-03-03" });
    assert.deepEqual(readTimestampLine("Published Mar 03, 2024 • Last updated 1 day ago • 3 minute read"), { published: "2024-03-03" });
    assert.deepEqual(readTimestampLine("11:42, 18 Sep 2019"), { published: "2019-09-18" });
    assert.deepEqual(readTimestampLine("Updated March 4, 2024 at 10:02 a.m. ET"), {});
    assert.deepEqual(readTimestampLine("Published 2 hours ago"), {});
    assert.equal(readTimestampLine("The council met on March 3, 2024"), null);
  });

  it("takes the timestamp out of the body and dates the Article by it", () => {
    const article = parse("ferry.txt", "Ferry service cut\n\nBy Jane Doe\n\nPublished March 3, 2024 · Updated March 4, 2024\n\nThe ferry will sail twice a day from Tuesday, the operator said.\n\nMore.");
    assert.deepEqual([article.published, article.publishedBasis, article.byline], ["2024-03-03", "dateline", "Jane Doe"]);
    assert.ok(!article.paragraphs.some((p) => /Published/.test(p.text)));
  });
});

describe("web boilerplate", () => {
  it("drops furniture lines wherever they stand, and lists them nowhere", () => {
    const furniture = [
      "Advertisement",
      "Story continues below advertisement",
      "Share this article",
      "Read more: Province promises new ferry terminal",
      "Sign up for our newsletter to get the day's top stories",
      "Follow us on Facebook and Instagram",
      "Related: Ferry fares to rise in April",
      "Image copyright Getty Images",
    ];
    for (const line of furniture) assert.ok(isBoilerplate(line), line);
    const article = parse(
      "ferry.txt",
      `Ferry service cut\n\nShare this article\n\nThe ferry will sail twice a day from Tuesday, the operator said.\n\nAdvertisement\n\nStory continues below advertisement\n\nFares will not change, she said.\nRead more: Province promises new ferry terminal\n\nSign up for our newsletter to get the day's top stories\n\nFollow us on Facebook and Instagram`,
    );
    assert.equal(article.headline, "Ferry service cut");
    assert.deepEqual(article.paragraphs.map((p) => p.text), ["The ferry will sail twice a day from Tuesday, the operator said.", "Fares will not change, she said."]);
    assert.ok(!JSON.stringify(article).includes("Advertisement"));
  });

  it("keeps copy that merely mentions advertising or sharing", () => {
    assert.ok(!isBoilerplate("The company said advertisement revenue fell by a third."));
    assert.ok(!isBoilerplate("Share prices fell sharply on Monday."));
    assert.ok(!isBoilerplate("Read more than 40 books this year, the librarian urged."));
  });
});

describe("bylines as American sites print them", () => {
  const story = "The Senate voted 52-48 on Tuesday to confirm the nominee, ending a month of hearings.\n\nMore.";
  it("reads a handle between name and outlet, an outlet in capitals, a suffix in capitals, a special correspondent", () => {
    const usa = lead(`Senate confirms nominee\n\nBy Jane Doe, @janedoe, USA TODAY\n\n${story}`);
    assert.deepEqual([usa.headline?.text, usa.byline, usa.outlet], ["Senate confirms nominee", "Jane Doe", "USA TODAY"]);
    assert.equal(lead(`Senate confirms nominee\n\nBy JANE DOE and JOHN Q. ROE JR.\n\n${story}`).byline, "Jane Doe and John Q. Roe Jr.");
    assert.equal(lead(`Senate confirms nominee\n\nJane Doe, Special for USA TODAY\n\n${story}`).byline, "Jane Doe");
  });

  it("files an outlet credited after 'By' as the outlet, not as a reporter", () => {
    const article = parse("senate.txt", `Senate confirms nominee\n\nBy Breitbart News\n\n${story}`);
    assert.deepEqual([article.byline, article.outlet], ["Breitbart News", "Breitbart News"]);
    assert.ok(!article.sources.some((s) => s.kind === "reporter"), JSON.stringify(article.sources));
  });
});
