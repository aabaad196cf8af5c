/**
 * The filing rule on its own, without the model: a quote reaches its speaker's page when it is speech (not a
 * stance), its speaker is one of the article's people or organisations, and its confidence meets the site's
 * threshold. Apart from confidence.ts so that a build, which files digests and never scores a quote, does not
 * load the features and the NLP lexicons behind them (half a second of every rebuild's start).
 */
import type { Quote } from "../../article.js";

/** The threshold the site uses when its configuration sets none: chosen on the development corpora (README). */
export const DEFAULT_THRESHOLD = 0.5;

/** Whether a quote reaches its speaker's page at this threshold. */
export function meetsFiling(quote: Omit<Quote, "filed">, threshold: number): boolean {
  return quote.kind !== "stance" && !!quote.speaker?.slug && quote.confidence >= threshold;
}
