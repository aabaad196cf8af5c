import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readFrontMatter } from "../../src/seed/frontmatter.js";

const problemOf = (text: string) => {
  const result = readFrontMatter("story.md", text);
  assert.equal(result.ok, false, "expected the front matter to be refused");
  return result.ok ? "" : result.problem.reason;
};

describe("readFrontMatter", () => {
  it("reads the five known keys, an unquoted YAML date as a calendar day", () => {
    const result = readFrontMatter(
      "story.md",
      "---\nheadline: Union calls strike\ndate: 2024-08-16\nbyline: Jo Bloggs\nsource: HuffPost UK\nurl: https://example.org/a\n---\nBody.\n",
    );
    assert.ok(result.ok);
    assert.deepEqual(result.value.frontMatter, {
      headline: "Union calls strike",
      date: "2024-08-16",
      byline: "Jo Bloggs",
      source: "HuffPost UK",
      url: "https://example.org/a",
    });
    assert.equal(result.value.body.trim(), "Body.");
  });

  it("names an unknown key and suggests the key meant", () => {
    const reason = problemOf("---\nheadlin: Union calls strike\n---\nBody.\n");
    assert.match(reason, /"headlin" is not allowed/);
    assert.match(reason, /did you mean "headline"/);
  });

  it("names a wrongly typed key and what was expected", () => {
    assert.match(problemOf("---\ndate: next Tuesday\n---\nBody.\n"), /"date".*YYYY-MM-DD.*"next Tuesday"/);
    assert.match(problemOf("---\ndate: 2024-02-30\n---\nBody.\n"), /"date"/);
    assert.match(problemOf("---\nheadline: [a, b]\n---\nBody.\n"), /"headline".*string.*a list/);
    assert.match(problemOf("---\nurl: javascript:alert(1)\n---\nBody.\n"), /"url".*http/);
  });

  it("refuses slug and permalink keys that could steer output paths", () => {
    assert.match(problemOf("---\npermalink: ../../etc/passwd\n---\nBody.\n"), /"permalink" is not allowed/);
    assert.match(problemOf("---\nslug: ../escape\n---\nBody.\n"), /"slug" is not allowed/);
  });

  it("never runs JavaScript front matter", () => {
    const marker = "__cuttingsFrontMatterRan";
    for (const opener of ["---js", "---javascript"]) {
      const reason = problemOf(`${opener}\n{ headline: (globalThis.${marker} = true, "x") }\n---\nBody.\n`);
      assert.match(reason, /not allowed/);
    }
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  });

  it("reports malformed YAML as one line naming the problem", () => {
    const reason = problemOf("---\nheadline: [unclosed\n---\nBody.\n");
    assert.match(reason, /malformed YAML/);
  });

  it("refuses a __proto__ key instead of letting it reach the object's prototype", () => {
    assert.match(problemOf('---\n__proto__:\n  headline: "smuggled"\n---\nBody.\n'), /__proto__/);
    assert.match(problemOf("---\nconstructor: x\n---\nBody.\n"), /"constructor" is not allowed/);
  });

  it("treats a file with no front matter as all body", () => {
    const result = readFrontMatter("story.md", "# Headline\n\nBody.\n");
    assert.ok(result.ok);
    assert.deepEqual(result.value.frontMatter, {});
  });
});
