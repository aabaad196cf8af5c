/**
 * `npm run bench [-- --bbc DIR] [--synthetic N] [--skip-synthetic]`: the build's speed and memory, measured in one
 * run, side by side with the floor (a plain Eleventy + Pagefind build of the same articles).
 *
 * 1. cold build (empty caches), 2. warm rebuild after adding one seed, 3. the floor, 4. single-threaded extraction
 * throughput and peak RSS — on the BBC corpus and on a synthetic archive generated from committed fixtures.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listSeedFiles } from "../archive/load.js";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { writeFloorInput } from "./floor.js";
import { writeSyntheticArchive } from "./synthetic.js";

interface Timed {
  seconds: number;
  maxRssMiB: number;
  output: string;
}

/** Runs a command in its own process, timing it and reading its peak RSS from GNU time or the child's report. */
function timed(args: string[]): Timed {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    encoding: "utf8",
    env: { ...process.env, CUTTINGS_REPORT_RESOURCES: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && !/build: \d+ article/.test(result.stdout)) {
    throw new Error(`bench: ${args.join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  }
  const rss = /resources: maxRSS=(\d+)/.exec(result.stderr);
  return { seconds, maxRssMiB: rss ? Number(rss[1]) / 1024 : NaN, output: result.stdout };
}

function extractionThroughput(seedsDir: string, files: string[]): number {
  const started = performance.now();
  for (const file of files) {
    const seed = readSeedBytes(file, readFileSync(join(seedsDir, file)));
    if (seed.ok) parseSeed(seed.value);
  }
  return files.length / ((performance.now() - started) / 1000);
}

interface Row {
  corpus: string;
  articles: number;
  cold: Timed;
  warm: Timed;
  floor: Timed;
  throughput: number;
}

async function benchCorpus(name: string, seedsDir: string, scratch: string): Promise<Row> {
  const work = join(scratch, name);
  const seeds = join(work, "seeds");
  cpSync(seedsDir, seeds, { recursive: true, filter: (src) => !/README\.TXT$/i.test(src) });
  const { seeds: files } = await listSeedFiles(seeds);
  const cache = join(work, "cache");
  const out = join(work, "_site");
  process.stderr.write(`bench ${name}: cold build of ${files.length} articles…\n`);
  const cold = timed(["src/cli.ts", "build", "--seeds", seeds, "--out", out, "--cache", cache, "--keep-going"]);
  // The seed added for the warm rebuild is a new article (a committed fixture under a new name).
  writeFileSync(join(seeds, "zz-bench-added.txt"), readFileSync("seeds/000_704fb2fff2903a51.txt"));
  process.stderr.write(`bench ${name}: warm rebuild after adding one seed…\n`);
  const warm = timed(["src/cli.ts", "build", "--seeds", seeds, "--out", out, "--cache", cache, "--keep-going"]);
  const floorInput = join(work, "floor-input");
  await writeFloorInput(seeds, floorInput);
  process.stderr.write(`bench ${name}: floor (plain Eleventy + Pagefind)…\n`);
  const floor = timed(["src/bench/floor-child.ts", floorInput, join(work, "floor-site")]);
  process.stderr.write(`bench ${name}: extraction throughput (one thread)…\n`);
  const throughput = extractionThroughput(seeds, files);
  rmSync(work, { recursive: true, force: true });
  return { corpus: name, articles: files.length, cold, warm, floor, throughput };
}

export async function runBench(args: string[]): Promise<number> {
  let bbc = resolve("../shared/corpus/bbc");
  let synthetic = 10_000;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--bbc" && args[i + 1]) bbc = resolve(args[++i]!);
    else if (args[i] === "--synthetic" && Number(args[i + 1]) >= 0) synthetic = Number(args[++i]);
    else {
      process.stderr.write(`bench: unknown option ${args[i]} (options: --bbc DIR, --synthetic N)\n`);
      return 2;
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), "cuttings-bench-"));
  const rows: Row[] = [];
  try {
    if (existsSync(bbc) && readdirSync(bbc).length) rows.push(await benchCorpus("bbc", bbc, scratch));
    else process.stderr.write(`bench: BBC corpus not found at ${bbc} (pass --bbc DIR); skipping it\n`);
    if (synthetic > 0) {
      const dir = join(scratch, "synthetic-seeds");
      process.stderr.write(`bench: generating a synthetic archive of ${synthetic} articles…\n`);
      await writeSyntheticArchive(dir, synthetic);
      rows.push(await benchCorpus(`synthetic-${synthetic}`, dir, scratch));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(formatTable(rows));
  return 0;
}

function formatTable(rows: Row[]): string {
  const header = ["corpus", "articles", "cold s", "warm s", "floor s", "warm/floor", "cold/floor", "extract art/s (1 thread)", "cold peak RSS MiB", "warm peak RSS MiB"];
  const body = rows.map((r) => [
    r.corpus,
    String(r.articles),
    r.cold.seconds.toFixed(1),
    r.warm.seconds.toFixed(1),
    r.floor.seconds.toFixed(1),
    (r.warm.seconds / r.floor.seconds).toFixed(2),
    (r.cold.seconds / r.floor.seconds).toFixed(2),
    r.throughput.toFixed(0),
    r.cold.maxRssMiB.toFixed(0),
    r.warm.maxRssMiB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n") + "\n";
}
