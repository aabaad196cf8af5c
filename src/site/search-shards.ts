/**
 * Search by parts: the Pagefind index is cut into shards, each its own index under `pagefind/<shard>/`, merged in
 * the reader's browser (Pagefind's `mergeIndex`), so a rebuild indexes again only the shards whose pages changed.
 *
 * - Articles of the newest year are sharded by month (`articles-2025-12`), older ones by year (`articles-2019`), or
 *   by quarter (`articles-2019-q3`) when the year holds more than SHARD_SIZE, undated ones together: a newsroom
 *   adds today's story, so a rebuild re-indexes one month's articles, and the archive's history is a few dozen
 *   indexes for the browser to merge. (When a new year starts, the last year's months are indexed once more as
 *   its year's shards.)
 * - Folders by the first letter of their slug (`folders-m`): an article touches the folders of the few people
 *   and organisations it names.
 * - No shard holds more than SHARD_SIZE pages: Pagefind holds a shard's whole index in memory while it writes it
 *   (about 90 MB a thousand articles, measured), and an archive of undated articles, a busy month or a common
 *   first letter would otherwise make one shard of any size. A bigger one is cut into 2, 4, 8… parts by a hash of
 *   each page's slug (`articles-undated-p3`), so a page stays in its part while the shard grows, and adding one
 *   touches one part; when the shard doubles past the limit, its parts are cut anew (indexed once more).
 *
 * A shard's fingerprint is its members' fingerprints, so it is indexed again exactly when one of them changed.
 */
import { createHash } from "node:crypto";
import type { Archive, Folder } from "../archive/index.js";

/** The newest quotes a folder's search record carries: a phrase finds the speaker as well as the article. */
export const SEARCH_QUOTES = 10;

export interface SearchShard {
  name: string;
  /** Positions of the shard's articles, in archive order. */
  articles: number[];
  folders: Folder[];
}

export interface SearchPlan {
  /** Every shard of this build, by name: what the browser merges. */
  shards: string[];
  /** The shards to index again (all of them on a full build). */
  stale: SearchShard[];
  /** Manifest entries: `pagefind/<shard>/` → fingerprint. */
  prints: Record<string, string>;
}

export const SEARCH_DIR = "pagefind";
export const shardPath = (name: string) => `${SEARCH_DIR}/${name}/`;

/** Pages a shard may hold: an older year of more articles is sharded by quarter, and any bigger shard cut into parts. */
export const SHARD_SIZE = 2500;

/** How many parts a shard of `size` pages is cut into: the fewest powers of two that keep each under SHARD_SIZE on average. */
export function shardParts(size: number, limit = SHARD_SIZE): number {
  let parts = 1;
  while (size > parts * limit) parts *= 2;
  return parts;
}

/** The part of a shard cut into `parts` that a page belongs to, by its slug alone (never by what else is in the shard). */
export function shardPart(name: string, slug: string, parts: number): string {
  if (parts === 1) return name;
  const bucket = createHash("sha1").update(slug).digest().readUInt32BE(0) % parts;
  return `${name}-p${bucket}`;
}

/** The shard an article is indexed in, given the newest year in the archive and how many articles each year holds. */
export function articleShard(published: string | null, newestYear: string | undefined, perYear: ReadonlyMap<string, number>): string {
  if (!published) return "articles-undated";
  const year = published.slice(0, 4);
  if (year === newestYear) return `articles-${published.slice(0, 7)}`;
  if ((perYear.get(year) ?? 0) <= SHARD_SIZE) return `articles-${year}`;
  return `articles-${year}-q${Math.floor((Number(published.slice(5, 7)) - 1) / 3) + 1}`;
}

export const folderShard = (folder: Folder) => `folders-${/^[a-z0-9]/.test(folder.slug) ? folder.slug[0] : "other"}`;

/** What a folder's search record is made of (./search-index.ts): its names and descriptions, and its newest quotes. */
export function folderSearchPrint(archive: Archive, folder: Folder): string {
  const quotes = folder.quotes.slice(0, SEARCH_QUOTES).map((q) => `${archive.articles[q.article]!.key} ${q.quote}`);
  return JSON.stringify([folder.name, folder.kind, folder.url, folder.aliases, folder.description ?? "", folder.descriptors.map((d) => d.text), quotes]);
}

export function planSearch(
  archive: Archive,
  version: string,
  articlePrints: readonly string[],
  previous: Record<string, string> | undefined,
  exists: (path: string) => boolean,
): SearchPlan {
  const newestYear = archive.updated?.slice(0, 4);
  const shards = new Map<string, SearchShard & { hash: ReturnType<typeof createHash> }>();
  const shard = (name: string) => {
    let s = shards.get(name);
    if (!s) shards.set(name, (s = { name, articles: [], folders: [], hash: createHash("sha1").update(version) }));
    return s;
  };
  const perYear = new Map<string, number>();
  for (const year of archive.indexes.years) perYear.set(year.year, year.months.reduce((n, m) => n + m.count, 0));
  // Each page's natural shard first, then how many parts each natural shard needs.
  const articleShards = archive.articles.map((entry) => articleShard(entry.ref.published, newestYear, perYear));
  const folders = [...archive.people, ...archive.organisations].filter((folder) => folder.searchable);
  const folderShards = folders.map(folderShard);
  const sizes = new Map<string, number>();
  for (const name of [...articleShards, ...folderShards]) sizes.set(name, (sizes.get(name) ?? 0) + 1);
  const parts = new Map([...sizes].map(([name, size]) => [name, shardParts(size)]));
  archive.articles.forEach((entry, i) => {
    const name = articleShards[i]!;
    const s = shard(shardPart(name, entry.ref.slug, parts.get(name)!));
    s.articles.push(i);
    s.hash.update(articlePrints[i]!).update("\n");
  });
  folders.forEach((folder, i) => {
    const name = folderShards[i]!;
    const s = shard(shardPart(name, folder.slug, parts.get(name)!));
    s.folders.push(folder);
    s.hash.update(folderSearchPrint(archive, folder)).update("\n");
  });
  const prints: Record<string, string> = {};
  const stale: SearchShard[] = [];
  const names = [...shards.keys()].sort();
  for (const name of names) {
    const { hash, ...s } = shards.get(name)!;
    const path = shardPath(name);
    const fingerprint = (prints[path] = hash.digest("base64url"));
    if (previous?.[path] !== fingerprint || !exists(`${path}pagefind-entry.json`)) stale.push(s);
  }
  return { shards: names, stale, prints };
}
