/**
 * Where names can be: stretches of capitalised words in a paragraph, with the small words that sit inside names
 * between them ("Bank of England", "Ludwig van Beethoven", "People's Daily", "Farmers' Union"). The tagger labels
 * only these stretches; every other token is outside any name.
 *
 * English capitalises names and little else, so this costs almost no recall and keeps tagging cheap (a tenth of
 * the tokens). The stretches are deliberately generous — a sentence's capitalised first word, a title, a day, a
 * demonym are all inside — and the tagger decides which of their words name what. Only a function word or a
 * sentence adverb opening a sentence on its own ("The", "He", "In", "However", "Sadly") is no stretch when
 * parsing: it never names anything (a stated guard; training keeps them, so the model learns from them).
 */
import { tagsOf } from "./lexicon.js";
import { lowerCase } from "../letters.js";
import type { Token } from "./tokens.js";

export interface Segment {
  /** Token indexes [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
}

/** Small words that join the capitalised words of one name. */
const CONNECTORS = new Set(["of", "for", "and", "&", "the", "on", "de", "du", "des", "del", "della", "di", "da", "dos",
  "das", "van", "von", "der", "den", "ter", "ten", "la", "le", "les", "y", "e", "zu", "bin", "ibn", "al", "el", "'s", "’s", "'", "’"]);
/** Particles that may open a name before its capitalised words ("de Palacio", "van der Pas"). */
const OPENING_PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "al", "el", "bin", "ibn", "ter"]);
// Two connectors in a row at most: "Council of the European Union", "Bank of the West".
const MAX_JOIN = 2;

export const isCapitalised = (t: Token) => t.kind === "word" && (t.cap || t.upper) && t.text !== "’s" && t.text !== "'s";
const isConnector = (t: Token) => CONNECTORS.has(lowerCase(t.text));

/**
 * `everything`: keep the lone function words too (training sees them, so the model learns how often a capitalised
 * sentence opener is no name; the parser skips them, which the model would tag outside anyway).
 */
export function nameSegments(tokens: Token[], everything = false): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const opens = isCapitalised(t) || (OPENING_PARTICLES.has(t.text) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!) && adjacent(tokens, i + 1));
    if (!opens) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next && isCapitalised(next) && adjacent(tokens, end)) {
        end++;
        continue;
      }
      let k = end;
      while (k < tokens.length && k - end < MAX_JOIN && isConnector(tokens[k]!) && adjacent(tokens, k)) k++;
      if (k > end && tokens[k] && isCapitalised(tokens[k]!) && adjacent(tokens, k)) {
        end = k + 1;
        continue;
      }
      break;
    }
    if (everything || end - i > 1 || !t.sentenceStart || !opensNothing(tokens, i)) segments.push({ start: i, end });
    i = end;
  }
  return segments;
}

/** Token k follows token k-1 on the same line, with at most one space: a line break or a gap ends a name. */
function adjacent(tokens: Token[], k: number): boolean {
  return k === 0 || tokens[k]!.start - tokens[k - 1]!.end <= 1;
}

const FUNCTION_TAGS = new Set(["Determiner", "Pronoun", "Preposition", "Conjunction", "QuestionWord", "Possessive", "Copula", "Adverb"]);
// "Similarly, …", "Sadly": a sentence adverb — before a comma, or an adjective the lexicon knows with "-ly".
const SENTENCE_ADVERB = /^(\p{Lu}\p{Ll}{3,})ly$/u;
function opensNothing(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const tags = tagsOf(word);
  if (tags.length > 0 && tags.every((t) => FUNCTION_TAGS.has(t))) return true;
  const stem = SENTENCE_ADVERB.exec(word)?.[1];
  if (stem === undefined) return false;
  return tokens[i + 1]?.text === "," || [stem, stem.replace(/i$/, "y")].some((s) => tagsOf(s).includes("Adjective"));
}
