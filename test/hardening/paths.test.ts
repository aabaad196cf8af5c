/**
 * No seed can steer where a page is written. Article URLs come from the seed's path and entity URLs from names,
 * both through slugs of `[a-z0-9_-]` only (src/article.ts Slug), which no `..`, `/`, `%2e` or backslash survives;
 * front matter has no slug or permalink key (refused by name: see bad-seeds.test.ts).
 */
import assert from "node:assert/strict";
import { resolve, sep } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { Slug } from "../../src/article.js";
import { ROUTES } from "../../src/archive/routes.js";
import { articleSlug } from "../../src/parse.js";
import { slugOrHash } from "../../src/slug.js";

const SITE = resolve("/srv/site");
const inside = (url: string) => {
  const path = resolve(SITE, `.${decodeURIComponent(url)}`);
  return path.startsWith(SITE + sep);
};

const HOSTILE_PATHS = ["../x.txt", "../../etc/passwd.txt", "a/../../b.md", "..\\..\\x.txt", "%2e%2e/x.txt", "....//x.txt", "/abs.txt", "a/./b.txt", " .txt", ".txt", "CON.txt", "a\u0000b.txt", "…/x.txt", "a\u202Eb.txt"];
const segment = fc.oneof(fc.constantFrom("..", ".", "", "%2e%2e", "..\\", "~", "Café", "李小龙", " "), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }));
const seedPath = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.constantFrom(".txt", ".md")).map(([parts, ext]) => `${parts.join("/")}${ext}`);

describe("output paths", () => {
  it("an article slug is URL-safe ASCII and its page lands inside the site, for hostile seed paths", () => {
    for (const file of HOSTILE_PATHS) {
      const slug = articleSlug(file);
      assert.ok(Slug.safeParse(slug).success, `${file} → ${slug}`);
      assert.ok(inside(ROUTES.article(slug)), file);
    }
  });

  it("the same holds for any seed path (fuzzed)", () => {
    fc.assert(
      fc.property(seedPath, (file) => {
        const slug = articleSlug(file);
        return Slug.safeParse(slug).success && inside(ROUTES.article(slug));
      }),
      { numRuns: 500 },
    );
  });

  it("an entity's slug is URL-safe for any name, and its page, feed and JSON land inside the site", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("../..", "..", "/etc/passwd", "%2e%2e", "李小龙", "🏳️‍🌈")), fc.constantFrom("person", "organisation" as const), (name, kind) => {
        const slug = slugOrHash(name, kind);
        assert.ok(Slug.safeParse(slug).success, `${JSON.stringify(name)} → ${slug}`);
        for (const url of [ROUTES.entity(kind, slug), ROUTES.feed(ROUTES.entity(kind, slug)), ROUTES.api(kind, slug)]) assert.ok(inside(url), url);
      }),
      { numRuns: 500 },
    );
  });
});
