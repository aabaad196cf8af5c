/**
 * Eleventy wiring: what the site is made of, read top to bottom. No logic lives here — the Archive is built
 * in src/archive, presentation helpers live in src/site, and templates only lay it out.
 */
import { readFileSync } from "node:fs";
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { Archive } from "./src/archive/index.js";
import { loadArchive, takePreloadedArchive } from "./src/archive/load.js";
import { formatProblem } from "./src/seed/problem.js";
import type { SiteInfo } from "./src/site/feeds.js";
import { filters, shortcodes } from "./src/site/filters.js";
import { writeMachineFiles } from "./src/site/machine-files.js";
import { writeSearchIndex } from "./src/site/search-index.js";
import { sitemapPages } from "./src/site/sitemap.js";

// `npm run build` points these at the seeds it checked and a staging folder; `npm start` uses the defaults.
const seedsDir = process.env.CUTTINGS_SEEDS ?? "seeds";
const outputDir = process.env.CUTTINGS_OUT ?? "_site";
const site = JSON.parse(readFileSync(new URL("./templates/_data/site.json", import.meta.url), "utf8")) as SiteInfo;

// Front matter of templates may never run code (gray-matter would `eval` ---js blocks).
const refuseCode = () => {
  throw new Error("JavaScript front matter is disabled in cuttings");
};

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: refuseCode, js: refuseCode, jsLegacy: refuseCode } });

  // The archive is global data, never template input: seed text cannot reach a template engine.
  let archive: Archive | undefined;
  eleventyConfig.addGlobalData("archive", async () => {
    archive = takePreloadedArchive(seedsDir);
    if (archive) return archive;
    const loaded = await loadArchive(seedsDir, { progress: true });
    for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return (archive = loaded.archive);
  });
  eleventyConfig.addWatchTarget(seedsDir);

  // The plugin's absoluteUrl filter makes canonical and sitemap URLs; src/site/feeds.ts uses it for the feeds.
  eleventyConfig.addPlugin(rssPlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries(shortcodes)) eleventyConfig.addShortcode(name, fn as (...args: any[]) => string);
  eleventyConfig.addCollection("sitemap", sitemapPages as (api: unknown) => unknown);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  // After the pages: feeds and the JSON API straight from the archive, then the search index over the HTML.
  eleventyConfig.on("eleventy.after", async ({ dir }) => {
    if (archive) await writeMachineFiles(dir.output, archive, site);
    await writeSearchIndex(dir.output);
  });

  return {
    dir: { input: "templates", includes: "_includes", data: "_data", output: outputDir },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
