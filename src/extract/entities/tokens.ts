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

const TOKEN = /(\p{Lu}(?:\.\p{Lu})+\.?)|(\p{Lu}\.)(?=\s|$)|([\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let expectStart = true;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index!;
    const punct = m[4] !== undefined;
    if (!punct && !m[1] && word.length > 2 && /[’']s$/.test(word)) {
      push(word.slice(0, -2), start, false);
      push(word.slice(-2), start + word.length - 2, false);
    } else push(word, start, punct);
  }
  return tokens;

  function push(word: string, start: number, punct: boolean) {
    const prev = tokens[tokens.length - 1];
    // "Mr." / "Sen.": the full stop belongs to the abbreviation, so it ends no sentence.
    if (punct && word === "." && prev && prev.end === start && prev.kind === "word" && ABBREVIATIONS.has(prev.text.toLowerCase())) {
      prev.text += ".";
      prev.end += 1;
      return;
    }
    const kind: Token["kind"] = punct ? "punct" : DIGIT_FIRST.test(word) ? "number" : LETTER.test(word) ? "word" : "punct";
    const token: Token = {
      text: word,
      start,
      end: start + word.length,
      kind,
      cap: kind === "word" && CAPITALISED.test(word),
      // Cheapest test first: most words have no capital at all, and need no copy made of them.
      upper: kind === "word" && CAPITAL.test(word) && word === word.toUpperCase() && word.replace(/[^\p{L}]/gu, "").length >= 2,
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
  }
}
