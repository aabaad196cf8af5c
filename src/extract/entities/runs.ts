/**
 * Candidate names: runs of capitalised words in a paragraph ("Mark Smith", "Public Commercial Services Union",
 * "Bank of England", "José Álvarez-Núñez", "Ludwig van Beethoven").
 *
 * English capitalises names and little else, so a run of capitals is where names are; the conventions that
 * bend the rule are handled here: a sentence's first word is capitalised anyway (dropped when the lexicon knows
 * it as an ordinary word: "However", "Trailing"); days and months are capitalised but name nobody; lower-case
 * particles sit inside names ("van", "de", "bin"); "of"/"for" join an organisation's head to what it is of
 * ("Ministry of Defence", "Association for Relations Across the Taiwan Straits"). A line in capitals (a
 * headline, a dateline, a results table heading) says nothing by its capitals and gives no runs.
 */
import { isCommonWord, isOrgHead, isOrgOpener, isWeekdayOrMonth } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { isGivenish, isTitleWord } from "./names.js";

export interface Run {
  /** Token indexes [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
}

const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
  "bin", "ibn", "al", "el", "ter", "ten", "y", "e", "zu"]);
const JOINERS = new Set(["of", "for", "on", "and", "&", "the", "de", "du", "des", "pour", "del"]);
/** Capitalised first words that begin sentences and never names. */
const SENTENCE_OPENERS = new Set(["the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "for", "after",
  "before", "when", "while", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "we", "i",
  "he", "she", "they", "it", "there", "here", "meanwhile", "however", "also", "some", "many", "most", "all", "one",
  "both", "every", "each", "no", "not", "so", "yet", "then", "now", "today", "yesterday", "earlier", "later",
  "under", "by", "from", "with", "without", "despite", "although", "though", "since", "until", "during", "about",
  "according", "asked", "speaking", "writing", "like", "unlike", "what", "who", "why", "how", "where", "which",
  "other", "another", "more", "former", "new", "last", "next", "first", "several", "police", "officials", "analysts",
  "sources", "dear", "thank", "thanks", "please", "yes", "oh", "full", "read", "reporting", "additional", "editing",
  "photo", "picture", "watch", "see", "update", "breaking"]);

export function isShouting(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word" && /\p{L}{2}/u.test(t.text));
  if (words.length < 2) return words.length === 1 && words[0]!.upper && tokens.some((t) => t.kind === "number");
  return words.filter((t) => t.upper).length / words.length > 0.6;
}

// "Bergamo-based Atalanta", "Brazilian-born Luis Oliveira": a compound adjective describes the name after it.
const COMPOUND_ADJECTIVE = /-(?:based|born|bred|controlled|listed|owned|led|backed|made|run|registered|funded)$/i;
const isNameWord = (t: Token) => t.kind === "word" && t.cap && !/^[’']s$/.test(t.text) && !COMPOUND_ADJECTIVE.test(t.text);

export function capitalisedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next && isNameWord(next) && next.start - tokens[end - 1]!.end <= 1) {
        end++;
        continue;
      }
      // "Ludwig van Beethoven", "Bank of England": a small word between two capitalised ones.
      const after = tokens[end + 1];
      if (next && next.kind === "word" && !next.cap && after && isNameWord(after)) {
        const lower = next.text.toLowerCase();
        const joinsOrg = JOINERS.has(lower) && tokens.slice(i, end).some((t) => isOrgOpener(t.text));
        const andOrg = (lower === "and" || lower === "&") && (joinsOrg || endsInOrgHead(tokens, end + 1));
        if (PARTICLES.has(lower) || (joinsOrg && lower !== "and") || andOrg) {
          end += 2;
          continue;
        }
        if (lower === "of" && tokens[end + 1]?.text === "the" && tokens[end + 2] && isNameWord(tokens[end + 2]!) && joinsOrg) {
          end += 3;
          continue;
        }
      }
      if (next?.text === "&" && after && isNameWord(after)) {
        end += 2;
        continue;
      }
      break;
    }
    pushRun(tokens, i, end, runs);
    i = end;
  }
  return runs;
}

/** "Securities and Exchange Commission": the run after "and" ends in an organisation's head word. */
function endsInOrgHead(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k] && isNameWord(tokens[k]!) && (k === from || tokens[k]!.start - tokens[k - 1]!.end <= 1)) k++;
  return k > from && isOrgHead(tokens[k - 1]!.text);
}

/** Trim what capitals do not make a name: a sentence's ordinary first word, days and months, dangling joiners. */
function pushRun(tokens: Token[], start: number, end: number, runs: Run[]) {
  let s = start;
  const first = tokens[s]!;
  // "President Bill Clinton said…": a title opening a sentence is still a title.
  const second = tokens[s + 1];
  const inTitle = isTitleWord(first.text) || (second !== undefined && s + 1 < end && isTitleWord(second.text));
  // "Foreign Ministry officials said…": an adjective opening an organisation's name is part of it.
  const inOrg = end - s > 1 && isOrgHead(tokens[end - 1]!.text);
  // "Jan Siemerink said…": a month that is a given name opens a name.
  const monthName = isWeekdayOrMonth(first.text) && isGivenish(first.text) && second !== undefined && s + 1 < end;
  const opener = SENTENCE_OPENERS.has(first.text.toLowerCase()) || (isCommonWord(first.text) && !inTitle && !inOrg && !monthName);
  if (first.sentenceStart && opener) s++;
  // Days and months split a run: "Smith on Monday", "Sunday, Aug. 11" name nobody.
  let from = s;
  for (let k = s; k <= end; k++) {
    const t = tokens[k];
    if (k === end || (t && isWeekdayOrMonth(t.text.replace(/\.$/, "")) && !isLikelyMayName(tokens, k))) {
      let e = k;
      while (e > from && !isNameWord(tokens[e - 1]!)) e--;
      while (from < e && !isNameWord(tokens[from]!)) from++;
      if (e > from) runs.push({ start: from, end: e });
      from = k + 1;
    }
  }
}

// "Theresa May": a month after a capitalised word is a surname; before one it dates a contract ("December
// Eurodollars", "Sept Brent").
function isLikelyMayName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!.text;
  if (/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(t)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (next?.kind === "number" || prev?.kind === "number") return false;
  if (prev !== undefined && isNameWord(prev) && prev.end + 1 >= tokens[k]!.start && !isWeekdayOrMonth(prev.text)) return true;
  // "Jan Siemerink", "April Ryan": a month that is also a given name, before a capitalised word.
  return next !== undefined && isNameWord(next) && isGivenish(t);
}
