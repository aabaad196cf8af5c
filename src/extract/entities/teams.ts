/**
 * Teams, by the conventions of sports reports: a side in a results or standings line is a team; a name that
 * plays a match once ("Leicestershire beat Somerset") is a team in every mention; in a sports report a city
 * or county acting as a subject is its club, and a name built on a city ("Ajax Amsterdam", "Manchester
 * United") is a club. Teams are organisations. A side named by its country is the national team, filed under
 * the country (a place), as news indexes (and CoNLL) do.
 */
import type { ParagraphId } from "../../article.js";
import type { Ordered } from "./classify.js";
import { fold, isCountry, isPlace, isPlaceHead } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { isGivenish } from "./names.js";
import type { TableName } from "./results-lines.js";

const orgKey = (words: string[]) => fold(words.join(" ")).replace(/^the /, "").replace(/\./g, "");

export function tableMention(entry: TableName, paragraph: ParagraphId, order: number): Ordered {
  const words = entry.name.split(" ");
  // A side named by its country is the national team, filed under the country (a place), as news indexes do.
  const person = entry.kind === "competitor" || (words.length > 1 && isGivenish(words[0]!));
  const kind = person ? "person" : isCountry(entry.name) ? "place" : "organisation";
  const cue = { honorific: false, speaks: false, role: false, team: !person, place: false };
  return { paragraph, words, kind, strength: 2, cue, descriptors: [], start: 0, end: words.length, order };
}

// Words that only sports reports use often ("points", "draw", "victory" are common in business and politics too).
const SPORTS_WORDS = new Set(["match", "goal", "goals", "scored", "innings", "wicket", "wickets", "league",
  "championship", "coach", "striker", "midfielder", "halftime", "half-time", "penalty", "relegation", "standings",
  "inning", "homer", "homers", "pitcher", "touchdown", "quarterback", "semifinal", "semi-final", "quarter-final",
  "quarterfinal", "fixtures", "drew", "tournament", "squad", "batting", "bowling", "stumps", "overs", "referee",
  "stadium", "bundesliga", "unbeaten", "scorer", "scorers", "midfield", "defender", "goalkeeper", "batsman", "bowler",
  "rbi", "pitched", "innings", "fixture", "kickoff", "kick-off", "equaliser", "equalizer", "header"]);

export function isSportsReport(tokens: Token[]): boolean {
  let n = 0;
  for (const t of tokens) if (t.kind === "word" && SPORTS_WORDS.has(t.text.toLowerCase()) && ++n >= 4) return true;
  return false;
}

/**
 * A name that plays a match once is a team in every mention ("Schalke, who finished third"); in a sports
 * report, a city or county acting as a subject is its team ("Leicestershire extended their first innings").
 */
export function promoteTeams(mentions: Ordered[], sports: boolean) {
  const teams = new Set<string>();
  for (const m of mentions) if (m.cue.team && (m.kind === "organisation" || m.kind === "place" || m.kind === "single") && !isCountry(m.words.join(" "))) teams.add(orgKey(m.words));
  for (const m of mentions) {
    if (m.kind !== "place" && m.kind !== "single") continue;
    const name = m.words.join(" ");
    // Capitals are a dateline or headline ("MANCHESTER, England"), where a city is the place.
    if (isCountry(name) || name === name.toUpperCase()) continue;
    // "Ajax Amsterdam", "Manchester United": a name built on a city, in a sports report, is a club.
    const cityClub = m.words.length > 1 && m.words.some((w) => isPlace(w)) && !isPlaceHead(m.words[m.words.length - 1]!);
    const team = teams.has(orgKey(m.words)) || (sports && m.kind === "place" && (isPlace(name) || cityClub) && !m.cue.place);
    if (team) {
      m.kind = "organisation";
      m.cue.team = true;
    }
  }
}

