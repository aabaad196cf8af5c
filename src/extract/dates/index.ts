/**
 * Dates mentioned in the text, at the precision the text gives (a day, a month, a year), resolved against the
 * publication date.
 *
 * chrono-node finds the expressions; this module decides which of them are dates a reader would file a cutting
 * under, and at what precision, following news and TimeML conventions:
 * - A date that names its year ("Aug. 11, 2024", "2 May 2024", "1996-08-30", "March 1996", "in 1996") stands on
 *   its own. Everything else ("Tuesday", "yesterday", "last month", "Aug. 2") needs the publication date and is
 *   left out without one — never resolved against the clock.
 * - News is written in the past tense: a bare weekday is the most recent such day on or before publication
 *   ("said on Sunday"), a month without a year the most recent such month (within two months ahead, the coming
 *   one), unless the sentence looks ahead ("will meet on Friday", "is due in March") or says "next"/"this".
 * - Weeks, weekends, seasons, quarters, decades, times of day, durations ("for two years", "the past five days")
 *   and "now" are not calendar dates at our precisions; TimeML values them 1998-W02, 1998-SU, 1998-Q3, 199X,
 *   P2Y, PRESENT_REF. They are not reported.
 * - False friends are refused: "may" and "march" the verbs, "The Sun", "VOA Today", "today's youth",
 *   fractions such as "2 1/2", numbers such as "50/6/2018".
 * - The dateline opening the first paragraph ("WASHINGTON, August 11 (Xinhua) --") is the story's filing date,
 *   recorded as the dateline, not a date the story mentions.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { DateMention, Paragraph } from "../../article.js";
import { findYears, newsChrono, type YearMention } from "./parsers.js";
import { readInlineDateline } from "../lead/dateline.js";

const WEEKDAY_NAMES = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";
/** Weekdays written out, as in running copy or an all-capitals line; never "Sun" or "sat". */
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES}|${WEEKDAY_NAMES.toUpperCase()})\\b`);
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/i;
const MONTH_ALONE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/i;
/** A four-digit year written in the expression itself: the only thing that makes a date independent of the paper's day. */
const WRITTEN_YEAR = /(?<!\d)(?:1[0-9]|20)\d\d(?!\d)/;
/** Dates told relative to the paper's day that name no month or weekday; anything else of that kind is a duration. */
const RELATIVE_DAY =
  /^(?:today|yesterday|tomorrow|tonight|last night|(?:this|last|next) (?:year|month)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|one|several|a few) (?:days?|months?) ago|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) years ago)$/i;
/** Not dates at our precisions (TimeML: weeks, PRESENT_REF, times, durations, decades and centuries). */
const NOT_A_CALENDAR_DATE = /\bweeks?\b|\bweekends?\b|\bnow\b|\bhours?\b|\bminutes?\b|\bseconds?\b|\bdecades?\b|\bcentur(?:y|ies)\b|\bquarter/i;
/** Bare month names are only dates in a date's company ("in May", "since March", "late October"). */
const MONTH_CONTEXT =
  /(?:\b(?:in|since|by|until|till|from|to|through|during|of|for|early|late|before|after|between|and|or|end|start|beginning|middle|on|each|every)\s+|\b(?:mid|late|early)-)$/i;
/** A sentence that looks ahead puts a weekday or a month in the coming days, not the past ones. */
const FUTURE_CUE =
  /\b(?:will|'ll|’ll|shall|going to|is to|are to|due|scheduled|plans? to|planned to|planning to|expected to|set to|upcoming|as soon as|as early as|deadline|effective|payable|postponed|extended|next (?:week|month|year))\b/i;
/** …unless the day is the object of a verb in the past ("Cuba predicted Wednesday", "the king met Monday"). */
const PAST_VERB_BEFORE =
  /\b(?:\w{3,}ed|said|told|met|made|took|gave|began|came|went|saw|held|spoke|wrote|left|won|lost|fell|rose|struck|broke|sent|became|found|thought|felt|kept)\s+(?:on\s+)?$/i;

export function findDates(paragraphs: Paragraph[], reference: string | null): DateMention[] {
  const mentions: DateMention[] = [];
  const instant = new Date(`${reference ?? "2000-01-01"}T12:00:00Z`);
  for (const [i, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    const firstBody = paragraph.id === "p1" || (i === 0 && paragraph.id !== "caption");
    const skip = firstBody ? (readInlineDateline(text)?.length ?? 0) : 0;
    const found: { index: number; mention: Omit<DateMention, "paragraph"> }[] = [];
    const years = findYears(text);
    const results = mayHoldDate(text, reference, years) ? newsChrono.parse(text, { instant, timezone: 0 }, { forwardDate: false }) : [];
    for (const result of results) {
      if (result.index < skip) continue;
      for (const part of splitRange(result)) {
        const mention = toMention(text, part, reference);
        if (mention) found.push({ index: part.index, mention });
      }
    }
    for (const year of years) {
      if (year.index < skip || results.some((r) => year.index >= r.index && year.index < r.index + r.text.length)) continue;
      found.push({ index: year.index, mention: { text: year.text, date: String(year.year) } });
    }
    found.sort((a, b) => a.index - b.index);
    for (const { mention } of found) mentions.push({ ...mention, paragraph: paragraph.id });
  }
  return mentions;
}

/** Digits that could be a written year (WRITTEN_YEAR without its guards): any written year holds them. */
const YEAR_DIGITS = /(?:1[0-9]|20)\d\d/;

/**
 * Can chrono find anything in this paragraph that changes the dates reported? Without a publication date, only
 * an expression that writes its year is a date (toMention), and otherwise chrono's results only hide the years
 * findYears reads inside them; so a paragraph with no year's digits and no year at all cannot hold a date, and
 * chrono — the costliest step, and most paragraphs name no year — is not run on it.
 */
function mayHoldDate(text: string, reference: string | null, years: YearMention[]): boolean {
  return reference !== null || years.length > 0 || YEAR_DIGITS.test(text);
}

/** The latest date mentioned to the day: the basis of a publication date when nothing better is given. */
export function latestFullDate(dates: DateMention[]): string | null {
  const days = dates.map((d) => d.date).filter((d) => d.length === 10).sort();
  return days.at(-1) ?? null;
}

interface Part {
  text: string;
  index: number;
  components: ParsedComponents;
}

/** "Aug. 26 to Oct. 20" is two dates, each with its own words. */
function splitRange(result: ParsedResult): Part[] {
  const whole = { text: result.text, index: result.index, components: result.start };
  if (!result.end) return [whole];
  // Words join a range before dashes do: "mid-July to August" splits at "to", not at "mid-".
  const joint = /\s+(?:to|through|until|till|and)\s+/.exec(result.text) ?? /\s*[-–—]\s*/.exec(result.text);
  if (!joint) return [whole];
  const after = joint.index + joint[0].length;
  return [
    { text: result.text.slice(0, joint.index), index: result.index, components: result.start },
    { text: result.text.slice(after), index: result.index + after, components: result.end },
  ];
}

function toMention(text: string, part: Part, reference: string | null): Omit<DateMention, "paragraph"> | null {
  const { expression, index } = trimExpression(part.text, part.index);
  const c = part.components;
  if (!expression || NOT_A_CALENDAR_DATE.test(expression)) return null;
  const before = text.slice(0, index);
  const after = text.slice(index + expression.length);
  // A number glued to other digits ("50/6/2018", "2 1/2", "12 3/4") is a score, a fraction or a code.
  if (/[\d/]$/.test(before) || /^\/?\d|^\.\d/.test(after) || /^\d{1,2}\/\d{1,2}$/.test(expression)) return null;
  if (!(c.isCertain("day") || c.isCertain("month") || c.isCertain("year") || c.isCertain("weekday"))) return null;
  const written = WRITTEN_YEAR.test(expression);
  if (!written && !reference) return null;

  const weekday = WEEKDAY.exec(expression);
  const month = MONTH_NAME.test(expression);
  if (!written && !month && !weekday) {
    // "today's youth", "the people of tomorrow": the present or future in general, not a day.
    if (/^(?:today|tomorrow)$/i.test(expression) && /^['’]s\b/.test(after)) return null;
    // "VOA Today", "USA Today": a capitalised Today inside a sentence is a title.
    if (/^Today$/.test(expression) && /[\w,]\s+$/.test(before)) return null;
    if (!RELATIVE_DAY.test(expression) || /^(?:a|one) years? ago$/i.test(expression)) return null;
  }
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    // "Sun", "sat", "wed": abbreviations are too often words (The Sun) to count as days.
    if (!weekday) return null;
    return { text: expression, date: resolveWeekday(before, expression, c.get("weekday")!, reference!) };
  }
  if (MONTH_ALONE.test(expression)) {
    // "may" and "march" the verbs; "April" and "June" the names; "the March of the Mothers".
    if (!/^[A-Z]/.test(expression) || !MONTH_CONTEXT.test(before)) return null;
  }
  let [y, m, d] = [c.get("year")!, c.get("month")!, c.get("day")!];
  if (month && !written && !/\b(?:last|this|next|year)\b/i.test(expression) && c.isCertain("month")) {
    y = placeMonth(m, sentenceBefore(before), reference!);
  }
  if (c.isCertain("day") && !/\bend of\b/i.test(expression)) return { text: expression, date: formatDay(y, m, d) };
  if (c.isCertain("month")) return { text: expression, date: `${y}-${pad(m)}` };
  if (c.isCertain("year")) return { text: expression, date: String(y) };
  return null;
}

/** chrono keeps "on" in "on Sunday" and "of" in "March of"; the date is "Sunday", "March". */
function trimExpression(expression: string, index: number) {
  const lead = /^(?:(?:on|at|in|by|since|from|until|of|the|for)\s+)+/i.exec(expression)?.[0].length ?? 0;
  let trimmed = expression.slice(lead).replace(/\s+of$/i, "").replace(/[\s,]+$/, "");
  // Keep the stop of an abbreviation ("Aug."), drop a sentence's.
  if (trimmed.endsWith(".") && !/\b[A-Z][a-z]{2,3}\.$/.test(trimmed)) trimmed = trimmed.slice(0, -1);
  return { expression: trimmed, index: index + lead };
}

function sentenceBefore(before: string): string {
  const recent = before.slice(-120);
  // A full stop after a lowercase word ends a sentence; after an initial ("Daniel P. Davison") it does not.
  const boundary = Math.max(...[...recent.matchAll(/(?<=[a-z\d]{2}|[”"'’])[.!?;]\s+(?=[A-Z"“])/g)].map((m) => m.index! + m[0].length), 0);
  return recent.slice(boundary);
}

function placeMonth(month: number, sentence: string, reference: string): number {
  const [refYear, refMonth] = [Number(reference.slice(0, 4)), Number(reference.slice(5, 7))];
  if (FUTURE_CUE.test(sentence)) return month >= refMonth ? refYear : refYear + 1;
  // Past-tense copy looks back, but a month or two ahead is still the coming one ("the vote on Sept. 30").
  return month - refMonth > 2 ? refYear - 1 : refYear;
}

function resolveWeekday(before: string, expression: string, weekday: number, reference: string): string {
  const ref = new Date(`${reference}T12:00:00Z`);
  const refDay = ref.getUTCDay();
  const context = `${before.slice(-40)}${expression}`.toLowerCase();
  let offset: number;
  if (/\b(?:last|previous|past)\s+\w+$/.test(context)) offset = -((refDay - weekday + 7) % 7 || 7);
  else if (/\bnext\s+\w+$/.test(context)) offset = (weekday - refDay + 7) % 7 || 7;
  else if (/\bthis(?:\s+coming)?\s+\w+$/.test(context)) offset = (weekday - refDay + 7) % 7;
  else if (FUTURE_CUE.test(sentenceBefore(before)) && !PAST_VERB_BEFORE.test(before)) offset = (weekday - refDay + 7) % 7;
  else offset = -((refDay - weekday + 7) % 7);
  const day = new Date(ref.getTime() + offset * 86_400_000);
  return formatDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

const pad = (n: number) => String(n).padStart(2, "0");
const formatDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
