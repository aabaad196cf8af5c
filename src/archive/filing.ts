/**
 * Filing: which attributions reach a person's or organisation's page. A quote is filed when its speaker is one of
 * the article's people or organisations, it is speech (not a stance), and its confidence meets the site's
 * threshold — unless a librarian's correction (corrections.ts) says otherwise, which wins over any confidence.
 *
 * Nothing is dropped: a quote that is not filed stays in the Article (and on its page, marked unconfirmed).
 */
import type { Article, Organisation, Person, Quote } from "../article.js";
import { meetsFiling } from "../extract/quotes/filing-rule.js";
import type { SeedProblem } from "../seed/problem.js";
import { shortHash, slugOrHash } from "../slug.js";
import { addressQuote, type LocatedCorrection } from "./corrections.js";
import { digestOf, fileDigest, type ArticleDigest } from "./digest.js";
import type { ArticleSource } from "./index.js";

export interface FilingPolicy {
  /** The confidence a quote needs (the site's `filingThreshold`). */
  threshold: number;
  corrections: LocatedCorrection[];
}

export function fileAttributions(articles: Article[], policy: FilingPolicy): { articles: Article[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const byFile = new Map<string, LocatedCorrection[]>();
  const files = new Set(articles.map((a) => a.file));
  for (const c of policy.corrections) {
    if (!files.has(c.correction.article)) {
      problems.push({ file: c.where, reason: `no seed named ${c.correction.article}` });
      continue;
    }
    byFile.set(c.correction.article, [...(byFile.get(c.correction.article) ?? []), c]);
  }
  const filed = articles.map((article) => {
    let quotes = article.quotes.map((q) => (q.filed === meetsFiling(q, policy.threshold) ? q : { ...q, filed: !q.filed }));
    const changed = quotes.some((q, i) => q !== article.quotes[i]);
    const corrections = byFile.get(article.file);
    if (!corrections) return changed ? { ...article, quotes } : article;
    let corrected: Article = { ...article, quotes };
    const done = new Map<number, string>();
    for (const { correction, where } of corrections) {
      const found = addressQuote(corrected, correction.quote);
      if ("problem" in found) {
        problems.push({ file: where, reason: found.problem });
        continue;
      }
      if (done.has(found.index)) {
        problems.push({ file: where, reason: `the same quote is already corrected at ${done.get(found.index)}` });
        continue;
      }
      done.set(found.index, where);
      const quote = corrected.quotes[found.index]!;
      let next: Quote;
      if (correction.reject) next = { ...quote, filed: false, correction: "rejected" };
      else if (correction.confirm) {
        if (!quote.speaker?.slug) {
          problems.push({ file: where, reason: `the quote has no speaker with a page to confirm: name one with "speaker:"` });
          continue;
        }
        next = { ...quote, filed: quote.kind !== "stance", correction: "confirmed" };
      } else {
        const { article: withSpeaker, speaker } = speakerFor(corrected, correction.speaker!, correction.kind, quote);
        corrected = withSpeaker;
        next = { ...quote, speaker, filed: quote.kind !== "stance", correction: "reassigned" };
      }
      quotes = corrected.quotes.map((q, i) => (i === found.index ? next : q));
      corrected = { ...corrected, quotes };
    }
    return corrected;
  });
  return { articles: filed, problems };
}

/**
 * The article's entity of that name (or alias) for a reassigned quote; one the parser missed is added to the
 * article, named in the quote's paragraphs, so the speaker has a page like any other.
 */
function speakerFor(article: Article, name: string, kind: "person" | "organisation" | undefined, quote: Quote): { article: Article; speaker: NonNullable<Quote["speaker"]> } {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const wanted = fold(name);
  const lists = kind === "organisation" ? (["organisations"] as const) : kind === "person" ? (["people"] as const) : (["people", "organisations"] as const);
  for (const list of lists) {
    const entity = article[list].find((e) => fold(e.name) === wanted || e.aliases.some((a) => fold(a) === wanted));
    if (entity) return { article, speaker: { name: entity.name, kind: list === "people" ? "person" : "organisation", slug: entity.slug } };
  }
  const as = kind ?? "person";
  const taken = new Set([...article.people, ...article.organisations].map((e) => e.slug));
  const base = slugOrHash(name.trim(), as === "person" ? "person" : "org");
  const slug = taken.has(base) ? `${base}-${shortHash(`${as}:${name}`)}` : base;
  const paragraphs = [...new Set(quote.spans.map((s) => s.paragraph))].filter((p) => p !== "headline");
  const entity: Person | Organisation = { name: name.trim(), slug, aliases: [], descriptors: [], paragraphs };
  const added = as === "person" ? { ...article, people: [...article.people, entity] } : { ...article, organisations: [...article.organisations, entity] };
  return { article: added, speaker: { name: entity.name, kind: as, slug } };
}

/**
 * Filing for a build that holds digests: each digest is filed at the threshold, and an article a correction names
 * is read from the store and filed whole (its digest remade from it). The returned source reads an Article back
 * the same way, so its page shows exactly what its digest says.
 */
export function fileDigests<T extends { key: string; digest: ArticleDigest }>(
  seeds: readonly T[],
  policy: FilingPolicy,
  load: (key: string) => Article,
): { seeds: T[]; problems: SeedProblem[]; source: ArticleSource } {
  const problems: SeedProblem[] = [];
  const byFile = new Map<string, LocatedCorrection[]>();
  const files = new Set(seeds.map((s) => s.digest.file));
  for (const c of policy.corrections) {
    if (!files.has(c.correction.article)) problems.push({ file: c.where, reason: `no seed named ${c.correction.article}` });
    else byFile.set(c.correction.article, [...(byFile.get(c.correction.article) ?? []), c]);
  }
  const fileWhole = (key: string, slug: string) => {
    const article = { ...load(key), slug };
    return fileAttributions([article], { threshold: policy.threshold, corrections: byFile.get(article.file) ?? [] });
  };
  const filed = seeds.map((s) => {
    if (!byFile.has(s.digest.file)) return { ...s, digest: fileDigest(s.digest, policy.threshold) };
    const whole = fileWhole(s.key, s.digest.slug);
    problems.push(...whole.problems);
    return { ...s, digest: digestOf(whole.articles[0]!) };
  });
  return { seeds: filed, problems, source: { article: ({ key, slug }) => fileWhole(key, slug).articles[0]! } };
}
