/**
 * One folder per person and organisation, as a cuttings library kept them: what they are called and described
 * as (with the paragraph that says so), every quote, every article that names them, who appears alongside them,
 * and when — a month-by-month timeline.
 */
import type { Resolution, ResolvedEntity } from "./entities.js";
import type { ArticlePage, ArticleRef, EntityLink, QuoteView } from "./index.js";
import { paragraphLabel, ROUTES } from "./routes.js";
import { paginate, PAGE_SIZE, type Pager } from "./paginate.js";

export interface Evidence {
  paragraph: string;
  url: string;
  article: ArticleRef;
}

export interface Mention {
  article: ArticleRef;
  /** The paragraphs that name the entity, each linked ("paragraph 3"). */
  paragraphs: { id: string; url: string; label: string }[];
}

export interface MonthCount {
  month: string;
  /** The month's page in the archive's by-month index. */
  url: string;
  articles: number;
  quotes: number;
  /** Articles this month against the busiest month, in tenths (1–10): the width of a bar a reader compares at a glance. */
  share: number;
}

export interface EntityPage extends EntityLink {
  slug: string;
  feedUrl: string;
  apiUrl: string;
  aliases: string[];
  /** The librarian's one-line description (overrides file). */
  description?: string;
  /** Each distinct description once, with every place it was used (`shown`: the newest few, for the page). */
  descriptors: { text: string; sources: Evidence[]; shown: Evidence[]; more: number }[];
  quotes: QuoteView[];
  articles: Mention[];
  /** Who is named in the same articles most often (top 12). */
  related: (EntityLink & { count: number })[];
  timeline: MonthCount[];
  undated: number;
  /** The newest article naming them: the `updated` of their feed. */
  updated: string | null;
  /** The newest 20 articles naming them: their feed. */
  feed: ArticleRef[];
  /**
   * Whether search indexes the folder: anyone quoted, or named in two articles or more. A folder holding one
   * passing mention adds nothing search cannot find in its article, and on a big archive such folders are half
   * the pages — half the index.
   */
  searchable: boolean;
}

/** One page of a folder: the first carries the whole profile, later ones continue the quotes and articles. */
export interface FolderChunk {
  entity: EntityPage;
  url: string;
  pager: Pager;
  quotes: QuoteView[];
  articles: Mention[];
}

export const FEED_SIZE = 20;
/** A description used in hundreds of articles lists the newest few on the page; the JSON API has them all. */
export const SHOWN_SOURCES = 3;

export function buildFolders(
  pages: ArticlePage[],
  resolution: Resolution,
  link: (e: ResolvedEntity) => EntityLink,
): { people: EntityPage[]; organisations: EntityPage[]; personPages: FolderChunk[]; organisationPages: FolderChunk[] } {
  const folder = (entity: ResolvedEntity): EntityPage => {
    const self = link(entity);
    const descriptors = new Map<string, Evidence[]>();
    const mentioned = new Map<number, Mention>();
    const related = new Map<EntityLink, number>();
    for (const m of entity.mentions) {
      const page = pages[m.article]!;
      for (const d of m.entity.descriptors) {
        const list = descriptors.get(d.text) ?? [];
        list.push({ paragraph: d.paragraph, url: `${page.url}#${d.paragraph}`, article: page.ref });
        descriptors.set(d.text, list);
      }
      const paragraphs = m.entity.paragraphs.map((id) => ({ id, url: `${page.url}#${id}`, label: paragraphLabel(id) }));
      const seen = mentioned.get(m.article);
      if (seen) {
        // Two local names for one folder in the same article (acronym and long form): one entry, all paragraphs.
        for (const p of paragraphs) if (!seen.paragraphs.some((q) => q.id === p.id)) seen.paragraphs.push(p);
        continue;
      }
      mentioned.set(m.article, { article: page.ref, paragraphs });
      for (const other of [...page.people, ...page.organisations]) {
        if (other !== self) related.set(other, (related.get(other) ?? 0) + 1);
      }
    }
    const order = [...mentioned.keys()].sort((a, b) => a - b); // archive order: newest first
    const articles = order.map((i) => mentioned.get(i)!);
    const quotes = order.flatMap((i) => pages[i]!.quotes.filter((q) => q.filed && q.speaker?.url === self.url));
    return {
      ...self,
      slug: entity.slug,
      feedUrl: ROUTES.feed(self.url),
      apiUrl: ROUTES.api(entity.kind, entity.slug),
      aliases: entity.aliases,
      ...(entity.description ? { description: entity.description } : {}),
      descriptors: [...descriptors.entries()].map(([text, sources]) => ({
        text,
        sources,
        shown: sources.slice(0, SHOWN_SOURCES),
        more: Math.max(0, sources.length - SHOWN_SOURCES),
      })),
      quotes,
      articles,
      related: [...related.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name, "en") || (a[0].url < b[0].url ? -1 : 1))
        .slice(0, 12)
        .map(([l, count]) => ({ ...l, count })),
      ...timelineOf(articles, quotes),
      updated: articles.find((a) => a.article.published)?.article.published ?? null,
      feed: articles.slice(0, FEED_SIZE).map((a) => a.article),
      searchable: quotes.length > 0 || articles.length > 1,
    };
  };
  const people = resolution.people.map(folder);
  const organisations = resolution.organisations.map(folder);
  return { people, organisations, personPages: people.flatMap(chunks), organisationPages: organisations.flatMap(chunks) };
}

function timelineOf(articles: Mention[], quotes: QuoteView[]): { timeline: MonthCount[]; undated: number } {
  const months = new Map<string, { articles: number; quotes: number }>();
  const bump = (published: string | null, key: "articles" | "quotes") => {
    if (!published) return;
    const month = published.slice(0, 7);
    const m = months.get(month) ?? { articles: 0, quotes: 0 };
    m[key]++;
    months.set(month, m);
  };
  for (const a of articles) bump(a.article.published, "articles");
  for (const q of quotes) bump(q.article.published, "quotes");
  const busiest = Math.max(1, ...[...months.values()].map((m) => m.articles));
  const timeline = [...months.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, m]) => ({ month, url: ROUTES.month(month), ...m, share: Math.max(1, Math.round((m.articles / busiest) * 10)) }));
  return { timeline, undated: articles.filter((a) => !a.article.published).length };
}

/** Quotes and articles are paged side by side: page n shows the n-th fifty of each. */
function chunks(entity: EntityPage): FolderChunk[] {
  const quotes = paginate(entity.quotes, entity.url, PAGE_SIZE);
  const articles = paginate(entity.articles, entity.url, PAGE_SIZE);
  const longest = quotes.length >= articles.length ? quotes : articles;
  return longest.map((chunk, i) => ({
    entity,
    url: chunk.url,
    pager: chunk.pager,
    quotes: quotes[i]?.items ?? [],
    articles: articles[i]?.items ?? [],
  }));
}
