/** Template filters and shortcodes: presentation only (formatting a date for a reader), never facts. */
import { jsonLdScript, websiteJsonLd } from "./jsonld.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-08-16" → "16 August 2024"; "2024-08" → "August 2024"; a year stays a year. */
export function readableDate(value: string | null | undefined): string {
  if (!value) return "";
  const [y, m, d] = value.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "1 article", "2 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export const filters = { readableDate, plural };

/**
 * Shortcodes print raw markup (Eleventy marks their output safe), so only these functions, which escape
 * everything they print, may produce it: JSON-LD blocks.
 */
export const shortcodes = {
  websiteJsonLd: (site: Parameters<typeof websiteJsonLd>[0]) => jsonLdScript(websiteJsonLd(site)),
};
