/**
 * The tagger's names in one paragraph → mentions: the name's words as the article should file them, its kind,
 * the descriptors that travel with it, and what its context says (for resolving lone words in index.ts).
 *
 * Conventions, none of which changes a name's kind:
 * - a title is not part of a person's name: the capitalised words the tagger leaves before it ("Chinese
 *   President", "Assistant Secretary of State", "Boxing Association President") are its descriptor, unless
 *   they are only a courtesy ("Mr", "Dr"); a title word the tagger kept inside the name is split off the same way;
 * - a generational suffix ("Jr", "III") and a leading demonym ("Australian Tom Moody") are not the name either;
 * - an apposition ("Lena Fischer, the economist who …") and a role before the name ("journalist Hind Hassan")
 *   are descriptors (descriptors.ts);
 * - a handle or hashtag ("@Reuters", "#Gaza") is not a name in the text;
 * - a capitalised word the tagger leaves outside every name is kept as an "other" mention, which index.ts files
 *   under a person only when it is that person's surname ("Smith" after "Mark Smith").
 */
import type { ParagraphId } from "../../article.js";
import { isRoleNoun, placeBefore, roleBefore, speaks } from "./context.js";
import { appositionAfter, roleBeforeName } from "./descriptors.js";
import { isGivenName, isSurname, tagsOf } from "./lexicon.js";
import type { NameKind } from "./model.js";
import { isHonorific, isTitleWord, personName, splitTitle } from "./names.js";
import { isCapitalised, type Segment } from "./segments.js";
import type { NameSpan } from "./tagger.js";
import type { Token } from "./tokens.js";

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const DEMONYM_FORM = /^\p{Lu}\p{Ll}{3,}(?:ian|ese|ish|ist)$/u;
const HANDLE_MARK = /^[@#]$/;

export type MentionKind = NameKind | "other";

export interface Mention {
  paragraph: ParagraphId;
  words: string[];
  kind: MentionKind;
  cue: { honorific: boolean; speaks: boolean; role: boolean; place: boolean };
  descriptors: string[];
  /** Token positions of the name in its paragraph. */
  start: number;
  end: number;
  /** The name's first word opens a sentence (its capital says nothing). */
  sentenceStart: boolean;
}

/** A mention with its place in the article's reading order. */
export interface Ordered extends Mention {
  order: number;
}

export interface Context {
  paragraph: ParagraphId;
  text: string;
  tokens: Token[];
}

const NO_CUE = Object.freeze({ honorific: false, speaks: false, role: false, place: false });
const AT_PLACE = Object.freeze({ honorific: false, speaks: false, role: false, place: true });
const COURTESY = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|madam|mme|mlle|herr|frau|monsieur|madame|senor|senora|signor)\.?$/i;
const FUNCTION_TAGS = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord", "Possessive"]);

export function mentionsOf(ctx: Context, segments: Segment[], spans: NameSpan[]): Mention[] {
  const { tokens } = ctx;
  const mentions: Mention[] = [];
  const inName = new Uint8Array(tokens.length);
  for (const s of spans) inName.fill(1, s.start, s.end);
  // Spans and segments are both in reading order: walk them together (a paragraph may hold thousands of each).
  const ends = new Map(spans.map((s) => [s.end, s]));
  let g = 0;
  for (const span of spans) {
    while (segments[g]!.end < span.end) g++;
    if (HANDLE_MARK.test(tokens[span.start - 1]?.text ?? "")) continue;
    const segment = segments[g]!;
    if (span.kind === "person") {
      const m = person(ctx, span, segment, ends);
      if (m) mentions.push(m);
    } else mentions.push(mention(ctx, span.kind, span.start, span.end));
  }
  for (const g of segments) {
    for (let i = g.start; i < g.end; i++) {
      if (inName[i] || !isCapitalised(tokens[i]!) || HANDLE_MARK.test(tokens[i - 1]?.text ?? "")) continue;
      // Only ever matched against a person's names (index.ts): only the place cue is needed ("in Washington").
      const t = tokens[i]!;
      const cue = placeBefore(tokens, i) ? AT_PLACE : NO_CUE;
      mentions.push({ paragraph: ctx.paragraph, words: [t.text], kind: "other", cue, descriptors: [], start: i, end: i + 1, sentenceStart: t.sentenceStart });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function mention(ctx: Context, kind: MentionKind, start: number, end: number, words = ctx.tokens.slice(start, end).map((t) => t.text)): Mention {
  return {
    paragraph: ctx.paragraph,
    words,
    kind,
    cue: { honorific: false, speaks: speaks(ctx.tokens, start, end), role: roleBefore(ctx.tokens, start), place: placeBefore(ctx.tokens, start) },
    descriptors: [],
    start,
    end,
    sentenceStart: ctx.tokens[start]!.sentenceStart,
  };
}

const NAME_TAGS = /Name$|^(?:Person|ProperNoun|Place|Country|City|Region|Organization|SportsTeam|Honorific)$/;
const DESCRIBING_TAGS = new Set(["Adjective", "Comparable", "Superlative", "Demonym"]);

/** Whether a name's first word is a role or describing word the lexicon never gives as a name, with a name after it. */
function openingCommonWord(words: string[]): boolean {
  const [first, ...rest] = words;
  if (!first || !rest.length || isGivenName(first) || isSurname(first)) return false;
  const tags = tagsOf(first);
  if (tags.some((t) => NAME_TAGS.test(t))) return false;
  // A role may stand before one word ("Winger Nitoglia"); a describing word only before a full name.
  if (isRoleNoun(first)) return true;
  if (rest.length < 2) return false;
  // Words the lexicon lacks, by their ending: a nationality ("Slovakian") or a profession ("Ecologist").
  return tags.some((t) => DESCRIBING_TAGS.has(t)) || (!tags.length && DEMONYM_FORM.test(first));
}

function person(ctx: Context, span: NameSpan, segment: Segment, ends: Map<number, NameSpan>): Mention | null {
  const { tokens, text } = ctx;
  const words = tokens.slice(span.start, span.end).map((t) => t.text);
  // A title the tagger kept inside the name ("President Clinton") is split off like one it left outside.
  const split = splitTitle(words);
  // A sentence's opening capital on a role or a describing word is no part of the name ("Ecologist Ryan
  // Norris", "Slovakian Daniela Hantuchova"): the lexicon knows the word, and not as a name.
  const opener = split.title.length === 0 && tokens[span.start]!.sentenceStart && openingCommonWord(words);
  const inner = opener ? words.slice(0, 1) : split.title;
  const titled = opener ? words.slice(1) : split.name;
  const { name, demonym } = personName(titled);
  const start = span.start + inner.length + (demonym ? 1 : 0);
  const end = start + name.length;
  if (!name.length) return null;
  const m = mention(ctx, "person", start, end, name);
  // The capitalised words before the name in its segment that the tagger left outside any name: its title.
  let from = span.start;
  while (from > segment.start && !ends.has(from)) from--;
  let title = tokens.slice(from, start);
  let lead = from;
  while (title.length && !isTitleWord(title[0]!.text) && !isRoleNoun(title[0]!.text) && (title[0]!.sentenceStart || !title[0]!.cap) && tagsOf(title[0]!.text).some((t) => FUNCTION_TAGS.has(t))) {
    title = title.slice(1);
    lead++;
  }
  const hasTitle = title.some((t) => isTitleWord(t.text) || isRoleNoun(t.text));
  if (hasTitle) {
    m.cue.honorific = title.some((t) => isHonorific(t.text));
    const courtesy = title.length === 1 && COURTESY.test(title[0]!.text);
    // "Boxing Association President Ramon Manzanares": the organisation right before the title is part of it.
    const before = ends.get(lead);
    const org = before?.kind === "organisation" ? before : undefined;
    const opens = org ? org.start : lead;
    if (!courtesy) m.descriptors.push(text.slice(tokens[opens]!.start, tokens[start - 1]!.end));
  }
  if (demonym) m.descriptors.push(demonym);
  const before = roleBeforeName(text, tokens, start);
  if (before && !hasTitle) m.descriptors.push(before);
  const after = appositionAfter(text, tokens, end);
  if (after) m.descriptors.push(after);
  return m;
}
