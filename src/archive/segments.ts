/**
 * A paragraph cut into runs a template can print without any string surgery: quoted words are marked as a
 * quote (with the article's quote index, so the template can link its speaker), and people and organisations
 * are linked where the paragraph names them.
 *
 * Runs are slices of the paragraph's own text, so printing every run in order reproduces the paragraph exactly.
 */
import type { Quote } from "../article.js";

/** Plain words, or a name linked to the page of the person or organisation it names. */
export interface Run {
  text: string;
  url?: string;
}

export interface Segment {
  runs: Run[];
  /** Index into the article's quotes when this segment is quoted words. */
  quote?: number;
  /** Credit the speaker of this quote (an index into the article's quotes) after this segment: where a quote ends. */
  credit?: number;
}

/** A person or organisation an article names, as the article writes it, with the page it links to. */
export interface NameTarget {
  names: string[];
  url: string;
  /** Paragraph ids the article says name this entity; a name elsewhere is left unlinked (no evidence). */
  paragraphs: ReadonlySet<string>;
}

interface Mark {
  start: number;
  end: number;
}

// A closing mark, with the comma or full stop a quote often carries inside it (“… anything,” said Doe).
const CLOSING = /^[,.;:!?…]?[”’"»›]+/u;

/**
 * One matcher per article: every name and alias of its entities, longest first so "Mark Smith" wins over
 * "Smith", whole words only so "Ward" is not linked inside "Edwards".
 */
export function nameMatcher(targets: NameTarget[]): (id: string, text: string) => (Mark & { url: string })[] {
  const byName = new Map<string, NameTarget[]>();
  for (const target of targets) {
    for (const name of target.names) {
      if (name.length < 2) continue;
      const list = byName.get(name) ?? [];
      list.push(target);
      byName.set(name, list);
    }
  }
  if (byName.size === 0) return () => [];
  // Names by their first character, longest first: at each word start only a handful are tried, so the scan is
  // linear in the paragraph however many names the article has (one regex alternation of them all was not).
  const byFirst = new Map<string, string[]>();
  for (const name of [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const list = byFirst.get(name[0]!) ?? [];
    list.push(name);
    byFirst.set(name[0]!, list);
  }
  return (id, text) => {
    const marks: (Mark & { url: string })[] = [];
    // A name is linked once per paragraph: enough to follow, without turning the paragraph blue.
    const linked = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const candidates = byFirst.get(text[i]!);
      if (!candidates || isWordChar(codePointBefore(text, i))) continue;
      const name = candidates.find((n) => text.startsWith(n, i) && !isWordChar(text.codePointAt(i + n.length)));
      if (!name) continue;
      const target = byName.get(name)!.find((t) => t.paragraphs.has(id));
      if (target && !linked.has(target.url)) {
        linked.add(target.url);
        marks.push({ start: i, end: i + name.length, url: target.url });
      }
      i += name.length - 1; // matches never overlap: scanning resumes after the name
    }
    return marks;
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (codePoint: number | undefined) => codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

/**
 * Cuts `text` at quote spans (only direct quotes: indirect speech is the writer's words; a quote a librarian
 * rejected is no quote) and names.
 */
export function segmentParagraph(
  id: string,
  text: string,
  quotes: Quote[],
  names: (Mark & { url: string })[] = [],
): Segment[] {
  const spans: (Mark & { quote: number; ends: boolean })[] = [];
  quotes.forEach((q, index) => {
    if (q.kind !== "direct" || q.correction === "rejected") return;
    const last = q.spans.at(-1);
    for (const span of q.spans) {
      if (span.paragraph === id && span.end > span.start && span.end <= text.length) {
        spans.push({ start: span.start, end: span.end, quote: index, ends: span === last });
      }
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  const plain = (start: number, end: number) => segments.push({ runs: runs(text, start, end, names) });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: the first one wins, nothing is printed twice
    if (span.start > at) plain(at, span.start);
    segments.push({ runs: runs(text, span.start, span.end, names), quote: span.quote });
    at = span.end;
    if (span.ends) {
      // The speaker is credited after the closing quote mark, not inside it: “… proud.” — Mark Smith
      const close = CLOSING.exec(text.slice(at))?.[0] ?? "";
      if (close) segments.push({ runs: [{ text: close }], credit: span.quote });
      else segments.at(-1)!.credit = span.quote;
      at += close.length;
    }
  }
  if (at < text.length || segments.length === 0) plain(at, text.length);
  return segments;
}

/** The runs of text[start, end): names wholly inside it become links; a name cut by a quote mark stays text. */
function runs(text: string, start: number, end: number, names: (Mark & { url: string })[]): Run[] {
  const out: Run[] = [];
  let at = start;
  for (const name of names) {
    if (name.start < at || name.end > end) continue;
    if (name.start > at) out.push({ text: text.slice(at, name.start) });
    out.push({ text: text.slice(name.start, name.end), url: name.url });
    at = name.end;
  }
  if (at < end || out.length === 0) out.push({ text: text.slice(at, end) });
  return out;
}
