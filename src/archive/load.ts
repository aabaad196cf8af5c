/**
 * A seeds folder → article digests in memory, Articles in the store, and the Archive, with every bad seed
 * reported (never silently dropped).
 *
 * Only new work is done: a seed is known by its size, modification time and inode (then it is not even read), or
 * by its name and bytes (then it is not parsed again); the rest are parsed across every core, and each parse
 * goes straight to the store, so the build holds digests, not Articles.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import type { Article } from "../article.js";
import { DEFAULT_THRESHOLD } from "../extract/quotes/filing-rule.js";
import type { SeedProblem } from "../seed/problem.js";
import { isSeedFile, SEED_KINDS } from "../seed/kinds.js";
import { boundedQueue } from "../bounded.js";
import { shortHash } from "../slug.js";
import { CORRECTIONS_FILE, readCorrections, type LocatedCorrection } from "./corrections.js";
import { interner, type ArticleDigest } from "./digest.js";
import { fileDigests } from "./filing.js";
import { buildArchiveFrom, type Archive, type Digested } from "./index.js";
import { NO_OVERRIDES, readOverrides, type Overrides } from "./overrides.js";
import { defaultParseThreads, EVERY_CORE_AT, parseAll, ParseThread } from "./parse-pool.js";
import { Progress } from "./progress.js";
import { collectIfBig } from "../collect.js";
import { ArchiveStore, temporaryStore, type SeedStat, type StoredParse } from "./store.js";

/** The librarian's overrides live next to the seeds; they are not an article. */
export const OVERRIDES_FILE = "entities.yml";
const NOT_SEEDS = new Set([OVERRIDES_FILE, CORRECTIONS_FILE, "README.md", "readme.md"]);

/** Files read or written at once: well under any machine's open-file limit, enough to keep the disk busy. */
const OPEN_FILES = 32;
/** Parses written to the store per transaction. */
const STORE_BATCH = 256;
/**
 * A seed modified this recently is not remembered by its size and time: another write within the clock's
 * resolution could leave both unchanged (git's "racy" entries), so it is hashed again next time.
 */
const RACY_MS = 2000;
/**
 * New seeds parsed on a worker beside the digests being read: at most this many (more are a cold build's work,
 * parsed on every thread), and only when there are this many digests to read (below it, reading them takes less
 * than a worker takes to start).
 */
const BESIDE_AT_MOST = 64;
const BESIDE_DIGESTS = 5000;
export const DEFAULT_CACHE = join(dirname(fileURLToPath(import.meta.url)), "../../.cache/parse");

export interface LoadOptions {
  /** Where the store lives on disk; null for a temporary one, removed by `close`. */
  cache?: string | null;
  /** Parsing threads, the main thread included (1 parses serially); default every core from 3,000 new seeds, one fewer below. */
  workers?: number;
  /** Show progress on stderr. */
  progress?: boolean;
  /** The confidence a quote needs to be filed on its speaker's page (the site's `filingThreshold`). */
  threshold?: number;
  /** How many stored digests make it worth parsing a few new seeds on a worker meanwhile (BESIDE_DIGESTS). */
  besideDigests?: number;
  /** How many unknown seeds make it worth starting a parse worker before they are hashed (EVERY_CORE_AT). */
  everyCoreAt?: number;
}

export interface LoadedSeed extends Digested {
  file: string;
}

export interface LoadedSeeds {
  /** Every readable seed, sorted by file: its key in the store and its digest (slug made distinct). */
  seeds: LoadedSeed[];
  problems: SeedProblem[];
  /** How many seeds were actually parsed this time, and how many came from the store. */
  parsed: number;
  cached: number;
  store: ArchiveStore;
  /** Closes the store (and removes a temporary one). */
  close(): void;
}

/** Seed files under `dir`, recursively, as sorted paths relative to it (sorted so output never depends on readdir order). */
export async function listSeedFiles(dir: string): Promise<{ seeds: string[]; others: string[]; links: string[] }> {
  const seeds: string[] = [];
  const others: string[] = [];
  const links: string[] = [];
  // Walked folder by folder, each path built from its folder's: Node 20's recursive readdir left a path.relative
  // and a join per file, 0.45 of the 0.53 s it took to list 100,000 seeds.
  const walk = (rel: string) => {
    for (const entry of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue; // hidden files and folders hold no seeds
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      // A link could point anywhere on the machine; publishing its target is never what a seed means.
      else if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isFile() && !NOT_SEEDS.has(path)) (isSeedFile(entry.name) ? seeds : others).push(path);
    }
  };
  walk("");
  // The default sort compares UTF-16 code units, as `<` does: the same order on every machine, without a
  // comparator call per comparison.
  return { seeds: seeds.sort(), others: others.sort(), links: links.sort() };
}

export function seedKey(file: string, bytes: Uint8Array): string {
  return createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
}

function openStore(cache: string | null | undefined): { store: ArchiveStore; close: () => void } {
  if (cache === null) {
    const { store, remove } = temporaryStore(mkdtempSync(join(tmpdir(), "cuttings-store-")));
    return { store, close: remove };
  }
  const store = new ArchiveStore(cache ?? DEFAULT_CACHE);
  return { store, close: () => store.close() };
}

type Found = { ok: true; key: string; digest: ArticleDigest } | { ok: false; reason: string };

function fromStore(key: string, stored: { ok: true; digest: string } | { ok: false; reason: string }, intern: (d: ArticleDigest) => ArticleDigest): Found | undefined {
  if (!stored.ok) return stored;
  try {
    return { ok: true, key, digest: intern(JSON.parse(stored.digest) as ArticleDigest) };
  } catch {
    return undefined; // a damaged row is parsed again
  }
}

export async function loadSeeds(dir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  const { store, close } = openStore(options.cache);
  const known = store.knownSeeds();
  const besideDigests = options.besideDigests ?? BESIDE_DIGESTS;
  // A rebuild of a big archive usually has a new seed or two to parse: a parse thread starts loading the NLP
  // libraries now, while the folder is listed and the digests read (closed unused if no seed is new).
  let thread = known.size >= besideDigests ? new ParseThread() : undefined;
  try {
    const { seeds, others, links } = await listSeedFiles(dir);
    // A big parse (a cold build of thousands of seeds) runs on every core: its worker starts loading the NLP
    // libraries now, while the seeds are stat-ed and hashed, instead of after (2 to 3 s before its first parse).
    const unknownAtMost = seeds.length - known.size;
    const everyCore = (options.workers ?? defaultParseThreads(unknownAtMost)) > 1 && unknownAtMost >= (options.everyCoreAt ?? EVERY_CORE_AT);
    if (!thread && everyCore) thread = new ParseThread();
    const problems: SeedProblem[] = [
      ...others.map((file) => ({ file, reason: `not a seed: expected a ${SEED_KINDS} file` })),
      ...links.map((file) => ({ file, reason: "symbolic link, not followed: copy the article into the seeds folder" })),
    ];
    const intern = interner();

    const results: (Found | undefined)[] = new Array(seeds.length);
    const keys: string[] = new Array(seeds.length);
    const remember: [string, SeedStat, string][] = [];
    const now = Date.now();
    // A seed the store knows by its size, time and inode is not read at all (stat is a hundred times cheaper).
    const unknown: number[] = [];
    seeds.forEach((file, index) => {
      try {
        const s = statSync(join(dir, file));
        const seen = known.get(file);
        if (seen && seen.size === s.size && seen.mtimeMs === s.mtimeMs && seen.ino === s.ino) keys[index] = seen.key;
        else unknown.push(index);
      } catch (error) {
        results[index] = { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
      }
    });
    const reads = boundedQueue(OPEN_FILES);
    for (const index of unknown) {
      reads.add(async () => {
        const file = seeds[index]!;
        const path = join(dir, file);
        try {
          const s = await stat(path);
          const key = (keys[index] = seedKey(file, await readFile(path)));
          if (now - s.mtimeMs > RACY_MS) remember.push([file, { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino }, key]);
        } catch (error) {
          results[index] = { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
        }
      });
    }
    await reads.drain();
    store.rememberSeeds(remember);

    let progress: Progress | undefined;
    // Parses go to the store as they come, a batch per transaction, so a build stopped halfway keeps what it did.
    let batch: [string, StoredParse][] = [];
    const parse = (pending: number[], mainThread: boolean, thread?: ParseThread) =>
      parseAll(
        pending.map((index) => ({ file: seeds[index]!, read: () => readFileSync(join(dir, seeds[index]!)) })),
        (i, parsed) => {
          const index = pending[i]!;
          const key = keys[index]!;
          results[index] = parsed.ok ? { ok: true, key, digest: intern(JSON.parse(parsed.digest) as ArticleDigest) } : parsed;
          batch.push([key, parsed]);
          if (batch.length >= STORE_BATCH) {
            store.putAll(batch);
            batch = [];
          }
          progress?.tick();
        },
        options.workers,
        { mainThread, thread },
      );

    // Seeds hashed just now whose parse the store lacks are new or edited. A rebuild has a handful: they are parsed
    // on a worker while this thread reads every other seed's digest (loading the NLP libraries and parsing one
    // seed here cost a rebuild of 100,000 articles a second). A cold build parses afterwards, on every thread.
    const fresh = unknown.filter((index) => keys[index] !== undefined && !store.has(keys[index]!));
    const beside = fresh.length > 0 && fresh.length <= BESIDE_AT_MOST && keys.length - fresh.length >= besideDigests;
    if (options.progress && fresh.length) progress = new Progress(fresh.length, "parse");
    const early = beside ? parse(fresh, false, thread) : undefined;
    if (beside) thread = undefined; // handed over: parseAll closes it
    early?.catch(() => {}); // awaited below; a failure must not surface as unhandled meanwhile

    // Keys are per seed file (its name is part of the key), so each stored row is one seed's.
    const wanted = new Map<string, number>();
    keys.forEach((key, index) => key !== undefined && wanted.set(key, index));
    if (beside) for (const index of fresh) wanted.delete(keys[index]!);
    let cached = 0;
    store.eachDigest(
      (key) => wanted.has(key),
      (key, row) => {
        const index = wanted.get(key)!;
        const found = results[index] === undefined ? fromStore(key, row, intern) : undefined;
        if (found) {
          results[index] = found;
          cached++;
        }
      },
    );
    await early;
    // The rest: every seed of a cold build, and any whose stored row was missing or damaged.
    const pending: number[] = [];
    seeds.forEach((_, index) => {
      if (keys[index] !== undefined && results[index] === undefined) pending.push(index);
    });
    if (options.progress && pending.length && !progress) progress = new Progress(pending.length, "parse");
    await parse(pending, true, thread);
    thread = undefined; // handed over: parseAll closes it
    store.putAll(batch);
    progress?.finish();
    // A cold build's parsing leaves its garbage behind: collect it before the archive is built on top of it.
    if (pending.length > 1000) collectIfBig();
    const parsed = (beside ? fresh.length : 0) + pending.length;

    const loaded: LoadedSeed[] = [];
    seeds.forEach((file, index) => {
      const found = results[index]!;
      if (found.ok) loaded.push({ file, key: found.key, digest: found.digest });
      else problems.push({ file, reason: found.reason });
    });
    distinctSlugs(loaded.map((s) => s.digest));
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { seeds: loaded, problems, parsed, cached, store, close };
  } finally {
    void thread?.close();
  }
}

/**
 * "news/a-b.txt" and "news-a/b.txt" fold to one slug. Such a clash is resolved without looking at which seed came
 * first: every clashing seed inside a folder takes a hash of its path, so a top-level seed keeps its URL.
 */
function distinctSlugs(articles: ArticleDigest[]): void {
  const count = new Map<string, number>();
  for (const a of articles) count.set(a.slug, (count.get(a.slug) ?? 0) + 1);
  for (const a of articles) if (count.get(a.slug)! > 1 && a.file.includes("/")) a.slug = `${a.slug}-${shortHash(a.file)}`;
  // Top-level seeds can still clash ("story.txt" and "story.md", or a name chosen to match another seed's hashed
  // slug), and two pages at one URL stop Eleventy: the seed whose path sorts first keeps the slug, each other
  // takes a longer hash of its path.
  const taken = new Set<string>();
  for (const a of articles) {
    let slug = a.slug;
    for (let length = 6; taken.has(slug) && length <= 64; length += 4) slug = `${a.slug}-${shortHash(a.file, length)}`;
    taken.add(slug);
    a.slug = slug;
  }
}

export async function loadOverrides(dir: string): Promise<{ overrides: Overrides; problems: SeedProblem[] }> {
  const path = join(dir, OVERRIDES_FILE);
  if (!existsSync(path)) return { overrides: NO_OVERRIDES, problems: [] };
  return readOverrides(OVERRIDES_FILE, await readFile(path, "utf8"));
}

export async function loadCorrections(dir: string): Promise<{ corrections: LocatedCorrection[]; problems: SeedProblem[] }> {
  const path = join(dir, CORRECTIONS_FILE);
  if (!existsSync(path)) return { corrections: [], problems: [] };
  return readCorrections(CORRECTIONS_FILE, await readFile(path, "utf8"));
}

export interface LoadedArchive {
  archive: Archive;
  problems: SeedProblem[];
  parsed: number;
  cached: number;
  /** Closes the store the archive reads its Articles from: after the last page is made. */
  close(): void;
}

/**
 * The whole read side: seeds folder → Archive, plus every seed (or overrides or corrections line) that could not
 * be read. Filing is decided here, after parsing, so a new threshold or correction needs no reparse.
 */
export async function loadArchive(dir: string, options: LoadOptions = {}): Promise<LoadedArchive> {
  const seeds = await loadSeeds(dir, options);
  const { overrides, problems } = await loadOverrides(dir);
  const { corrections, problems: unread } = await loadCorrections(dir);
  // The store alone, not `seeds`: a closure over the loaded seeds would keep every digest alive with the archive.
  const { store } = seeds;
  const load = (key: string): Article => store.article(key);
  const filed = fileDigests(seeds.seeds, { threshold: options.threshold ?? DEFAULT_THRESHOLD, corrections }, load);
  return {
    archive: buildArchiveFrom(filed.seeds, filed.source, overrides),
    problems: [...problems, ...unread, ...filed.problems, ...seeds.problems],
    parsed: seeds.parsed,
    cached: seeds.cached,
    close: seeds.close,
  };
}

/** Every readable seed's Article, filed, in file order (for tools that read them all: review). */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<{ articles: Article[]; problems: SeedProblem[] }> {
  const seeds = await loadSeeds(dir, options);
  try {
    const { corrections, problems } = await loadCorrections(dir);
    const filed = fileDigests(seeds.seeds, { threshold: options.threshold ?? DEFAULT_THRESHOLD, corrections }, (key) => seeds.store.article(key));
    const articles = filed.seeds.map((s) => filed.source.article({ key: s.key, slug: s.digest.slug }));
    return { articles, problems: [...seeds.problems, ...problems, ...filed.problems] };
  } finally {
    seeds.close();
  }
}
