/**
 * Is a capitalised name an organisation? News conventions, strongest first: a name the lexicon or the newsroom
 * gazetteer knows (agencies, outlets, public bodies); a name ending in an organisation's head word ("… Union",
 * "… Office", "… Party", "… Inc"); a head word with what it is of ("Bank of England", "Ministry of Defence");
 * an acronym ("PCS", "FCDO", "U.N."). Countries and cities are never organisations, even when they act.
 */
import { fold, isCommonWord, isDemonym, isKnownOrganisation, isNamedPlace, isOrgHead, isOrgOpener, isPlace } from "./lexicon.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const LEADING_THE = /^the /;
const ACRONYM_LETTERS = /^[\p{Lu}][\p{Lu}\d&]{1,7}$/u;

/** Agencies and outlets that news text cites by name ("told Reuters", "via Associated Press"). */
const NEWS_ORGANISATIONS = new Set(["reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse",
  "bloomberg", "xinhua", "interfax", "itar-tass", "tass", "ria novosti", "kyodo", "yonhap", "dpa", "ansa", "efe", "anadolu",
  "pa media", "press association", "bbc", "bbc news", "cnn", "huffpost", "huffington post", "sky news", "itv news",
  "channel 4 news", "al jazeera", "fox news", "msnbc", "npr", "abc news", "cbs news", "nbc news", "politico", "axios",
  "the guardian", "the times", "the independent", "the observer", "the economist", "the telegraph", "daily telegraph",
  "daily mail", "mail on sunday", "the sun", "daily mirror", "financial times", "wall street journal",
  "new york times", "washington post", "los angeles times", "usa today", "the atlantic", "new yorker", "der spiegel",
  "le monde", "haaretz", "times of israel", "jerusalem post", "wafa", "irna", "kcna", "rtrs", "upi", "euronews",
  "deutsche welle", "voice of america", "radio free europe", "vice news", "buzzfeed news", "the hill", "newsweek", "time",
  // Photo agencies, credited under pictures ("Photograph: Getty Images", "via The Canadian Press").
  "getty images", "getty", "shutterstock", "alamy", "pa images", "pa wire", "epa", "epa-efe", "afp via getty images",
  "the canadian press", "canadian press", "rex features", "rex/shutterstock", "sipa", "sipa press", "magnum photos",
  "corbis", "ap photo", "reuters pictures", "anadolu agency", "nurphoto", "zuma press", "bloomberg via getty images"]);

/** Public bodies and international organisations usually named without a head word. */
const PUBLIC_BODIES = new Set(["un", "united nations", "nato", "eu", "european union", "who", "imf", "world bank", "wto",
  "opec", "oecd", "unesco", "unicef", "unhcr", "unrwa", "icc", "icj", "interpol", "europol", "asean", "african union",
  "red cross", "red crescent", "amnesty international", "human rights watch", "greenpeace", "oxfam", "hamas",
  "hezbollah", "hizbollah", "taliban", "al qaeda", "al-qaeda", "islamic state", "isis", "isil", "idf", "fcdo",
  "foreign office", "home office", "cabinet office", "treasury", "pentagon",
  "congress", "senate", "parliament", "bundestag", "knesset", "duma", "politburo", "nhs", "fbi", "cia", "nsa", "mi5",
  "mi6", "gchq", "met police", "scotland yard", "ofcom", "ofsted", "fifa", "uefa", "ioc", "nasdaq",
  "labour", "liberal democrats", "lib dems", "sinn fein",
  "likud", "fatah", "plo", "anc", "bundesbank", "federal reserve", "ecb", "wef", "g7", "g20", "g8", "ira"]);

/** Capitalised abbreviations that are not organisations: places, roles, units, things. */
const NOT_ORGANISATIONS = new Set(["us", "usa", "uk", "uae", "gb", "drc", "ussr", "prc", "nyc", "la", "dc", "ok", "tv",
  "am", "pm", "gmt", "bst", "est", "utc", "ceo", "cfo", "coo", "mp", "mps", "mep", "msp", "phd", "id", "dna", "hiv",
  "aids", "covid", "gdp", "gnp", "vat", "cctv", "pc", "it", "ai", "faq", "rip", "ps", "ie", "eg", "vs", "mr", "mrs",
  "dr", "st", "ft", "mph", "kg", "km", "cm", "mm", "oz", "lb", "usd", "gbp", "eur", "jpy", "bc", "ad", "ii", "iii",
  "iv", "vi", "vii", "viii", "ix", "xi", "xii", "qc", "kc", "obe", "mbe", "cbe", "dj", "mc", "hq", "pr", "vip",
  "pow", "mvp", "nba", "rbi", "era", "ko", "sms", "pdf", "url", "www", "html", "dvd", "cd", "uk's", "us's", "i",
  "a", "o", "x", "ep", "lp", "ep", "gp", "rn", "op", "ed", "eds", "fm", "jr", "sr", "ht", "ft", "pct", "hk", "nz",
  "roc", "dprk", "rok", "edt", "pdt", "pst", "cst", "cdt", "cet", "cest", "ist", "jst", "aest", "cpi", "ppi", "rpi",
  "eps", "cjd", "bse", "sars", "ftse", "dax", "cac", "frn", "mri", "icu", "ivf", "gcse", "mba", "ba", "bsc", "msc",
  "suv", "ufo", "wmd", "sos", "atm", "pin", "gps", "cv", "hiv", "std", "tb", "ebola", "lgbt", "lgbtq", "bame", "q1",
  "q2", "q3", "q4", "h1", "h2", "ytd", "yoy", "ipo", "m&a", "r&d", "ceo's", "faq", "tba", "tbc", "asap", "eta"]);

const key = (words: string[]) => fold(words.join(" ")).replace(LEADING_THE, "").replace(/\./g, "");

/** "PCS", "FCDO", "U.N.": capitals only, and not an English word set in capitals ("DIGEST", "ALERT"). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/\./g, "");
  if (!ACRONYM_LETTERS.test(letters) || !TWO_CAPITALS.test(letters)) return false;
  const lower = letters.toLowerCase();
  return !NOT_ORGANISATIONS.has(lower) && !(lower.length >= 4 && isCommonWord(lower)) && !isPlace(lower);
}

export const isNewsOrganisation = (words: string[]) => NEWS_ORGANISATIONS.has(key(words));
/** A public body or international organisation news names without a head word ("UN", "Cabinet Office", "Hamas"). */
export const isPublicBody = (words: string[]) => PUBLIC_BODIES.has(key(words));

export type OrgEvidence = "known" | "head" | "acronym" | null;

/** How surely a capitalised run names an organisation, or null. */
export function organisationEvidence(words: string[]): OrgEvidence {
  const k = key(words);
  if (NEWS_ORGANISATIONS.has(k) || PUBLIC_BODIES.has(k) || isKnownOrganisation(k)) return "known";
  // An outlet's national edition: "HuffPost UK", "Reuters UK".
  if (words.length >= 2 && NEWS_ORGANISATIONS.has(key(words.slice(0, -1))) && words[words.length - 1]!.length <= 3) return "known";
  if (isNamedPlace(k) || (isPlace(k) && !isOrgHead(words[words.length - 1]!))) return null;
  if (words.length >= 2 && isOrgHead(words[words.length - 1]!)) return "head";
  // A nation's body: "U.S. Treasury", "Dutch PTT", "Israeli Knesset".
  if (words.length >= 2 && isDemonym(words[0]!) && organisationEvidence(words.slice(1))) return "known";
  if (words.length >= 3 && words.some((w, i) => isOrgOpener(w) && /^(of|for)$/i.test(words[i + 1] ?? ""))) return "head";
  if (words.length === 1 && isAcronym(words[0]!)) return "acronym";
  return null;
}
