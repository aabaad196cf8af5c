/**
 * Byline and credit lines: who wrote the story and for whom, as news sites print it above the copy.
 *
 * Conventions read, each a line of its own:
 * - "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe", "By Jane Doe, John Roe and Ann Poe";
 * - a name and the agency or outlet it wrote for: "Jane Doe, The Canadian Press", "Jane Doe and John Roe,
 *   The Associated Press", "By Jane Doe | Reuters", "Jane Doe, CBC News", "Jane Doe, @janedoe, USA TODAY" (a
 *   handle between, as USA Today prints it);
 * - a name and the reporter's role: "Jane Doe · Political reporter", "Jane Doe, Question Period producer",
 *   "Jane Doe, Staff Writer", "Jane Doe, Special to the Star";
 * - the parts joined in one credit line, a timestamp among them: "Jane Doe · CBC News · Posted: Mar 03, 2024
 *   4:00 AM EST" (the timestamp is read by the dateline reader);
 * - an agency on its own: "The Canadian Press", "By The Associated Press"; an outlet credited after "By":
 *   "By Breitbart News".
 * A bare name on its own ("Larry Fine") is a byline only where the lead puts one (see index.ts): on its own
 * it cannot be told from a one-line headline naming someone.
 */
import { agencyName, isOutletName } from "../sources/names.js";
import { readTimestamp } from "./dateline.js";

export interface Byline {
  /** The reporters as the line names them, without "By": "Jane Doe and John Roe". Absent for an agency alone. */
  names?: string;
  /** A wire agency the line credits, under its archive name: "The Canadian Press", "Associated Press". */
  agency?: string;
  /** A news outlet the line credits: "CBC News". */
  outlet?: string;
  /** The reporter's role: "Political reporter". */
  role?: string;
  /** The day a timestamp part of the line gives ("Posted: Mar 03, 2024"), when it gives one. */
  published?: string;
}

/** A word of a name: "Doe", "O'Brien", "McArthur", "Jean-Luc", "J.", "St." */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’.-]*`;
/** Lower-case particles inside a name: "Ursula von der Leyen", "Rafael de la Cruz", "Ahmed bin Ali". */
const PARTICLE = String.raw`(?:de|da|di|do|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|ter|ten|y)`;
const PERSON = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){1,3}`;
const PEOPLE = new RegExp(String.raw`^${PERSON}(?:(?:,\s+|\s+(?:and|&)\s+|,\s+and\s+)${PERSON}){0,4}$`, "u");

const JOURNALIST =
  "reporter|reporters|correspondent|correspondents|producer|editor|editors|writer|writers|columnist|journalist|contributor|bureau chief|chief|anchor|host|presenter|critic|photographer|videographer|staff|analyst|specialist|intern";
/** "Political reporter", "Question Period producer", "Senior Writer", "Special to the Star", "For CBC News". */
const ROLE = new RegExp(
  String.raw`^(?:(?!(?:the|a|an)\s)(?:[\p{L}-]+\s+){0,4}(?:${JOURNALIST})(?:\s+(?:for|at|of)\s+.{2,40})?|(?:special|exclusive)\s+(?:to|for)\s+.{2,40}|for\s+.{2,40})$`,
  "iu",
);

/** Separators between the parts of a credit line. */
const PARTS = /\s+[·•|]\s+|\s+[—–]\s+/;

/** The byline a line gives, or null when the line is not a credit line. */
export function readBylineLine(line: string): Byline | null {
  const text = line.replace(/\s+/g, " ").trim();
  if (text.length < 4 || text.length > 200) return null;
  // A line that ends a sentence is copy, unless the stop is a name's ("Jane Doe Jr.", "John Q.").
  if (/[.!?;]$/.test(text) && !/\b(?:\p{Lu}|Jr|Sr|JR|SR)\.$/u.test(text)) return null;
  const by = /^by[:\s]\s*/i.exec(text);
  const rest = by ? text.slice(by[0].length) : text;
  // "BY JANE DOE": a byline in capitals, a convention of print and wire copy, but only with "By".
  const parts = rest.split(PARTS).filter(Boolean);
  const byline: Byline = {};
  for (const [i, raw] of parts.entries()) {
    const part = raw.replace(/^by\s+/i, "").trim();
    if (i === 0 && !readCreditTail(part, byline, Boolean(by))) return null;
    if (i > 0 && !readExtra(part, byline)) return null;
  }
  // Without "By", names alone are no credit line: "Jane Doe" could be a one-line headline about her.
  if (!by && byline.names && !byline.agency && !byline.outlet && !byline.role && !byline.published) return null;
  return byline.names || byline.agency ? byline : null;
}

/** The first part: names, perhaps followed by ", Agency" or ", role" ("Jane Doe, The Canadian Press"). */
function readCreditTail(part: string, byline: Byline, hasBy: boolean): boolean {
  const agency = agencyName(part);
  if (agency) {
    byline.agency = agency;
    return true;
  }
  // "By Breitbart News": the outlet itself is credited; it stands as the byline, as an agency does.
  if (hasBy && isOutlet(part)) {
    byline.names = part;
    byline.outlet = part;
    return true;
  }
  // "Jane Doe, @janedoe, USA TODAY": the reporter's handle says nothing the name does not.
  part = part.replace(/,\s+@\w{1,30}(?=,)/, "");
  const names = normaliseCapitals(part, hasBy);
  if (PEOPLE.test(names) && isNames(names, hasBy)) {
    byline.names = names;
    return true;
  }
  // The last comma sets off what the names wrote for: "Jane Doe and John Roe, The Associated Press".
  const comma = part.lastIndexOf(", ");
  if (comma < 0) return false;
  const [head, tail] = [normaliseCapitals(part.slice(0, comma), hasBy), part.slice(comma + 2)];
  if (!PEOPLE.test(head) || !isNames(head, hasBy)) return false;
  if (!readExtra(tail, byline)) return false;
  byline.names = head;
  return true;
}

/** A later part of a credit line: an agency, an outlet, a role, or a timestamp. */
function readExtra(part: string, byline: Byline): boolean {
  const clean = part.replace(/^(?:for|with)\s+(?=the\s|[A-Z])/i, "").trim();
  const agency = agencyName(clean);
  if (agency) return Boolean((byline.agency ??= agency));
  if (ROLE.test(part)) return Boolean((byline.role ??= part));
  const stamp = readTimestamp(part);
  if (stamp) {
    if (stamp.published) byline.published ??= stamp.published;
    return true;
  }
  if (isOutlet(clean)) return Boolean((byline.outlet ??= clean));
  return false;
}

/** An outlet's name, in capitals too ("USA TODAY"): a short run of capitalised words with a newsroom word. */
function isOutlet(text: string): boolean {
  if (!/^(?:The\s+)?\p{Lu}/u.test(text) || text.split(" ").length > 6) return false;
  return isOutletName(text) || (!/\p{Ll}/u.test(text) && isOutletName(titleCase(text)));
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Words that start headlines and sentences, never a reporter's name. */
const NOT_A_NAME =
  /\b(?:The|A|An|This|That|How|Why|What|When|Where|Who|Is|Are|Was|Were|Will|Has|Have|Had|Says|Said|New|Police|Government|Minister|President|Council|City|Court|In|On|At|Of|To|For|From|With|After|Before|Over|Under|As|Not|No|Man|Woman|Report|Breaking|Live|Update|Watch|Video|Photos|Opinion|Analysis)\b/;

function isNames(names: string, hasBy: boolean): boolean {
  // Without "By", a headline in title case ("Trump Wins Iowa") or in capitals must not pass for a name.
  if (!hasBy && (NOT_A_NAME.test(names) || !/\p{Ll}/u.test(names))) return false;
  // "Jane Doe, USA TODAY": the last of a list of names may be what they wrote for.
  return !names.split(/,\s+and\s+|,\s+|\s+(?:and|&)\s+/).some((name) => isOutlet(name) || agencyName(name));
}

/** "JANE DOE AND JOHN ROE" → "Jane Doe and John Roe", only after "By": capitals alone are a headline's. */
function normaliseCapitals(text: string, hasBy: boolean): string {
  if (!hasBy || /\p{Ll}/u.test(text.replace(/\s(?:and|&)\s/g, " "))) return text;
  return titleCase(text).replace(/\bAnd\b/g, "and");
}
