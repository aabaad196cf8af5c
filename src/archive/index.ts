/**
 * Article digests → the Archive: one folder per person and organisation holding everything the archive says by
 * and about them, the indexes, and the links from each article's names to those folders.
 *
 * The Archive is compact: it holds every article's digest (./digest.ts), never its text. The pages a template
 * renders are made from it one at a time (./views.ts), reading an Article from the store only when its words are
 * printed, so a build's memory follows the number of articles in small steps, and the facts a page shows are
 * still all computed here and in ./folders.ts, ./indexes.ts and ./views.ts; templates only lay them out.
 */
import { createHash } from "node:crypto";
import type { Article } from "../article.js";
import { digestOf, type ArticleDigest, type QuoteDigest } from "./digest.js";
import { resolveEntities, type EntityKind, type ResolvedEntity } from "./entities.js";
import { buildFolders, type Folder } from "./folders.js";
import { buildIndexes, type Indexes } from "./indexes.js";
import { NO_OVERRIDES, type Overrides } from "./overrides.js";
import { ROUTES } from "./routes.js";

export { ROUTES } from "./routes.js";
export type { Folder } from "./folders.js";
export type { Indexes } from "./indexes.js";
export type { ArticlePage, EntityHead, FolderChunk, MonthPage, QuotePage, QuoteView, SourceGroup } from "./views.js";

export interface ArticleRef {
  slug: string;
  url: string;
  headline: string;
  published: string | null;
  /** The lede, cut at a word near 200 characters: for descriptions, feeds and search results. */
  summary: string;
  byline?: string;
  outlet?: string;
}

export interface EntityLink {
  name: string;
  kind: EntityKind;
  url: string;
}

/**
 * One article as the Archive holds it: its reference, how its quotes are filed, and the identity of its text in
 * the store. Not its digest's names: once they are filed into folders, the article's page reads them from its
 * Article, and holding them for every article was a third of a big archive's memory.
 */
export interface ArticleEntry {
  ref: ArticleRef;
  /** The seed's name-and-content hash: the same key, the same words. */
  key: string;
  /** Its quotes as filing sees them (speaker, confidence, filed, correction): no words. */
  quotes: QuoteDigest[];
  /** Its people and organisations, each linked to the folder it resolved to, each folder once. */
  people: EntityLink[];
  organisations: EntityLink[];
  /**
   * The folder each of the digest's people and organisations resolved to, by their index in the digest (and so in
   * the Article): undefined for a suppressed name. Held per article rather than as one map keyed by strings — a
   * map entry per name in the archive is most of a big archive's memory.
   */
  named: { person: (EntityLink | undefined)[]; organisation: (EntityLink | undefined)[] };
  /** Each of its quotes' speaker, resolved to a folder when the quote is filed. */
  speakers: (EntityLink | undefined)[];
}

/** Where the whole Article of an entry comes from when its page is rendered: filed, under the entry's slug. */
export interface ArticleSource {
  article(entry: { key: string; slug: string }): Article;
}

export interface Archive {
  /** Newest first; undated last; then by headline and slug so equal dates never reorder between builds. */
  articles: ArticleEntry[];
  people: Folder[];
  organisations: Folder[];
  indexes: Indexes;
  /** The newest publication date in the archive: the whole-site feed's `updated`, never the build time. */
  updated: string | null;
  source: ArticleSource;
}

export interface Digested {
  key: string;
  digest: ArticleDigest;
}

const collator = new Intl.Collator("en");

/** Newest first; undated last; then by headline and slug so equal dates never reorder between builds. */
function byNewest(a: Digested, b: Digested): number {
  const x = a.digest;
  const y = b.digest;
  if (x.published !== y.published) {
    if (x.published === null) return 1;
    if (y.published === null) return -1;
    return x.published < y.published ? 1 : -1;
  }
  return collator.compare(x.headline, y.headline) || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
}

export function buildArchiveFrom(input: readonly Digested[], source: ArticleSource, overrides: Overrides = NO_OVERRIDES): Archive {
  const sorted = [...input].sort(byNewest);
  const digests = sorted.map((d) => d.digest);
  const resolution = resolveEntities(digests, overrides);
  const links = new Map<ResolvedEntity, EntityLink>();
  const linkOf = (e: ResolvedEntity): EntityLink => {
    let l = links.get(e);
    if (!l) links.set(e, (l = { name: e.name, kind: e.kind, url: ROUTES.entity(e.kind, e.slug) }));
    return l;
  };
  const link = (e: ResolvedEntity | undefined) => e && linkOf(e);

  const articles: ArticleEntry[] = sorted.map(({ key, digest: d }, position) => {
    const local = resolution.local[position]!;
    const named = { person: Array.from(local.person, link), organisation: Array.from(local.organisation, link) };
    // The overrides file can refile a "person" as an organisation: list each entity under the kind it resolved to.
    const all = [...named.person, ...named.organisation].filter((l) => l !== undefined);
    const speaker = (kind: EntityKind, slug: string | undefined) => {
      const list = kind === "person" ? d.people : d.organisations;
      const at = slug === undefined ? -1 : list.findIndex((e) => e.slug === slug);
      return at < 0 ? undefined : named[kind][at];
    };
    return {
      ref: {
        slug: d.slug,
        url: ROUTES.article(d.slug),
        headline: d.headline,
        published: d.published,
        summary: d.summary,
        ...(d.byline ? { byline: d.byline } : {}),
        ...(d.outlet ? { outlet: d.outlet } : {}),
      },
      key,
      quotes: d.quotes,
      people: unique(all.filter((l) => l.kind === "person")),
      organisations: unique(all.filter((l) => l.kind === "organisation")),
      named,
      // Only a filed quote links its speaker: an unconfirmed one is shown on its article and filed nowhere.
      speakers: d.quotes.map((q) => (q.speaker && q.filed ? speaker(q.speaker.kind === "organisation" ? "organisation" : "person", q.speaker.slug) : undefined)),
    };
  });

  const folders = buildFolders(articles, resolution, linkOf);
  return {
    articles,
    people: folders.people,
    organisations: folders.organisations,
    indexes: buildIndexes(articles, folders.people, folders.organisations),
    updated: articles.find((a) => a.ref.published)?.ref.published ?? null,
    source,
  };
}

/** Articles already in memory (tests, small tools): the same Archive a build makes from the store. */
export function buildArchive(input: readonly Article[], overrides: Overrides = NO_OVERRIDES): Archive {
  const bySlug = new Map(input.map((a) => [a.slug, a]));
  const source: ArticleSource = { article: (entry) => bySlug.get(entry.slug)! };
  const digested = input.map((a) => ({ key: createHash("sha256").update(JSON.stringify(a)).digest("hex"), digest: digestOf(a) }));
  return buildArchiveFrom(digested, source, overrides);
}

/** An article naming two local entities that resolve to one folder (an acronym and its long form) lists it once. */
function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
