/**
 * Datelines: where and when a story was filed.
 *
 * Two newsroom conventions:
 * - a line of its own above the story: "Friday, January 4, 2019" (Wikinews), "LONDON 1996-08-30" (Reuters
 *   archive), "WASHINGTON, Aug. 3, 2024";
 * - the opening words of the first paragraph, place in capitals, then the date and/or the wire agency, then a
 *   dash: "LONDON, March 3 (Reuters) –", "WASHINGTON, August 11 (Xinhua) --", "NEW YORK (AP) _". The prefix
 *   stays in the paragraph; the dateline records it.
 */
import { readFullDate } from "../dates/parsers.js";

export interface Dateline {
  text: string;
  /** The day the dateline gives, when it gives a full one (an inline dateline often leaves the year out). */
  date: string | null;
}

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const FULL_DATE = `(?:(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2})`;
/** A place as datelines print it: in capitals, perhaps followed by its state or country ("MILWAUKEE, Wisconsin"). */
const PLACE = "[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3}(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?";

const DATE_LINE = new RegExp(`^${FULL_DATE}\\.?$`);
const PLACE_DATE_LINE = new RegExp(`^${PLACE},?\\s+${FULL_DATE}\\.?$`);
/** A wire story's dateline alone on its line, no date: "HAVANA (AP) --", "MIAMI _". */
const PLACE_ONLY_LINE = new RegExp(`^${PLACE}\\s*(?:\\((?:[A-Z][A-Za-z-]*)(?:\\s[A-Z][A-Za-z-]*)?\\s?\\))?\\s*(?:--|[-–—_])$`);
const INLINE = new RegExp(
  `^(${PLACE})(?:,\\s+(${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}))?\\s*(\\((?:[A-Z][A-Za-z-]*)(?:\\s[A-Z][A-Za-z-]*)?\\))?\\s*(?:--|[-–—_:])\\s*`,
);

/** A dateline standing on its own line, or null. */
export function readDatelineLine(line: string): Dateline | null {
  const text = line.trim();
  if (PLACE_ONLY_LINE.test(text) && /[A-Z]{3}/.test(text)) return { text, date: null };
  if (!DATE_LINE.test(text) && !PLACE_DATE_LINE.test(text)) return null;
  const date = readFullDate(text);
  return date ? { text, date } : null;
}

export interface InlineDateline extends Dateline {
  /** How many characters of the paragraph the dateline takes, dash included. */
  length: number;
  /** Month and day when the dateline leaves the year out ("March 3"), to be placed by the story's other dates. */
  monthDay?: string;
}

/**
 * The dateline opening a first paragraph, or null. It needs the capitals and the dash, and a date or an agency
 * with them, so a paragraph that merely starts with an acronym ("NATO – the alliance…") is not one.
 */
export function readInlineDateline(paragraph: string): InlineDateline | null {
  const match = INLINE.exec(paragraph);
  if (!match || (!match[2] && !match[3])) return null;
  if (match[1]!.replace(/[^A-Z]/g, "").length < 2) return null;
  const text = match[0].trim();
  const when = match[2];
  if (!when) return { text, date: null, length: match[0].length };
  const date = readFullDate(when);
  if (date) return { text, date, length: match[0].length };
  const monthDay = readFullDate(`${when}, 2000`)?.slice(5);
  return { text, date: null, length: match[0].length, ...(monthDay ? { monthDay } : {}) };
}
