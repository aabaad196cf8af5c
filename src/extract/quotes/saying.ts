/**
 * Reported speech means saying. A report found by the frame readers is one of three things:
 *
 * - **speech**: a verb or phrase of saying, writing, telling, announcing or reporting ("said", "told", "wrote",
 *   "announced", "warned", "urged", "according to") with a clause or a quoted phrase for its words
 *   (`said the plan was dead`, `urged the BBC to give …`, `accused him of being disloyal`, `called it “a disaster”`);
 * - a **stance**: a position or a finding, not words ("wants", "hopes", "believes", "plans", "backs", "opposed",
 *   "found", "showed"): kept as its own kind, never shown or filed as something someone said;
 * - **neither**: a verb of saying whose object is a bare noun phrase or an adverb, not words at all
 *   (`announced its initiative`, `confirmed the discovery`, `replied three minutes later`): no report.
 */
import { tagsOf, verbReading } from "../entities/lexicon.js";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const SPACES = /\s+/;

const forms = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Positions, wishes, beliefs and findings: what someone holds, not what they said. */
const STANCES = forms(`
  want wants wanted wanting hope hopes hoped hoping believe believes believed believing think thinks thought
  thinking feel feels felt feeling fear fears feared fearing expect expects expected expecting plan plans
  planned planning intend intends intended intending seek seeks sought seeking support supports supported
  supporting oppose opposes opposed opposing back backs backed backing endorse endorses endorsed endorsing
  favor favors favored favoring favour favours favoured favouring prefer prefers preferred preferring refuse
  refuses refused refusing reject rejects rejected rejecting defend defends defended defending welcome welcomes
  welcomed welcoming applaud applauds applauded celebrate celebrates celebrated embrace embraces embraced
  embracing champion champions championed promote promotes promoted promoting decline declines declined
  declining offer offers offered offering find finds found finding show shows showed shown showing indicate
  indicates indicated indicating know knows knew knowing understand understands understood realize realizes
  realized realise realises realised worry worries worried signal signals signaled signalled agree agrees
  agreed agreeing vote votes voted voting campaign campaigns campaigned campaigning push pushes pushed pushing
  advocate advocates advocated advocating favoring threatened threaten threatens
`);

/**
 * Verbs of saying that judge what they take ("criticised the tariffs", "railed against the tax", "called for an
 * inquiry"): with a noun phrase for object they report a position, not words — a stance.
 */
const JUDGING = forms(`
  criticize criticizes criticized criticizing criticise criticises criticised criticising praise praises praised
  praising rail rails railed railing slam slams slammed slamming attack attacks attacked attacking denounce
  denounces denounced denouncing decry decries decried decrying condemn condemns condemned condemning blast blasts
  blasted blasting hail hails hailed hailing mock mocks mocked mocking ridicule ridiculed deride derided dismiss
  dismisses dismissed dismissing question questions questioned questioning challenge challenges challenged
  challenging blame blames blamed blaming accuse accuses accused accusing call calls called calling push pushes
  pushed lash lashes lashed lashing tout touts touted touting bemoan bemoans bemoaned lament laments lamented
  complain complains complained complaining express expresses expressed expressing voice voices voiced assail
  assails assailed rebuke rebukes rebuked applaud applauded urge urges urged urging demand demands demanded
  demanding warn warns warned warning thank thanks thanked thanking
`);

/** Auxiliaries and modals: a clause's finite verb when the lexicon's tags are not needed. */
const AUXILIARIES = forms(`
  is are was were am has have had do does did will would shall should can could may might
  must 's 're 've 'd 'll ’s ’re ’ve ’d ’ll won't wouldn't can't couldn't don't doesn't didn't isn't aren't wasn't
  weren't hasn't haven't hadn't won’t wouldn’t can’t couldn’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t
  hasn’t haven’t hadn’t
`);
const SUBJECTS = forms("he she they we i you there");
const DETERMINERS = forms("the a an its his her their our my your this that these those every each");
const COORDINATORS = forms("and or but then");
/** Words that open a circumstance, not the content of what was said ("declared an emergency so he could …"). */
const SUBORDINATOR = /^(?:so|because|as|after|before|while|although|though|since|until|unless|whereas)\b/i;
const PREPOSITIONS = forms("of for about by from on against in without after before at with into over under");
const NOT_VERBS = forms("hundred sacred naked wicked ragged rugged beloved learned aged bed red shed");
/** "calling him the best choice", "declaring it a great night": an object and its complement, a small clause. */
const SMALL_CLAUSE = /^(?:it|him|her|them|this|that|himself|herself|themselves|itself)\s+\S+\s+\S/i;
const VERB_TAGS = new Set(["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary", "Verb", "PerfectTense", "Participle"]);
const QUOTE_MARK = /["“”„«»‘’]/;
/** Where a relative clause starts: its verb belongs to a noun, not to the report (`victory in the vote, which was …`). */
const RELATIVE = /,\s*(?:which|who|whose|where|when)\b|\b(?:which|who|whom)\s/i;

/** The cue's verb, first word lowered: "told reporters" → told, "called for" → called. */
function cueVerb(cue: string): string {
  return cue.trim().split(SPACES)[0]!.toLowerCase();
}

/** A position or finding rather than words: wants, hopes, believes, plans, backs, found. */
export function isStanceCue(cue: string | undefined): boolean {
  return !!cue && STANCES.has(cueVerb(cue));
}

/** Adverbs that sit between a subject and its verb ("the polling place never shut"). */
const MID_ADVERBS = forms("never also still not already now only just recently then soon once often always even again largely");
const POSSESSIVE = /['’]s$/;
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|there|that)['’](?:s|re|ll|d|ve|m)$/;

/**
 * Whether a word that is a noun or a verb by use ("feel", "costs", "lost") is a verb here: it follows a word that
 * can end a subject — a noun, a name, a number — and agrees with it ("his friends feel", "the plan costs",
 * "millions lost"); after a determiner, preposition, possessive or conjunction it is a noun ("the cuts", "the
 * group's plans"), and a base form after a singular noun is the second half of a compound ("the fuel tax").
 * Weaker evidence than a word only ever a verb, so it is a feature the model weighs, not a certainty.
 */
function verbAfterSubject(words: string[], i: number): boolean {
  if (i === 0 || i + 1 >= words.length) return false;
  const reading = verbReading(words[i]!);
  if (!reading) return false;
  let before = i - 1;
  while (before > 0 && MID_ADVERBS.has(words[before]!)) before--;
  const prev = words[before]!;
  if (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || COORDINATORS.has(prev) || POSSESSIVE.test(prev) || prev === "to") return false;
  const tags = tagsOf(prev);
  // A word that is itself a noun or a verb ("the plan costs") stands as the noun before a verb.
  if (tags.length && !tags.some((t) => NOUNISH.has(t)) && verbReading(prev) !== "base") return false;
  const plural = tags.includes("Plural") || (tags.includes("Cardinal") && prev !== "one") || (!tags.length && /[^s']s$/.test(prev));
  return reading === "past" || (reading === "base" ? plural : !plural);
}
const NOUNISH = new Set(["Noun", "Singular", "Plural", "ProperNoun", "Person", "Actor", "Organization", "Place", "Country", "City", "Demonym", "Cardinal", "LastName", "FirstName", "MaleName", "FemaleName"]);

/**
 * Whether reported words are a clause (they have a verb of their own, an infinitive or a gerund) or hold a
 * quoted phrase, rather than a bare noun phrase or adverb.
 */
export function isClause(text: string): boolean {
  return clauseEvidence(text) !== null;
}

/**
 * How sure it is that reported words are a clause: "verb" (a word only ever a verb, an auxiliary, a subject
 * pronoun, an infinitive, a quoted phrase), "ambiguous" (only a noun-or-verb word after a subject: "his friends
 * feel the same way"), or null (no verb: a noun phrase or adverb).
 */
export function clauseEvidence(text: string): "verb" | "ambiguous" | null {
  if (QUOTE_MARK.test(text) || SMALL_CLAUSE.test(text)) return "verb";
  // The words before any relative clause: its verb belongs to a noun, not to the report.
  const words = text.split(RELATIVE)[0]!.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  if (hasVerb(words)) return "verb";
  return words.some((_, i) => verbAfterSubject(words, i)) ? "ambiguous" : null;
}

function hasVerb(words: string[]): boolean {
  return words.some((w, i) => {
    if (AUXILIARIES.has(w)) return true;
    // A subject pronoun with a word after it is a clause whatever the verb ("they bear no responsibility").
    if (SUBJECTS.has(w) && i + 1 < words.length) return true;
    // "he's", "they're", "we'll", "she'd": a subject pronoun with its auxiliary.
    if (CONTRACTED_SUBJECT.test(w)) return true;
    // "urged the BBC to give …": an infinitive is a clause's verb.
    if (w === "to" && i + 1 < words.length && tagsOf(words[i + 1]!).some((t) => t === "Infinitive" || t === "Verb")) return true;
    const tags = tagsOf(w);
    // A gerund is a verb after a preposition ("accused him of being disloyal"), a noun elsewhere ("the bombing").
    if (tags.includes("Gerund") || (w.endsWith("ing") && !tags.length)) return i > 0 && PREPOSITIONS.has(words[i - 1]!);
    // Regular past forms compromise's lexicon lists as adjectives or not at all ("used", "slipped", "invented").
    const past = tags.includes("PastTense") || ((!tags.length || tags.includes("Adjective")) && w.length > 3 && /[^e]ed$/.test(w) && !NOT_VERBS.has(w));
    // A past form just after a prepositional phrase is a participle describing its noun ("the bombing in a
    // statement posted online"); "half of the money arrived" keeps "of", which sits inside a noun phrase.
    // After a determiner it describes a noun ("its networked media", "the proposed law"); after "and" it is a
    // second verb of the reporting sentence's own subject ("announced the schedule and followed it up").
    if (past) return i > 0 && !DETERMINERS.has(words[i - 1]!) && !COORDINATORS.has(words[i - 1]!) && !words.slice(Math.max(0, i - 3), i - 1).some((x) => x !== "of" && PREPOSITIONS.has(x));
    return tags.some((t) => VERB_TAGS.has(t)) && (i > 0 || words.length > 1);
  });
}

/** Verbs that name what something is: "called the ruling a disgrace", "branded the deal a betrayal". */
const NAMING = forms("call calls called calling brand brands branded branding label labels labelled labeled dub dubs dubbed");

/** What a reported-speech finding is: speech, a stance, or no report at all. */
export function reportKind(cue: string | undefined, text: string, afterThat = false): "indirect" | "stance" | null {
  if (isStanceCue(cue)) return "stance";
  // "according to X, …" and "said that …" introduce nothing but a clause.
  if (afterThat || (cue && /^according\b/i.test(cue))) return "indirect";
  if (SUBORDINATOR.test(text)) return null;
  if (isClause(text)) return "indirect";
  // "called the ruling a disgrace": the object and what it is called make a claim, a small clause.
  if (cue && NAMING.has(cueVerb(cue)) && /^\S+(?:\s+\S+){0,4}?\s+(?:a|an)\s+\S/i.test(text)) return "indirect";
  return cue && JUDGING.has(cueVerb(cue)) ? "stance" : null;
}
