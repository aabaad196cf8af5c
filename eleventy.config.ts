/**
 * Eleventy wiring: what the site is made of, read top to bottom. No logic lives here — the Archive is built
 * in src/archive, presentation helpers live in src/site, and templates only lay it out.
 */
import { rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { loadArchive } from "./src/archive/load.js";
import { formatProblem } from "./src/seed/problem.js";
import { filters, shortcodes } from "./src/site/filters.js";
import { takeOver, type Prepared } from "./src/site/handoff.js";
import { writeMachineFiles } from "./src/site/machine-files.js";
import { removeManifest, rendererVersion, type SiteManifest } from "./src/site/manifest.js";
import { removeStale } from "./src/site/publish.js";
import { planSite } from "./src/site/render-plan.js";
import { startSearchIndex } from "./src/site/search-index.js";
import { filingThreshold, readSiteInfo } from "./src/site/site-info.js";

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

  // One preparation per build: the archive, the plan of what to render, and the search index, which Pagefind
  // builds in its own process while Eleventy renders. `npm run build` hands over its archive and plan; watch
  // mode renders in place, keeping the pages the previous rebuild in this process left unchanged.
  let prepared: Promise<Prepared & { search: Promise<unknown> }> | undefined;
  let lastManifest: SiteManifest | undefined;
  let inPlace = false;
  const prepare = () =>
    (prepared ??= (async () => {
      let ready = takeOver(seedsDir);
      inPlace = !ready;
      if (!ready) {
        const loaded = await loadArchive(seedsDir, { progress: true, threshold: filingThreshold(site) });
        for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
        // Pages are written over the served site: a manifest left by `npm run build` would no longer be true.
        await removeManifest(outputDir);
        const exists = (path: string) => existsSync(join(outputDir, path));
        ready = { archive: loaded.archive, plan: planSite(loaded.archive, site, rendererVersion(), lastManifest, exists) };
      }
      const searchDir = inPlace ? join(outputDir, ".pagefind-next") : join(outputDir, "pagefind");
      const search = ready.search ?? startSearchIndex(searchDir, ready.archive);
      return { ...ready, search };
    })());
  eleventyConfig.on("eleventy.before", () => {
    prepared = undefined;
  });

  // The archive is global data, never template input: seed text cannot reach a template engine.
  eleventyConfig.addGlobalData("archive", async () => (await prepare()).archive);
  eleventyConfig.addGlobalData("render", async () => (await prepare()).plan.render);
  eleventyConfig.addWatchTarget(seedsDir);

  // The plugin's absoluteUrl filter makes canonical and sitemap URLs; src/site/feeds.ts uses it for the feeds.
  eleventyConfig.addPlugin(rssPlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries(shortcodes)) eleventyConfig.addShortcode(name, fn as (...args: any[]) => string);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  // After the pages: the feeds and JSON API files that changed.
  eleventyConfig.on("eleventy.after", async ({ dir }) => {
    if (!prepared) return;
    const { plan, search } = await prepared;
    await writeMachineFiles(dir.output, plan.machine);
    // `npm run build` awaits the search index itself before it publishes; watch mode swaps it in here.
    if (inPlace) {
      await search;
      await rm(join(dir.output, "pagefind"), { recursive: true, force: true });
      await rename(join(dir.output, ".pagefind-next"), join(dir.output, "pagefind"));
      if (lastManifest) await removeStale(dir.output, lastManifest, plan.manifest);
      lastManifest = plan.manifest;
    }
  });

  return {
    dir: { input: "templates", includes: "_includes", data: "_data", output: outputDir },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
