/**
 * The words around a name that say what it names, by news convention:
 * - speech verbs: the subject of "said"/"told" is a person or an organisation, never a place ("Smith said",
 *   "said Smith", "according to Smith");
 * - role nouns before a name: "journalist Hind Hassan", "all-rounder Phil Simmons";
 * - locative prepositions: "in Khan Younis", "near Hebron" name places;
 * - match verbs: in sports reports the subject and object of beat/drew/lost to are teams ("Leicestershire beat
 *   Somerset"), and a results line reads "Team 2 Team 1".
 */
import { perWord } from "./per-word.js";
import { fold, tagsOf } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { isTitleWord } from "./names.js";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const CLAUSE_MARK = /^[.;:“”"(]$/;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const SPEECH_AFTER = words(`said says say told tells added adds claimed claims wrote writes stated states explained
  explains argued argues insisted insists warned warns noted notes urged urges asked asks replied announced announces
  commented declared confirmed confirms denied denies admitted admits acknowledged recalled suggested continued
  predicted believes believed thinks thought hopes tweeted posted revealed complained agreed disagreed described
  accused criticised criticized praised vowed pledged promised conceded stressed emphasised emphasized responded
  answered`);
const SPEECH_BEFORE = words("said says added adds wrote writes asked explained continued insisted warned noted quoted argued replied stated recalled");

const ROLE_NOUNS = words(`journalist reporter correspondent editor diplomat spokesman spokeswoman spokesperson official
  minister president secretary chairman chairwoman chief executive director lawyer attorney analyst economist scientist
  professor researcher doctor surgeon nurse activist campaigner author writer novelist poet artist actor actress singer
  musician comedian presenter broadcaster player striker midfielder defender goalkeeper captain coach manager batsman
  bowler all-rounder spinner off-spinner seamer opener keeper wicketkeeper jockey trainer rider driver cyclist runner
  sprinter swimmer golfer boxer champion skipper winger forward fullback quarterback pitcher outfielder infielder
  catcher shortstop rookie veteran hopeful discard international teenager legend star leader founder owner investor
  banker trader dealer broker strategist consultant adviser advisor aide envoy ambassador negotiator mediator commander
  general officer soldier rebel militant prosecutor judge magistrate mayor governor senator congressman lawmaker
  legislator politician candidate rival challenger incumbent rapporteur expert academic historian photographer
  filmmaker producer designer architect engineer businessman businesswoman entrepreneur tycoon magnate billionaire
  chancellor premier monarch king queen prince princess cleric priest bishop imam rabbi pastor survivor victim witness
  suspect defendant plaintiff resident father mother son daughter wife husband brother sister colleague partner deputy
  counterpart head ceo boss umpire referee compatriot countryman teammate team-mate skater winner whistleblower
  penholder administrator inspector superintendent detective constable sergeant colonel lieutenant major admiral
  opponent seed newcomer`);

const LOCATIVE = words("in at near outside across around into towards toward inside throughout via visited visiting");
const PLACE_NOUNS = words("area city town village province region state county district capital suburb outskirts centre center north south east west");

// Not "lost" or "won": shareholders lose and parties win outside sport.
const MATCH_AFTER = words("beat beats defeated drew edged thrashed routed crushed hammered overcame eliminated v vs vs.");
const MATCH_BEFORE = words("beat beating defeated against v vs vs. edged thrashed routed crushed hammered overcame eliminated");

export const lower = (t: Token | undefined) => (t ? fold(t.text) : "");

export const isRoleNoun = perWord((word: string): boolean => {
  const w = fold(word);
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.endsWith("s") ? w.slice(0, -1) : w) || tagsOf(word).includes("Actor") || isTitleWord(word);
});

/** Is the run [start, end) the subject or inverted subject of a speech verb? */
export function speaks(tokens: Token[], start: number, end: number): boolean {
  if (SPEECH_AFTER.has(lower(tokens[end]))) return true;
  // "Smith, 45, said" / "Smith, a doctor, said": skip a short apposition between commas.
  if (tokens[end]?.text === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 14); k++) {
      if (tokens[k]!.text === ",") return SPEECH_AFTER.has(lower(tokens[k + 1]));
      if (CLAUSE_MARK.test(tokens[k]!.text)) break;
    }
  }
  const before = lower(tokens[start - 1]);
  if (SPEECH_BEFORE.has(before)) return true;
  return before === "to" && lower(tokens[start - 2]) === "according";
}

/** A lower-case role noun right before the name: "journalist Hind Hassan", "all-rounder Phil Simmons". */
export function roleBefore(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && prev.kind === "word" && !prev.cap && isRoleNoun(prev.text);
}

/** "in Khan Younis", "the area of Khan Younis": a place, by its preposition. */
export function placeBefore(tokens: Token[], start: number): boolean {
  const prev = lower(tokens[start - 1]);
  if (prev === "of") return PLACE_NOUNS.has(lower(tokens[start - 2]));
  return LOCATIVE.has(prev);
}

/**
 * Subject or object of a match verb: a team in a sports report. (A number after a name is no cue: "Croft 2-50"
 * is a bowler's figures; result lines are read whole by results-lines.ts.)
 */
export function playsMatch(tokens: Token[], start: number, end: number): boolean {
  if (MATCH_AFTER.has(lower(tokens[end]))) return true;
  // A scorecard line opens with the side and its score: "Somerset 236-4 (M. Lathwell 85).", "At Leicester:
  // Leicestershire 343-8 (…)". Inside brackets, "Croft 2-50" is a bowler's figures, so only line openers count.
  const opensLine = start === 0 || tokens[start - 1]!.text === ":";
  const after = tokens[end + 1]?.text;
  if (opensLine && tokens[end]?.kind === "number" && (after === undefined || after === "(" || after === "." || after === "and")) return true;
  const before = lower(tokens[start - 1]);
  if (MATCH_BEFORE.has(before)) return true;
  const verb = lower(tokens[start - 2]);
  if (before === "over") return /^(win|victory|triumph|lead|advantage)$/.test(verb);
  if (before === "to") return /^(lost|lose|loses|losing|defeat)$/.test(verb);
  if (before === "with") return /^(drew|draw|draws|tie|tied)$/.test(verb);
  if (before === "by") return /^(beaten|defeated|held|thrashed|crushed|hammered)$/.test(verb);
  return false;
}
