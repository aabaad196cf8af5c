/**
 * Watch mode (`npm start`): each rebuild loads the archive in Eleventy's own process and renders in place over the
 * served site, keeping the pages the previous rebuild left unchanged. Search is indexed whole beside the site and
 * swapped in after the pages.
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { loadArchive } from "../archive/load.js";
import { ArticleReader } from "../archive/views.js";
import { formatProblem } from "../seed/problem.js";
import type { SiteInfo } from "./feeds.js";
import type { Prepared } from "./handoff.js";
import { writeMachineFiles } from "./machine-files.js";
import { removeManifest, rendererVersion, type SiteManifest } from "./manifest.js";
import { removeStale } from "./publish.js";
import { planSite } from "./render-plan.js";
import { renderViews, siteGlobals } from "./render-views.js";
import { SearchIndexer, writeShardList } from "./search-index.js";
import { filingThreshold } from "./site-info.js";

export class InPlaceBuilds {
  private last: SiteManifest | undefined;

  constructor(
    private readonly seedsDir: string,
    private readonly outputDir: string,
    private readonly site: SiteInfo,
  ) {}

  /** Loads and plans one rebuild; `finish` runs after Eleventy has written its pages. */
  async prepare(): Promise<Prepared & { finish: () => Promise<void> }> {
    const { seedsDir, outputDir, site } = this;
    const loaded = await loadArchive(seedsDir, { progress: true, threshold: filingThreshold(site) });
    for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    // Pages are written over the served site: a manifest left by `npm run build` would no longer be true.
    await removeManifest(outputDir);
    const exists = (path: string) => existsSync(join(outputDir, path));
    const plan = planSite(loaded.archive, site, rendererVersion(), this.last, exists, { searchAll: true });
    const reader = new ArticleReader(loaded.archive);
    const next = join(outputDir, ".pagefind-next");
    const search = new SearchIndexer(next, plan.search);
    writeMachineFiles(outputDir, plan.machine, reader);
    const views = renderViews(reader, plan.render, search);
    const finish = async () => {
      try {
        await search.finish(reader);
        await writeShardList(next, plan.search.shards);
      } finally {
        loaded.close();
      }
      await rm(join(outputDir, "pagefind"), { recursive: true, force: true });
      await rename(next, join(outputDir, "pagefind"));
      if (this.last) await removeStale(outputDir, this.last, plan.manifest);
      this.last = plan.manifest;
    };
    return { globals: siteGlobals(loaded.archive), views, finish };
  }
}
