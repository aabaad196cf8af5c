/**
 * Teams, by the conventions of sports reports: a side in a results or standings line is a team, and teams are
 * organisations; a side named by its country is the national team, filed under the country (a place), as news
 * indexes (and CoNLL) do; a row with a bracketed country is a competitor (a person). Whether a report is about
 * sport at all is told by words only sports reports use often (a feature for the tagger: in a sports report a
 * city acting as a subject is usually its club).
 */
import type { ParagraphId } from "../../article.js";
import type { Ordered } from "./mentions.js";
import { isCountry } from "./lexicon.js";
import { lowerCase } from "../letters.js";
import type { Token } from "./tokens.js";
import { isGivenish } from "./names.js";
import type { TableName } from "./results-lines.js";

export function tableMention(entry: TableName, paragraph: ParagraphId, order: number): Ordered {
  const words = entry.name.split(" ");
  // A side named by its country is the national team, filed under the country (a place), as news indexes do.
  const person = entry.kind === "competitor" || (words.length > 1 && isGivenish(words[0]!));
  const kind = person ? "person" : isCountry(entry.name) ? "place" : "organisation";
  const cue = { honorific: false, speaks: false, role: false, place: false };
  return { paragraph, words, kind, cue, descriptors: [], start: 0, end: words.length, sentenceStart: true, order };
}

// Words that only sports reports use often ("points", "draw", "victory" are common in business and politics too).
const SPORTS_WORDS = new Set(["match", "goal", "goals", "scored", "innings", "wicket", "wickets", "league",
  "championship", "coach", "striker", "midfielder", "halftime", "half-time", "penalty", "relegation", "standings",
  "inning", "homer", "homers", "pitcher", "touchdown", "quarterback", "semifinal", "semi-final", "quarter-final",
  "quarterfinal", "fixtures", "drew", "tournament", "squad", "batting", "bowling", "stumps", "overs", "referee",
  "stadium", "bundesliga", "unbeaten", "scorer", "scorers", "midfield", "defender", "goalkeeper", "batsman", "bowler",
  "rbi", "pitched", "innings", "fixture", "kickoff", "kick-off", "equaliser", "equalizer", "header"]);

export function isSportsReport(paragraphs: { tokens: Token[] }[]): boolean {
  let n = 0;
  for (const { tokens } of paragraphs) for (const t of tokens) if (t.kind === "word" && SPORTS_WORDS.has(lowerCase(t.text)) && ++n >= 4) return true;
  return false;
}

