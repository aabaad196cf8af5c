/**
 * A seeds folder → parsed Articles, with every bad seed reported (never silently dropped).
 * Parsed articles are remembered by content hash for the life of the process, so a rebuild in watch mode,
 * or Eleventy's data step after the CLI's own check, parses only what changed.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Article } from "../article.js";
import { parseSeed } from "../parse.js";
import { buildArchive, type Archive } from "./index.js";
import type { SeedProblem } from "../seed/problem.js";
import { isSeedFile, readSeedBytes } from "../seed/read.js";

/** Files in the seeds folder that are not articles. */
export const OVERRIDES_FILE = "entities.yml";
const NOT_SEEDS = new Set([OVERRIDES_FILE, "README.md", "readme.md"]);

export interface LoadedSeeds {
  articles: Article[];
  problems: SeedProblem[];
}

const parsed = new Map<string, { ok: true; article: Article } | { ok: false; reason: string }>();

/** Seed files under `dir`, recursively, as sorted paths relative to it (sorted so output never depends on readdir order). */
export async function listSeedFiles(dir: string): Promise<{ seeds: string[]; others: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const seeds: string[] = [];
  const others: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/");
    if (rel.split("/").some((part) => part.startsWith("."))) continue;
    if (NOT_SEEDS.has(rel)) continue;
    (isSeedFile(entry.name) ? seeds : others).push(rel);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { seeds: seeds.sort(byCodePoint), others: others.sort(byCodePoint) };
}

export async function loadSeeds(dir: string): Promise<LoadedSeeds> {
  const { seeds, others } = await listSeedFiles(dir);
  const problems: SeedProblem[] = others.map((file) => ({ file, reason: "not a seed: expected a .txt or .md file" }));
  const articles: Article[] = [];
  for (const file of seeds) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch (error) {
      problems.push({ file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const key = createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
    let entry = parsed.get(key);
    if (!entry) {
      const seed = readSeedBytes(file, bytes);
      const result = seed.ok ? parseSeed(seed.value) : seed;
      entry = result.ok ? { ok: true, article: result.value } : { ok: false, reason: result.problem.reason };
      parsed.set(key, entry);
    }
    if (entry.ok) articles.push(entry.article);
    else problems.push({ file, reason: entry.reason });
  }
  return { articles, problems };
}

export interface LoadedArchive {
  archive: Archive;
  problems: SeedProblem[];
}

/** The whole read side: seeds folder → Archive, plus every seed that could not be read. */
export async function loadArchive(dir: string): Promise<LoadedArchive> {
  const { articles, problems } = await loadSeeds(dir);
  return { archive: buildArchive(articles), problems };
}
