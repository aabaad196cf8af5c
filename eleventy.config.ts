/**
 * Eleventy wiring: what the site is made of, read top to bottom. No logic lives here — the Archive is built
 * in src/archive, presentation helpers live in src/site, and templates only lay it out.
 */
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { filters, shortcodes } from "./src/site/filters.js";
import { takeOver, type Prepared } from "./src/site/handoff.js";
import { readSiteInfo } from "./src/site/site-info.js";
import { InPlaceBuilds } from "./src/site/watch.js";
import { shortcodes as pieces } from "./templates/_includes/shortcodes.js";

// `npm run build` points these at the seeds it checked and a staging folder; `npm start` uses the defaults.
const seedsDir = process.env.CUTTINGS_SEEDS ?? "seeds";
const outputDir = process.env.CUTTINGS_OUT ?? "_site";
const site = readSiteInfo();

// Front matter of templates may never run code (gray-matter would `eval` ---js blocks).
const refuseCode = () => {
  throw new Error("JavaScript front matter is disabled in cuttings");
};

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: refuseCode, js: refuseCode, jsLegacy: refuseCode } });

  // One preparation per run: the small globals every page reads and the views of the pages this run renders.
  // `npm run build` hands them over slice by slice; watch mode (`npm start`) loads and plans in place.
  const watch = new InPlaceBuilds(seedsDir, outputDir, site);
  let prepared: Promise<Prepared & { finish?: () => Promise<void> }> | undefined;
  const prepare = () => (prepared ??= Promise.resolve(takeOver(seedsDir) ?? watch.prepare()));
  eleventyConfig.on("eleventy.before", () => {
    prepared = undefined;
  });
  // Watch mode: after the pages, the search index is swapped in and what the archive lost is removed.
  eleventyConfig.on("eleventy.after", async () => {
    await (await prepared)?.finish?.();
  });

  // The archive is global data, never template input: seed text cannot reach a template engine.
  eleventyConfig.addGlobalData("archive", async () => (await prepare()).globals);
  eleventyConfig.addGlobalData("render", async () => (await prepare()).views);
  eleventyConfig.addWatchTarget(seedsDir);

  // The plugin's absoluteUrl filter makes canonical URLs; src/site/feeds.ts uses it for the feeds and sitemaps.
  eleventyConfig.addPlugin(rssPlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries({ ...shortcodes, ...pieces })) eleventyConfig.addShortcode(name, fn as (...args: any[]) => string);
  // The busiest pages (articles and folders) are TypeScript templates, run through tsx like this file.
  // (Eleventy's JSDoc types leave `addExtension` untyped.)
  (eleventyConfig as unknown as { addExtension(names: string[], options: { key: string }): void }).addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  return {
    dir: { input: "templates", includes: "_includes", data: "_data", output: outputDir },
    templateFormats: ["njk", "11ty.ts"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
