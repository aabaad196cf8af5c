/**
 * Eleventy wiring: what the site is made of, read top to bottom. No logic lives here — the Archive is built
 * in src/archive, presentation helpers live in src/site, and templates only lay it out.
 */
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { loadArchive, takePreloadedArchive } from "./src/archive/load.js";
import { formatProblem } from "./src/seed/problem.js";
import { filters, shortcodes } from "./src/site/filters.js";
import { writeSearchIndex } from "./src/site/search-index.js";
import { sitemapPages } from "./src/site/sitemap.js";

// `npm run build` points these at the seeds it checked and a staging folder; `npm start` uses the defaults.
const seedsDir = process.env.CUTTINGS_SEEDS ?? "seeds";
const outputDir = process.env.CUTTINGS_OUT ?? "_site";

// Front matter of templates may never run code (gray-matter would `eval` ---js blocks).
const refuseCode = () => {
  throw new Error("JavaScript front matter is disabled in cuttings");
};

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: refuseCode, js: refuseCode, jsLegacy: refuseCode } });

  // The archive is global data, never template input: seed text cannot reach a template engine.
  eleventyConfig.addGlobalData("archive", async () => {
    const preloaded = takePreloadedArchive(seedsDir);
    if (preloaded) return preloaded;
    const { archive, problems } = await loadArchive(seedsDir, { progress: true });
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return archive;
  });
  eleventyConfig.addWatchTarget(seedsDir);

  // Atom feeds: the plugin's absoluteUrl filter; dates come from the archive (see atomDate), never the clock.
  eleventyConfig.addPlugin(rssPlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries(shortcodes)) eleventyConfig.addShortcode(name, fn as (...args: any[]) => string);
  eleventyConfig.addCollection("sitemap", sitemapPages as (api: unknown) => unknown);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  eleventyConfig.on("eleventy.after", async ({ dir }) => {
    if (!process.env.NO_PF) await writeSearchIndex(dir.output);
  });

  return {
    dir: { input: "templates", includes: "_includes", data: "_data", output: outputDir },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
