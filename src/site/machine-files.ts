/**
 * The files machines read, written straight from the Archive beside the pages Eleventy renders: the Atom feeds
 * (the archive's and one per person and organisation), the static JSON API and the sitemaps.
 *
 * Why not Eleventy templates: they are two or three small files per entity — most of a big archive's output —
 * and Eleventy's per-page cost (data cascade, permalink, write) is several times the cost of rendering them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { garbageWatch } from "../collect.js";
import type { Archive } from "../archive/index.js";
import type { MonthList } from "../archive/indexes.js";
import { FEED_SIZE } from "../archive/folders.js";
import type { ArticleReader, FolderPageSpec } from "../archive/views.js";
import { articleIndexJson, articlesJson, entityApiPath, entityJson } from "./api.js";
import { atomFeed, type SiteInfo } from "./feeds.js";

/** The whole archive's small files: its feed and the list of its months' Article files. Site-relative path → content. */
export function archiveFiles(archive: Archive, site: SiteInfo): [string, string][] {
  return [
    ["feed.xml", atomFeed({ title: site.title, subtitle: site.description, url: "/feed.xml", pageUrl: "/", updated: archive.updated, entries: archive.indexes.feed }, site)],
    ["api/articles.json", articleIndexJson(archive.indexes.months.map((m) => ({ month: m.month, count: m.articles.length, url: `/${monthFilePath(m.month)}` })))],
  ];
}

/** Where a month's Articles are published: one file a month, so adding an article rewrites its month's file alone. */
export const monthFilePath = (month: string) => `api/articles/${month}.json`;

/** A month's Articles, exactly as `npm run parse` prints them (filed), newest first. */
export function articleMonthFiles(reader: ArticleReader, list: MonthList): [string, string][] {
  return [[monthFilePath(list.month), articlesJson(list.articles.map((i) => reader.article(i)))]];
}

/** The site-relative paths of the machine files beside one of a folder's pages: its JSON, and on the front page its feed. */
export const entityFilePaths = (spec: FolderPageSpec): string[] =>
  spec.pager.number === 0 ? [spec.folder.feedUrl.slice(1), entityApiPath(spec.folder, 0).slice(1)] : [entityApiPath(spec.folder, spec.pager.number).slice(1)];

/** The machine files beside one of a folder's pages: the front page's feed and EntityRecord, or a block's record. */
export function entityFiles(reader: ArticleReader, spec: FolderPageSpec, site: SiteInfo): [string, string][] {
  const e = spec.folder;
  const paths = entityFilePaths(spec);
  const json = entityJson(reader, e, site.url, spec);
  if (spec.pager.number > 0) return [[paths[0]!, json]];
  const entries = e.articles.slice(0, FEED_SIZE).map((i) => reader.archive.articles[i]!.ref);
  return [
    [paths[0]!, atomFeed({ title: `${e.name} · ${site.title}`, subtitle: `Articles in the archive that name ${e.name}.`, url: e.feedUrl, pageUrl: e.url, updated: e.updated, entries }, site)],
    [paths[1]!, json],
  ];
}

/**
 * Makes some machine files when called: [site-relative path, content] pairs. A build's plan lists makers rather
 * than contents, so a cold build of a big archive never holds the text of every feed and record at once.
 */
export type MachineMaker = (reader: ArticleReader) => [string, string][];

/**
 * Makes and writes the files of `makers` (see ./render-plan.ts for which ones a build writes), one maker at a time,
 * so the contents held at once are one maker's files, never every feed and record of the build. Written
 * synchronously, as Eleventy writes pages: each file is small, and a promise per open, write and close cost the
 * main thread more than the writes (the BBC archive's 20,419 files, written into memory: 4.6–5.0 s with 32 writes
 * in flight, 2.1–2.3 s one by one).
 */
export function writeMachineFiles(outDir: string, makers: readonly MachineMaker[], reader: ArticleReader): void {
  const made = new Set<string>();
  // A cold build makes tens of thousands, each reading Articles it drops at once: their garbage is collected as
  // it piles up, not left to double the heap.
  const collectWhenGrown = garbageWatch();
  for (const make of makers) {
    collectWhenGrown();
    for (const [path, content] of make(reader)) {
      const file = join(outDir, path);
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, content);
    }
  }
}
