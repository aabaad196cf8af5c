/**
 * The day a story was published, when nothing prints it (no front matter, dateline or timestamp): inferred from
 * the dates the story mentions, on strong evidence only, else null. An undated cutting is filed under "undated";
 * a wrong date files it in the wrong month for good, which is worse.
 *
 * The evidence is a date written in full, year included ("March 3, 2024", "2024-03-03") — every other date needs
 * the publication date to be read — and the latest such date, because news reports what has happened. Guards:
 * - never a date before another date the story gives with its year, at that date's precision: a story that
 *   mentions 2019 was not published on the day of the first spacewalk in 1965 (obituaries, anniversaries,
 *   history) — unless that later date is in a sentence looking ahead ("a target of 2030");
 * - never a date in a sentence looking ahead ("the deadline stands at October 31, 2019", "will open on …"):
 *   a plan is not news;
 * - never a date standing alone after all the others: the story's other dates must bear it out — another day
 *   in the month before it, or the same day named a second time (as an embedded post's signature repeats the
 *   day the story reports). A lone full date is as often a deadline, a birthday or an anniversary as the day of
 *   the news. Its month named ("in February 1944 … on February 26, 1944") is the same event told twice, not a
 *   second witness, and bears out nothing.
 */
import type { DateMention, Paragraph } from "../../article.js";

/** Words that make a sentence look ahead: its dates are plans, schedules and deadlines. */
const LOOKS_AHEAD =
  /\b(?:will|'ll|’ll|shall|going to|is to|are to|due|scheduled|slated|plans? to|planned|planning|expected|set to|upcoming|deadline|until|till|by the end of|effective|next|target|aims? to|intends? to|would)\b/i;

const DAY_MS = 86_400_000;
/** How far before the day another day may lie and still bear it out: a story's events cluster in its month. */
const CORROBORATING_DAYS = 31;

export function inferPublished(dates: DateMention[], paragraphs: Paragraph[]): string | null {
  const text = new Map(paragraphs.map((p) => [p.id, p.text]));
  const ahead = (mention: DateMention) => LOOKS_AHEAD.test(sentenceAround(text.get(mention.paragraph) ?? "", mention.text));
  const days = dates.filter((d) => d.date.length === 10);
  const latest = days.map((d) => d.date).sort().at(-1);
  if (!latest) return null;
  const named = days.filter((d) => d.date === latest);
  if (named.every(ahead)) return null;
  // Compared at the other date's precision: "2019" is later than 2017-11-15, "2017-11" is not.
  const contradicted = dates.some((d) => d.date.slice(0, d.date.length) > latest.slice(0, d.date.length) && !ahead(d));
  if (contradicted) return null;
  const corroborated =
    named.length > 1 ||
    dates.some((d) => {
      if (d.date.length !== 10 || d.date === latest) return false;
      const gap = (Date.parse(latest) - Date.parse(d.date)) / DAY_MS;
      return gap > 0 && gap <= CORROBORATING_DAYS;
    });
  return corroborated ? latest : null;
}

/** The sentence of `paragraph` holding `expression` (its first occurrence), or "" when it is not there. */
function sentenceAround(paragraph: string, expression: string): string {
  const at = paragraph.indexOf(expression);
  if (at < 0) return "";
  const before = paragraph.slice(0, at);
  // A stop after a lower-case word or a closing quote ends a sentence; after an initial ("Daniel P. Davison") not.
  const starts = [...before.matchAll(/(?<=[a-z\d]{2}|[”"'’])[.!?]\s+(?=[A-Z"“])/g)].map((m) => m.index! + m[0].length);
  const start = starts.at(-1) ?? 0;
  const end = /(?<=[a-z\d]{2}|[”"'’])[.!?](?:\s|$)/.exec(paragraph.slice(at + expression.length));
  return paragraph.slice(start, end ? at + expression.length + end.index + 1 : undefined);
}
