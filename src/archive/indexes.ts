/**
 * The ways into the archive besides search: the front page, people and organisations A–Z, articles by year and
 * month, and every quote. Lists hold positions in the archive; their pages are cut by ./blocks.ts so adding an
 * article moves only the newest page of each list it joins.
 */
import { slugify } from "../slug.js";
import type { Folder } from "./folders.js";
import type { ArticleEntry, ArticleRef, EntityLink } from "./index.js";
import { paginate, type Pager } from "./paginate.js";
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

export interface YearGroup {
  year: string;
  months: { month: string; url: string; count: number }[];
}

/** A month's articles ("2024-08", or "undated"), as positions in the archive, newest first. */
export interface MonthList {
  month: string;
  url: string;
  articles: number[];
}

export interface Indexes {
  home: Home;
  people: LetterPage[];
  peopleLetters: LetterLink[];
  organisations: LetterPage[];
  organisationLetters: LetterLink[];
  years: YearGroup[];
  undated: number;
  months: MonthList[];
  /** Every filed quote, newest article first: the article's position and the quote's index in it. */
  quotes: { article: number; quote: number }[];
  /** The newest articles: the whole archive's Atom feed. */
  feed: ArticleRef[];
}

export const HOME_SIZE = 10;
export const ARCHIVE_FEED_SIZE = 50;

export function buildIndexes(articles: readonly ArticleEntry[], people: Folder[], organisations: Folder[]): Indexes {
  const peopleAZ = lettered(people, "/people/");
  const orgsAZ = lettered(organisations, "/organisations/");
  const { years, months, undated } = byMonth(articles);
  // The quotes index lists what the archive stands behind: filed attributions only.
  const quotes: Indexes["quotes"] = [];
  articles.forEach((a, article) => a.speakers.forEach((s, quote) => s && quotes.push({ article, quote })));
  return {
    home: {
      latest: articles.slice(0, HOME_SIZE).map((a) => a.ref),
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
    quotes,
    feed: articles.slice(0, ARCHIVE_FEED_SIZE).map((a) => a.ref),
  };
}

const nameCollator = new Intl.Collator("en", { sensitivity: "base" });
/** By name as a reader alphabetises (case and accents aside), then URL. One collator: a call of localeCompare with a locale makes one each time. */
const byName = (a: { name: string; url: string }, b: { name: string; url: string }) =>
  nameCollator.compare(a.name, b.name) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** The top ten by `count`, ties by name; nobody with a count of zero. */
function ranked(entities: Folder[], count: (e: Folder) => number): Ranked[] {
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

function lettered(entities: Folder[], base: string): { pages: LetterPage[]; letters: LetterLink[] } {
  const entries = entities
    .map((e) => ({ letter: letterOf(e.name), entry: { name: e.name, kind: e.kind, url: e.url, articles: e.articles.length, quotes: e.quotes.length } }))
    .sort((a, b) =>
      a.letter === b.letter
        ? byName(a.entry, b.entry)
        : a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter < b.letter ? -1 : 1,
    );
  const letters: LetterLink[] = [];
  const seen = new Set<string>();
  const pages = paginate(entries, base).map((chunk): LetterPage => {
    const groups: LetterPage["groups"] = [];
    for (const { letter, entry } of chunk.items) {
      const id = letter === "#" ? "other" : letter.toLowerCase();
      let group = groups.at(-1);
      if (group?.letter !== letter) groups.push((group = { letter, id, entries: [] }));
      group.entries.push(entry);
      if (!seen.has(letter)) {
        seen.add(letter);
        letters.push({ letter, url: `${chunk.url}#${id}` });
      }
    }
    return { url: chunk.url, pager: chunk.pager, groups };
  });
  return { pages, letters };
}

function byMonth(articles: readonly ArticleEntry[]): { years: YearGroup[]; months: MonthList[]; undated: number } {
  // Articles are newest first, so months and years come out newest first too.
  const groups = new Map<string, number[]>();
  articles.forEach((a, i) => {
    const key = a.ref.published ? a.ref.published.slice(0, 7) : "undated";
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const years: YearGroup[] = [];
  const months: MonthList[] = [];
  for (const [month, positions] of groups) {
    const url = ROUTES.month(month);
    months.push({ month, url, articles: positions });
    if (month === "undated") continue;
    const year = month.slice(0, 4);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, months: [] }));
    group.months.push({ month, url, count: positions.length });
  }
  return { years, months, undated: groups.get("undated")?.length ?? 0 };
}
