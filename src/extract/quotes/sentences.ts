/**
 * Sentences of a paragraph, for attribution: a quote and the words that attribute it ("…," he said) belong to
 * one sentence even when the quote itself holds several, so boundaries are only placed outside quotes, or just
 * after a closing mark whose quote ends a sentence and is followed by a new one.
 */
import type { QuotedSpan } from "./marks.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const CLOSER = /[)\]’']/;
const OPENING_MARK = /[“"«„]/;
const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|io)$/i;

export interface Sentence {
  start: number;
  end: number;
}

// Abbreviations that end in a full stop inside a sentence (titles, months, company forms, "U.S.").
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm rev prof st jr sr inc corp co ltd no vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres atty supt dept est approx fig"
  ).split(" "),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && LETTER_OR_DOT.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 1 && CAPITAL.test(word)) return true; // an initial: "John F. Kennedy"
  // A web address ends a sentence like any word: "…, editor of Mic.com. He said …".
  if (WEB_ADDRESS.test(word)) return false;
  if (word.includes(".")) return true; // "U.S.", "a.m."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Titles: the name follows, never a new sentence ("Sen. Ted Cruz"). */
const TITLES = new Set("mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm rev prof st pres atty supt".split(" "));

function endsWithTitle(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && LETTER.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  // An initial ("John F. Kennedy"), but not the last letter of "U.S." or "D.C.".
  return TITLES.has(word.toLowerCase()) || (word.length === 1 && CAPITAL.test(word) && text[i] !== ".");
}

/**
 * Words that open a sentence and never continue a name or an abbreviation: after "U.S." or "p.m." they start
 * the next sentence ("… attacks in the U.S. He says …").
 */
const STARTER = /^(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|His|Her|Their|Its|Our|There|Here|Some|Many|Most|When|While|After|Still|Yet|Now|Then|So)\b/;

const STARTS_SENTENCE = /[\p{Lu}\p{N}“"«„‘(]/u;

/** A capital, a digit or an opening mark, the doubled apostrophe that wire exports print for “ included. */
function startsSentence(text: string, k: number): boolean {
  return STARTS_SENTENCE.test(text[k]!) || (text[k] === "'" && text[k + 1] === "'");
}

export function splitSentences(text: string, quotes: QuotedSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let q = 0;
  const cut = (end: number, next: number) => {
    if (end > start) sentences.push({ start, end });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const quote = quotes[q];
    if (quote && i === quote.open) {
      // Skip over the quote; a sentence may end with it when its words end a sentence and a new one follows.
      q++;
      i = quote.close - 1;
      const last = text[quote.end - 1];
      if (quote.closed && last && /[.!?]/.test(last)) {
        let j = quote.close;
        while (j < text.length && text[j] === " ") j++;
        if (j > quote.close && j < text.length && startsSentence(text, j)) cut(quote.close, j);
      }
      continue;
    }
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && CLOSER.test(text[j]!)) j++;
    if (j >= text.length || text[j] !== " ") continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k >= text.length || !startsSentence(text, k)) continue;
    // After "U.S." a quote opening with a capital starts a sentence as a starter word does.
    const opensQuote = OPENING_MARK.test(text[k]!) && CAPITAL.test(text[k + 1] ?? "");
    if (ch === "." && endsWithAbbreviation(text, i) && !((STARTER.test(text.slice(k, k + 8)) || opensQuote) && !endsWithTitle(text, i))) continue;
    cut(j, k);
    i = k - 1;
  }
  cut(text.length, text.length);
  return sentences;
}
