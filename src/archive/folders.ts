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
  // Who appears beside whom is counted over integers: every name of an article against every other, millions
  // of pairs in a big archive, each once a map update keyed by an object. Each folder's link gets a number, each
  // article the numbers of its names, and one array of counts serves every folder in turn.
  const numbers = new Map<EntityLink, number>();
  const linksByNumber: EntityLink[] = [];
  const numberOf = (l: EntityLink) => {
    let n = numbers.get(l);
    if (n === undefined) {
      numbers.set(l, (n = linksByNumber.length));
      linksByNumber.push(l);
    }
    return n;
  };
  const names = articles.map((entry) => Int32Array.from([...entry.people, ...entry.organisations], numberOf));
  const counts = new Int32Array(linksByNumber.length);
  const months = monthsOf(articles);

  // Mentions come in archive order already (resolution walks the articles newest first), so nothing is sorted
  // per folder but its related names.
  const folder = (entity: ResolvedEntity): Folder => {
    const self = link(entity);
    const selfNumber = numberOf(self);
    const descriptors = new Map<string, { article: number; paragraph: string }[]>();
    const positions: number[] = [];
    const paragraphs: string[][] = [];
    const touched: number[] = [];
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
      for (const other of names[m.article]!) {
        if (other === selfNumber) continue;
        const count = counts[other]!;
        if (count === 0) touched.push(other);
        counts[other] = count + 1;
      }
    }
    const related: [EntityLink, number][] = touched.map((n) => [linksByNumber[n]!, counts[n]!]);
    for (const n of touched) counts[n] = 0;
    const quotes: Folder["quotes"] = [];
    for (const i of positions) {
      const speakers = articles[i]!.speakers;
      for (let q = 0; q < speakers.length; q++) if (speakers[q] === self) quotes.push({ article: i, quote: q });
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
      ...timelineOf(articles, months, positions, quotes),
      updated: positions.map((i) => articles[i]!.ref.published).find((p) => p) ?? null,
      searchable: quotes.length > 0 || positions.length > 1,
    };
  };
  return { people: resolution.people.map(folder), organisations: resolution.organisations.map(folder) };
}

const collator = new Intl.Collator("en");

/** The `n` most frequent, ties by name then URL; a partial sort, so a folder of thousands of neighbours stays cheap. */
function top(counts: Iterable<[EntityLink, number]>, n: number): (EntityLink & { count: number })[] {
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

/** Each article's month ("2024-08"), or null when undated: cut once, not once per folder naming it. */
function monthsOf(articles: readonly ArticleEntry[]): (string | null)[] {
  const shared = new Map<string, string>();
  return articles.map(({ ref }) => {
    if (!ref.published) return null;
    const month = ref.published.slice(0, 7);
    const known = shared.get(month);
    if (known !== undefined) return known;
    shared.set(month, month);
    return month;
  });
}

function timelineOf(articles: readonly ArticleEntry[], monthOf: readonly (string | null)[], positions: number[], quotes: Folder["quotes"]): { timeline: MonthCount[]; undated: number } {
  const months = new Map<string, { articles: number; quotes: number }>();
  const bump = (month: string | null, key: "articles" | "quotes") => {
    if (!month) return;
    let m = months.get(month);
    if (!m) months.set(month, (m = { articles: 0, quotes: 0 }));
    m[key]++;
  };
  let undated = 0;
  for (const i of positions) {
    if (!monthOf[i]) undated++;
    bump(monthOf[i]!, "articles");
  }
  for (const q of quotes) bump(monthOf[q.article]!, "quotes");
  let busiest = 1;
  for (const m of months.values()) busiest = Math.max(busiest, m.articles);
  const timeline = [...months.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, m]) => ({ month, url: ROUTES.month(month), ...m, share: Math.max(1, Math.round((m.articles / busiest) * 10)) }));
  return { timeline, undated };
}
