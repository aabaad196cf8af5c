/**
 * The ways into the archive besides search: the front page, people and organisations A–Z, articles by year and
 * month, and every quote. Long lists are paged (see ./paginate.ts) so no page grows with the archive.
 */
import { slugify } from "../slug.js";
import type { ArticlePage, ArticleRef, EntityLink, QuoteView } from "./index.js";
import type { EntityPage } from "./folders.js";
import { paginate, type Chunk, type Pager } from "./paginate.js";
import { ROUTES } from "./routes.js";

export interface Ranked extends EntityLink {
  count: number;
}

export interface Home {
  latest: ArticleRef[];
  mostQuoted: Ranked[];
  mostMentioned: Ranked[];
}

export interface IndexEntry extends EntityLink {
  articles: number;
  quotes: number;
}

/** One page of an A–Z index: its entries under letter headings, and where every letter starts. */
export interface LetterPage {
  url: string;
  pager: Pager;
  groups: { letter: string; id: string; entries: IndexEntry[] }[];
}

export interface LetterLink {
  letter: string;
  url: string;
}

export interface MonthPage {
  /** "2024-08", or "undated" for articles without a publication date. */
  month: string;
  url: string;
  pager: Pager;
  articles: ArticleRef[];
}

export interface YearGroup {
  year: string;
  months: { month: string; url: string; count: number }[];
}

export interface Indexes {
  home: Home;
  people: LetterPage[];
  peopleLetters: LetterLink[];
  organisations: LetterPage[];
  organisationLetters: LetterLink[];
  years: YearGroup[];
  undated: number;
  months: MonthPage[];
  quotes: Chunk<QuoteView>[];
  quoteCount: number;
  /** The newest articles: the whole archive's Atom feed. */
  feed: ArticleRef[];
}

export const HOME_SIZE = 10;
export const ARCHIVE_FEED_SIZE = 50;


export function buildIndexes(pages: ArticlePage[], people: EntityPage[], organisations: EntityPage[]): Indexes {
  const peopleAZ = lettered(people, "/people/");
  const orgsAZ = lettered(organisations, "/organisations/");
  const { years, months, undated } = byMonth(pages);
  // The quotes index lists what the archive stands behind: filed attributions only.
  const quotes = pages.flatMap((p) => p.quotes.filter((q) => q.filed));
  return {
    home: {
      latest: pages.slice(0, HOME_SIZE).map((p) => p.ref),
      mostQuoted: ranked(people, (e) => e.quotes.length),
      mostMentioned: ranked(organisations, (e) => e.articles.length),
    },
    people: peopleAZ.pages,
    peopleLetters: peopleAZ.letters,
    organisations: orgsAZ.pages,
    organisationLetters: orgsAZ.letters,
    years,
    undated,
    months,
    quotes: paginate(quotes, "/quotes/"),
    quoteCount: quotes.length,
    feed: pages.slice(0, ARCHIVE_FEED_SIZE).map((p) => p.ref),
  };
}

const byName = (a: { name: string; url: string }, b: { name: string; url: string }) =>
  a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** The top ten by `count`, ties by name; nobody with a count of zero. */
function ranked(entities: EntityPage[], count: (e: EntityPage) => number): Ranked[] {
  return entities
    .map((e) => ({ entity: e, count: count(e) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || byName(a.entity, b.entity))
    .slice(0, HOME_SIZE)
    .map(({ entity, count }) => ({ name: entity.name, kind: entity.kind, url: entity.url, count }));
}

/** The letter a name is filed under: its first letter folded to ASCII ("Ólafur" under O), else "#". */
function letterOf(name: string): string {
  const first = slugify(name).charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : "#";
}

function lettered(entities: EntityPage[], base: string): { pages: LetterPage[]; letters: LetterLink[] } {
  const entries = entities
    .map((e) => ({ letter: letterOf(e.name), entry: { name: e.name, kind: e.kind, url: e.url, articles: e.articles.length, quotes: e.quotes.length } }))
    .sort((a, b) => (a.letter === b.letter ? byName(a.entry, b.entry) : a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter < b.letter ? -1 : 1));
  const letters: LetterLink[] = [];
  const pages = paginate(entries, base).map((chunk): LetterPage => {
    const groups: LetterPage["groups"] = [];
    for (const { letter, entry } of chunk.items) {
      const id = letter === "#" ? "other" : letter.toLowerCase();
      let group = groups.at(-1);
      if (group?.letter !== letter) groups.push((group = { letter, id, entries: [] }));
      group.entries.push(entry);
      if (!letters.some((l) => l.letter === letter)) letters.push({ letter, url: `${chunk.url}#${id}` });
    }
    return { url: chunk.url, pager: chunk.pager, groups };
  });
  return { pages, letters };
}

function byMonth(pages: ArticlePage[]): { years: YearGroup[]; months: MonthPage[]; undated: number } {
  // Articles are newest first, so months and years come out newest first too.
  const groups = new Map<string, ArticleRef[]>();
  for (const p of pages) {
    const key = p.published ? p.published.slice(0, 7) : "undated";
    const list = groups.get(key) ?? [];
    list.push(p.ref);
    groups.set(key, list);
  }
  const years: YearGroup[] = [];
  const months: MonthPage[] = [];
  for (const [month, refs] of groups) {
    const base = ROUTES.month(month);
    for (const chunk of paginate(refs, base)) months.push({ month, url: chunk.url, pager: chunk.pager, articles: chunk.items });
    if (month === "undated") continue;
    const year = month.slice(0, 4);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, months: [] }));
    group.months.push({ month, url: base, count: refs.length });
  }
  return { years, months, undated: groups.get("undated")?.length ?? 0 };
}
