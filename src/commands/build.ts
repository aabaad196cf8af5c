/**
 * `npm run build [-- --seeds DIR --out DIR --keep-going]`: seeds → site. Every bad seed is listed (one line
 * each) and fails the build unless --keep-going; the site is built in a temporary folder and swapped in only
 * when complete, so a failed build leaves the previous site intact.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DEFAULT_CACHE, loadArchive } from "../archive/load.js";
import { ArticleReader } from "../archive/views.js";
import { formatProblem } from "../seed/problem.js";
import { RenderPool, renderHere } from "../site/render-pool.js";
import { readManifest, rendererVersion } from "../site/manifest.js";
import { missingFiles } from "../site/missing-files.js";
import { publishChanges, publishWhole } from "../site/publish.js";
import { writeMachineFiles } from "../site/machine-files.js";
import { planSite, renderCount, sliceRenderSet } from "../site/render-plan.js";
import { renderViews, siteGlobals } from "../site/render-views.js";
import { SearchIndexer, writeShardList } from "../site/search-index.js";
import { Progress } from "../archive/progress.js";
import { collectIfBig, compactIfBig } from "../collect.js";
import { phaseTimer } from "./timings.js";
import { filingThreshold, readSiteInfo } from "../site/site-info.js";

/**
 * Pages per Eleventy run. Eleventy holds every page it writes until its run ends (about 10 KB of HTML each, kept
 * more than once), so a cold build of ten thousand articles renders in slices, two at a time on two cores; a
 * rebuild fits in one.
 */
const PAGES_PER_RUN = 2000;

export interface BuildOptions {
  seeds: string;
  out: string;
  keepGoing: boolean;
  /** Parse cache folder, or null for none. */
  cache: string | null;
  /** Parsing threads, the main thread included; default every core from 3,000 new seeds, one fewer below (see parse-pool). */
  workers?: number;
  /** Pages rendered per Eleventy run (see PAGES_PER_RUN): lower holds less in memory, costs a little time. */
  pagesPerRun?: number;
  /** Render threads besides the main one (default: one per core but one). */
  renderThreads?: number;
}

export function parseBuildArgs(args: string[]): BuildOptions | string {
  const options: BuildOptions = { seeds: "seeds", out: "_site", keepGoing: false, cache: DEFAULT_CACHE };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--keep-going") options.keepGoing = true;
    else if ((arg === "--seeds" || arg === "--out") && args[i + 1]) options[arg === "--seeds" ? "seeds" : "out"] = args[++i]!;
    else if (arg === "--cache" && args[i + 1]) options.cache = resolve(args[++i]!);
    else if (arg === "--no-cache") options.cache = null;
    else if (arg === "--workers" && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) >= 1) options.workers = Number(args[++i]);
    else if (arg === "--pages-per-run" && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) >= 1) options.pagesPerRun = Number(args[++i]);
    else if (arg === "--render-threads" && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) >= 0) options.renderThreads = Number(args[++i]);
    else return `unknown option or missing value: ${arg} (options: --seeds DIR, --out DIR, --keep-going, --cache DIR, --no-cache, --workers N, --pages-per-run N, --render-threads N)`;
  }
  return options;
}

const PROJECT = resolve(dirname(new URL(import.meta.url).pathname), "../..");

export async function runBuild(args: string[]): Promise<number> {
  const options = parseBuildArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`build: ${options}\n`);
    return 2;
  }
  const seeds = resolve(options.seeds);
  const out = resolve(options.out);
  if (!existsSync(seeds)) {
    process.stderr.write(`build: seeds folder ${options.seeds} does not exist\n`);
    return 2;
  }
  if (out === PROJECT || out === seeds || seeds.startsWith(`${out}/`) || PROJECT.startsWith(`${out}/`)) {
    process.stderr.write(`build: refusing to build into ${options.out}: it holds the project or the seeds\n`);
    return 2;
  }
  const phase = phaseTimer();
  phase("start-up");
  // The previous site's files are checked for while the archive loads (see planSite's `exists`).
  const missing = options.cache !== null && existsSync(out) ? missingFiles(out) : undefined;
  missing?.catch(() => {});
  let threshold: number;
  try {
    threshold = filingThreshold();
  } catch (error) {
    process.stderr.write(`build: ${(error as Error).message}\n`);
    return 2;
  }
  const loaded = await loadArchive(seeds, { cache: options.cache, workers: options.workers, progress: true, threshold });
  const { archive, problems, parsed, cached } = loaded;
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length && !options.keepGoing) {
    loaded.close();
    process.stderr.write(`build: ${problems.length} problem(s) in the seeds folder; nothing was built (--keep-going builds the rest)\n`);
    return 1;
  }

  phase("load");
  const staging = join(dirname(out), `.${basename(out)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  // Only pages whose inputs changed since the site in `out` was built are rendered; --no-cache renders all.
  const version = rendererVersion();
  const previous = options.cache !== null && existsSync(out) ? readManifest(out) : undefined;
  const incremental = previous?.version === version;
  const gone = incremental ? await missing!.catch(() => undefined) : undefined;
  const plan = planSite(archive, readSiteInfo(), version, incremental ? previous : undefined, gone ? (path) => !gone.has(path) : (path) => existsSync(join(out, path)));
  phase("plan");

  process.env.CUTTINGS_SEEDS = seeds;
  process.env.CUTTINGS_OUT = staging;
  const previousCwd = process.cwd();
  const reader = new ArticleReader(archive);
  // Pagefind indexes the stale search shards in its own process while the pages render.
  const search = new SearchIndexer(join(staging, "pagefind"), plan.search);
  let pool: RenderPool | undefined;
  try {
    // Eleventy resolves its input and config against the working directory: run it from the project.
    process.chdir(PROJECT);
    // The feeds, JSON and sitemap files first, made as they are written, so none is held while the pages render;
    // a big build makes them from what it holds, not on top of planning's garbage.
    if (plan.machine.length > PAGES_PER_RUN) collectIfBig();
    writeMachineFiles(staging, plan.machine, reader);
    plan.machine = [];
    phase("machine files");
    const globals = siteGlobals(archive);
    const slices = sliceRenderSet(plan.render, options.pagesPerRun ?? PAGES_PER_RUN);
    const progress = new Progress(renderCount(plan.render), "render", undefined, "rendered");
    // Slices go to render threads while this one makes the next slice's views (or renders one itself); a single
    // slice (a rebuild) renders here, without paying for a thread's start.
    pool = slices.length > 1 ? new RenderPool(options.renderThreads) : undefined;
    // A rebuild (one slice) sends its stale search shards' records first, to be indexed while it renders; a big
    // build's records come from the views it renders anyway, not made twice.
    if (slices.length === 1) search.offerRest(reader);
    for (const [n, render] of slices.entries()) {
      // A big build starts each slice with only what it holds: the last slice's views and pages collected, and
      // before the first, what loading and planning left scattered over the heap packed together.
      if (slices.length > 1) (n === 0 ? compactIfBig : collectIfBig)();
      const job = { seeds, out: staging, globals, views: renderViews(reader, render, search) };
      await (pool ? pool.render(job) : renderHere(job));
      progress.tick(renderCount(render));
    }
    await pool?.drain();
    progress.finish();
    phase("render");
    await search.finish(reader);
    await writeShardList(join(staging, "pagefind"), plan.search.shards);
    phase("search (the part not overlapped by rendering)");
  } catch (error) {
    await pool?.close();
    await search.abandon(); // Pagefind may still be writing into the staging folder: stop it first
    await rm(staging, { recursive: true, force: true });
    if (process.env.CUTTINGS_DEBUG) throw error;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`build: the site could not be rendered, the previous site is unchanged: ${message}\n`);
    return 1;
  } finally {
    await pool?.close();
    loaded.close();
    process.chdir(previousCwd);
  }
  // Publishing lists every file written (hundreds of thousands on a big archive): start it from what the build
  // still holds, not on top of the render's garbage.
  if (plan.counts.rendered > PAGES_PER_RUN) collectIfBig();
  if (incremental) await publishChanges(staging, out, plan.manifest, previous, plan.search.shards);
  else await publishWhole(staging, out, plan.manifest);
  phase("publish");
  const a = archive.articles.length;
  const { rendered, kept } = plan.counts;
  process.stdout.write(
    `build: ${a} article${a === 1 ? "" : "s"} (${parsed} parsed, ${cached} from cache), ${archive.people.length} people, ${archive.organisations.length} organisations → ${options.out}\n` +
      `build: ${rendered} page${rendered === 1 ? "" : "s"} rendered, ${kept} unchanged; ${plan.search.stale.length} of ${plan.search.shards.length} search shards indexed\n`,
  );
  return problems.length ? 1 : 0;
}
