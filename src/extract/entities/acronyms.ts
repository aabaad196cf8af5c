/**
 * Acronyms the article defines, linked to their long form. News introduces an acronym once, in brackets or
 * between commas right after the long form ("the Foreign Office (FCDO)", "The Public Commercial Services
 * Union, PCS, which…"), or the other way round ("PCS (Public Commercial Services Union)"); after that it
 * uses the short form alone. Elsewhere, an acronym made of a long name's initials ("UN", "United Nations")
 * is the same organisation.
 */
import { fold } from "./lexicon.js";

const MINOR = new Set(["of", "the", "and", "for", "&", "on", "in", "de", "du", "des", "la", "le", "to", "at"]);

/** The initials of a long form: "Public Commercial Services Union" → "PCSU"; "Bank of England" → "BE" (and "BOE"). */
function initials(words: string[], withMinor: boolean): string {
  return words
    .filter((w) => withMinor || !MINOR.has(w.toLowerCase()))
    .flatMap((w) => w.split("-"))
    .map((w) => fold(w)[0] ?? "")
    .join("");
}

/** Letters of the acronym in order among the long form's initials: "PCS" in "PCSU", "FCDO" in "FCDO". */
function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Does the acronym abbreviate this long form? All initials, or its letters in order starting with the first. */
export function abbreviates(acronym: string, longWords: string[], loose = false): boolean {
  const short = fold(acronym).replace(/[^a-z0-9]/g, "");
  if (short.length < 2 || longWords.length < 2) return false;
  const strict = initials(longWords, false);
  const full = initials(longWords, true);
  if (short === strict || short === full) return true;
  // Defined in place, an acronym may skip words ("Public Commercial Services Union, PCS").
  return loose && short[0] === strict[0] && (subsequence(short, strict) || subsequence(short, full));
}

export interface AcronymDefinition {
  acronym: string;
  long: string[];
}

interface Named {
  words: string[];
  start: number;
  end: number;
}

/**
 * Definitions in one paragraph, from its names in reading order and its tokens' texts: a long form followed by
 * "(ACR)" or ", ACR," — or an acronym followed by "(Long Form)". Brackets are a definition even when the letters
 * drift (renamed bodies: "the Foreign Office (FCDO)"); between commas the letters must follow the long form, so a
 * list ("Britain, US, France") is not read as one.
 */
export function acronymDefinitions(names: Named[], texts: string[], isAcronymWord: (w: string) => boolean): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    if (b.start !== a.end + 1) continue;
    const open = texts[a.end];
    if (open !== "(" && open !== ",") continue;
    const close = texts[b.end];
    if (open === "(" && close !== ")") continue;
    if (open === "," && close !== undefined && !/^[,.;)]$/.test(close)) continue;
    if (b.words.length === 1 && isAcronymWord(b.words[0]!) && a.words.length > 1) {
      const acronym = b.words[0]!;
      if (open === "(" ? abbreviatesLoosely(acronym, a.words) : abbreviates(acronym, a.words, true)) found.push({ acronym, long: a.words });
    } else if (open === "(" && a.words.length === 1 && isAcronymWord(a.words[0]!) && b.words.length > 1 && abbreviates(a.words[0]!, b.words, true)) {
      found.push({ acronym: a.words[0]!, long: b.words });
    }
  }
  return found;
}

function abbreviatesLoosely(acronym: string, longWords: string[]): boolean {
  return abbreviates(acronym, longWords, true) || fold(acronym)[0] === fold(longWords.find((w) => !MINOR.has(w.toLowerCase())) ?? "")[0];
}
