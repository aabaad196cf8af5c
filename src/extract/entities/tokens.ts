/**
 * A paragraph's text → word and punctuation tokens with offsets, and where sentences begin.
 *
 * Names are told by their capitals, so the tokenizer must know when a capital means nothing: a sentence's first
 * word, the first word of a quotation. Abbreviations ("Mr.", "Sen.", "U.S.") and initials ("A. Dale") keep their
 * full stop, which then ends no sentence. A possessive "’s" is a token of its own, so "Smith’s" names Smith.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
  /** Begins with a capital ("Smith", "al-Assad", "d’Estaing", "McCague"). */
  cap: boolean;
  /** Two or more letters, all capitals ("UN", "FCDO", "U.S."). */
  upper: boolean;
  /** First word of a sentence or of a quotation: its capital says nothing about it being a name. */
  sentenceStart: boolean;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
  "maj", "adm", "cmdr", "prof", "rev", "jr", "sr", "supt", "insp", "det", "no", "vs", "v", "corp", "inc", "co", "ltd",
  "messrs", "mt", "ft", "pres", "sens", "reps", "cpl", "pvt", "brig", "hon", "atty"]);
const OPENING_QUOTES = new Set(["“", "‘", '"', "«", "„", "'", "("]);
const SENTENCE_ENDS = new Set([".", "!", "?", ":", ";", "…"]);
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|as|ash|bin|ibn|abu|d|l|o)[-'’]\p{Lu}|Mc\p{Lu}|Mac\p{Lu})/u;
// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const DIGIT_FIRST = /^\p{N}/u;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;

const POSSESSIVE = /[’']s$/;

// The tokens are the matches of
//   /(\p{Lu}(?:\.\p{Lu})+\.?)|(\p{Lu}\.)(?=\s|$)|([\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)|(\S)/gu
// (TOKEN, as tokenAt calls it), read by hand: every paragraph is tokenized, and a regex makes an array for every
// match. Each kind of character is asked the way the regex asks it, by code point.
const CAPITAL_AT = /\p{Lu}/uy;
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}]/uy;
const SPACE_AT = /\s/y;
const JOINERS = new Set(["-", "'", "’", "&", "."]);

/** The UTF-16 units of the code point at s[i]: 2 for a surrogate pair, else 1. */
function unitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The length of the code point at s[i] when `at` (a sticky regex of one character) matches it, else 0. */
function matchAt(at: RegExp, s: string, i: number): number {
  // A lone second half of a pair is never a letter, a digit or a space (the sticky regex could step back onto
  // its first half).
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  at.lastIndex = i;
  return at.test(s) ? at.lastIndex - i : 0;
}

const capitalAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90 ? 1 : 0) : matchAt(CAPITAL_AT, s, i);
};
const wordCharAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c < 128 ? ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0) : matchAt(WORD_CHAR_AT, s, i);
};
const spaceAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : matchAt(SPACE_AT, s, i) > 0;
};

/**
 * Which of TOKEN's alternatives matches at text[i]: 1 "U.S." initials, 2 "A." an initial, 3 a word, 4 any other
 * non-space, 0 none; where the match ends is put in `match`.
 */
function tokenAt(text: string, i: number, match: { end: number }): number {
  const n = text.length;
  const cap = capitalAt(text, i);
  if (cap > 0) {
    // (\p{Lu}(?:\.\p{Lu})+\.?)
    let end = i + cap;
    let pairs = 0;
    for (;;) {
      if (text.charCodeAt(end) !== 46 || end + 1 >= n) break;
      const next = capitalAt(text, end + 1);
      if (next === 0) break;
      end += 1 + next;
      pairs++;
    }
    if (pairs > 0) {
      match.end = text.charCodeAt(end) === 46 ? end + 1 : end;
      return 1;
    }
    // (\p{Lu}\.)(?=\s|$)
    if (text.charCodeAt(i + cap) === 46 && (i + cap + 1 >= n || spaceAt(text, i + cap + 1))) {
      match.end = i + cap + 1;
      return 2;
    }
  }
  let w = wordCharAt(text, i);
  if (w > 0) {
    // ([\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)
    let end = i;
    do {
      end += w;
      w = end < n ? wordCharAt(text, end) : 0;
      if (w === 0 && end + 1 < n && JOINERS.has(text[end]!)) {
        const after = wordCharAt(text, end + 1);
        if (after > 0) {
          end += 1;
          w = after;
        }
      }
    } while (w > 0);
    match.end = end;
    return 3;
  }
  // (\S)
  if (!spaceAt(text, i)) {
    match.end = i + unitsAt(text, i);
    return 4;
  }
  return 0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let expectStart = true;
  const match = { end: 0 };
  for (let start = 0; start < text.length; ) {
    const kind = tokenAt(text, start, match);
    if (kind === 0) {
      start += unitsAt(text, start);
      continue;
    }
    const word = text.slice(start, match.end);
    const punct = kind === 4;
    if (!punct && kind !== 1 && word.length > 2 && POSSESSIVE.test(word)) {
      expectStart = push(tokens, word.slice(0, -2), start, false, expectStart);
      expectStart = push(tokens, word.slice(-2), start + word.length - 2, false, expectStart);
    } else expectStart = push(tokens, word, start, punct, expectStart);
    start = match.end;
  }
  return tokens;
}

/**
 * Adds one token, and says whether the next word starts a sentence. A function of its own rather than a closure
 * in tokenize: tsx names every inner function anew at each call, which costs more than the function.
 */
function push(tokens: Token[], word: string, start: number, punct: boolean, expectStart: boolean): boolean {
  const prev = tokens[tokens.length - 1];
  // "Mr." / "Sen.": the full stop belongs to the abbreviation, so it ends no sentence.
  if (punct && word === "." && prev && prev.end === start && prev.kind === "word" && ABBREVIATIONS.has(prev.text.toLowerCase())) {
    prev.text += ".";
    prev.end += 1;
    return expectStart;
  }
  // Most words start with an ASCII letter or digit, which settle the kind and the capital without a regex:
  // 0–9 are the only ASCII \p{N}, A–Z the only ASCII \p{Lu}, and a word opening in a–z is never all capitals.
  const c = word.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const kind: Token["kind"] = punct ? "punct" : digit ? "number" : asciiLetter ? "word" : DIGIT_FIRST.test(word) ? "number" : LETTER.test(word) ? "word" : "punct";
  const isWord = kind === "word";
  const token: Token = {
    text: word,
    start,
    end: start + word.length,
    kind,
    cap: isWord && ((c >= 65 && c <= 90) || CAPITALISED.test(word)),
    // Cheapest test first: most words have no capital at all, and need no copy made of them.
    upper: isWord && !(c >= 97 && c <= 122) && CAPITAL.test(word) && word === word.toUpperCase() && word.replace(/[^\p{L}]/gu, "").length >= 2,
    sentenceStart: false,
  };
  if (kind === "word") {
    token.sentenceStart = expectStart;
    expectStart = false;
  } else if (kind === "number") expectStart = false;
  else if (SENTENCE_ENDS.has(word) || OPENING_QUOTES.has(word) || word === "—" || word === "–") {
    // An initial ("A. Dale") or abbreviation ("U.S.") carries its own stop; a bare "." after them is rare.
    if (!(word === "." && prev?.kind === "word" && INITIAL.test(prev.text))) expectStart = true;
  }
  tokens.push(token);
  return expectStart;
}
