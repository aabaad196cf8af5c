/** Template filters and shortcodes: presentation only (formatting a date for a reader), never facts. */
import { articlesJson, entityJson } from "./api.js";
import { articleJsonLd, entityJsonLd, jsonLdScript, websiteJsonLd } from "./jsonld.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-08-16" → "16 August 2024"; "2024-08" → "August 2024"; a year stays a year. */
export function readableDate(value: string | null | undefined): string {
  if (!value) return "";
  const [y, m, d] = value.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A calendar date as an Atom (RFC 3339) timestamp at midnight UTC: feeds carry dates, never build times. */
export function atomDate(value: string | null | undefined): string {
  if (!value) return "1970-01-01T00:00:00Z";
  const [y, m = "01", d = "01"] = value.split("-");
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** "1 article", "2 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text as HTML source, for an Atom `type="html"` element: autoescaping then escapes it again for XML, so a feed
 * reader that renders the summary as HTML (as many do, whatever the type) still shows `<script>` as words.
 */
export function htmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export const filters = { readableDate, atomDate, plural, htmlText };

/**
 * Shortcodes print raw markup (Eleventy marks their output safe), so only these functions, which escape
 * everything they print, may produce it: JSON-LD blocks and the JSON API files.
 */
export const shortcodes = {
  articleJsonLd: (page: Parameters<typeof articleJsonLd>[0], siteUrl: string) => jsonLdScript(articleJsonLd(page, siteUrl)),
  entityJsonLd: (entity: Parameters<typeof entityJsonLd>[0], siteUrl: string) => jsonLdScript(entityJsonLd(entity, siteUrl)),
  websiteJsonLd: (site: Parameters<typeof websiteJsonLd>[0]) => jsonLdScript(websiteJsonLd(site)),
  entityJson,
  articlesJson,
};
