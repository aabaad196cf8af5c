/**
 * How each quote was attributed, as the readers found it: the evidence the confidence model weighs. It stays
 * inside the parser; the Article carries only the confidence computed from it.
 */
import type { Quote } from "../../article.js";
import type { Resolution } from "./speaker-book.js";
import type { SpeakerRef } from "./speakers.js";

/** A quote before it is scored and filed. */
export type QuoteDraft = Omit<Quote, "confidence" | "filed">;

/**
 * Which convention attributed the quote:
 * - `frame-after` `"…," she said` · `frame-before` `She said "…"` · `colon` `She said: "…"` · `credit` `"…" — Jo Park`;
 * - `sentence`: a second quote in a sentence another quote's frame attributes;
 * - `carried`: no attribution of its own, it continues the speaker of the speech just before it;
 * - `reported`: reported speech or a stance read from its cue; `transcript`: a turn `SMITH: …`;
 * - `headline`: read from the headline; `none`: no attribution found.
 */
export type Route = "frame-after" | "frame-before" | "colon" | "credit" | "sentence" | "carried" | "reported" | "transcript" | "headline" | "none";

export interface Evidence {
  route: Route;
  /** How the attribution named its speaker before it was resolved: a name, a pronoun, "officials", "the letter". */
  named: SpeakerRef["kind"] | null;
  /** For a carried quote, how many paragraphs back its attribution is. */
  distance: number;
  /** How the speaker phrase was resolved to the article's names, and for a pronoun how many others were as near. */
  via?: Resolution;
  rivals?: number;
}

export interface Found {
  quote: QuoteDraft;
  how: Evidence;
}
