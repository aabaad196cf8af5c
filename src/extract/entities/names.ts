/**
 * Person names as news writes them: titles and honorifics before the name ("Mr", "Dr", "Sen.", "Prime Minister",
 * "Chinese President"), generational suffixes after it ("Jr", "III"), a possessive on it ("Smith’s"), and the
 * compatibility of a surname or given name with a full name ("Smith" is "Mark Smith" in the same article).
 */
import { perWord } from "./per-word.js";
import { fold, isDemonym, isGivenName, tagsOf } from "./lexicon.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const INITIALS = /^\p{Lu}\.(\p{Lu}\.)?$/u;
const FORMER_TITLE = /^(?:ex|former)-\p{Lu}/iu;
const FINAL_STOP = /\.$/;

/** Words that, capitalised before a name, are the person's title, not part of the name. */
const TITLE_HEADS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam", "sen",
  "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "president", "premier",
  "minister", "chancellor", "secretary", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "sheikh",
  "sheik", "emir", "sultan", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "reverend", "rev",
  "father", "brother", "sister", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "major",
  "maj", "sergeant", "sgt", "corporal", "private", "admiral", "adm", "commander", "cmdr", "marshal", "brigadier",
  "judge", "justice", "magistrate", "professor", "prof", "mayor", "ambassador", "envoy", "commissioner", "chairman",
  "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director", "inspector", "supt", "superintendent",
  "constable", "detective", "det", "officer", "coach", "manager", "striker", "goalkeeper", "midfielder", "defender",
  "champion", "leader", "chief", "candidate", "speaker", "deputy", "attorney", "prosecutor", "councillor",
  "councilman", "councilwoman", "alderman", "mp", "mep", "msp", "baroness", "baron", "count", "countess", "duke",
  "duchess", "earl", "viscount", "crown", "pres", "sens", "reps", "messrs", "mme", "mlle", "herr",
  "frau", "monsieur", "madame", "senor", "senora", "signor", "dona", "don", "hon", "atty", "insp", "brig",
  "cpl", "pvt", "sgt", "rt", "right", "honourable", "honorable", "excellency", "aide", "adviser", "advisor",
  "analyst", "economist", "trader", "dealer", "veteran", "star", "legend", "rookie", "skipper",
  "all-rounder", "batsman", "bowler", "spinner", "off-spinner", "seamer", "opener", "keeper", "midfielder",
  // Party members named by their party ("Democrat Walter Mondale"), and the end of "Secretary of State X".
  "democrat", "republican", "tory", "state"]);

/** Honorifics alone: these before a single word make it a person ("Mr Smith"); roles alone do not ("Coach Ward"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "sen", "senator",
  "rep", "gov", "governor", "president", "premier", "minister", "chancellor", "king", "queen", "prince", "princess",
  "pope", "sheikh", "sheik", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "rev", "reverend",
  "father", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant",
  "sgt", "admiral", "adm", "judge", "justice", "professor", "prof", "mayor", "ambassador", "baroness", "baron", "mme",
  "mlle", "herr", "frau", "monsieur", "madame", "senor", "senora", "detective", "det", "insp", "inspector", "pres",
  "brig", "cpl", "pvt", "hon"]);

const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "snr", "jnr", "qc", "kc", "mp", "mep", "phd", "esq"]);

/** Given names that are also English words, so the lexicon files them as words ("Bill", "Will", "Ray"). */
const GIVEN_WORDS = new Set(["bill", "will", "ray", "guy", "dean", "rich", "rob", "victor", "earl", "frank", "gene",
  "hope", "joy", "faith", "rose", "daisy", "ivy", "jade", "dawn", "april", "june", "may", "august", "jan", "ed", "max",
  "sonny", "buddy", "clay", "cliff", "miles", "wade", "glen", "hunter", "carter", "mason", "harry", "tom", "gary",
  "bobby", "norman", "jean", "jose", "juan", "ali", "mohammad", "mohammed", "muhammad", "ahmed", "ahmad", "abdul",
  "abu", "kim", "lee", "chan", "wang", "li", "zhang", "liu", "chen", "nguyen", "tran"]);

const clean = (word: string) => fold(word).replace(FINAL_STOP, "");

/** A given name by the lexicon or as a name-word ("Bill", "Jan"), or an initial ("A.", "D.A."). */
export const isGivenish = perWord(
  (word: string) => isGivenName(word) || GIVEN_WORDS.has(clean(word)) || (INITIALS.test(word) && !isDemonym(word)),
);

export const isTitleWord = perWord(
  (word: string) => TITLE_HEADS.has(clean(word)) || tagsOf(word).includes("Honorific") || FORMER_TITLE.test(word),
);
export const isHonorific = perWord((word: string) => HONORIFICS.has(clean(word)));

export interface TitledName {
  /** Words of the title or role before the name ("Chinese President"), possibly empty. */
  title: string[];
  name: string[];
}

/**
 * Splits a capitalised run into a title and a name at the last title word that has a name after it:
 * "Foreign Minister Prakash Chandra Lohani" → ["Foreign", "Minister"] + ["Prakash", "Chandra", "Lohani"].
 */
export function splitTitle(words: string[]): TitledName {
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitleWord(words[i]!) && !SUFFIXES.has(clean(words[i]!))) cut = i;
  // Everything before the last title word is the title too: "Chinese President", "Boxing Association President".
  return cut < 0 ? { title: [], name: words } : { title: words.slice(0, cut + 1), name: words.slice(cut + 1) };
}

/** Drops a generational or post-nominal suffix ("Jr", "III", "QC") and a leading demonym ("Australian Tom Moody"). */
export function personName(words: string[]): { name: string[]; demonym?: string } {
  let name = [...words];
  while (name.length > 1 && SUFFIXES.has(clean(name[name.length - 1]!))) name.pop();
  let demonym: string | undefined;
  if (name.length > 2 || (name.length === 2 && isDemonym(name[0]!))) {
    if (isDemonym(name[0]!) && name.length > 1) demonym = name.shift();
  }
  return { name, ...(demonym ? { demonym } : {}) };
}

/** The surname: the last word, with any lower-case particle before it ("van Gogh" → "Gogh" is still the key). */
export const surnameOf = (name: string) => name.split(" ").at(-1)!;
export const givenNameOf = (name: string) => name.split(" ")[0]!;

/** "Smith" names "Mark Smith"; so does "M. Smith"; "Mark" does too, less surely (first-name mentions). */
export function nameMatches(short: string, full: string): boolean {
  const s = fold(short).split(" ");
  const f = fold(full).split(" ");
  if (s.length >= f.length) return false;
  if (s.length === 1) return s[0] === f[f.length - 1] || (f.length >= 2 && s[0] === f[0]);
  if (s[s.length - 1] !== f[f.length - 1]) return false;
  return s[0] === f[0] || (s[0]!.replace(/\.$/, "").length === 1 && f[0]!.startsWith(s[0]!.replace(/\.$/, "")));
}
