/**
 * Speakers as attribution frames name them ("Mark Smith", "he", "the FCDO", "officials", "a spokesman for the
 * department"): the phrase read and classified. Resolving it to the article's own names is speaker-book.ts.
 *
 * Conventions handled:
 * - titles and roles before a name are not part of it: "Spokeswoman Haley Morris", "Sen. Ted Cruz",
 *   "Secretary of State John Kerry";
 * - "a spokesman for the FCDO", "a statement from the White House" speak for the organisation they name;
 *   "Robert Antonacci of the New York delegation" is the person, not where they come from;
 * - "Clinton’s spokesman Brian Fallon" is Fallon; "Trump’s campaign" is an organisation behind a name;
 * - plural roles ("officials", "ministers", "police") are groups; an unnamed individual ("a senior aide") is an
 *   unknown speaker; documents ("the letter") are resolved later; nothing recognisable is no speaker at all,
 *   never a stray capitalised word.
 */
import type { SpeakerKind } from "../../article.js";
import { tagsOf } from "../entities/lexicon.js";
import { isGivenish } from "../entities/names.js";
import type { Token } from "./cues.js";
import { lowerCase, startsLower, startsUpper } from "../letters.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu|de|di|da|du|van|von)-\p{Lu}/u;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_ED = /^\p{Ll}+ed$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const LOWER_PLURAL = /^\p{Ll}[\p{Ll}-]*[^s’']s$/u;
const PEOPLE_PLURAL = /^\p{Ll}[\p{Ll}-]*(?:ists|ers|ians|ants|ents|ors)$/u;
const LOWER_WORD_OF_TWO = /^\p{Ll}[\p{Ll}-]+$/u;
const SPACES = /\s+/;
const AUXILIARY_OR_ADVERB = /^(have|has|had|long|also|now|still|already|never|repeatedly|been|often|previously|recently)$/;
const CLAUSE_AUXILIARY = /^(will|would|can|could|should|must|shall|is|was|are|were|does|did)$/;
const ARTICLE = /^(the|a|an|another|one)$/;
const WHERE_PREPOSITION = /^(at|in|from|on|across|around)$/;

export interface SpeakerRef {
  /** How the frame names the speaker, as written. */
  text: string;
  kind: SpeakerKind | "pronoun" | "document";
  /** The proper name inside the phrase, when there is one ("Haley Morris" in "Spokeswoman Haley Morris"). */
  name?: string;
  /** Where the phrase starts in the paragraph, for "nearest preceding" resolution. */
  at: number;
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const PRONOUNS = words("he she they it we i");
const DETERMINERS = words("the a an one another some his her their its our this that these those two three several many");
/** Titles and ranks that precede a name and are not part of it. */
const TITLES = words(`
  mr mrs ms miss dr sen senator rep representative gov governor president vice pres prof professor gen general lt
  col sgt capt adm rev judge justice secretary chairman chairwoman chair speaker mayor spokesman spokeswoman
  spokesperson candidate former rival sir dame lord lady prime minister chancellor ambassador attorney
  commissioner director chief leader deputy lawmaker senior first sheriff detective officer inspector
  treasurer premier congressman congresswoman councillor councilman councilwoman assemblyman
  counsel counselor counsellor adviser advisor superintendent supt assemblywoman mp mep msp envoy captain
  commander lieutenant sergeant colonel admiral constable rabbi imam bishop archbishop cardinal reverend dj
`);
/** Adjectives that precede names in news titles ("Republican presidential candidate Ted Cruz"). */
const TITLE_ADJECTIVES = words(`
  republican democratic democrat gop presidential independent conservative liberal progressive labour tory
  british american u.s us uk foreign federal state then-candidate then-president
`);
const GROUP_NOUNS = words(`
  officials ministers police aides sources experts analysts critics supporters lawmakers legislators
  republicans democrats protesters demonstrators residents voters witnesses doctors scientists researchers
  people advocates economists investigators prosecutors authorities diplomats activists campaigners leaders
  members observers organizers organisers opponents staff staffers strategists insiders employees workers
  officers troops soldiers spokesmen representatives senators negotiators pollsters delegates donors
  conservatives liberals progressives americans fans parents students teachers families tories
  users commenters attendees allies backers volunteers surrogates operatives veterans commentators pundits
  crowd audience crowds
  percent half third quarter majority minority respondents participants others
`);
const ORGANISATION_NOUNS = words(`
  department ministry campaign company agency committee government administration office party group firm
  organisation organization union council court board commission bureau service team embassy foundation
  institute university network newspaper paper magazine station channel website site regime military army
  police force club association coalition alliance federation bank fund charity hospital school church
  center centre spokesteam parliament congress senate house
`);
const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson official source aide adviser advisor lawyer attorney doctor witness analyst
  expert economist resident diplomat minister officer executive director chief leader member candidate
  strategist consultant representative senator governor president secretary manager owner
  friend relative neighbour neighbor woman man person reporter journalist editor author writer critic
  supporter insider voter protester activist researcher scientist professor teacher student
  nominee user host moderator anchor congressman congresswoman chairman chairwoman founder co-founder pastor
  mother father wife husband son daughter sister brother veteran commentator pundit columnist blogger
  historian lawmaker operative organizer organiser donor surrogate ally backer volunteer pollster attendee
  employee worker negotiator administrator superintendent coordinator partner colleague
  advocate lobbyist physician nurse farmer businessman businesswoman entrepreneur
`);
const DOCUMENT_NOUNS = words(`
  letter statement email e-mail memo note post tweet report release document message filing complaint lawsuit
  ad advertisement video survey poll study book article editorial op-ed column website
  polls surveys studies reports documents records figures data results evidence
`);
const ORGANISATION_NAME_WORDS = words(`
  department ministry office house party campaign committee council association union inc corp corporation
  group news times post journal agency commission bureau service senate congress court police board institution
  foundation institute university bank company network administration government center centre fund
  organization organisation coalition alliance federation pentagon kremlin school college hospital church
  army navy ltd llc plc press tribune herald guardian telegraph reuters treasury cabinet parliament assembly
  authority fcdo fbi cia nhs un nato
  airways airlines railways motors holdings industries systems technologies communications pharmaceuticals
  petroleum telecom studios records
`);
/** Heads that make "the …" a thing or an idea rather than someone speaking. */
const NOT_DESCRIPTIONS = words(`
  way fact thing problem question issue idea point reason answer result truth case number time day year world
  plan bill law rule deal move decision vote race election campaign economy country nation state city
`);
/** Roles a sentence may put before a name as a title ("Scientist Rebecca Falconer"); never family words, which are names too ("Son"). */
const ROLE_TITLES = words(`
  spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney doctor analyst expert economist
  diplomat minister officer executive director strategist consultant manager owner reporter journalist editor
  author co-author writer critic activist researcher scientist professor teacher nominee host moderator anchor
  founder co-founder pastor commentator columnist historian lawmaker organizer organiser pollster administrator
  coordinator advocate lobbyist physician nurse businessman businesswoman entrepreneur actor actress singer
  artist designer architect engineer voter broadcaster legislator developer guitarist drummer bassist pianist
  composer producer presenter comedian novelist poet photographer
`);
const CONNECTORS = words("of for and the de del la le van von der den ter ten al bin ibn da das dos du di &");
/** Capitalised only because they start a sentence or clause: never the first word of a name. */
const SENTENCE_WORDS = words(`
  but and in on at when after before if as while although however meanwhile for with without this that last next
  still yet so since despite during under over among according asked speaking then now today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december both even also here there what why how where who our my your its his her
  their we you they i he she it not no yes all every each many most some such only just like unlike once
  than because though whether neither either mostly nearly almost perhaps
`);

const SHARE = /^(\d[\d.,]*|percent|most|many|some|half|majority|minority|third|thirds|quarter|fourths|fifths|few|respondents|surveyed|polled|questioned)$/;
const PREPOSITION_START = /^(in|on|at|by|for|from|since|after|before|during|until|of|to|with|about)$/;
// "el-Sisi", "al-Assad": a particle joined to a capitalised name is part of the name.
// (The particle needs its hyphen: a word without one is asked nothing more.)
const isCapitalised = (t: Token) => startsUpper(t.text) || (t.text.includes("-") && PARTICLE_NAME.test(t.text));
const POSSESSIVE = /[’']s$/u;
const stripPossessive = (s: string) => s.replace(POSSESSIVE, "");
const isPossessive = (t: Token) => POSSESSIVE.test(t.text);
// Contractions ("I’ll", "We’re") start sentences, never names.
const CONTRACTION = /[’'](?:ll|m|re|ve|d)$/u;
const FINAL_STOP = /\.$/;

/** A title before a name; hyphenated ones too: "Major-General", "Secretary-General", "Vice-President". */
const isTitle = (t: Token) => TITLES.has(t.lower.replace(FINAL_STOP, "")) || (t.lower.includes("-") && TITLES.has(t.lower.split("-").at(-1)!));

/** Is there a full stop in text[from, to)? (Between two tokens: a few characters at most.) */
function hasFullStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** The proper-name runs of a phrase: capitalised words, joined by "of"/"for"/"de" and the like. */
function nameRuns(tokens: Token[], text?: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  // The commonest tests first in each condition (all of them are pure): this runs on every word of every paragraph.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const previous = run.length ? run[run.length - 1] : undefined;
    // A full stop between two capitalised words ends a sentence, not a name ("… Mr. Clinton. Back in 1999").
    // Initials ("J.J. Goldberg") end no sentence.
    if (text && previous && hasFullStop(text, previous.end, t.start) && previous.text.length > 1 && !INITIALS.test(previous.text) && !TITLES.has(previous.lower)) {
      runs.push(run);
      run = [];
    }
    if (isCapitalised(t) && !CONTRACTION.test(t.lower) && !PRONOUNS.has(t.lower) && !(run.length === 0 && DETERMINERS.has(t.lower))) {
      run.push(t);
      // "the Alachua Sheriff's Office", "Children's Hospital": a possessive inside an organisation's name.
      if (isPossessive(t) && !(next && isCapitalised(next) && ORGANISATION_NAME_WORDS.has(next.lower) && !PRONOUNS.has(next.lower))) {
        runs.push(run);
        run = [];
      }
    } else if (run.length && CONNECTORS.has(t.lower) && next && isCapitalised(next)) {
      run.push(t);
    } else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  // "Laura Brownlees of Save the Children": a person's full name, then where they come from.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const of = run.findIndex((t, i) => i >= 2 && t.lower === "of");
    if (of < 0 || !run.slice(0, of).every((t) => isCapitalised(t) || CONNECTORS.has(t.lower))) continue;
    // "Chief Executive of Hong Kong Carrie Lam": an office, not a person, before "of".
    if (run.slice(0, of).every((t) => isTitle(t) || ROLE_TITLES.has(t.lower) || TITLE_ADJECTIVES.has(t.lower) || SENTENCE_WORDS.has(t.lower))) continue;
    const person = text ? runText(text, run.slice(0, of)) : run.slice(0, of).map((t) => t.text).join(" ");
    if (couldBePerson(person) && of + 1 < run.length) runs.splice(r, 1, run.slice(0, of), run.slice(of + 1));
  }
  // Titles and title adjectives in front of a name are not the name: "Sen. Ted Cruz" → "Ted Cruz".
  return runs
    .map((r) => {
      let i = 0;
      // "New Jersey Gov. Chris Christie": a place, a title, then the full name.
      const title = r.findIndex((t, k) => k > 0 && k <= r.length - 3 && isTitle(t) && !CONNECTORS.has(r[k + 1]!.lower));
      if (title > 0) i = title + 1;
      // "British Airways", "American Airlines": an adjective and one word is a name of its own. So is an
      // organisation's whole name with no title in it: "the Republican National Committee".
      if (r.length === 2 && TITLE_ADJECTIVES.has(r[0]!.lower) && !TITLES.has(r[1]!.lower)) return r;
      const cut = afterPlace(tokens, r, i);
      if (i === 0 && cut !== r) return cut;
      if (looksLikeOrganisation(r.map((t) => t.text).join(" ")) && !r.some(isTitle)) {
        while (i < r.length - 1 && SENTENCE_WORDS.has(r[i]!.lower)) i++;
        return r.slice(i);
      }
      for (;;) {
        while (i < r.length - 1 && strippable(r, r[i]!)) i++;
        // "Secretary of State John Kerry", "Speaker of the House Paul Ryan": the office, then the name.
        if (i > 0 && i < r.length - 2 && CONNECTORS.has(r[i]!.lower)) {
          i++;
          while (i < r.length - 1 && CONNECTORS.has(r[i]!.lower)) i++;
          i++;
          continue;
        }
        break;
      }
      return afterPlace(tokens, r, i);
    })
    // A month or a modal that is also a name stays a name alone ("May said", "Mrs May said"), but not as a date
    // ("in late May", "May 3").
    .filter((r) => r.length && !(r.length === 1 && (TITLES.has(r[0]!.lower) || TITLE_ADJECTIVES.has(r[0]!.lower) || (SENTENCE_WORDS.has(r[0]!.lower) && (!isGivenish(r[0]!.text) || isDate(tokens, r[0]!))))));
}

// The helpers of nameRuns are functions of their own, not closures in it: tsx names every inner function anew at
// each call, which cost more than the helpers themselves.

/**
 * Where a token stands, for the words around a run. Tokens stand in the order of their offsets, so a binary
 * search finds it: a long paragraph stays cheap, and no map of every token is made for the few runs that ask.
 */
function positionOf(tokens: Token[], t: Token): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < t.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DATE_BEFORE = /^(in|late|early|mid|since|until|by|last|next|this|of|on|from|through|during)$/;
const TO_OR_OF = /^(to|of)$/;
const CO_PREFIX = /^co-/;

function isDate(tokens: Token[], t: Token): boolean {
  const at = positionOf(tokens, t);
  return DATE_BEFORE.test(tokens[at - 1]?.lower ?? "") || /^\d/.test(tokens[at + 1]?.text ?? "");
}

/** "House Republican Thomas Massie": a chamber, a party or a place before the given name is no part of it. */
function isPlaceWord(t: Token): boolean {
  return PLACE_WORDS.has(t.lower) || ORGANISATION_NAME_WORDS.has(t.lower) || TITLE_ADJECTIVES.has(t.lower) || tagsOf(t.lower).some((g) => g === "Country" || g === "Place" || g === "City");
}

/**
 * "Ambassador to Germany Richard Grenell", "Ambassador to the United Nations Nikki Haley", "Speaker of the House
 * Paul Ryan", "Chief Executive of Hong Kong Carrie Lam": the place or body a title is to or of, then the name,
 * which starts at a given name. `r` itself when there is no such cut.
 */
function afterPlace(tokens: Token[], r: Token[], i: number): Token[] {
  if (r.length - i < 3) return i ? r.slice(i) : r;
  const at = positionOf(tokens, r[0]!);
  const afterTo = TO_OR_OF.test(tokens[at - 1]?.lower ?? "") || (tokens[at - 1]?.lower === "the" && TO_OR_OF.test(tokens[at - 2]?.lower ?? ""));
  const inRun = r.slice(0, i).some((t) => TO_OR_OF.test(t.lower));
  let given = -1;
  for (let k = r.length - 2; k > i && k >= r.length - 3 && given < 0; k--) if (isGivenish(r[k]!.text)) given = k;
  const name = given > i ? r.slice(given) : [];
  // "of the Bill and Melinda Gates Foundation" is an organisation's name, not a person after a place.
  if (given > i && (afterTo || inRun || r.slice(i, given).every(isPlaceWord)) && !looksLikeOrganisation(name.map((t) => t.text).join(" "))) return name;
  return i ? r.slice(i) : r;
}

/** A word before the name in run `r` that is no part of it: a title, a title adjective, a sentence's word. */
function strippable(r: Token[], t: Token): boolean {
  const i = r.indexOf(t);
  return (
    isTitle(t) ||
    TITLE_ADJECTIVES.has(t.lower) ||
    SENTENCE_WORDS.has(t.lower) ||
    // "Italian Prime Minister Silvio Berlusconi": a nationality before a title is not a given name.
    (i < r.length - 2 && tagsOf(t.lower).includes("Demonym") && TITLES.has(r[i + 1]!.lower.replace(FINAL_STOP, ""))) ||
    // "Co-author Jing-Shan Zhao": a role noun capitalised as a title, when a full name follows.
    (ROLE_TITLES.has(t.lower.replace(CO_PREFIX, "")) && i <= r.length - 3)
  );
}

/** Full names a paragraph prints ("Mark Smith", "Sen. Ted Cruz" → "Ted Cruz"), with where they start. */
export function printedNames(text: string, tokens: Token[]): { name: string; at: number }[] {
  return nameRuns(tokens, text)
    .filter((r) => r.length >= 2 && r.length <= 4)
    .map((r) => ({ name: runText(text, r), at: r[0]!.start }))
    .filter((n) => !looksLikeOrganisation(n.name));
}

function runText(text: string, run: Token[]): string {
  return stripPossessive(text.slice(run[0]!.start, run.at(-1)!.end));
}

// Places are named as sentence subjects too ("South Carolina votes on Saturday"); never a "he" or "she".
const PLACE_WORDS = words(`
  states kingdom america city county street square hall hotel beach island islands park river valley mountains
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
  tennessee texas utah vermont virginia washington wisconsin wyoming britain england scotland wales ireland
  france germany russia china japan india israel iran iraq syria canada europe africa asia london paris
  moscow beijing gaza ukraine manhattan brooklyn chicago boston miami atlanta dallas houston detroit
`);

/** Could this capitalised name be a person (not a place, not an organisation)? */
export function couldBePerson(name: string): boolean {
  return !looksLikeOrganisation(name) && !name.split(SPACES).some((w) => PLACE_WORDS.has(lowerCase(w)));
}

/** Does a capitalised name look like an organisation rather than a person? */
export function looksLikeOrganisation(name: string): boolean {
  const parts = name.split(SPACES);
  if (parts.some((p) => ORGANISATION_NAME_WORDS.has(lowerCase(p).replace(/[’'.]/g, "")))) return true;
  // Acronyms name organisations (FCDO, PCS, NATO); "U.S." alone is a place and never a speaker.
  return parts.length === 1 && ALL_CAPITALS.test(parts[0]!.replace(/[.&]/g, ""));
}

/**
 * Is tokens[from, to) a role rather than a name: "The mayor of Paris", "the Senate Minority Leader",
 * "Republican Assemblywoman"? Then a name in apposition after it is the speaker.
 */
export function isRolePhrase(tokens: Token[], from: number, to: number): boolean {
  const phrase = tokens.slice(from, to);
  if (!phrase.length) return false;
  if (/^(the|a|an|another|one)$/.test(phrase[0]!.lower) && phrase.length > 1) return true;
  return phrase.every((t) => TITLES.has(t.lower.replace(FINAL_STOP, "")) || TITLE_ADJECTIVES.has(t.lower) || ROLE_TITLES.has(t.lower) || tagsOf(t.lower).includes("Demonym"));
}

/** tokens[from, to) as a person's full name set off on its own ("…, Andrew Burke, …"): 2–5 capitalised words. */
export function fullName(text: string, tokens: Token[], from: number, to: number): SpeakerRef | null {
  if (to - from < 2 || to - from > 5 || !tokens.slice(from, to).every(isCapitalised)) return null;
  const named = readSpeakerPhrase(text, tokens, from, to);
  return named?.kind === "person" && named.name?.includes(" ") ? named : null;
}

/** A nationality before a noun ("Chinese state press reports") is no name; "Cuban said" still is one. */
function isAdjective(phrase: Token[], r: Token[]): boolean {
  return r.length === 1 && tagsOf(r[0]!.lower).includes("Demonym") && startsLower(phrase[phrase.indexOf(r[0]!) + 1]?.text ?? "");
}

/**
 * Classify the phrase tokens[from, to) of `text` as a speaker, or null when it names nothing that can speak.
 */
export function readSpeakerPhrase(text: string, tokens: Token[], from: number, to: number): SpeakerRef | null {
  const phrase = tokens.slice(from, to).filter((t) => t.text !== "," || false);
  // "(he has been) betrayed by the British authorities, who promised …": the agent, not the participle before it.
  if (phrase.length > 2 && LOWER_ED.test(phrase[0]!.text) && phrase[1]!.lower === "by") phrase.splice(0, 2);
  if (!phrase.length || phrase.length > 12) return null;
  // "Internet service providers have long claimed": the auxiliary and adverb before the cue are not the subject.
  while (phrase.length > 1 && AUXILIARY_OR_ADVERB.test(phrase.at(-1)!.lower)) phrase.pop();
  // "Trump’s nomination will (at least test …)": an auxiliary inside the phrase makes it a clause, not a speaker.
  if (phrase.some((t) => CLAUSE_AUXILIARY.test(t.text))) return null;
  // So does a verb with its object: "the city embodied the (…)".
  if (phrase.some((t, k) => k > 0 && LOWER_ED.test(t.text) && /^(the|a|an|his|her|its|their|our|this|that|these|those)$/.test(phrase[k + 1]?.lower ?? ""))) return null;
  const at = phrase[0]!.start;
  const written = text.slice(phrase[0]!.start, phrase.at(-1)!.end);
  if (phrase.length === 1 && PRONOUNS.has(phrase[0]!.lower)) return { text: written, kind: "pronoun", at };
  // "On the Asian tsunami he said": the pronoun right before the cue is the subject, the rest a phrase before it.
  if (PRONOUNS.has(phrase.at(-1)!.lower) && startsLower(phrase.at(-1)!.text)) {
    const last = phrase.at(-1)!;
    return { text: last.text, kind: "pronoun", at: last.start };
  }
  // "In his New Year message the Liberal Democrat leader said": a phrase of place or occasion, then the subject
  // from its determiner on.
  if (PREPOSITION_START.test(phrase[0]!.lower)) {
    let det = -1;
    phrase.forEach((t, i) => {
      if (i > 1 && /^(the|a|an)$/.test(t.lower)) det = i;
    });
    if (det > 0 && det < phrase.length - 1) {
      const from = tokens.indexOf(phrase[det]!);
      return readSpeakerPhrase(text, tokens, from, to);
    }
  }
  const head = phrase.at(-1)!;
  const headLower = stripPossessive(head.lower);
  // "Officials in Cojedes state", "Analysts", "Figures show": a sentence's capital on a plural of people or
  // documents is no name.
  const opener = phrase[0]!.lower;
  // "Police Senior Superintendent Yolanda Yu" is a person with a title: a capital after the noun names someone.
  if (GROUP_NOUNS.has(opener) && phrase.length <= 6 && !(phrase[1] && isCapitalised(phrase[1]))) return { text: written, kind: "group", at };
  // "evidence from local Lib Dem parties": a document and where it comes from.
  if (DOCUMENT_NOUNS.has(opener) && (phrase.length === 1 || /^(from|of|by|in|on|for)$/.test(phrase[1]!.lower))) return { text: written, kind: "document", at };
  const runs = nameRuns(phrase, text).filter((r) => !isAdjective(phrase, r));
  // A poll's share of the people asked: "42 percent", "one in five", "most", "those surveyed".
  if (SHARE.test(headLower) && !PREPOSITION_START.test(phrase[0]!.lower)) return { text: written, kind: "group", at };
  // "The Tories", "Democrats": a party's people are a group.
  if (runs.length === 1 && runs[0]!.length === 1 && phrase.at(-1) === runs[0]![0] && GROUP_NOUNS.has(runs[0]![0]!.lower)) return { text: written, kind: "group", at };
  if (runs.length) {
    // Prefer a name that is not a possessive: in "Clinton’s spokesman Brian Fallon" the speaker is Fallon.
    const own = runs.filter((r) => !isPossessive(r.at(-1)!));
    // "Robert Antonacci of the New York delegation": the person, not where they come from.
    const person = own.find(
      (r) => (r.length >= 2 || TITLES.has(phrase[phrase.indexOf(r[0]!) - 1]?.lower.replace(FINAL_STOP, "") ?? "")) && couldBePerson(runText(text, r)) && /^(of|from|at|with)$/.test(phrase[phrase.indexOf(r.at(-1)!) + 1]?.lower ?? ""),
    );
    // "The Aam Aadmi Party in Goa": an organisation, then where it is.
    const organisation = person ? undefined : own.find((r) => /^(in|at|from)$/.test(phrase[phrase.indexOf(r.at(-1)!) + 1]?.lower ?? "") && looksLikeOrganisation(runText(text, r)));
    const run = person ?? organisation ?? (own.length ? own : runs).at(-1)!;
    const name = runText(text, run);
    // "A Trump supporter", "a senior Clinton campaign aide": a name modifying the role at the head is not the
    // speaker; the unnamed supporter or aide is.
    const headIndex = phrase.length - 1;
    // A determiner before it says the same of any noun: "the Everton striker".
    // So does a capital that only opens the sentence: "Net users", "Anti-virus firms", "Head of the division".
    const opening = run.length === 1 && phrase[0] === run[0] && !isPossessive(run[0]!) && !tagsOf(run[0]!.lower).some((t) => /Name$|^Person$/.test(t));
    const described = ROLE_NOUNS.has(headLower) || GROUP_NOUNS.has(headLower) || ORGANISATION_NOUNS.has(headLower) || ARTICLE.test(phrase[0]!.lower) || opening;
    const modifier =
      !person &&
      !isCapitalised(head) &&
      described &&
      phrase.indexOf(run.at(-1)!) < headIndex &&
      phrase
        .slice(phrase.indexOf(run.at(-1)!) + 1, headIndex)
        .every((t) => TITLE_ADJECTIVES.has(t.lower) || (!isCapitalised(t) && LOWER_WORD.test(t.text) && (!PREPOSITION_START.test(t.lower) || opening)));
    if (modifier && ORGANISATION_NOUNS.has(headLower)) return { text: written, kind: "organisation", name: written.replace(/^(?:the|a|an)\s+/i, ""), at };
    if (modifier) return { text: written, kind: GROUP_NOUNS.has(headLower) ? "group" : "unknown", at };
    if (!own.length) {
      // "Trump’s campaign said": the organisation behind the name speaks; "Trump’s spokesman" is unnamed.
      // "Trump’s statement read": whoever the document is of speaks through it.
      if (DOCUMENT_NOUNS.has(headLower) && runs.length === 1 && phrase[0] === run[0]) return { text: written, kind: looksLikeOrganisation(name) ? "organisation" : "person", name, at };
      if (ORGANISATION_NOUNS.has(headLower) || DOCUMENT_NOUNS.has(headLower)) return { text: written, kind: "organisation", name: written.replace(/^(?:the|a|an)\s+/i, ""), at };
      if (ROLE_NOUNS.has(headLower) || GROUP_NOUNS.has(headLower)) return { text: written, kind: "unknown", name, at };
      // "Norway’s music industry": something of a name's, not the name.
      if (!isCapitalised(head)) return { text: written, kind: "unknown", at };
    }
    // "Rattling off promises": a capitalised word then a verb or a preposition is a clause, not a speaker.
    const afterRun = phrase[phrase.indexOf(run.at(-1)!) + 1];
    if (run.length === 1 && afterRun && startsLower(afterRun.text) && /^(off|up|out|down|on|in|at|to|into|over|through|with|by|for)$/.test(afterRun.lower)) return null;
    // A place that speaks ("Beijing, which described …", "Moscow warned") speaks for its government; a name
    // with a place word in it ("Jo Park") is still a person's.
    const place = !name.includes(" ") && !couldBePerson(name);
    return { text: written, kind: looksLikeOrganisation(name) || place ? "organisation" : "person", name, at };
  }
  // "Many speakers at the service", "officials in the department": people, then where they are.
  const preposition = phrase.findIndex((t, i) => i > 0 && WHERE_PREPOSITION.test(t.lower));
  const before = preposition > 0 ? phrase[preposition - 1]! : null;
  if (before && LOWER_PLURAL.test(before.text) && !DOCUMENT_NOUNS.has(before.lower) && !DOCUMENT_NOUNS.has(headLower)) {
    return { text: written, kind: "group", at };
  }
  if (DOCUMENT_NOUNS.has(headLower)) return { text: written, kind: "document", at };
  if (GROUP_NOUNS.has(headLower)) return { text: written, kind: "group", at };
  // "(even) some technologists", "many economists": a quantity of people named by a plural noun.
  const counted = phrase.findIndex((t) => !/^(even|also|only|just|both)$/.test(t.lower));
  if (
    counted >= 0 &&
    phrase.length - counted <= 4 &&
    /^(some|many|most|several|few|other|all)$/.test(phrase[counted]!.lower) &&
    PEOPLE_PLURAL.test(head.text)
  ) {
    return { text: written, kind: "group", at };
  }
  if (ORGANISATION_NOUNS.has(headLower)) return { text: written, kind: "organisation", at };
  if (ROLE_NOUNS.has(headLower)) return { text: written, kind: "unknown", at };
  // "The actress", "a longtime adviser": someone the article describes but does not name.
  // Party and office adjectives may be capitalised: "the Republican nominee", "one Democratic strategist".
  const described =
    phrase.length <= 6 &&
    /^(the|a|an|one|another|his|her|their)$/.test(phrase[0]!.lower) &&
    phrase.slice(1).every((t) => LOWER_WORD_OF_TWO.test(t.text) || TITLE_ADJECTIVES.has(t.lower) || TITLES.has(t.lower)) &&
    !TITLE_ADJECTIVES.has(headLower) &&
    // "the race was close" is a clause, not someone described.
    !phrase.some((t) => /^(is|was|are|were|be|been|has|have|had|will|would|could|can|should|must|did|does|do)$/.test(t.lower));
  // "the U.S. economy appears": a head that is a verb makes the phrase a clause.
  const verbHead = tagsOf(headLower).some((t) => t === "PresentTense" || t === "PastTense");
  if (described && phrase.length > 1 && !NOT_DESCRIPTIONS.has(headLower) && !verbHead) return { text: written, kind: "unknown", at };
  return null;
}
