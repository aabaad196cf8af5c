/**
 * The confidence model's features: what a newsroom reader weighs when deciding whether a quote is someone's words
 * and whether the credit is right. Each is a plain string (present or absent); a pure function of one quote in
 * its article, so training and parsing see the same thing.
 *
 * - the frame: which convention attributed it (a frame after the quote is surer than a quote carried on from
 *   an earlier paragraph), the cue verb, how the speaker was named (a full name, a surname, a pronoun, a role);
 * - the speaker: whether it is one of the article's people or organisations, how often the article names it and
 *   whether it is named nearby, whether its name looks like a name (words a dictionary knows, capitals, digits);
 * - the ambiguity: how many people are named around a pronoun's quote, how many speakers share the paragraph;
 * - the words: a scare quote is short and has no verb, speech has a first person, a label ends in a colon, a
 *   results line is mostly figures.
 */
import type { Paragraph, Person } from "../../article.js";
import type { Entities } from "../entities/index.js";
import { isCommonWord, isGivenName } from "../entities/lexicon.js";
import type { Found } from "./evidence.js";
import { clauseEvidence, isClause, isStanceCue } from "./saying.js";
import { startsLower, startsUpper } from "../letters.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const LETTER_AT = /\p{L}/uy;
const DIGIT_AT = /\p{N}/uy;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const DIGIT_FIRST = /^\p{N}/u;

const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d|me|my|mine|we|we['’]re|we['’]ve|we['’]ll|us|our|ours)\b/;
const LABEL = /^(?:\p{Lu}[\p{Lu}\p{N} &'’.-]{1,40}|\p{Lu}[\p{Ll}]+):\s/u;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|some|any|no|every)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|there)$/i;

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i === 0 ? `≤${edges[0]}` : i === edges.length ? `>${edges.at(-1)}` : `≤${edges[i]}`;
};

/**
 * How many characters of a class the text holds, in code points, counted one by one without making anything:
 * `ascii` answers for the first 128, `at` (a sticky regex of one character of the class) for the rest.
 */
function countCodePoints(text: string, ascii: (c: number) => boolean, at: RegExp): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // A character beyond the Basic Multilingual Plane is two UTF-16 units: a high surrogate, then a low one.
    const units = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
    if (c < 128) {
      if (ascii(c)) n++;
    } else {
      at.lastIndex = i;
      if (at.test(text)) n++;
    }
    i += units;
  }
  return n;
}
const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const asciiDigit = (c: number) => c >= 48 && c <= 57;

/** What the article offers every quote's features: its entities by slug and who is named in which paragraph. */
export class FeatureContext {
  private index = new Map<string, number>();
  private ids: string[];
  private peopleIn = new Map<string, Set<string>>();
  private entities = new Map<string, { paragraphs: Set<string>; count: number; descriptors: number; person: boolean }>();
  private quotesIn = new Map<string, { count: number; speakers: Set<string> }>();
  private texts = new Map<string, string>();
  private byParagraph = new Map<string, string[]>();
  /** Per paragraph, reported speech's spans by start, with the furthest end so far: is a quote inside one? */
  private reports = new Map<string, { starts: number[]; reach: number[] }>();

  constructor(paragraphs: Paragraph[], entities: Entities, found: Found[]) {
    this.ids = paragraphs.map((p) => p.id);
    paragraphs.forEach((p, i) => {
      this.index.set(p.id, i);
      this.texts.set(p.id, p.text);
    });
    const add = (e: Person, person: boolean) => {
      this.entities.set(e.slug, { paragraphs: new Set(e.paragraphs), count: e.paragraphs.length, descriptors: e.descriptors.length, person });
      if (person) for (const p of e.paragraphs) (this.peopleIn.get(p) ?? this.peopleIn.set(p, new Set()).get(p)!).add(e.slug);
    };
    for (const e of entities.people) add(e, true);
    for (const e of entities.organisations) add(e, false);
    const spans = found
      .filter(({ quote }) => quote.kind !== "direct")
      .flatMap(({ quote }) => quote.spans)
      .sort((a, b) => a.start - b.start);
    for (const span of spans) {
      const r = this.reports.get(span.paragraph) ?? this.reports.set(span.paragraph, { starts: [], reach: [] }).get(span.paragraph)!;
      r.starts.push(span.start);
      r.reach.push(Math.max(span.end, r.reach.at(-1) ?? 0));
    }
    for (const { quote } of found) {
      const here = this.quotesIn.get(quote.paragraph) ?? { count: 0, speakers: new Set<string>() };
      here.count++;
      if (quote.speaker) here.speakers.add(quote.speaker.name);
      this.quotesIn.set(quote.paragraph, here);
    }
  }

  /** What the paragraph itself says (a label opening it, a line of figures): read once, however many quotes it holds. */
  private paragraphFeatures(id: string): string[] {
    let found = this.byParagraph.get(id);
    if (!found) {
      const text = this.texts.get(id) ?? "";
      found = [];
      if (LABEL.test(text)) found.push("p-label");
      const letters = countCodePoints(text, asciiLetter, LETTER_AT);
      const digits = countCodePoints(text, asciiDigit, DIGIT_AT);
      if (digits > 0.15 * Math.max(1, letters)) found.push("p-figures");
      this.byParagraph.set(id, found);
    }
    return found;
  }

  /** A direct quote inside reported speech of its paragraph: the partial quote of a mixed quote. */
  private mixed(quote: Found["quote"]): boolean {
    const [span] = quote.spans;
    const r = span && this.reports.get(span.paragraph);
    if (!r) return false;
    let lo = 0;
    let hi = r.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r.starts[mid]! <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && r.reach[lo - 1]! >= span.end;
  }

  features({ quote, how }: Found): string[] {
    const f: string[] = ["bias", `k:${quote.kind}`, `r:${how.route}`, `r:${how.route}|k:${quote.kind}`, `n:${how.named ?? "none"}`, `n:${how.named ?? "none"}|r:${how.route}`];
    const cue = quote.cue?.trim().split(/\s+/)[0]!.toLowerCase();
    f.push(`c:${cue ?? "none"}`);
    if (isStanceCue(quote.cue)) f.push("c-stance");
    if (quote.cue && quote.cue.includes(" ")) f.push("c-phrase");

    const speaker = quote.speaker;
    const entity = speaker?.slug ? this.entities.get(speaker.slug) : undefined;
    const kind = !speaker ? "none" : entity ? `${entity.person ? "person" : "org"}-entity` : speaker.kind === "person" || speaker.kind === "organisation" ? `${speaker.kind}-name` : speaker.kind;
    f.push(`s:${kind}`, `s:${kind}|k:${quote.kind}`, `s:${kind}|r:${how.route}`);

    const at = this.index.get(quote.paragraph) ?? 0;
    const previousId = this.ids[at - 1];
    if (speaker && entity) {
      const words = speaker.name.split(/\s+/);
      f.push(`sm:${bucket(entity.count, [1, 2, 5])}`, `sw:${bucket(words.length, [1, 2, 3])}`);
      if (entity.descriptors) f.push("s-described");
      if (/^[\p{Lu}\p{N}\s.&'’-]+$/u.test(speaker.name) && TWO_CAPITALS.test(speaker.name)) f.push("s-caps");
      if (/\d/.test(speaker.name)) f.push("s-digit");
      if (isCommonWord(words[0]!)) f.push("s-first-common");
      if (words.length > 1 && isCommonWord(words.at(-1)!)) f.push("s-last-common");
      if (entity.person && isGivenName(words[0]!)) f.push("s-given");
      const where = entity.paragraphs.has(quote.paragraph) ? "here" : previousId && entity.paragraphs.has(previousId) ? "previous" : "far";
      f.push(`s-${where}`, `s-${where}|r:${how.route}`);
    }
    if (how.via) f.push(`v:${how.via}`, `v:${how.via}|k:${quote.kind}`);
    if (how.rivals !== undefined) f.push(`rivals:${bucket(how.rivals, [0, 1])}`);
    const near = new Set([...(this.peopleIn.get(quote.paragraph) ?? []), ...((previousId && this.peopleIn.get(previousId)) || [])]);
    if (how.named === "pronoun" || how.route === "carried" || how.route === "sentence") f.push(`amb:${bucket(near.size, [0, 1, 2])}|n:${how.named ?? "none"}`);
    if (how.route === "carried") f.push(`d:${bucket(how.distance, [0, 1])}`);

    const text = quote.text;
    const words = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
    f.push(`w:${bucket(words.length, [1, 3, 6, 12, 25])}|k:${quote.kind}`);
    if (quote.kind === "direct") {
      if (FIRST_PERSON.test(text)) f.push("q-first-person");
      if (startsLower(text)) f.push("q-lower-start");
      if (/[.,!?;:…]$/.test(text.trim())) f.push("q-end-punct");
      if (words.length >= 2 && words.filter((w) => startsUpper(w)).length / words.length > 0.6) f.push("q-title-case");
      if (!isClause(text)) f.push("q-no-verb");
      if (this.mixed(quote)) f.push("q-mixed");
      if (quote.runOn) f.push("q-run-on");
    } else {
      const first = words[0] ?? "";
      f.push(`i-first:${PRONOUN.test(first) ? "pronoun" : DETERMINER.test(first) ? "determiner" : first.toLowerCase() === "to" ? "to" : startsUpper(first) ? "capital" : DIGIT_FIRST.test(first) ? "number" : "other"}`);
      const clause = clauseEvidence(text);
      if (clause !== "verb") f.push(clause === "ambiguous" ? "i-ambiguous-verb" : "i-no-clause");
      if (/["“”]/.test(text)) f.push("i-partial-quote");
    }
    f.push(...this.paragraphFeatures(quote.paragraph));
    const here = this.quotesIn.get(quote.paragraph);
    if (here && here.speakers.size > 1) f.push(`p-speakers:2+|r:${how.route}`);
    if (quote.paragraph === "headline") f.push("headline");
    else if (at === 0) f.push("p-first");
    return f;
  }
}
