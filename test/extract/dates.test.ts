/** Dates a story mentions, at the precision it gives them, placed by the paper's day (src/extract/dates/). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDates, latestFullDate } from "../../src/extract/dates/index.js";

const dates = (text: string, published: string | null = null) =>
  findDates([{ id: "p1", text }], published).map(({ text, date }) => [text, date]);

describe("dates written in full", () => {
  it("reads the US order, with or without the abbreviation's stop", () => {
    assert.deepEqual(dates("The talks began on May 2, 2024, and ended Aug. 11, 2024."), [
      ["May 2, 2024", "2024-05-02"],
      ["Aug. 11, 2024", "2024-08-11"],
    ]);
  });

  it("reads the UK order", () => {
    assert.deepEqual(dates("Parliament was dissolved on 30 May 2024 ahead of the election on 4 July 2024."), [
      ["30 May 2024", "2024-05-30"],
      ["4 July 2024", "2024-07-04"],
    ]);
  });

  it("reads a weekday before the date, as a caption prints it", () => {
    assert.deepEqual(dates("…leave parts of the southern area of Khan Younis, Sunday, Aug. 11, 2024."), [
      ["Sunday, Aug. 11, 2024", "2024-08-11"],
    ]);
  });

  it("keeps the precision the text gives: a month and year, a year alone", () => {
    assert.deepEqual(dates("The plant closed in March 1996 and has been empty since 2001."), [
      ["March 1996", "1996-03"],
      ["2001", "2001"],
    ]);
    assert.deepEqual(dates("Output fell by mid-1996, the report said."), [["mid-1996", "1996"]]);
  });

  it("reads ISO dates", () => {
    assert.deepEqual(dates("The filing is dated 1996-08-30."), [["1996-08-30", "1996-08-30"]]);
  });
});

describe("false friends", () => {
  it("does not read 'may' or 'march' the verbs as months", () => {
    assert.deepEqual(dates("Protesters may march on parliament, and some march already.", "2024-08-16"), []);
    assert.deepEqual(dates("May I say something? March on, they cried.", "2024-08-16"), []);
  });

  it("reads May and March as months in a date's company", () => {
    assert.deepEqual(dates("Prices rose in May and fell again in March.", "2024-08-16"), [
      ["May", "2024-05"],
      ["March", "2024-03"],
    ]);
  });

  it("does not read 'sun' or The Sun as Sunday", () => {
    assert.deepEqual(dates("Readers of The Sun sat in the sun.", "2024-08-16"), []);
  });

  it("does not read scores, codes or fractions as dates", () => {
    assert.deepEqual(dates("The final score was 50/6/2018 after the rain.", "2024-08-16"), []);
    assert.deepEqual(dates("Shares rose 2 1/2 to 37 3/4.", "2024-08-16"), []);
  });

  it("does not read counts and decades as years", () => {
    assert.deepEqual(dates("About 2000 people marched; 1500 troops watched through the 1990s.", "2024-08-16"), []);
  });

  it("leaves out durations, weeks and 'now', which have no calendar day", () => {
    assert.deepEqual(dates("Over the past three years, and for two days last week, rents rose; now they fall.", "2024-08-16"), []);
  });
});

describe("dates told relative to the paper's day", () => {
  const published = "2024-08-16"; // a Friday

  it("resolves yesterday, last month, this year against the publication date", () => {
    assert.deepEqual(dates("The minister resigned yesterday, a month after the vote last month; this year has been hard.", published), [
      ["yesterday", "2024-08-15"],
      ["last month", "2024-07"],
      ["this year", "2024"],
    ]);
  });

  it("takes a bare weekday as the most recent such day on or before publication", () => {
    assert.deepEqual(dates("Police said on Sunday that the man was arrested Tuesday.", published), [
      ["Sunday", "2024-08-11"],
      ["Tuesday", "2024-08-13"],
    ]);
  });

  it("takes a weekday in a sentence that looks ahead as the coming one", () => {
    assert.deepEqual(dates("The ministers will meet on Tuesday.", published), [["Tuesday", "2024-08-20"]]);
    assert.deepEqual(dates("He left last Friday and returns next Friday.", published), [
      ["last Friday", "2024-08-09"],
      ["next Friday", "2024-08-23"],
    ]);
  });

  it("places a month without a year in the past, unless it is only weeks ahead", () => {
    assert.deepEqual(dates("The offer, first made on Dec. 3, lapses on Sept. 30.", published), [
      ["Dec. 3", "2023-12-03"],
      ["Sept. 30", "2024-09-30"],
    ]);
    assert.deepEqual(dates("He was arrested last May.", published), [["last May", "2024-05"]]);
  });

  it("leaves relative dates out when there is no publication date, never using the clock", () => {
    assert.deepEqual(dates("He resigned on Sunday, a day after the vote on Aug. 10, and left yesterday."), []);
    assert.deepEqual(dates("He resigned on Sunday, Aug. 11, 2024."), [["Sunday, Aug. 11, 2024", "2024-08-11"]]);
  });

  it("does not count an inline dateline as a date the story mentions", () => {
    assert.deepEqual(dates("WASHINGTON, August 11 (Xinhua) -- The talks resumed on Monday.", published), [["Monday", "2024-08-12"]]);
  });
});

describe("latestFullDate", () => {
  it("is the latest date given to the day", () => {
    const found = findDates(
      [
        { id: "caption", text: "Khan Younis, Sunday, Aug. 11, 2024." },
        { id: "p1", text: "In 2023 and in July 2024 it happened; — Hind Hassan (@HindHassanNews) August 16, 2024" },
      ],
      null,
    );
    assert.equal(latestFullDate(found), "2024-08-16");
    assert.equal(latestFullDate([]), null);
  });
});

describe("numbers that are not years", () => {
  it("reads no year in a paragraph, clause or chapter number", () => {
    assert.deepEqual(dates("Paragraph 2030 of the treaty and Clause 1999 of the bill were struck out, as Chapter 2001 was."), []);
    assert.deepEqual(dates("The treaty of 2030 was signed."), [["2030", "2030"]]);
  });
});
