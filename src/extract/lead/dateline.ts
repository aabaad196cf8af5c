/**
 * Datelines and timestamps: where and when a story was filed, and when the site says it was published.
 *
 * Newsroom conventions:
 * - a line of its own above the story: "Friday, January 4, 2019" (Wikinews), "LONDON 1996-08-30" (Reuters
 *   archive), "WASHINGTON, Aug. 3, 2024";
 * - the opening words of the first paragraph, place in capitals, then the date and/or the wire agency, then a
 *   dash: "LONDON, March 3 (Reuters) –", "WASHINGTON, August 11 (Xinhua) --", "NEW YORK (AP) _"; or the place
 *   alone before a dash, as Canadian and American papers print their own staff's copy: "HALIFAX —", "PHOENIX –",
 *   "TRURO, N.S. —". The prefix stays in the paragraph; the dateline records it;
 * - a web page's timestamp line: "Published March 3, 2024", "Posted: Mar 03, 2024 4:00 AM EST | Last Updated:
 *   March 4, 2024", "11:42, 18 Sep 2019", "Published 2 hours ago". Only a published or posted day dates the
 *   story: an "Updated" day is a later edit, and "2 hours ago" means nothing once the page is saved.
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
/**
 * A place as datelines print it: in capitals, perhaps followed by its state, province or country ("MILWAUKEE,
 * Wisconsin", "TRURO, N.S.", "MONTRÉAL").
 */
const PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?";

const DATE_LINE = new RegExp(`^${FULL_DATE}\\.?$`);
const PLACE_DATE_LINE = new RegExp(`^${PLACE},?\\s+${FULL_DATE}\\.?$`, "u");
/** A wire story's dateline alone on its line, no date: "HAVANA (AP) --", "MIAMI _". */
const PLACE_ONLY_LINE = new RegExp(`^${PLACE}\\s*(?:\\((?:[A-Z][A-Za-z-]*)(?:\\s[A-Z][A-Za-z-]*)?\\s?\\))?\\s*(?:--|[-–—_])$`, "u");
const INLINE = new RegExp(
  `^(${PLACE})(?:,\\s+(${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}))?\\s*(\\((?:[A-Z][A-Za-z-]*)(?:\\s[A-Z][A-Za-z-]*)?\\))?\\s*(--|[-–—_:])\\s*`,
  "u",
);
/** Capitalised words that open copy before a dash but are kickers, not places: "BREAKING —", "UPDATE –". */
const KICKER = /^(?:BREAKING(?: NEWS)?|UPDATE|UPDATED|EXCLUSIVE|WATCH|LISTEN|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|LIVE|VIDEO|PHOTOS|CORRECTION|CLARIFICATION|NOTE|EDITOR'S NOTE|FILE|REVIEW|URGENT|FLASH|ALERT|FACT CHECK|EXPLAINER)$/u;

/** A dateline standing on its own line, or null. */
export function readDatelineLine(line: string): Dateline | null {
  const text = line.trim();
  if (PLACE_ONLY_LINE.test(text) && /\p{Lu}{3}/u.test(text) && !KICKER.test(text.replace(/\s*(?:--|[-–—_])$/, ""))) {
    return { text, date: null };
  }
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
 * The dateline opening a first paragraph, or null. It needs the capitals and the dash. A place with no date or
 * agency is a dateline only before a true dash and a sentence in ordinary case, and when the dash is not the
 * first of a pair setting off an aside ("NATO – the alliance – met"), so a paragraph that merely starts with an
 * acronym is not one.
 */
export function readInlineDateline(paragraph: string): InlineDateline | null {
  const match = INLINE.exec(paragraph);
  if (!match) return null;
  const place = match[1]!;
  if (place.replace(/[^\p{Lu}]/gu, "").length < 2) return null;
  if (!match[2] && !match[3] && !isPlaceOnlyDateline(place, match[4]!, paragraph.slice(match[0].length))) return null;
  const text = match[0].trim();
  const when = match[2];
  if (!when) return { text, date: null, length: match[0].length };
  const date = readFullDate(when);
  if (date) return { text, date, length: match[0].length };
  const monthDay = readFullDate(`${when}, 2000`)?.slice(5);
  return { text, date: null, length: match[0].length, ...(monthDay ? { monthDay } : {}) };
}

/**
 * "HALIFAX — The province…": a place alone, a true dash (em, en or the typewriter's "--"), then a sentence in
 * ordinary words. Wire headlines set their kickers off with a spaced hyphen ("SOCCER - JAPAN WIN") or run a name
 * after the dash ("IPO FILING -- Homegate Hospitality Inc."); a second dash in the same sentence makes the
 * first one open an aside.
 */
function isPlaceOnlyDateline(place: string, dash: string, after: string): boolean {
  // Wire headlines set a kicker off with a hyphen ("SOCCER - JAPAN WIN", "PRESALE - Bay Co Bldg Auth"): only a
  // true dash follows a bare place.
  if (dash === ":" || dash === "_" || dash === "-") return false;
  if (KICKER.test(place)) return false;
  // A short acronym ("UN", "EU", "FBI") with no province after it is an organisation more often than a town.
  if (!place.includes(",") && place.replace(/[^\p{L}]/gu, "").length < 4) return false;
  const opening = after.slice(0, 80);
  if (!/^["“‘(]?[\p{Lu}\d]/u.test(opening)) return false;
  // A lede runs on in ordinary words; a name after a kicker ("IPO FILING -- Homegate Hospitality Inc.") does not.
  if ((opening.match(/(?<![\p{L}'’-])\p{Ll}{2,}(?![\p{L}])/gu)?.length ?? 0) < 2) return false;
  const sentence = /^.*?(?:[.!?](?=\s|$)|$)/su.exec(after)![0];
  return !/\s(?:--|[–—])\s|\s-\s/.test(sentence);
}

export interface Timestamp {
  /** The day the story was published or posted, when the timestamp gives one (an "Updated" day is not). */
  published?: string;
}

const STAMP_LABEL = /^(?:(first\s+published|originally\s+published|published|posted|publication\s+date|date)|(last\s+updated|updated|last\s+modified|modified|edited))(?:\s+on)?\s*:?\s*/i;
const RELATIVE = /^(?:(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|just now|moments ago|today|yesterday)$/i;
const READING_TIME = /^\d+\s*(?:min|mins|minute|minutes)(?:\s+read)?$|^reading time:?\s*\d+\s*(?:min|mins|minutes?)$/i;
/** The clock and zone around a date: "4:00 AM EST", "at 10:02 a.m. ET", "11:42,", "(UTC)", "T09:15:00Z". */
const MERIDIEM = String.raw`[aApP]\.?\s?[mM]\.?`;
const ZONE = String.raw`\(?(?:[A-Z]{1,4}T|UTC|GMT|Z|[+-]\d{2}:?\d{2})\)?`;
const CLOCK = new RegExp(
  String.raw`(?:\bat\s+)?\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:${MERIDIEM})?(?:\s*${ZONE})?,?|(?:\bat\s+)?\b\d{1,2}\s*${MERIDIEM}(?:\s*${ZONE})?`,
  "g",
);
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_ONLY = new RegExp(`^(?:${FULL_DATE}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})$`);

/**
 * One part of a timestamp line ("Published March 3, 2024", "Last updated 1 day ago", "3 min read"), or null when
 * the text is anything else.
 */
export function readTimestamp(part: string): Timestamp | null {
  const text = part.replace(/\s+/g, " ").trim().replace(/[.,]$/, "");
  if (READING_TIME.test(text)) return {};
  const label = STAMP_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length).trim() : text;
  if (rest === "") return label ? {} : null;
  if (RELATIVE.test(rest)) return label || !/^(?:today|yesterday)$/i.test(rest) ? {} : null;
  const iso = ISO_DAY.exec(rest);
  const day = iso ? iso[1]! : readDayWithClock(rest);
  // A labelled stamp that leaves the year out ("Updated: March 3") is still a stamp, though it dates nothing.
  if (!day) return label && rest.length <= 50 && /\d|\b[A-Z][a-z]{2}/.test(rest) ? {} : null;
  return label?.[2] ? {} : { published: day };
}

function readDayWithClock(text: string): string | null {
  const date = text.replace(CLOCK, " ").replace(/\s+/g, " ").replace(/^[,\s]+|[,\s]+$/g, "").replace(/,(?=\s*$)/, "");
  if (!DAY_ONLY.test(date)) return null;
  return readFullDate(date);
}

/**
 * A timestamp line: every part of it a timestamp ("Published Mar 03, 2024 • Last updated 1 day ago • 3 minute
 * read"). The day it was published, when it says; an empty object when it says only when it was updated.
 */
export function readTimestampLine(line: string): Timestamp | null {
  const parts = line.replace(/\s+/g, " ").trim().split(/\s+[·•|]\s+|\s+[—–]\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const stamp: Timestamp = {};
  for (const part of parts) {
    const read = readTimestamp(part);
    if (!read) return null;
    if (read.published) stamp.published ??= read.published;
  }
  return stamp;
}
