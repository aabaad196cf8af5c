/**
 * One folder per person and organisation, as a cuttings library kept them: what they are called and described
 * as (with the paragraph that says so), every quote, every article that names them, who appears alongside them,
 * and when — a month-by-month timeline.
 *
 * A folder holds positions in the archive (numbers), not copies of articles or quotes: a prime minister named in
 * thirty thousand articles costs a few hundred kilobytes, and its pages are made from it one at a time.
 */
import type { KindVotes, Resolution, ResolvedEntity } from "./entities.js";
import type { ArticleEntry, EntityLink } from "./index.js";
import { ROUTES } from "./routes.js";

export interface MonthCount {
  month: string;
  /** The month's page in the archive's by-month index. */
  url: string;
  articles: number;
  quotes: number;
  /** Articles this month against the busiest month, in tenths (1–10): the width of a bar a reader compares at a glance. */
  share: number;
}

export interface Folder extends EntityLink {
  slug: string;
  feedUrl: string;
  apiUrl: string;
  aliases: string[];
  /** The librarian's one-line description (overrides file). */
  description?: string;
  /** How many articles give the name each kind, when they disagree: why it is filed under this one. */
  kindVotes?: KindVotes;
  /** The articles naming them, as positions in the archive (newest first), each once. */
  articles: number[];
  /** The paragraphs of each of those articles that name them (parallel to `articles`). */
  paragraphs: string[][];
  /** Their filed quotes, newest article first: the article's position and the quote's index in it. */
  quotes: { article: number; quote: number }[];
  /** Each distinct description once, with every place it was used, newest first. */
  descriptors: { text: string; sources: { article: number; paragraph: string }[] }[];
  /** Who is named in the same articles most often (top 12). */
  related: (EntityLink & { count: number })[];
  timeline: MonthCount[];
  undated: number;
  /** The newest article naming them: the `updated` of their feed. */
  updated: string | null;
  /**
   * Whether search indexes the folder: anyone quoted, or named in two articles or more. A folder holding one
   * passing mention adds nothing search cannot find in its article, and on a big archive such folders are half
   * the pages — half the index.
   */
  searchable: boolean;
}

export const FEED_SIZE = 20;

export function buildFolders(
  articles: readonly ArticleEntry[],
  resolution: Resolution,
  link: (e: ResolvedEntity) => EntityLink,
): { people: Folder[]; organisations: Folder[] } {
  // Mentions come in archive order already (resolution walks the articles newest first), so nothing is sorted
  // per folder but its related names.
  const folder = (entity: ResolvedEntity): Folder => {
    const self = link(entity);
    const descriptors = new Map<string, { article: number; paragraph: string }[]>();
    const positions: number[] = [];
    const paragraphs: string[][] = [];
    const related = new Map<EntityLink, number>();
    for (const m of entity.mentions) {
      for (const d of m.entity.descriptors) {
        const list = descriptors.get(d.text);
        if (list) list.push({ article: m.article, paragraph: d.paragraph });
        else descriptors.set(d.text, [{ article: m.article, paragraph: d.paragraph }]);
      }
      if (positions.at(-1) === m.article) {
        // Two local names for one folder in the same article (acronym and long form): one entry, all paragraphs.
        const seen = paragraphs.at(-1)!;
        const more = m.entity.paragraphs.filter((p) => !seen.includes(p));
        if (more.length) paragraphs[paragraphs.length - 1] = [...seen, ...more];
        continue;
      }
      positions.push(m.article);
      // The digest's own list, not a copy: most folders' entries are never merged.
      paragraphs.push(m.entity.paragraphs);
      const entry = articles[m.article]!;
      for (const other of entry.people) if (other !== self) related.set(other, (related.get(other) ?? 0) + 1);
      for (const other of entry.organisations) if (other !== self) related.set(other, (related.get(other) ?? 0) + 1);
    }
    const quotes: Folder["quotes"] = [];
    for (const i of positions) {
      articles[i]!.speakers.forEach((speaker, q) => {
        if (speaker === self) quotes.push({ article: i, quote: q });
      });
    }
    return {
      ...self,
      slug: entity.slug,
      feedUrl: ROUTES.feed(self.url),
      apiUrl: ROUTES.api(entity.kind, entity.slug),
      aliases: entity.aliases,
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.kindVotes ? { kindVotes: entity.kindVotes } : {}),
      articles: positions,
      paragraphs,
      quotes,
      descriptors: [...descriptors.entries()].map(([text, sources]) => ({ text, sources })),
      related: top(related, 12),
      ...timelineOf(articles, positions, quotes),
      updated: positions.map((i) => articles[i]!.ref.published).find((p) => p) ?? null,
      searchable: quotes.length > 0 || positions.length > 1,
    };
  };
  return { people: resolution.people.map(folder), organisations: resolution.organisations.map(folder) };
}

const collator = new Intl.Collator("en");

/** The `n` most frequent, ties by name then URL; a partial sort, so a folder of thousands of neighbours stays cheap. */
function top(counts: Map<EntityLink, number>, n: number): (EntityLink & { count: number })[] {
  const before = (a: [EntityLink, number], b: [EntityLink, number]) =>
    b[1] - a[1] || collator.compare(a[0].name, b[0].name) || (a[0].url < b[0].url ? -1 : a[0].url > b[0].url ? 1 : 0);
  const best: [EntityLink, number][] = [];
  for (const pair of counts) {
    if (best.length === n && before(pair, best[n - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(pair, best[at - 1]!) < 0) at--;
    best.splice(at, 0, pair);
    if (best.length > n) best.pop();
  }
  return best.map(([l, count]) => ({ ...l, count }));
}

function timelineOf(articles: readonly ArticleEntry[], positions: number[], quotes: Folder["quotes"]): { timeline: MonthCount[]; undated: number } {
  const months = new Map<string, { articles: number; quotes: number }>();
  const bump = (published: string | null, key: "articles" | "quotes") => {
    if (!published) return;
    const month = published.slice(0, 7);
    const m = months.get(month) ?? { articles: 0, quotes: 0 };
    m[key]++;
    months.set(month, m);
  };
  let undated = 0;
  for (const i of positions) {
    const published = articles[i]!.ref.published;
    if (!published) undated++;
    bump(published, "articles");
  }
  for (const q of quotes) bump(articles[q.article]!.ref.published, "quotes");
  let busiest = 1;
  for (const m of months.values()) busiest = Math.max(busiest, m.articles);
  const timeline = [...months.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, m]) => ({ month, url: ROUTES.month(month), ...m, share: Math.max(1, Math.round((m.articles / busiest) * 10)) }));
  return { timeline, undated };
}
