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

/** Archive-relative path → content, in a fixed order. */
export function machineFiles(archive: Archive, site: SiteInfo): [string, string][] {
  const files: [string, string][] = [
    ["feed.xml", atomFeed({ title: site.title, subtitle: site.description, url: "/feed.xml", pageUrl: "/", updated: archive.updated, entries: archive.indexes.feed }, site)],
    ["api/articles.json", articlesJson(archive.articles)],
  ];
  const entityFiles = (e: EntityPage): [string, string][] => [
    [e.feedUrl.slice(1), atomFeed({ title: `${e.name} · ${site.title}`, subtitle: `Articles in the archive that name ${e.name}.`, url: e.feedUrl, pageUrl: e.url, updated: e.updated, entries: e.feed }, site)],
    [e.apiUrl.slice(1), entityJson(e, site.url)],
  ];
  for (const e of archive.people) files.push(...entityFiles(e));
  for (const e of archive.organisations) files.push(...entityFiles(e));
  return files;
}

export async function writeMachineFiles(outDir: string, archive: Archive, site: SiteInfo): Promise<number> {
  const files = machineFiles(archive, site);
  const dirs = [...new Set(files.map(([path]) => dirname(join(outDir, path))))];
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // A few writes in flight at once: faster than one by one, without opening thousands of files together.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([path, content]) => writeFile(join(outDir, path), content)));
  }
  return files.length;
}
