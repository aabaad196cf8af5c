import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Article } from "../../src/article.js";
import { cli, tempDir } from "../helpers.js";

const CONTRACT = ["file", "slug", "headline", "published", "publishedBasis", "paragraphs", "people", "organisations", "quotes", "sources", "dates"];

describe("npm run parse", () => {
  it("prints one JSON array of Articles, each with its file, and nothing else on stdout", () => {
    const run = cli("parse", "seeds/000_704fb2fff2903a51.txt", "test/fixtures/seeds/council-library.md");
    assert.equal(run.status, 0, run.stderr);
    const articles = JSON.parse(run.stdout) as unknown[];
    assert.equal(articles.length, 2);
    for (const article of articles) {
      for (const key of CONTRACT) assert.ok(key in (article as object), `missing ${key}`);
      assert.ok(Article.safeParse(article).success);
    }
    assert.equal((articles[0] as Article).file, "seeds/000_704fb2fff2903a51.txt");
    const [paragraph] = (articles[0] as Article).paragraphs;
    assert.deepEqual(Object.keys(paragraph!), ["id", "text"]);
  });

  it("reports each unreadable file as one line on stderr, keeps the rest, and exits 1", () => {
    const dir = tempDir("parse");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "typo.md"), "---\nheadlin: Oops\n---\nBody text.\n");
    const run = cli("parse", join(dir, "empty.txt"), "seeds/000_704fb2fff2903a51.txt", join(dir, "typo.md"));
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split("\n");
    assert.equal(lines.length, 2, run.stderr);
    assert.match(lines[0]!, /empty\.txt: empty file/);
    assert.match(lines[1]!, /typo\.md: front matter key "headlin" is not allowed \(did you mean "headline"\?\)/);
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 1);
  });

  it("reads a saved web page: the page's headline, date, byline and the article's paragraphs only", () => {
    const run = cli("parse", "test/fixtures/pages/mcarthur-jsonld-graph.html");
    assert.equal(run.status, 0, run.stderr);
    const [article] = JSON.parse(run.stdout) as Article[];
    assert.equal(article!.headline, "Toronto serial killer Bruce McArthur pleads guilty to eight murders");
    assert.equal(article!.published, "2019-02-01");
    assert.equal(article!.byline, "Marguerite Tremblay and Daniel Osei");
    assert.equal(article!.paragraphs.length, 7);
    assert.match(article!.paragraphs[0]!.text, /^Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt/);
    assert.doesNotMatch(run.stdout, /cookie|Advertisement|Comments|<p>|<script/i);
  });
});
