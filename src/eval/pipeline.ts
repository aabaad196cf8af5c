/**
 * Corpus files through the whole pipeline (readSeedBytes → parseSeed), as `npm run parse` would read them, for
 * the lead and dates evaluations. A bug elsewhere in the pipeline (an exception) is counted and reported, not
 * allowed to hide the figures for every other article.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";

export const THREW = "the parser threw an exception";

/** Exceptions the parser threw since the last `takeCrashes()`, one line each. */
const crashes: string[] = [];

/** The article a seed's bytes make, or why not (the problem's reason, or THREW). */
export function parseBytes(file: string, bytes: Uint8Array): Article | string {
  try {
    const seed = readSeedBytes(file, bytes);
    const parsed = seed.ok ? parseSeed(seed.value) : seed;
    return parsed.ok ? parsed.value : parsed.problem.reason;
  } catch (error) {
    crashes.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return THREW;
  }
}

export async function parseFile(dir: string, file: string): Promise<Article | string> {
  return parseBytes(file, await readFile(join(dir, file)));
}

export function takeCrashes(): string[] {
  return crashes.splice(0, crashes.length);
}

/** Files of a corpus folder with the extension, in name order, so the report is the same on every run. */
export async function listFiles(dir: string, extension = ".txt"): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension) && e.name !== "README.TXT")
    .map((e) => join(e.parentPath ?? dir, e.name).slice(dir.length + 1))
    .sort();
}

/**
 * The text as the corpus wrote it — UTF-8, or Windows-1252 for the one BBC file that is not — in NFC, as the
 * seed reader hands every text on.
 */
export function decodeCorpusText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "").normalize("NFC");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes).normalize("NFC");
  }
}

/** metadata.tsv as rows keyed by column name. */
export async function readTsv(path: string): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await readFile(path, "utf8")).split("\n").filter(Boolean);
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((value, i) => [columns[i]!, value])));
}
