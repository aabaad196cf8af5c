/**
 * Word knowledge for naming things, taken from compromise's lexicon (its ~25,000 words and their tags: given
 * names, surnames, honorifics, places, organisations, role nouns) plus its organisation and place head words.
 *
 * Only the lists are used, not compromise's tagger: tagging a 400-word article costs ~17 ms, three times the
 * entities budget, while a lookup costs nothing. News text marks names by capitals; the lexicon says what kind
 * of word a capitalised word usually is.
 */
import { perWord } from "./per-word.js";
import nlp from "compromise";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const FINAL_STOP = /\.$/;

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean>; switches: Record<string, string> };
}

const model = nlp.model() as unknown as CompromiseModel;
const LEXICON = model.one.lexicon;

/** Lower-cased, accents folded: "Siobhán" → "siobhan", so non-English spellings find their entry. */
// Every lexicon look-up folds its word, many times per token: remember recent folds (bounded, so a huge article
// cannot grow it without limit).
const folded = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;
// ASCII without a capital: toLowerCase would only copy it (it makes a new string even when nothing changes).
const ASCII_LOWER = /^[\x00-\x40\x5b-\x7f]*$/;

export function fold(word: string): string {
  // Plain ASCII needs no accent folding, and lower-casing it is cheaper than a look-up in the memo.
  if (ASCII_LOWER.test(word)) return word;
  if (ASCII.test(word)) return word.toLowerCase();
  let result = folded.get(word);
  if (result !== undefined) return result;
  result = word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/’/g, "'");
  if (folded.size > 50_000) folded.clear();
  folded.set(word, result);
  return result;
}

// Every lexicon predicate asks for a word's tags, several per token, and a gazetteer look-up asks again for each
// phrase: remember each word's tags rather than fold it and search the lexicon every time (bounded, so a huge
// archive cannot grow it without limit).
const tagMemo = new Map<string, readonly string[]>();
const NO_TAGS: readonly string[] = Object.freeze([]);

export function tagsOf(word: string): readonly string[] {
  let tags = tagMemo.get(word);
  if (tags === undefined) {
    const entry = LEXICON[fold(word)];
    tags = entry === undefined ? NO_TAGS : Array.isArray(entry) ? entry : [entry];
    if (tagMemo.size > 50_000) tagMemo.clear();
    tagMemo.set(word, tags);
  }
  return tags;
}

/**
 * A word's verb reading, if it has one besides a noun's or an adjective's: compromise files words like "feel", "costs" or "lost" under a
 * noun or an adjective and lists the verb reading among its ambiguous words ("Noun|Verb", "Adj|Past"), which
 * its tagger settles by context. Ours settles it by position (see quotes/saying.ts).
 */
export function verbReading(word: string): "base" | "third-person" | "past" | null {
  const switched = SWITCHES[fold(word)];
  if (switched === undefined) return null;
  if (switched === "Plural|Verb") return "third-person";
  if (switched === "Adj|Past") return "past";
  return /\|(?:Verb|Present)$/.test(switched) ? "base" : null;
}
const SWITCHES = model.two.switches;

/**
 * Does the lexicon give the word one of these tags? Asked for nearly every word, several times: plain loops, and
 * the tag lists below are made once, not at every call.
 */
function has(word: string, tags: readonly string[]): boolean {
  for (const t of tagsOf(word)) for (let k = 0; k < tags.length; k++) if (tags[k] === t) return true;
  return false;
}

const GIVEN = ["MaleName", "FemaleName", "FirstName"];
const PLACE = ["Country", "City", "Region", "Place"];
const NAMEISH = [...GIVEN, "LastName", "Person", "ProperNoun", "Organization", "SportsTeam", ...PLACE, "Demonym", "Honorific"];

export const isGivenName = (word: string) => has(word, GIVEN);
const LAST_NAME = ["LastName"];
const PERSON = ["Person"];
const COUNTRY = ["Country"];
const DEMONYM = ["Demonym"];
const ORGANISATION = ["Organization", "SportsTeam"];
const DAY_OR_MONTH = ["WeekDay", "Month"];
export const isSurname = (word: string) => has(word, LAST_NAME);
export const isKnownPerson = (phrase: string) => has(phrase, PERSON);
// Countries and regions compromise lacks (or files under other words: "Jordan" the name, "Congo" the river).
const COUNTRIES = new Set(["britain", "great britain", "bosnia", "congo", "holland", "laos", "philippines", "tibet",
  "yugoslavia", "zaire", "soviet union", "ussr", "burma", "ivory coast", "east timor", "palestine",
  "united states of america", "czechoslovakia", "macedonia", "north macedonia", "eswatini", "vatican"]);
const REGIONS = new Set(["kashmir", "west bank", "latin america", "middle east", "far east", "gulf", "balkans",
  "caucasus", "sahel", "maghreb", "scandinavia", "siberia", "kurdistan", "darfur", "donbas", "crimea"]);
/** A country or region this module names itself, whatever its last word ("West Bank", "Soviet Union"). */
export const isNamedPlace = (phrase: string) => COUNTRIES.has(fold(phrase)) || REGIONS.has(fold(phrase));
export const isCountry = (phrase: string) => COUNTRIES.has(fold(phrase)) || has(phrase, COUNTRY);
export const isPlace = (phrase: string) => isCountry(phrase) || REGIONS.has(fold(phrase)) || has(phrase, PLACE);
// Adjectives of nationality, region and faith that compromise lacks; they describe people, never name them.
const DEMONYMS = new Set(["british", "english", "irish", "spanish", "turkish", "swedish", "danish", "finnish", "polish",
  "arab", "kurdish", "yemeni", "somali", "western", "eastern", "northern", "southern", "islamic", "muslim", "christian",
  "jewish", "catholic", "protestant", "sunni", "shia", "shiite", "cornish", "flemish", "basque", "catalan", "palestinians",
  "israelis", "americans", "britons", "europeans", "africans", "asians", "arabs", "frenchman", "frenchwoman",
  "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman", "irishwoman", "scotsman", "scotswoman",
  "welshman", "welshwoman", "briton", "scot", "dane", "swede", "pole", "finn", "turk", "spaniard", "kiwi", "serb",
  "croat", "slovak", "yugoslav", "u.s.", "u.s", "u.k.", "u.k", "us", "uk"]);
/** "British", "Frenchman", "Chechens", "U.S." (as in "U.S. Treasury"): describes, never names, a person. */
export const isDemonym = perWord((word: string): boolean => {
  const w = fold(word);
  return DEMONYMS.has(w) || has(word, DEMONYM) || (w.endsWith("s") && w.length > 4 && (DEMONYMS.has(w.slice(0, -1)) || has(w.slice(0, -1), DEMONYM)));
});
export const isKnownOrganisation = (phrase: string) => has(phrase, ORGANISATION);
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/;
// "May" is a modal to the lexicon; the calendar is listed here in full.
export const isWeekdayOrMonth = (word: string) => CALENDAR.test(fold(word)) || has(word, DAY_OR_MONTH);

/** A word the lexicon knows only as ordinary vocabulary ("However", "Trailing", "Road"), never as a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAMEISH.includes(t));
}

/** Head words of organisation names ("… Union", "… Ministry", "… Newsroom"): compromise's list plus newsroom staples. */
const ORG_WORDS = new Set([
  ...Object.keys(model.two.orgWords),
  ...["party", "parliament", "senate", "congress", "assembly", "cabinet", "court", "embassy", "consulate", "forces",
    "front", "movement", "exchange", "newsroom", "desk", "airline", "bank", "bancorp", "corp", "inc", "plc",
    "ltd", "ag", "nv", "gmbh", "spa", "bv", "oy", "llp", "fc", "afc", "cf", "organisation",
    "institution", "unit", "alliance", "brigade", "brigades", "regiment", "navy", "guard", "guards", "monitor",
    "trust", "council", "tribunal", "commissariat", "secretariat", "federation", "confederation", "cooperative", "co-operative",
    "caucus", "junta", "mission", "observer", "post", "express", "standard", "mirror", "sun", "independent",
    "guardian", "telegraph", "economist", "review", "herald", "tribune", "gazette", "chronicle", "times", "mail",
    "nations", "federal", "reserve", "fed", "foundation", "pictures", "studios", "records", "rovers", "wanderers",
    "athletic", "albion", "hotspur", "united", "city", "county", "rangers", "celtic", "dynamo", "sporting", "olympique",
    "real", "inter", "juventus"].filter((w) => w.length > 1),
]);
// Words compromise files under organisations that, as the last word of a capitalised run, name a place or thing.
for (const w of ["boys", "girls", "care", "data", "design", "coffee", "pizza", "capital", "estate", "power", "energy",
  "development", "education", "oil", "gas", "marine", "military", "crew", "city", "county", "post", "sun",
  "united", "real", "inter", "mission", "standard", "express", "observer", "independent", "review", "unit",
  "front", "guard", "federal", "reserve", "fed", "government", "international", "community", "financial",
  "management", "marketing", "media", "mobile", "motor", "news", "press", "systems",
  // A centre is mostly a venue ("National Tennis Centre"); "Centre for …" is still caught by its "for".
  "centre", "center",
  // A league is a competition, not a body that acts ("American League", "Premier League").
  "league"]) ORG_WORDS.delete(w);

/** A word that ends an organisation's name: "Union", "Office", "Ministry", "Party", "Inc", "University"… */
export const isOrgHead = (word: string) => ORG_WORDS.has(fold(word).replace(FINAL_STOP, ""));

/** Words that, inside a name, make it an organisation wherever they stand ("Bank of England", "Ministry of Defence"). */
const ORG_OPENERS = new Set(["bank", "ministry", "university", "department", "office", "institute", "council", "commission",
  "committee", "association", "federation", "union", "league", "academy", "college", "court", "school", "board",
  "agency", "bureau", "society", "organisation", "organization", "party", "house", "church", "order", "museum",
  "fund", "foundation", "corporation", "confederation", "movement", "front", "army", "school", "centre", "center",
  "hospital", "chamber", "authority", "directorate", "coalition", "alliance", "assembly", "congress"]);
export const isOrgOpener = (word: string) => ORG_OPENERS.has(fold(word));

const PLACE_WORDS = new Set(Object.keys(model.two.placeWords).concat(["road", "street", "avenue", "square", "stadium",
  "park", "airport", "bridge", "strip", "sea", "ocean", "east", "west", "north", "south", "square", "hall",
  "arena", "ground", "oval", "lane", "palace", "port", "harbour", "harbor", "field", "city", "town",
  // Buildings and landmarks: "Union Station", "Eaton Centre Mall", "Hopewell Rocks", "CN Tower".
  "station", "terminal", "mall", "plaza", "tower", "towers", "building", "cathedral", "temple", "mosque", "falls",
  "rocks", "rock", "beach", "island", "islands", "mountain", "mountains", "lake", "river", "valley", "canyon", "gardens"]));
// Competitions, events and documents are named like organisations but are neither ("U.S. Open", "Gulf War").
const EVENT_WORDS = new Set(["league", "cup", "open", "championship", "championships", "games", "olympics", "trophy",
  "prix", "tour", "series", "classic", "masters", "award", "awards", "prize", "festival", "war", "summit", "treaty",
  "act", "accord", "accords", "agreement", "plan", "day", "week", "year", "season", "final", "finals", "derby",
  "marathon", "rally", "grand", "challenge", "invitational", "pro-am", "stakes", "handicap", "declaration", "report",
  "index", "average", "awards", "era", "revolution", "crisis", "affair", "doctrine", "law", "bill",
  // Works and programmes: "The Late Show", "Hockey Night in Canada" is caught by its context, "Strictly Come
  // Dancing" by neither.
  "show", "film", "movie", "album", "song", "novel", "musical", "opera", "podcast", "documentary", "sitcom", "drama"]);
export const isEventHead = (word: string) => EVENT_WORDS.has(fold(word));

/** A word that ends a place's name: "… Strait", "… Road", "… County", "… Stadium". */
export const isPlaceHead = (word: string) => PLACE_WORDS.has(fold(word));
