/**
 * The PolNeAR attribution corpus, read for the quotes evaluation: brat standoff gold (`T` Source/Cue/Content
 * spans, `E` lines tying them into one attribution) and the map from the parser's paragraphs back to offsets in
 * the raw file, so predicted and gold quotes can be compared character by character.
 *
 * The corpus is not redistributable: it is read from its folder at evaluation time, never copied.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Paragraph } from "../article.js";

/** A stretch of the raw file, [start, end) in UTF-16 offsets (brat counts code points; see `fromCodePoints`). */
export type Range = [number, number];

export interface GoldAttribution {
  source: { text: string; ranges: Range[] } | null;
  cue: string | null;
  content: { text: string; ranges: Range[] };
  /** PolNeAR's own convention: a Content that starts with a quote mark is a direct quote. */
  direct: boolean;
  /**
   * The speaker as the corpus itself resolves it (news-attributions: the fullest name the article gives, null when
   * it names no one). Absent where the corpus marks only the source phrase as written (PolNeAR: "he", "officials").
   */
  speaker?: string | null;
}

export interface GoldArticle {
  /** The text file's stem. */
  name: string;
  raw: string;
  attributions: GoldAttribution[];
  /** Stretches the annotators marked as not part of the article (editor's notes, follow-us lines). */
  discarded: Range[];
}

const OPENING_MARK = /^(?:["“„«‘'`]|'')/;

export async function readPolnear(dir: string): Promise<GoldArticle[]> {
  const annotations = (await readdir(join(dir, "attributions"))).filter((f) => f.endsWith(".ann")).sort();
  // Several annotators for one article: the first file in sort order, so the choice is deterministic.
  const chosen = new Map<string, string>();
  for (const file of annotations) {
    const name = file.replace(/_[^_]+\.ann$/, "");
    if (!chosen.has(name)) chosen.set(name, file);
  }
  const articles: GoldArticle[] = [];
  for (const [name, file] of [...chosen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let raw: string;
    try {
      raw = await readFile(join(dir, "text", `${name}.txt`), "utf8");
    } catch {
      continue;
    }
    articles.push({ name, raw, ...parseBrat(await readFile(join(dir, "attributions", file), "utf8"), raw) });
  }
  return articles;
}

function parseBrat(ann: string, raw: string): Pick<GoldArticle, "attributions" | "discarded"> {
  const toUtf16 = fromCodePoints(raw);
  const spans = new Map<string, { label: string; ranges: Range[]; text: string }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const [id, middle, text] = line.split("\t");
    if (!id || !middle) continue;
    if (id.startsWith("T")) {
      const [label, ...rest] = middle.split(" ");
      const ranges = rest
        .join(" ")
        .split(";")
        .map((pair) => pair.split(" ").map(Number))
        .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
        .map(([s, e]) => [toUtf16(s!), toUtf16(e!)] as Range);
      spans.set(id, { label: label!, ranges, text: text ?? "" });
    } else if (id.startsWith("E")) {
      events.push(middle.split(" "));
    }
  }
  const attributions: GoldAttribution[] = [];
  for (const args of events) {
    const role = (r: string) => {
      const arg = args.find((a) => a.startsWith(`${r}:`));
      return arg ? spans.get(arg.slice(r.length + 1)) : undefined;
    };
    const content = role("Content");
    if (!content || content.ranges.length === 0) continue;
    const source = role("Source");
    attributions.push({
      source: source ? { text: source.text, ranges: source.ranges } : null,
      cue: role("Cue")?.text ?? null,
      content: { text: content.text, ranges: content.ranges },
      direct: OPENING_MARK.test(content.text.trimStart()),
    });
  }
  const discarded = [...spans.values()].filter((s) => s.label === "Discard").flatMap((s) => s.ranges);
  return { attributions, discarded };
}

/** brat offsets count code points; JavaScript strings count UTF-16 units (they differ only past U+FFFF). */
function fromCodePoints(raw: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(raw)) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const ch of raw) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (offset) => units[Math.min(offset, units.length - 1)]!;
}

/**
 * Where each parsed paragraph sits in the raw file. The parser normalises (NFC, CRLF) and collapses
 * whitespace, so the raw text is put through the same steps with a map back to raw offsets, and paragraphs
 * are found in reading order. Returns, per paragraph id, raw offset of each paragraph character.
 */
export function locateParagraphs(raw: string, paragraphs: Paragraph[]): Map<string, number[]> {
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  let lastSpace = true;
  while (i < raw.length) {
    // A base character and its combining marks compose together under NFC: normalise them as one cluster.
    let j = i + 1;
    while (j < raw.length && /\p{M}/u.test(raw[j]!)) j++;
    const cluster = raw.slice(i, j).normalize("NFC");
    if (/^\s+$/.test(cluster)) {
      if (!lastSpace) {
        chars.push(" ");
        origin.push(i);
      }
      lastSpace = true;
    } else {
      for (const ch of cluster) {
        chars.push(ch);
        origin.push(i);
      }
      lastSpace = false;
    }
    i = j;
  }
  const flat = chars.join("");
  // `chars` holds whole characters; rebuild a per-UTF-16-unit origin table for indexOf positions.
  const unitOrigin: number[] = [];
  chars.forEach((ch, k) => {
    for (let u = 0; u < ch.length; u++) unitOrigin.push(origin[k]!);
  });
  const located = new Map<string, number[]>();
  let cursor = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.text === "") continue;
    const at = flat.indexOf(paragraph.text, cursor);
    if (at < 0) continue;
    located.set(paragraph.id, unitOrigin.slice(at, at + paragraph.text.length));
    cursor = at + paragraph.text.length;
  }
  return located;
}
