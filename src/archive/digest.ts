/**
 * An article's digest: what the archive needs of it to file it under people and organisations, list it in
 * indexes and decide which pages to render — everything but its text. A build holds every article's digest in
 * memory and reads the whole Article from the store only to render it, so memory follows the number of articles
 * in small steps, not their text.
 */
import type { Article, Organisation, Person, Place, Quote } from "../article.js";
import { meetsFiling } from "../extract/quotes/filing-rule.js";

/** A quote as filing and the indexes see it: who said it, how sure the parser is, whether it is filed. No words. */
export type QuoteDigest = Pick<Quote, "kind" | "speaker" | "paragraph" | "confidence" | "filed" | "correction">;

export interface ArticleDigest {
  file: string;
  slug: string;
  headline: string;
  published: string | null;
  /** The lede, cut at a word near 200 characters: for descriptions, feeds and search results. */
  summary: string;
  byline?: string;
  outlet?: string;
  people: Person[];
  organisations: Organisation[];
  /** Kept for the archive-wide vote on each name's kind (a name most articles call a place gets no page). */
  places: Place[];
  quotes: QuoteDigest[];
}

/** The first paragraph, cut at a word boundary so a description never ends mid-word. */
export function summarise(article: Pick<Article, "paragraphs" | "headline">, max = 200): string {
  const text = (article.paragraphs[0]?.text ?? article.headline).replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

export function digestOf(article: Article): ArticleDigest {
  return {
    file: article.file,
    slug: article.slug,
    headline: article.headline,
    published: article.published,
    summary: summarise(article),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    people: article.people,
    organisations: article.organisations,
    places: article.places ?? [],
    quotes: article.quotes.map((q) => ({
      kind: q.kind,
      speaker: q.speaker,
      paragraph: q.paragraph,
      confidence: q.confidence,
      filed: q.filed,
      ...(q.correction ? { correction: q.correction } : {}),
    })),
  };
}

/**
 * The digest filed at `threshold` (no corrections: an article with corrections is filed whole, see
 * ./filing.ts). The same rule as filing an Article, so a new threshold needs no reparse and no Article.
 */
export function fileDigest(digest: ArticleDigest, threshold: number): ArticleDigest {
  let changed = false;
  const quotes = digest.quotes.map((q) => {
    const filed = meetsFiling(q as Quote, threshold);
    if (filed === q.filed) return q;
    changed = true;
    return { ...q, filed };
  });
  return changed ? { ...digest, quotes } : digest;
}

/**
 * Shares the strings digests repeat — names, slugs, paragraph ids, descriptions, kinds — so the prime minister's
 * name is held once, not once per article that names her: JSON.parse makes a new string for every occurrence, and
 * at a hundred thousand articles those copies are most of the archive's memory.
 */
export function interner(): (digest: ArticleDigest) => ArticleDigest {
  const pool = new Map<string, string>();
  const one = (s: string) => {
    const shared = pool.get(s);
    if (shared !== undefined) return shared;
    pool.set(s, s);
    return s;
  };
  const all = (list: string[]) => {
    for (let i = 0; i < list.length; i++) list[i] = one(list[i]!);
  };
  return (d) => {
    if (d.byline) d.byline = one(d.byline);
    if (d.outlet) d.outlet = one(d.outlet);
    for (const e of [...d.people, ...d.organisations, ...d.places]) {
      e.name = one(e.name);
      e.slug = one(e.slug);
      all(e.aliases);
      all(e.paragraphs);
      for (const x of e.descriptors) {
        x.text = one(x.text);
        x.paragraph = one(x.paragraph);
      }
    }
    for (const q of d.quotes) {
      q.kind = one(q.kind) as typeof q.kind;
      q.paragraph = one(q.paragraph);
      if (q.speaker) {
        q.speaker.name = one(q.speaker.name);
        q.speaker.kind = one(q.speaker.kind) as typeof q.speaker.kind;
        if (q.speaker.slug) q.speaker.slug = one(q.speaker.slug);
      }
    }
    return d;
  };
}
