/** The quotes evaluation's speaker judge: a gold source phrase's name, and when two names are one person. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compatibleNames, nameWords } from "../../src/eval/quotes-score.js";

describe("nameWords: the name a gold source phrase is headed by", () => {
  it("takes the last name before a post-modifier, passing over a possessive", () => {
    assert.deepEqual(nameWords("Sanders campaign manager Jeff Weaver"), ["jeff", "weaver"]);
    assert.deepEqual(nameWords("Hillary Clinton’s right-hand woman"), ["hillary", "clinton"]);
    assert.deepEqual(nameWords("Sam Lau, the communications director for the Iowa Democratic Party"), ["sam", "lau"]);
  });

  it("takes the name in apposition after a role: `the White House press secretary, Josh Earnest,`", () => {
    assert.deepEqual(nameWords("the White House press secretary, Josh Earnest,"), ["josh", "earnest"]);
    assert.deepEqual(nameWords("Ms. Merkel's spokesman, Steffen Seibert"), ["steffen", "seibert"]);
    assert.deepEqual(nameWords("his best friend at Lehigh, Bruce Turry"), ["bruce", "turry"]);
  });

  it("strips a rank before a surname, so `Admiral Harris` is the Harris the article names in full", () => {
    assert.deepEqual(nameWords("Admiral Harris"), ["harris"]);
    assert.ok(compatibleNames(["harry", "b.", "harris"], nameWords("Admiral Harris")));
  });
});

describe("compatibleNames", () => {
  it("matches a surname, and given names equal or initials of each other", () => {
    assert.ok(compatibleNames(["mark", "smith"], ["smith"]));
    assert.ok(compatibleNames(["j.", "smith"], ["john", "smith"]));
    assert.ok(!compatibleNames(["jane", "smith"], ["john", "smith"]));
    assert.ok(!compatibleNames(["john", "jones"], ["john", "smith"]));
  });

  it("matches one word against a full name's first: a given name, or a surname printed first (`Mr. Lou`, Lou Jiwei)", () => {
    assert.ok(compatibleNames(["lou", "jiwei"], ["lou"]));
    assert.ok(compatibleNames(["hillary", "clinton"], ["hillary"]));
    assert.ok(!compatibleNames(["bill", "clinton"], ["hillary"]));
  });
});
