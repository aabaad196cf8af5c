/**
 * The files machines read, written straight from the Archive beside the pages Eleventy renders: the Atom feeds
 * (the archive's and one per person and organisation) and the static JSON API.
 *
 * Why not Eleventy templates: they are two or three small files per entity — most of a big archive's output —
 * and Eleventy's per-page cost (data cascade, permalink, write) is several times the cost of rendering them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { boundedQueue } from "../bounded.js";
import type { Archive, EntityPage } from "../archive/index.js";
import { articlesJson, entityJson } from "./api.js";
import { atomFeed, type SiteInfo } from "./feeds.js";

/** The whole archive's files: its feed and every Article. Site-relative path → content. */
export function archiveFiles(archive: Archive, site: SiteInfo): [string, string][] {
  return [
    ["feed.xml", atomFeed({ title: site.title, subtitle: site.description, url: "/feed.xml", pageUrl: "/", updated: archive.updated, entries: archive.indexes.feed }, site)],
    ["api/articles.json", articlesJson(archive.articles)],
  ];
}

/** The site-relative paths of a person's or organisation's feed and JSON record. */
export const entityFilePaths = (e: EntityPage): [string, string] => [e.feedUrl.slice(1), e.apiUrl.slice(1)];

/** A person's or organisation's feed and JSON record: both made from their EntityPage alone (and `site`). */
export function entityFiles(e: EntityPage, site: SiteInfo): [string, string][] {
  const [feed, api] = entityFilePaths(e);
  return [
    [feed, atomFeed({ title: `${e.name} · ${site.title}`, subtitle: `Articles in the archive that name ${e.name}.`, url: e.feedUrl, pageUrl: e.url, updated: e.updated, entries: e.feed }, site)],
    [api, entityJson(e, site.url)],
  ];
}

/**
 * Makes some machine files when called: [site-relative path, content] pairs. A build's plan lists makers rather
 * than contents, so a cold build of a big archive never holds the text of every feed and record at once.
 */
export type MachineMaker = () => [string, string][];

/** Makes and writes the files of `makers`, a few at a time (see ./render-plan.ts for which ones a build writes). */
export async function writeMachineFiles(outDir: string, makers: readonly MachineMaker[]): Promise<number> {
  const made = new Set<string>();
  let count = 0;
  // A few writes in flight at once: faster than one by one, without opening thousands of files together.
  const writes = boundedQueue(32);
  for (const make of makers) {
    writes.add(async () => {
      for (const [path, content] of make()) {
        const dir = dirname(join(outDir, path));
        if (!made.has(dir)) await mkdir(dir, { recursive: true });
        made.add(dir);
        await writeFile(join(outDir, path), content);
        count++;
      }
    });
  }
  await writes.drain();
  return count;
}
