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

const POSSESSIVE = /[’']s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let expectStart = true;
  // An exec loop on the one regex: matchAll copies the regex and wraps every match in an iterator result, and
  // every paragraph is tokenized. Nothing else uses TOKEN while the loop runs.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const punct = m[4] !== undefined;
    if (!punct && !m[1] && word.length > 2 && POSSESSIVE.test(word)) {
      expectStart = push(tokens, word.slice(0, -2), start, false, expectStart);
      expectStart = push(tokens, word.slice(-2), start + word.length - 2, false, expectStart);
    } else expectStart = push(tokens, word, start, punct, expectStart);
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
