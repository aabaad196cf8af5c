import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { markdownBlocks, plainTextBlocks } from "../../src/seed/blocks.js";

describe("plainTextBlocks", () => {
  it("splits paragraphs on blank lines, including lines of spaces", () => {
    const blocks = plainTextBlocks("Headline here\n\nFirst paragraph\ncontinues.\n   \nSecond.\n");
    assert.deepEqual(
      blocks.map((b) => b.text),
      ["Headline here", "First paragraph\ncontinues.", "Second."],
    );
  });
});

describe("markdownBlocks", () => {
  it("reads headings and paragraphs, keeps link text and drops raw HTML", () => {
    const blocks = markdownBlocks(
      '# Council votes\n\nThe <script>alert(1)</script>council *voted* to [close](javascript:alert(1)) the library.\n\n<div onclick="x()">raw</div>\n\n> “We are sad,” said Ann Lee.\n',
    );
    assert.deepEqual(blocks, [
      { text: "Council votes", kind: "heading", depth: 1 },
      { text: "The council voted to close the library.", kind: "paragraph" },
      { text: "“We are sad,” said Ann Lee.", kind: "paragraph" },
    ]);
  });
});
