/** Building the site a test looks at, once per test file: the shipped seed, the council and harbour stories, Wikinews. */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Article } from "../../src/article.js";
import { ArticleIndex } from "../../src/site/api.js";
import { cli, tempDir } from "../helpers.js";

/** The seeds a reader-facing test uses: real-style articles with quotes, people and organisations. */
export function readerSeeds(): string {
  const dir = tempDir("seeds");
  copyFileSync("seeds/000_704fb2fff2903a51.txt", join(dir, "000_704fb2fff2903a51.txt"));
  copyFileSync("test/fixtures/seeds/council-library.md", join(dir, "council-library.md"));
  // An attribution below the filing threshold: shown on its article, filed on no page.
  copyFileSync("test/fixtures/seeds/harbour-inquiry.txt", join(dir, "harbour-inquiry.txt"));
  const wikinews = "test/fixtures/wikinews";
  if (existsSync(wikinews)) {
    for (const name of readdirSync(wikinews).filter((n) => n.endsWith(".txt")).sort()) copyFileSync(join(wikinews, name), join(dir, name));
  }
  return dir;
}

/** `npm run build` into a fresh folder; fails the test with the build's own stderr if it does not succeed. */
export function buildSite(seeds: string): string {
  const out = join(tempDir("site"), "_site");
  const run = cli("build", "--seeds", seeds, "--out", out, "--no-cache");
  assert.equal(run.status, 0, `build failed:\n${run.stderr}`);
  return out;
}

/** Every Article the JSON API publishes, newest first: the months `/api/articles.json` lists, each file read. */
export function publishedArticles(read: (file: string) => string): Article[] {
  const index = ArticleIndex.parse(JSON.parse(read("api/articles.json")));
  return index.months.flatMap((m) => Article.array().parse(JSON.parse(read(m.url.replace(/^\//, "")))));
}

/** Every page the sitemap lists: the sitemap index's parts, each read. */
export function sitemapUrls(read: (file: string) => string, siteUrl: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return locs(read("sitemap.xml")).flatMap((part) => locs(read(part.slice(siteUrl.length + 1))));
}
