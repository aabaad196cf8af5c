/**
 * `npm run bench [-- --bbc DIR] [--synthetic N[,N…]] [--no-bbc] [--no-floor]`: the build's speed and memory, measured in
 * one run, side by side with the floor (a plain Eleventy + Pagefind build of the same articles).
 *
 * 1. cold build (empty caches), 2. warm rebuild after adding one seed, three times (the median is reported; each
 * after a `sync`, so the disk is not still writing the cold build back), 3. the
 * floor, 4. single-threaded extraction throughput, and peak memory — on the BBC corpus and on a synthetic archive
 * generated from committed fixtures. Each build reports its phases (CUTTINGS_TIMINGS), tabled beside the totals,
 * and what the cold build left on disk (seeds, store, site) is tabled whole and per article.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listSeedFiles } from "../archive/load.js";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { diskUse, type DiskUse } from "./disk.js";
import { writeFloorInput } from "./floor.js";
import { treeRss } from "./memory.js";
import { writeSyntheticArchive } from "./synthetic.js";

/** The quick single-threaded compromise + chrono extractor's time on the BBC corpus (issue 7): the cold build's yardstick. */
const QUICK_EXTRACTOR_BBC_SECONDS = 70;
const ADDITIONS = 3;

interface Timed {
  seconds: number;
  /** The build process's own peak (its worker threads included). */
  maxRssMiB: number;
  /** The peak of the process and its children together (Pagefind is one), sampled four times a second. */
  treeRssMiB: number;
  /** Each phase's seconds, and the build's peak RSS (MiB) when it ended. */
  phases: Map<string, { seconds: number; peakMiB: number }>;
  output: string;
}

/** Runs a command in its own process, timing it, reading its phases and peak RSS, and sampling its process tree's. */
async function timed(args: string[]): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, CUTTINGS_REPORT_RESOURCES: "1", CUTTINGS_TIMINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let tree = 0;
  const sampler = setInterval(() => (tree = Math.max(tree, treeRss(child.pid!))), 250);
  const status = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0 && !/build: \d+ article/.test(stdout)) throw new Error(`bench: ${args.join(" ")} failed:\n${stderr.slice(-2000)}`);
  const rss = /resources: maxRSS=(\d+)/.exec(stderr);
  const maxRssMiB = rss ? Number(rss[1]) / 1024 : NaN;
  const phases = new Map<string, { seconds: number; peakMiB: number }>();
  for (const m of stderr.matchAll(/^timing: (.+?) (\d+\.\d+)s \(.*peak RSS so far (\d+) MiB\)/gm)) {
    phases.set(m[1]!.replace(/ \(.*$/, ""), { seconds: Number(m[2]), peakMiB: Number(m[3]) });
  }
  return { seconds, maxRssMiB, treeRssMiB: Math.max(tree / 1024, maxRssMiB), phases, output: stdout };
}

/** Waits for the kernel to write back what earlier builds wrote (`sync`). */
async function flushDisk(): Promise<void> {
  await new Promise<void>((done) => spawn("sync", { stdio: "ignore" }).on("close", () => done()).on("error", () => done()));
}

function extractionThroughput(seedsDir: string, files: string[]): number {
  const sample = files.slice(0, 2000);
  const started = performance.now();
  for (const file of sample) {
    const seed = readSeedBytes(file, readFileSync(join(seedsDir, file)));
    if (seed.ok) parseSeed(seed.value);
  }
  return sample.length / ((performance.now() - started) / 1000);
}

interface Row {
  corpus: string;
  articles: number;
  cold: Timed;
  /** The rebuilds after adding one seed, in order; the median is the one reported. */
  warms: Timed[];
  warm: Timed;
  floor?: Timed;
  throughput: number;
  /** What the seeds, the store and the site took on disk after the cold build (before any seed was added). */
  disk: { seeds: DiskUse; store: DiskUse; site: DiskUse };
}

const median = (runs: Timed[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;

/** A corpus's added seeds: what a newsroom adds next — for the synthetic archive its next stories, for BBC the committed fixtures. */
type AddSeed = (seedsDir: string, n: number) => Promise<void>;

const FIXTURES = ["seeds/000_704fb2fff2903a51.txt", "test/fixtures/seeds/harbour-inquiry.txt", "test/fixtures/seeds/council-library.md"];
const addFixture: AddSeed = async (seeds, n) => {
  const fixture = FIXTURES[n % FIXTURES.length]!;
  writeFileSync(join(seeds, `zz-bench-added-${n}${fixture.slice(fixture.lastIndexOf("."))}`), readFileSync(fixture));
};

async function benchCorpus(name: string, seedsDir: string, scratch: string, add: AddSeed, floor: boolean): Promise<Row> {
  const work = join(scratch, name);
  const seeds = join(work, "seeds");
  cpSync(seedsDir, seeds, { recursive: true, filter: (src) => !/README\.TXT$/i.test(src) });
  const { seeds: files } = await listSeedFiles(seeds);
  const cache = join(work, "cache");
  const out = join(work, "_site");
  const build = () => timed(["src/cli.ts", "build", "--seeds", seeds, "--out", out, "--cache", cache, "--keep-going"]);
  process.stderr.write(`bench ${name}: cold build of ${files.length} articles…\n`);
  const cold = await build();
  const disk = { seeds: diskUse(seeds), store: diskUse(cache), site: diskUse(out) };
  const warms: Timed[] = [];
  for (let n = 0; n < ADDITIONS; n++) {
    await add(seeds, n);
    // The cold build leaves gigabytes of pages for the kernel to write back; a rebuild timed while the disk is
    // still busy with them measures the disk, not the rebuild. Flushed first, untimed (as any later edit would
    // find the machine).
    await flushDisk();
    process.stderr.write(`bench ${name}: warm rebuild after adding seed ${n + 1} of ${ADDITIONS}…\n`);
    warms.push(await build());
  }
  let floorRun: Timed | undefined;
  if (floor) {
    const floorInput = join(work, "floor-input");
    await writeFloorInput(seeds, floorInput);
    process.stderr.write(`bench ${name}: floor (plain Eleventy + Pagefind)…\n`);
    floorRun = await timed(["src/bench/floor-child.ts", floorInput, join(work, "floor-site")]);
  }
  process.stderr.write(`bench ${name}: extraction throughput (one thread)…\n`);
  const throughput = extractionThroughput(seeds, files);
  rmSync(work, { recursive: true, force: true });
  return { corpus: name, articles: files.length, cold, warms, warm: median(warms), ...(floorRun ? { floor: floorRun } : {}), throughput, disk };
}

export async function runBench(args: string[]): Promise<number> {
  let bbc: string | null = resolve("../shared/corpus/bbc");
  let synthetic = [10_000];
  let floor = true;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--bbc" && args[i + 1]) bbc = resolve(args[++i]!);
    else if (args[i] === "--no-bbc") bbc = null;
    else if (args[i] === "--no-floor") floor = false;
    else if (args[i] === "--synthetic" && /^\d+(,\d+)*$/.test(args[i + 1] ?? "")) synthetic = args[++i]!.split(",").map(Number).filter((n) => n > 0);
    else {
      process.stderr.write(`bench: unknown option ${args[i]} (options: --bbc DIR, --no-bbc, --synthetic N[,N…], --no-floor)\n`);
      return 2;
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), "cuttings-bench-"));
  const rows: Row[] = [];
  try {
    if (bbc && existsSync(bbc) && readdirSync(bbc).length) rows.push(await benchCorpus("bbc", bbc, scratch, addFixture, floor));
    else if (bbc) process.stderr.write(`bench: BBC corpus not found at ${bbc} (pass --bbc DIR); skipping it\n`);
    // Several sizes in one run, side by side, so their ratios share the machine's conditions.
    for (const size of synthetic) {
      const dir = join(scratch, `synthetic-seeds-${size}`);
      process.stderr.write(`bench: generating a synthetic archive of ${size} articles…\n`);
      await writeSyntheticArchive(dir, size);
      const next: AddSeed = async (seeds, n) => void (await writeSyntheticArchive(seeds, size + n + 1, size + n));
      rows.push(await benchCorpus(`synthetic-${size}`, dir, scratch, next, floor));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`${formatTable(rows)}\n${formatPhases(rows)}\n${formatDisk(rows)}`);
  return 0;
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n") + "\n";
}

const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : "–");

function formatTable(rows: Row[]): string {
  const header = ["corpus", "articles", "cold s", "warm s (median of 3)", "warm runs s", "floor s", "warm/floor", "cold/floor", "cold/quick extractor (70 s)", "extract art/s (1 thread)", "cold peak RSS MiB (build / with Pagefind)", "warm peak RSS MiB (build / with Pagefind)"];
  const body = rows.map((r) => [
    r.corpus,
    String(r.articles),
    r.cold.seconds.toFixed(1),
    r.warm.seconds.toFixed(1),
    r.warms.map((w) => w.seconds.toFixed(1)).join(", "),
    r.floor ? r.floor.seconds.toFixed(1) : "–",
    ratio(r.warm.seconds, r.floor?.seconds),
    ratio(r.cold.seconds, r.floor?.seconds),
    r.corpus === "bbc" ? ratio(r.cold.seconds, QUICK_EXTRACTOR_BBC_SECONDS) : "–",
    r.throughput.toFixed(0),
    `${r.cold.maxRssMiB.toFixed(0)} / ${r.cold.treeRssMiB.toFixed(0)}`,
    `${r.warm.maxRssMiB.toFixed(0)} / ${r.warm.treeRssMiB.toFixed(0)}`,
  ]);
  return table(header, body);
}

/** Each build phase's seconds and the peak RSS when it ended: cold, then the median warm rebuild. */
function formatPhases(rows: Row[]): string {
  const phases: string[] = [];
  for (const r of rows) for (const t of [r.cold, r.warm]) for (const p of t.phases.keys()) if (!phases.includes(p)) phases.push(p);
  const header = ["corpus", "build", ...phases];
  const body = rows.flatMap((r) =>
    [["cold", r.cold], ["warm", r.warm]].map(([label, t]) => [r.corpus, label as string, ...phases.map((p) => {
      const phase = (t as Timed).phases.get(p);
      return phase ? `${phase.seconds.toFixed(1)} s · ${phase.peakMiB} MiB` : "–";
    })]),
  );
  return table(header, body);
}

const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const perArticle = (bytes: number, articles: number) => (bytes / 1000 / articles).toFixed(1);

/** What a cold build left on disk, whole and per article: the figures a plan for a bigger archive scales from. */
function formatDisk(rows: Row[]): string {
  const header = ["corpus", "articles", "seeds MiB", "store MiB (KB/article)", "site files (per article)", "site MiB (KB/article)", "site on disk MiB (KB/article)"];
  const body = rows.map(({ corpus, articles, disk }) => [
    corpus,
    String(articles),
    MiB(disk.seeds.bytes),
    `${MiB(disk.store.bytes)} (${perArticle(disk.store.bytes, articles)})`,
    `${disk.site.files} (${(disk.site.files / articles).toFixed(2)})`,
    `${MiB(disk.site.bytes)} (${perArticle(disk.site.bytes, articles)})`,
    `${MiB(disk.site.allocated)} (${perArticle(disk.site.allocated, articles)})`,
  ]);
  return table(header, body);
}
