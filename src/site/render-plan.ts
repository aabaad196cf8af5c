/**
 * What this build must write, and what the last build already wrote: every page and machine file gets a
 * fingerprint of everything it is made from, and only those whose fingerprint changed are rendered again.
 *
 * Adding one seed changes its article page, the folders of the people it names, and a few index pages; the
 * other ten thousand pages of a big archive are left as they are. A page's fingerprint is its view-model item
 * (the only data its template reads besides `site`) under the renderer's version (every template, every source
 * file, the lockfile), so a changed template or filter re-renders everything and nothing stale survives.
 */
import { createHash } from "node:crypto";
import type { Archive } from "../archive/index.js";
import type { SiteInfo } from "./feeds.js";
import { archiveFiles, entityFilePaths, entityFiles, type MachineMaker } from "./machine-files.js";
import type { SiteManifest } from "./manifest.js";

/** The paginated templates' data: the items whose pages this build renders. */
export interface RenderSet {
  articles: Archive["articles"];
  personPages: Archive["personPages"];
  organisationPages: Archive["organisationPages"];
  months: Archive["indexes"]["months"];
  people: Archive["indexes"]["people"];
  organisations: Archive["indexes"]["organisations"];
  quotes: Archive["indexes"]["quotes"];
  /** Every HTML page of the site, rendered this time or not: the sitemap's URLs, sorted. */
  sitemap: string[];
}

export interface RenderPlan {
  render: RenderSet;
  /** Makers of the machine files (feeds, JSON API) whose bytes changed, to write. */
  machine: MachineMaker[];
  /** The manifest of the site this build leaves behind. */
  manifest: SiteManifest;
  /** How many pages and machine files are rendered or written, and how many are kept from the previous build. */
  counts: { rendered: number; kept: number; written: number; unchanged: number };
}

// Single pages (the front page, the archive's month list, search, 404, robots.txt, the sitemap) are rendered
// by every build: a handful, and most of them change with almost any seed. These are the HTML ones.
const STATIC_PAGE_URLS = ["/", "/archive/", "/search/"];

/** "/people/ann/" → "people/ann/index.html": where Eleventy writes a page with that permalink. */
export function outputPath(url: string): string {
  const path = url.replace(/^\//, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

const digest = (version: string, text: string) => createHash("sha1").update(version).update("\0").update(text).digest("base64url");

/**
 * Plans a build. `previous` is the manifest of the site already in the output folder (undefined: render all);
 * `exists` says whether a file the manifest lists is still there (a page deleted by hand is rendered again).
 */
export function planSite(
  archive: Archive,
  site: SiteInfo,
  version: string,
  previous: SiteManifest | undefined,
  exists: (path: string) => boolean = () => true,
): RenderPlan {
  const usable = previous && previous.version === version ? previous.files : undefined;
  const files: Record<string, string> = {};
  const counts = { rendered: 0, kept: 0, written: 0, unchanged: 0 };
  const sitemap: string[] = [...STATIC_PAGE_URLS];
  // A folder's first page holds its whole EntityPage: its fingerprint is the entity's, reused for its feed and JSON.
  const entityPrints = new Map<string, string>();

  // JSON.stringify of an item is its whole input: the view model holds plain data only (no Maps, no functions).
  // `shared`: what the template reads from the archive besides the item (an A–Z index's letter bar, say).
  const pick = <T extends { url: string }>(items: readonly T[], shared: unknown = null): T[] =>
    items.filter((item) => {
      const path = outputPath(item.url);
      const fingerprint = digest(version, JSON.stringify([item, shared]));
      files[path] = fingerprint;
      sitemap.push(item.url);
      if ("entity" in item && (item as { pager?: { number: number } }).pager?.number === 1) entityPrints.set(item.url, fingerprint);
      if (usable?.[path] === fingerprint && exists(path)) {
        counts.kept++;
        return false;
      }
      counts.rendered++;
      return true;
    });

  const render: RenderSet = {
    articles: pick(archive.articles),
    personPages: pick(archive.personPages),
    organisationPages: pick(archive.organisationPages),
    months: pick(archive.indexes.months),
    people: pick(archive.indexes.people, archive.indexes.peopleLetters),
    organisations: pick(archive.indexes.organisations, archive.indexes.organisationLetters),
    quotes: pick(archive.indexes.quotes, archive.indexes.quoteCount),
    sitemap: [...new Set(sitemap)].sort(),
  };

  // Machine files: a folder's feed and JSON are made only when its entity changed; the archive-wide ones are
  // made every time and written only when their bytes changed.
  const machine: MachineMaker[] = [];
  const keep = (path: string, fingerprint: string) => {
    files[path] = fingerprint;
    if (usable?.[path] === fingerprint && exists(path)) {
      counts.unchanged++;
      return true;
    }
    counts.written++;
    return false;
  };
  // The archive-wide files are made now (their fingerprint is their bytes); an entity's only when written.
  for (const [path, content] of archiveFiles(archive, site)) if (!keep(path, digest("", content))) machine.push(() => [[path, content]]);
  for (const e of [...archive.people, ...archive.organisations]) {
    const fingerprint = entityPrints.get(e.url) ?? digest(version, JSON.stringify(e));
    const kept = entityFilePaths(e).map((path) => keep(path, fingerprint));
    if (!kept.every(Boolean)) machine.push(() => entityFiles(e, site));
  }

  return { render, machine, manifest: { version, files }, counts };
}

/** Plans a build that renders and writes everything (no previous site, or one that cannot be trusted). */
export const planFullSite = (archive: Archive, site: SiteInfo, version: string) => planSite(archive, site, version, undefined);

/** The paginated lists of a RenderSet, in the order they are cut into batches. */
const PAGED = ["articles", "personPages", "organisationPages", "months", "people", "organisations", "quotes"] as const;

/**
 * Cuts a RenderSet into sets of at most `size` pages each, for one Eleventy run apiece: Eleventy keeps every
 * page it writes in memory until its run ends, so a cold build of a big archive renders in slices. Every slice
 * keeps the whole sitemap; the handful of single pages is rendered by each run, identically.
 */
export function sliceRenderSet(render: RenderSet, size: number): RenderSet[] {
  const slices: RenderSet[] = [];
  let current: RenderSet | undefined;
  let room = 0;
  const fresh = (): RenderSet => ({ articles: [], personPages: [], organisationPages: [], months: [], people: [], organisations: [], quotes: [], sitemap: render.sitemap });
  for (const key of PAGED) {
    const items = render[key] as unknown[];
    for (let i = 0; i < items.length; ) {
      if (!current || room === 0) {
        current = fresh();
        slices.push(current);
        room = size;
      }
      const take = items.slice(i, i + room);
      (current[key] as unknown[]).push(...take);
      room -= take.length;
      i += take.length;
    }
  }
  return slices.length ? slices : [render];
}
