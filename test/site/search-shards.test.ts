/** Search by parts: which Pagefind shard each page is indexed in, and that no shard grows without bound. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/index.js";
import { articlePrint, digest } from "../../src/site/render-plan.js";
import { planSearch, SHARD_SIZE, shardPart, shardParts } from "../../src/site/search-shards.js";
import { storyArticle } from "../helpers.js";

const article = storyArticle;

const plan = (archive: Archive, previous?: Record<string, string>) => {
  const prints = archive.articles.map((entry) => digest("v", articlePrint(entry)));
  return planSearch(archive, "v", prints, previous, () => true);
};

describe("search shards", () => {
  it("cuts a shard into the fewest powers of two that keep each part within the limit", () => {
    assert.deepEqual([1, 2500, 2501, 5000, 5001, 20_000, 20_001].map((n) => shardParts(n, 2500)), [1, 1, 2, 2, 4, 8, 16]);
    assert.equal(shardPart("articles-undated", "a-story", 1), "articles-undated", "an uncut shard keeps its name");
    assert.equal(shardPart("articles-undated", "a-story", 4), shardPart("articles-undated", "a-story", 4), "a page's part depends on its slug alone");
    assert.match(shardPart("articles-undated", "a-story", 4), /^articles-undated-p[0-3]$/);
  });

  // An archive of plain-text articles with no dates: before parts, one shard held all of them (Pagefind held its
  // whole index at once: 45 MB on disk and 690 MiB of memory for 11,000 undated articles).
  const undated = Array.from({ length: 2 * SHARD_SIZE + 200 }, (_, i) => article(`undated-${String(i).padStart(5, "0")}`, null));
  const dated = Array.from({ length: 30 }, (_, i) => article(`dated-${i}`, `2024-03-${String((i % 28) + 1).padStart(2, "0")}`));
  const archive = buildArchive([...undated, ...dated]);
  const search = plan(archive);

  it("keeps every shard within the limit, and indexes each article in exactly one", () => {
    const parts = search.stale.filter((s) => s.name.startsWith("articles-undated"));
    assert.equal(parts.length, 4, "5,200 undated articles in four parts");
    for (const part of parts) {
      assert.match(part.name, /^articles-undated-p[0-3]$/);
      assert.ok(part.articles.length < SHARD_SIZE, `${part.name} holds ${part.articles.length}`);
    }
    const indexed = search.stale.flatMap((s) => s.articles).sort((a, b) => a - b);
    assert.deepEqual(indexed, archive.articles.map((_, i) => i));
    assert.ok(search.shards.includes("articles-2024-03"), "dated articles keep their month's shard");
  });

  it("re-indexes only the part a new undated article falls in", () => {
    const grown = buildArchive([...undated, article("undated-new-story", null), ...dated]);
    const again = plan(grown, search.prints);
    assert.deepEqual(again.shards, search.shards, "the same shards");
    assert.deepEqual(again.stale.map((s) => s.name), [shardPart("articles-undated", "undated-new-story", 4)]);
  });
});
