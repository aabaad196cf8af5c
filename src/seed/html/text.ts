/**
 * Text out of a page: what a browser would show, as plain characters. Markup never leaves the HTML reader; what
 * does is cleaned of what a text file could not hold either (control characters, lone surrogates) and of the
 * invisible characters pages use for layout.
 */
import { NOT_TEXT } from "../decode.js";

const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, "g");
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Soft hyphens, zero-width spaces and byte-order marks: typography, not text. Joiners stay (they spell words). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** One line of page text: spaces collapsed, invisible and forbidden characters gone, NFC. */
export function cleanLine(text: string): string {
  return text
    .replace(NOT_TEXT_ALL, " ")
    .replace(LONE_SURROGATE, "")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

/** A block of page text whose line breaks (`<br>`) are kept: each line cleaned, empty lines gone. */
export function cleanBlock(text: string): string {
  return text
    .split("\n")
    .map(cleanLine)
    .filter(Boolean)
    .join("\n");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…" };

/**
 * Character references left in metadata strings: JSON-LD and `content` attributes are often written by a CMS
 * that escapes its text twice ("Trudeau&#8217;s"). Numeric references and the common named ones are decoded.
 */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
  });
}
