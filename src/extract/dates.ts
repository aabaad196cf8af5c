/**
 * Dates mentioned in the text, at the precision the text gives, resolved against the publication date.
 * (First version: owned by the dates/headlines/sources work, which deepens it.)
 */
import * as chrono from "chrono-node";
import type { DateMention, Paragraph } from "../article.js";

export function findDates(paragraphs: Paragraph[], reference: string | null): DateMention[] {
  const mentions: DateMention[] = [];
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date("2000-01-01T12:00:00Z");
  for (const paragraph of paragraphs) {
    for (const result of chrono.parse(paragraph.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const c = result.start;
      if (!c.isCertain("year") && !reference) continue;
      const y = c.get("year");
      const m = c.get("month");
      const d = c.get("day");
      if (y == null || m == null || d == null) continue;
      const date = c.isCertain("day")
        ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
        : c.isCertain("month")
          ? `${y}-${String(m).padStart(2, "0")}`
          : `${y}`;
      mentions.push({ text: result.text, date, paragraph: paragraph.id });
    }
  }
  return mentions;
}

/** The latest date mentioned to the day: the basis of a publication date when nothing better is given. */
export function latestFullDate(dates: DateMention[]): string | null {
  const days = dates.map((d) => d.date).filter((d) => d.length === 10).sort();
  return days.at(-1) ?? null;
}
