/**
 * The publication date inferred when nothing prints it (src/extract/dates/published.ts): only on strong
 * evidence, else null — on made-up stories in the shapes that fooled the old rule (the latest full date).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/article.js";
import { findDates } from "../../src/extract/dates/index.js";
import { inferPublished } from "../../src/extract/dates/published.js";
import { parseSeed } from "../../src/parse.js";
import { readSeedBytes } from "../../src/seed/read.js";

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const infer = (...texts: string[]) => {
  const ps = paragraphs(...texts);
  return inferPublished(findDates(ps, null), ps);
};

function parse(text: string): Article {
  const seed = readSeedBytes("story.txt", new TextEncoder().encode(text));
  assert.ok(seed.ok);
  const article = parseSeed(seed.value);
  assert.ok(article.ok);
  return article.value;
}

describe("an inferred publication date", () => {
  it("is the latest full date when the story's other dates bear it out", () => {
    // Named with another day of the same fortnight…
    assert.equal(
      infer("The council voted on March 3, 2024, to close the library.", "The vote came after a public meeting on February 26, 2024."),
      "2024-03-03",
    );
    // …or named twice, as an embedded post repeats the day.
    assert.equal(infer("The mayor resigned on March 3, 2024.", "— Jane Doe (@janedoe) March 3, 2024"), "2024-03-03");
  });

  it("is null when the full date stands alone: it is as often a deadline or a birthday as the news", () => {
    // Its month named is the same event told twice, not a second witness.
    assert.equal(infer("The submarine was lost in February 1944.", "It sank on February 26, 1944, with 80 men aboard."), null);
    assert.equal(infer("Bishop John Doe died at the age of 82.", "He passed away at 5:03 AM, February 10, 2019, at the city hospital."), null);
    assert.equal(infer("The cosmonaut, who died on Friday, made the first spacewalk on March 18, 1965."), null);
  });

  it("is never a date decades before the story's other dates", () => {
    // An obituary: born on the day named in full, the story's later years put it decades after.
    assert.equal(
      infer("Former senator Jane Doe died on Monday.", "Doe was born on May 26, 1953, in Baltimore, and in May 1953 her family moved to Ohio.", "She was elected in 2008 and lost her seat in 2014."),
      null,
    );
    assert.equal(
      infer("Robert Mugabe was removed from power on November 15, 2017.", "The army took control of the state broadcaster in November 2017.", "He had been ill since 2018."),
      null,
    );
  });

  it("is never a date after all the others: a plan or a deadline", () => {
    assert.equal(infer("The deal was signed in Niamey.", "Trading under the agreement will start on July 1, 2020."), null);
    assert.equal(
      infer("The judges ruled on the suspension of Parliament.", "The Brexit deadline currently stands at October 31, 2019, after talks in October 2019 failed."),
      null,
    );
  });

  it("is not contradicted by a later date that looks ahead", () => {
    assert.equal(
      infer("The plant closed on March 3, 2024, a week after the strike began on February 25, 2024.", "The company will build a new one by 2030."),
      "2024-03-03",
    );
  });

  it("leaves an article undated rather than guess, and resolves no relative date against the clock", () => {
    const article = parse("Bishop dies at 82\n\nBishop John Doe died on Sunday, the diocese said.\n\nHe passed away at 5:03 AM, February 10, 2019.");
    assert.equal(article.published, null);
    assert.equal(article.publishedBasis, null);
    assert.ok(!article.dates.some((d) => d.text === "Sunday"), "a weekday needs a publication date to be placed");
  });

  it("resolves the story's relative dates against the inferred day", () => {
    const article = parse("Library to close\n\nThe council voted on Tuesday, March 5, 2024, to close the library.\n\nThe vote came after a public meeting on February 26, 2024, and a petition on Sunday.");
    assert.deepEqual([article.published, article.publishedBasis], ["2024-03-05", "mentioned"]);
    assert.equal(article.dates.find((d) => d.text === "Sunday")?.date, "2024-03-03");
  });
});
