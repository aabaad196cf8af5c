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
import { readDatelineLine, readInlineDateline } from "../../src/extract/lead/dateline.js";
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
