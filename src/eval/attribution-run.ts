/**
 * The full parser run over an attribution corpus, every quote placed in the raw file and judged against the
 * gold (attribution-judge.ts): what the filed-precision report and the confidence model's training both read.
 */
import type { Article } from "../article.js";
import { readArticle, type ParseOptions } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { locateParagraphs, type GoldArticle } from "./attribution-gold.js";
import { goldSpeakers, judgeQuotes, type GoldSpeaker, type Judged } from "./attribution-judge.js";
import { covered, quoteRanges } from "./quotes-score.js";

export interface JudgedArticle {
  gold: GoldArticle;
  article: Article;
  speakers: (GoldSpeaker | null)[];
  judged: Judged[];
  /** Each judged quote's features (what its confidence was computed from), in the same order. */
  features: string[][];
}

export function judgeArticle(gold: GoldArticle, options: ParseOptions = {}): JudgedArticle | null {
  const doc = readSeedBytes(`${gold.name}.txt`, new TextEncoder().encode(gold.raw));
  const read = doc.ok ? readArticle(doc.value, options) : null;
  if (!read?.ok) return null;
  const { article, features } = read.value;
  const located = locateParagraphs(gold.raw, [{ id: "headline", text: article.headline }, ...article.paragraphs]);
  const placed = article.quotes
    .map((quote, i) => ({ quote, ranges: quoteRanges(gold.raw, located, quote).ranges, features: features[i]! }))
    // Editor's notes the annotators set aside are not scored either way.
    .filter(({ ranges }) => ranges.length && !ranges.some((r) => covered(r, gold.discarded) > 0.5));
  const speakers = goldSpeakers(gold);
  return { gold, article, speakers, judged: judgeQuotes(gold, speakers, placed, article), features: placed.map((p) => p.features) };
}
