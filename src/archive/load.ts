/**
 * A seeds folder → parsed Articles and the Archive, with every bad seed reported (never silently dropped).
 *
 * Only new work is done: a seed whose name and bytes were parsed before, by this parser version, comes from
 * memory (watch mode) or the on-disk cache; the rest are parsed across every core.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../article.js";
import { DEFAULT_THRESHOLD } from "../extract/quotes/confidence.js";
import type { SeedProblem } from "../seed/problem.js";
import { isSeedFile, SEED_KINDS } from "../seed/read.js";
import { boundedQueue } from "../bounded.js";
import { shortHash } from "../slug.js";
import { ParseCache, seedKey, type Parsed } from "./cache.js";
import { CORRECTIONS_FILE, readCorrections, type LocatedCorrection } from "./corrections.js";
import { fileAttributions } from "./filing.js";
import { buildArchive, type Archive } from "./index.js";
import { NO_OVERRIDES, readOverrides, type Overrides } from "./overrides.js";
import { parseAll, type SeedBytes } from "./parse-pool.js";
import { Progress } from "./progress.js";

/** The librarian's overrides live next to the seeds; they are not an article. */
export const OVERRIDES_FILE = "entities.yml";
const NOT_SEEDS = new Set([OVERRIDES_FILE, CORRECTIONS_FILE, "README.md", "readme.md"]);

/** Files read or written at once: well under any machine's open-file limit, enough to keep the disk busy. */
const OPEN_FILES = 32;
export const DEFAULT_CACHE = join(dirname(fileURLToPath(import.meta.url)), "../../.cache/parse");

export interface LoadOptions {
  /** Where parsed Articles are cached on disk; null for no disk cache. */
  cache?: string | null;
  /** Parsing threads, the main thread included (1 parses serially); defaults to one fewer than the cores. */
  workers?: number;
  /** Show progress on stderr. */
  progress?: boolean;
  /** The confidence a quote needs to be filed on its speaker's page (the site's `filingThreshold`). */
  threshold?: number;
}

export interface LoadedSeeds {
  articles: Article[];
  problems: SeedProblem[];
  /** How many seeds were actually parsed this time, and how many came from memory or the cache. */
  parsed: number;
  cached: number;
}

// Watch mode rebuilds in the same process: remember what was parsed, pruned to the seeds still present.
let remembered = new Map<string, Parsed>();

/** Seed files under `dir`, recursively, as sorted paths relative to it (sorted so output never depends on readdir order). */
export async function listSeedFiles(dir: string): Promise<{ seeds: string[]; others: string[]; links: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const seeds: string[] = [];
  const others: string[] = [];
  const links: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const rel = relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/");
    if (rel.split("/").some((part) => part.startsWith("."))) continue;
    if (entry.isSymbolicLink()) {
      // A link could point anywhere on the machine; publishing its target is never what a seed means.
      links.push(rel);
      continue;
    }
    if (NOT_SEEDS.has(rel)) continue;
    (isSeedFile(entry.name) ? seeds : others).push(rel);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { seeds: seeds.sort(byCodePoint), others: others.sort(byCodePoint), links: links.sort(byCodePoint) };
}

export async function loadSeeds(dir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  const { seeds, others, links } = await listSeedFiles(dir);
  const problems: SeedProblem[] = [
    ...others.map((file) => ({ file, reason: `not a seed: expected a ${SEED_KINDS} file` })),
    ...links.map((file) => ({ file, reason: "symbolic link, not followed: copy the article into the seeds folder" })),
  ];
  const cache = options.cache === null ? null : new ParseCache(options.cache ?? DEFAULT_CACHE);

  const results: (Parsed | undefined)[] = new Array(seeds.length);
  const keys: string[] = new Array(seeds.length);
  const pending: (SeedBytes & { index: number })[] = [];
  let cached = 0;
  const reads = boundedQueue(OPEN_FILES);
  seeds.forEach((file, index) =>
    reads.add(async () => {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(dir, file));
      } catch (error) {
        results[index] = { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
        return;
      }
      const key = (keys[index] = seedKey(file, bytes));
      const known = remembered.get(key) ?? (await cache?.get(key));
      if (known) {
        results[index] = known;
        cached++;
      } else pending.push({ file, bytes, index });
    }),
  );
  await reads.drain();
  pending.sort((a, b) => a.index - b.index);

  const progress = options.progress ? new Progress(pending.length, "parse") : undefined;
  // Entries are written as seeds are parsed, so a build stopped halfway keeps what it did; a few at a time.
  const writes = boundedQueue(OPEN_FILES);
  await parseAll(
    pending,
    (i, parsed) => {
      const { index } = pending[i]!;
      results[index] = parsed;
      if (cache) writes.add(() => cache.set(keys[index]!, parsed));
      progress?.tick();
    },
    options.workers,
  );
  await writes.drain();
  progress?.finish();

  const next = new Map<string, Parsed>();
  const articles: Article[] = [];
  seeds.forEach((file, index) => {
    const parsed = results[index]!;
    if (keys[index]) next.set(keys[index]!, parsed);
    if (parsed.ok) articles.push(parsed.article);
    else problems.push({ file, reason: parsed.reason });
  });
  remembered = next;
  distinctSlugs(articles);
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems, parsed: pending.length, cached };
}

/**
 * "news/a-b.txt" and "news-a/b.txt" fold to one slug. Such a clash is resolved without looking at which seed came
 * first: every clashing seed inside a folder takes a hash of its path, so a top-level seed keeps its URL.
 */
function distinctSlugs(articles: Article[]): void {
  const count = new Map<string, number>();
  for (const a of articles) count.set(a.slug, (count.get(a.slug) ?? 0) + 1);
  articles.forEach((a, i) => {
    if (count.get(a.slug)! > 1 && a.file.includes("/")) articles[i] = { ...a, slug: `${a.slug}-${shortHash(a.file)}` };
  });
  // Top-level seeds can still clash ("story.txt" and "story.md", or a name chosen to match another seed's hashed
  // slug), and two pages at one URL stop Eleventy: the seed whose path sorts first keeps the slug, each other
  // takes a longer hash of its path.
  const taken = new Set<string>();
  articles.forEach((a, i) => {
    let slug = a.slug;
    for (let length = 6; taken.has(slug) && length <= 64; length += 4) slug = `${a.slug}-${shortHash(a.file, length)}`;
    taken.add(slug);
    if (slug !== a.slug) articles[i] = { ...a, slug };
  });
}

export async function loadOverrides(dir: string): Promise<{ overrides: Overrides; problems: SeedProblem[] }> {
  const path = join(dir, OVERRIDES_FILE);
  if (!existsSync(path)) return { overrides: NO_OVERRIDES, problems: [] };
  return readOverrides(OVERRIDES_FILE, await readFile(path, "utf8"));
}

export interface LoadedArchive extends LoadedSeeds {
  archive: Archive;
}

export async function loadCorrections(dir: string): Promise<{ corrections: LocatedCorrection[]; problems: SeedProblem[] }> {
  const path = join(dir, CORRECTIONS_FILE);
  if (!existsSync(path)) return { corrections: [], problems: [] };
  return readCorrections(CORRECTIONS_FILE, await readFile(path, "utf8"));
}

/**
 * The whole read side: seeds folder → Archive, plus every seed (or overrides or corrections line) that could not
 * be read. Filing is decided here, after parsing, so a new threshold or correction needs no reparse.
 */
export async function loadArchive(dir: string, options: LoadOptions = {}): Promise<LoadedArchive> {
  const seeds = await loadSeeds(dir, options);
  const { overrides, problems } = await loadOverrides(dir);
  const { corrections, problems: unread } = await loadCorrections(dir);
  const filed = fileAttributions(seeds.articles, { threshold: options.threshold ?? DEFAULT_THRESHOLD, corrections });
  return {
    ...seeds,
    articles: filed.articles,
    problems: [...problems, ...unread, ...filed.problems, ...seeds.problems],
    archive: buildArchive(filed.articles, overrides),
  };
}
