/**
 * The files machines read, written straight from the Archive after Eleventy has rendered the pages: the Atom
 * feeds (the archive's and one per person and organisation) and the static JSON API.
 *
 * Why not Eleventy templates: they are two or three small files per entity — most of a big archive's output —
 * and Eleventy's per-page cost (data cascade, permalink, write) is several times the cost of rendering them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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

/** Every machine file, in a fixed order. */
export function machineFiles(archive: Archive, site: SiteInfo): [string, string][] {
  return [...archiveFiles(archive, site), ...[...archive.people, ...archive.organisations].flatMap((e) => entityFiles(e, site))];
}

/** Writes [site-relative path, content] pairs (see ./render-plan.ts for which ones a build writes). */
export async function writeMachineFiles(outDir: string, files: [string, string][]): Promise<number> {
  const dirs = [...new Set(files.map(([path]) => dirname(join(outDir, path))))];
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // A few writes in flight at once: faster than one by one, without opening thousands of files together.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([path, content]) => writeFile(join(outDir, path), content)));
  }
  return files.length;
}
