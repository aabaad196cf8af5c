/**
 * Date expressions chrono-node does not read on its own. The month phrases are a chrono parser, so chrono's
 * overlap rules still apply ("last May 3" stays one date).
 */
import * as chrono from "chrono-node";
import type { Parser, ParsingContext } from "chrono-node";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * "last May", "this September", "next March", "January this year", "June of last year": a month placed by the
 * words around it. "Last May" in a paper of August 2024 is May 2024, the most recent May before publication.
 */
export const monthPhraseParser: Parser = {
  pattern: () =>
    new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+${MONTH_NAME}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?|${MONTH_NAME}\\s+(?:of\\s+)?(this|last|next)\\s+year)(?![\\w-])`),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate;
    const [refYear, refMonth] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
    let year: number;
    let month: number;
    if (match[2]) {
      month = monthNumber(match[2]);
      const word = match[1]!.toLowerCase();
      if (word === "this") year = refYear;
      else if (word === "next" || word === "this coming") year = month > refMonth ? refYear : refYear + 1;
      // The month just gone is "last month"; a writer who says "last February" in March means a year ago.
      else year = month < refMonth - 1 ? refYear : refYear - 1;
    } else {
      month = monthNumber(match[4]!);
      year = refYear + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[match[5]!]!;
    }
    const day = match[3] ? Number(match[3]) : null;
    const components = context.createParsingComponents(day && day <= 31 ? { year, month, day } : { year, month });
    if (!day) components.imply("day", 1);
    return components;
  },
};

/** A number that is a count or a measure, not a year: "1,500 people", "2000 GMT", "1990s", "1996%". */
const NOT_A_YEAR_AFTER =
  /^(?:[\d,.]\d|\d|s\b|['’]s\b|\s*%|\s*(?:per ?cent|percent|GMT|BST|EST|EDT|CET|UTC|local time|hours|hrs|am\b|pm\b|a\.m\.|p\.m\.)|\s+(?:people|persons|troops|soldiers|workers|jobs|shares|acres|tons|tonnes|miles|kilometres|kilometers|km|feet|metres|meters|points|votes|dollars|pounds|euros|yen|residents|cases|deaths|homes|houses|students|members|employees|cars|vehicles|units|copies|children|men|women|refugees|prisoners|police|officers|delegates|seats|calories|words|pages|yards|barrels|ounces|rpm|cc|mph|lb|kg|m|ft)\b)/i;
const NOT_A_YEAR_BEFORE = /(?:[\d$£€¥#,./:]|\b(?:No|Nos|Flight|Route|Room|Highway|Interstate|Article|Section|Paragraph|Para|Clause|Chapter|Resolution|page|pp?|at|about|some|nearly|almost|over|around|than)\.?\s*)$/i;
const YEAR = /(?<![\w-])(?:(?:mid|early|late)-)?(1[6-9]\d\d|20\d\d)(?![\w-])/g;

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TEENS = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
/** Broadcast transcripts spell years out: "nineteen ninety-six". */
const SPOKEN_YEAR = new RegExp(`\\b(nineteen|eighteen)[ -](${[...TENS, ...TEENS].join("|")})(?:[ -](${UNITS.join("|")}))?\\b`, "gi");

function spokenYear(match: RegExpMatchArray): number {
  const century = match[1]!.toLowerCase() === "nineteen" ? 1900 : 1800;
  const word = match[2]!.toLowerCase();
  const tens = TENS.includes(word) ? (TENS.indexOf(word) + 1) * 10 : TEENS.indexOf(word) + 11;
  return century + tens + (match[3] ? UNITS.indexOf(match[3].toLowerCase()) + 1 : 0);
}

export interface YearMention {
  index: number;
  text: string;
  year: number;
}

/**
 * Years on their own ("in 1996", "since 2001", "fiscal 1990", "mid-1996"). chrono-node drops bare numbers, so
 * they are found here; a four-digit number reads as a year unless the words around it make it a count.
 */
export function findYears(text: string): YearMention[] {
  const years: YearMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const index = match.index!;
    const before = text.slice(0, index);
    const after = text.slice(index + match[0].length);
    if (NOT_A_YEAR_BEFORE.test(before) || NOT_A_YEAR_AFTER.test(after)) continue;
    years.push({ index, text: match[0], year: Number(match[1]) });
  }
  for (const match of text.matchAll(SPOKEN_YEAR)) years.push({ index: match.index!, text: match[0], year: spokenYear(match) });
  return years.sort((a, b) => a.index - b.index);
}

/** chrono-node's casual English reader, taught the month phrases above. */
export const newsChrono = chrono.casual.clone();
newsChrono.parsers.push(monthPhraseParser);

const ANY_DAY = new Date("2000-01-01T12:00:00Z");

/** A day written out in full ("Friday, January 4, 2019", "1996-08-30", "4 January 2019") as YYYY-MM-DD, or null. */
export function readFullDate(text: string): string | null {
  const result = newsChrono.parse(text, { instant: ANY_DAY, timezone: 0 })[0];
  if (!result || !/\d{4}/.test(result.text)) return null;
  const c = result.start;
  if (!c.isCertain("day") || !c.isCertain("month") || !c.isCertain("year")) return null;
  return `${c.get("year")}-${String(c.get("month")).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`;
}
