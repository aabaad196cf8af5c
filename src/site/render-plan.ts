/**
 * What this build must write, and what the last build already wrote: every page, machine file and search shard
 * gets a fingerprint of everything it is made from, and only those whose fingerprint changed are made again.
 *
 * A fingerprint is taken from the compact Archive alone — the identity (seed key and slug) of every article a
 * page lists, never the article's text — so planning reads nothing from the store, and each page's fingerprint
 * costs what the page holds (a folder's page fingerprints its fifty items, not the folder's thousands). All of it
 * is under the renderer's version (every template, every source file, the lockfile), so a changed template or
 * filter re-renders everything and nothing stale survives.
 */
import { hash } from "node:crypto";
import type { Archive, ArticleEntry, EntityLink } from "../archive/index.js";
import type { LetterPage } from "../archive/indexes.js";
import { entityHead, folderName, folderPages, monthPages, quotePages, type FolderPageSpec, type MonthPageSpec, type QuotePageSpec } from "../archive/views.js";
import type { SiteInfo } from "./feeds.js";
import { archiveFiles, articleMonthFiles, entityFilePaths, entityFiles, monthFilePath, type MachineMaker } from "./machine-files.js";
import type { SiteManifest } from "./manifest.js";
import { planSearch, type SearchPlan } from "./search-shards.js";
import { sitemapFiles } from "./sitemap.js";

/** The paginated templates' data, as specifications: the pages this build renders, made into views slice by slice. */
export interface RenderSet {
  /** Positions in the archive. */
  articles: number[];
  personPages: FolderPageSpec[];
  organisationPages: FolderPageSpec[];
  months: MonthPageSpec[];
  quotes: QuotePageSpec[];
  people: LetterPage[];
  organisations: LetterPage[];
}

export interface RenderPlan {
  render: RenderSet;
  /** Makers of the machine files (feeds, JSON API, sitemaps) whose bytes changed, to write. */
  machine: MachineMaker[];
  /** The search shards: all of them, and those to index again. */
  search: SearchPlan;
  /** The manifest of the site this build leaves behind. */
  manifest: SiteManifest;
  /** How many pages and machine files are rendered or written, and how many are kept from the previous build. */
  counts: { rendered: number; kept: number; written: number; unchanged: number };
}

// Single pages (the front page, the archive's month list, search, 404, robots.txt) are rendered by every build:
// a handful, and most of them change with almost any seed. These are the HTML ones.
export const STATIC_PAGE_URLS = ["/", "/archive/", "/search/"];

/** "/people/ann/" → "people/ann/index.html": where Eleventy writes a page with that permalink. */
export function outputPath(url: string): string {
  const path = url.replace(/^\//, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

// One-shot hashing (the same bytes as hashing the version, a NUL and the text in turn): a big archive fingerprints
// a hundred thousand pages on every build, and a Hash object apiece cost twice the time.
export const digest = (version: string, text: string) => hash("sha1", `${version}\0${text}`, "base64url");

/** What an article's page is made of: its words (the key), its slug, how its quotes are filed and where its names link. */
export function articlePrint(entry: ArticleEntry): string {
  const linked = (l: EntityLink | undefined) => (l ? `${l.url} ${l.name}` : "");
  return JSON.stringify([
    entry.key,
    entry.ref.slug,
    entry.quotes.map((q, i) => [q.filed, q.correction ?? "", q.speaker?.name ?? "", q.speaker?.slug ?? "", entry.speakers[i]?.url ?? ""]),
    entry.named.person.map(linked),
    entry.named.organisation.map(linked),
  ]);
}

/*
 * A list page's fingerprint names each article it lists by the article page's own fingerprint (`prints`, made
 * first): that covers the article's words (its key), its slug and where its names and quotes link — everything a
 * list shows of it — in 27 characters instead of the key and slug's hundred. A folder's pages list fifty of them
 * each, and a big archive has tens of thousands of such pages to fingerprint on every build. Lines are joined,
 * not JSON-encoded: keys, slugs, paragraph ids and corrections never hold a line break.
 */

function folderPrint(archive: Archive, spec: FolderPageSpec, prints: readonly string[]): string {
  const { folder } = spec;
  const lines: string[] = [JSON.stringify([spec.pager.number === 0 ? entityHead(archive, folder) : folderName(folder), spec.pager])];
  for (let at = spec.quotes.from; at < spec.quotes.to; at++) {
    const q = folder.quotes[at]!;
    lines.push(`q ${prints[q.article]} ${q.quote}`);
  }
  for (let at = spec.articles.from; at < spec.articles.to; at++) lines.push(`a ${prints[folder.articles[at]!]} ${folder.paragraphs[at]!.join(",")}`);
  return lines.join("\n");
}

function monthPrint(spec: MonthPageSpec, prints: readonly string[]): string {
  const lines = [JSON.stringify([spec.list.month, spec.pager, spec.pager.number === 0 ? spec.list.articles.length : 0])];
  for (let at = spec.from; at < spec.to; at++) lines.push(prints[spec.list.articles[at]!]!);
  return lines.join("\n");
}

function quotesPrint(archive: Archive, spec: QuotePageSpec, prints: readonly string[]): string {
  const all = archive.indexes.quotes;
  const lines = [JSON.stringify([spec.pager, spec.pager.number === 0 ? all.length : 0])];
  for (let at = spec.from; at < spec.to; at++) {
    const q = all[at]!;
    const speaker = archive.articles[q.article]!.speakers[q.quote]!;
    lines.push(`${prints[q.article]} ${q.quote} ${speaker.url} ${speaker.name}`);
  }
  return lines.join("\n");
}

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
  options: { searchAll?: boolean } = {},
): RenderPlan {
  const usable = previous && previous.version === version ? previous.files : undefined;
  const files: Record<string, string> = {};
  const counts = { rendered: 0, kept: 0, written: 0, unchanged: 0 };
  /** Records a file's fingerprint; true when the site in the output folder already has it as it would be made. */
  const current = (path: string, fingerprint: string): boolean => {
    files[path] = fingerprint;
    return usable?.[path] === fingerprint && exists(path);
  };
  /** Records a page's fingerprint; true when it must be rendered. */
  const changed = (url: string, print: string): boolean => {
    const same = current(outputPath(url), digest(version, print));
    if (same) counts.kept++;
    else counts.rendered++;
    return !same;
  };

  const articlePrints = archive.articles.map((entry) => digest(version, articlePrint(entry)));
  const articles: number[] = [];
  archive.articles.forEach((entry, i) => {
    const path = outputPath(entry.ref.url);
    files[path] = articlePrints[i]!;
    if (usable?.[path] === articlePrints[i] && exists(path)) counts.kept++;
    else {
      counts.rendered++;
      articles.push(i);
    }
  });

  // Beside each of a folder's pages, its JSON (and the front page's feed), made from what the page shows: they
  // change when the page does.
  const folderFiles: { spec: FolderPageSpec; fingerprint: string }[] = [];
  const folderSet = (folders: Archive["people"]) =>
    folders.flatMap((folder) =>
      folderPages(folder).filter((spec) => {
        const print = folderPrint(archive, spec, articlePrints);
        folderFiles.push({ spec, fingerprint: digest(version, print) });
        return changed(spec.url, print);
      }),
    );
  const letterSet = (pages: LetterPage[], letters: unknown) => pages.filter((page) => changed(page.url, JSON.stringify([page, letters])));

  const render: RenderSet = {
    articles,
    personPages: folderSet(archive.people),
    organisationPages: folderSet(archive.organisations),
    months: archive.indexes.months.flatMap(monthPages).filter((spec) => changed(spec.url, monthPrint(spec, articlePrints))),
    quotes: quotePages(archive).filter((spec) => changed(spec.url, quotesPrint(archive, spec, articlePrints))),
    people: letterSet(archive.indexes.people, archive.indexes.peopleLetters),
    organisations: letterSet(archive.indexes.organisations, archive.indexes.organisationLetters),
  };

  // Machine files: made only when what they are made of changed; the small archive-wide ones are made every time
  // and written only when their bytes changed.
  const machine: MachineMaker[] = [];
  const keep = (path: string, fingerprint: string) => {
    const same = current(path, fingerprint);
    if (same) counts.unchanged++;
    else counts.written++;
    return same;
  };
  for (const [path, content] of archiveFiles(archive, site)) if (!keep(path, digest("", content))) machine.push(() => [[path, content]]);
  const sitemaps = sitemapFiles(archive, [...STATIC_PAGE_URLS, ...Object.keys(files).filter((p) => p.endsWith(".html")).map(urlOf)], site);
  for (const { path, print, make } of sitemaps) if (!keep(path, digest("sitemap", print))) machine.push(() => [[path, make()]]);
  for (const { spec, fingerprint } of folderFiles) {
    const kept = entityFilePaths(spec).map((path) => keep(path, fingerprint));
    if (!kept.every(Boolean)) machine.push((reader) => entityFiles(reader, spec, site));
  }
  for (const list of archive.indexes.months) {
    const fingerprint = digest(version, list.articles.map((i) => articlePrints[i]).join(" "));
    if (!keep(monthFilePath(list.month), fingerprint)) machine.push((reader) => articleMonthFiles(reader, list));
  }

  const search = planSearch(archive, version, articlePrints, options.searchAll ? undefined : usable, exists);
  for (const [path, fingerprint] of Object.entries(search.prints)) files[path] = fingerprint;
  return { render, machine, search, manifest: { version, files }, counts };
}

/** "people/ann/index.html" → "/people/ann/". */
const urlOf = (path: string) => `/${path.replace(/index\.html$/, "")}`;

/** The paginated lists of a RenderSet, in the order they are cut into batches. */
const PAGED = ["articles", "personPages", "organisationPages", "months", "people", "organisations", "quotes"] as const;

export const renderCount = (render: RenderSet) => PAGED.reduce((n, key) => n + render[key].length, 0);

/**
 * What a page costs an Eleventy run to hold, against an article page: a folder's page or a page of the quotes
 * index adds its quotes and mentions (each quote with its whole record and its article's reference): a full block
 * of fifty of each weighs 7⅔ article pages, a full quotes page three. The run holds every page's
 * data until it ends, and the slices of folder pages set a big build's peak: at 100,000 articles, with a full
 * block weighing one article page more, their render threads reached 230–290 MiB against 170 MiB for 2,000
 * article pages. Weighing five, the build still peaked in its slices of organisations' pages (1,143–1,217
 * MiB rendering from a warm store); weighing 7⅔, at 1,091 MiB. A folder naming one article weighs about
 * what an article does.
 */
function weightOf(key: (typeof PAGED)[number], item: unknown): number {
  if (key === "personPages" || key === "organisationPages") {
    const spec = item as FolderPageSpec;
    return 1 + (spec.quotes.to - spec.quotes.from + spec.articles.to - spec.articles.from) / 15;
  }
  if (key === "quotes") {
    const spec = item as QuotePageSpec;
    return 1 + (spec.to - spec.from) / 25;
  }
  return 1;
}

/**
 * Cuts a RenderSet into sets of at most `size` article pages' worth each (see weightOf), for one Eleventy run
 * apiece: Eleventy keeps every page it writes in memory until its run ends, so a cold build of a big archive
 * renders in slices, each made into views only when its turn comes. The handful of single pages is rendered by
 * each run, identically.
 */
export function sliceRenderSet(render: RenderSet, size: number): RenderSet[] {
  const slices: RenderSet[] = [];
  let current: RenderSet | undefined;
  let room = 0;
  const fresh = (): RenderSet => ({ articles: [], personPages: [], organisationPages: [], months: [], people: [], organisations: [], quotes: [] });
  for (const key of PAGED) {
    for (const item of render[key] as unknown[]) {
      const weight = weightOf(key, item);
      // A page heavier than a whole slice still gets a slice of its own.
      if (!current || (room < weight && room < size)) {
        current = fresh();
        slices.push(current);
        room = size;
      }
      (current[key] as unknown[]).push(item);
      room -= weight;
    }
  }
  return slices.length ? slices : [render];
}
