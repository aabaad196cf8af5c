/**
 * The tagger's features: a token in its context → strings, nothing else (pure; the model weighs them).
 *
 * What a news reader uses to tell a person from a company or a town, as features:
 * - the word itself, its shape ("Xx", "XX", "X.X."), prefixes and suffixes ("Mc…", "…ski", "…corp");
 * - the words around it, and whether it opens a sentence (where a capital says nothing);
 * - what the lexicons know: given names, surnames, honorifics and titles, role nouns, countries and cities,
 *   demonyms, organisation head words ("Inc", "Bank", "Party", "Council", "University"), place head words
 *   ("Station", "Mall", "Park", "Rocks"), event and work head words ("Cup", "Awards", "Show"), the newsroom
 *   gazetteers (agencies, outlets, public bodies) — for the word and for every phrase around it;
 * - the conventions around a name in news: a title before it ("Dr", "Senator"), a role noun ("spokeswoman"),
 *   an apposition after it ("X, a spokeswoman for Y"), a speech verb after or before it ("X said", "said X"),
 *   a locative preposition ("in X"), a match verb ("X beat Y"), quotation marks around a title;
 * - what the rest of the article says about the word: written in lower case elsewhere (ordinary vocabulary),
 *   the surname of a full name given elsewhere, titled or speaking elsewhere, a place or a side elsewhere.
 *
 * Every feature of one segment is computed together, because the cues around a segment are shared by its words.
 */
import { isRoleNoun, lower, placeBefore, playsMatch, roleBefore, speaks } from "./context.js";
import { appositionAfter } from "./descriptors.js";
import {
  fold,
  isCommonWord,
  isCountry,
  isDemonym,
  isEventHead,
  isKnownOrganisation,
  isKnownPerson,
  isNamedPlace,
  isOrgHead,
  isOrgOpener,
  isPlace,
  isPlaceHead,
  isSurname,
  isWeekdayOrMonth,
  tagsOf,
} from "./lexicon.js";
import { isGivenish, isHonorific, isTitleWord } from "./names.js";
import { isAcronym, isNewsOrganisation, isPublicBody } from "./organisations.js";
import { isCapitalised, type Segment } from "./segments.js";
import { isSportsReport } from "./teams.js";
import type { Token } from "./tokens.js";

/** A paragraph as the tagger sees it. */
export interface TaggedParagraph {
  text: string;
  tokens: Token[];
  segments: Segment[];
}

/** What the whole article says about each word (keys folded to lower case). */
export interface DocumentCues {
  /** Written in lower case somewhere: ordinary vocabulary when capitalised. */
  lowercase: Set<string>;
  /** The last word of a name that opens with a given name ("Smith" after "Mark Smith"). */
  surnames: Set<string>;
  /** Right after an honorific somewhere ("Mr Smith"). */
  titled: Set<string>;
  /** The last word of a name that speaks somewhere ("Smith said", "said Smith"). */
  speaking: Set<string>;
  /** Inside a name after a locative preposition somewhere ("in Kent"). */
  located: Set<string>;
  /** Inside a side that plays a match somewhere ("Kent beat Surrey"). */
  playing: Set<string>;
  /** Inside a name ending in an organisation's head word somewhere ("Kent County Council"). */
  organised: Set<string>;
  /** The article reads as a sports report. */
  sports: boolean;
}

export function documentCues(paragraphs: TaggedParagraph[]): DocumentCues {
  const cues: DocumentCues = {
    lowercase: new Set(),
    surnames: new Set(),
    titled: new Set(),
    speaking: new Set(),
    located: new Set(),
    playing: new Set(),
    organised: new Set(),
    sports: isSportsReport(paragraphs.flatMap((p) => p.tokens)),
  };
  for (const { tokens, segments } of paragraphs) {
    for (const t of tokens) if (t.kind === "word" && !t.cap && !t.upper) cues.lowercase.add(fold(t.text));
    for (const s of segments) {
      const words = tokens.slice(s.start, s.end);
      const caps = words.filter(isCapitalised).map((t) => fold(t.text));
      for (let j = s.start; j < s.end - 1; j++) {
        if (isHonorific(tokens[j]!.text) && isCapitalised(tokens[j + 1]!)) cues.titled.add(fold(tokens[j + 1]!.text));
        if (isGivenish(tokens[j]!.text) && !tokens[j]!.sentenceStart && isCapitalised(tokens[j + 1]!)) {
          let k = j + 1;
          while (k + 1 < s.end && isCapitalised(tokens[k + 1]!)) k++;
          cues.surnames.add(fold(tokens[k]!.text));
        } else if (isGivenish(tokens[j]!.text) && isCapitalised(tokens[j + 1]!) && j + 2 === s.end) {
          cues.surnames.add(fold(tokens[j + 1]!.text));
        }
      }
      const last = caps[caps.length - 1];
      if (last !== undefined && speaks(tokens, s.start, s.end)) cues.speaking.add(last);
      if (placeBefore(tokens, s.start)) for (const w of caps) cues.located.add(w);
      if (playsMatch(tokens, s.start, s.end)) for (const w of caps) cues.playing.add(w);
      if (caps.length > 1 && isOrgHead(words[words.length - 1]!.text)) for (const w of caps) cues.organised.add(w);
    }
  }
  return cues;
}

const SHAPE_CACHE = new Map<string, string>();

/** "Smith" → "Xx", "FCDO" → "X", "U.S." → "X.X.", "al-Assad" → "x-Xx", "1860s" → "dx". */
export function shape(word: string): string {
  let s = SHAPE_CACHE.get(word);
  if (s !== undefined) return s;
  s = "";
  for (const c of word) {
    const k = /\p{Lu}/u.test(c) ? "X" : /\p{Ll}/u.test(c) ? "x" : /\p{N}/u.test(c) ? "d" : c;
    if (!s.endsWith(k)) s += k;
  }
  if (SHAPE_CACHE.size > 20_000) SHAPE_CACHE.clear();
  SHAPE_CACHE.set(word, s);
  return s;
}

const QUOTE_OPEN = new Set(["“", "‘", '"', "'", "«"]);
const QUOTE_CLOSE = new Set(["”", "’", '"', "'", "»"]);
const positionIn = (i: number, start: number, end: number) => (end - start === 1 ? "U" : i === start ? "B" : i === end - 1 ? "L" : "I");
const sizeOf = (n: number) => (n >= 4 ? "4+" : String(n));

/** Word-level lexicon knowledge, the same wherever the word stands. */
function lexical(word: string, out: string[], prefix = "") {
  for (const tag of tagsOf(word)) out.push(`${prefix}t=${tag}`);
  if (isGivenish(word)) out.push(`${prefix}given`);
  if (isSurname(word)) out.push(`${prefix}surname`);
  if (isHonorific(word)) out.push(`${prefix}honorific`);
  else if (isTitleWord(word)) out.push(`${prefix}title`);
  if (isRoleNoun(word)) out.push(`${prefix}role`);
  if (isOrgHead(word)) out.push(`${prefix}orghead`);
  if (isOrgOpener(word)) out.push(`${prefix}orgopener`);
  if (isPlaceHead(word)) out.push(`${prefix}placehead`);
  if (isEventHead(word)) out.push(`${prefix}eventhead`);
  if (isDemonym(word)) out.push(`${prefix}demonym`);
  if (isWeekdayOrMonth(word.replace(/\.$/, ""))) out.push(`${prefix}calendar`);
  if (isCommonWord(word)) out.push(`${prefix}common`);
}

/** Gazetteers over phrases: which of them a phrase of the segment is in. */
function gazetteers(words: string[]): string[] {
  const phrase = words.join(" ");
  const found: string[] = [];
  if (isNewsOrganisation(words)) found.push("outlet");
  if (isPublicBody(words)) found.push("body");
  if (isKnownOrganisation(phrase)) found.push("org");
  if (words.length > 1 && isKnownPerson(phrase)) found.push("person");
  if (isCountry(phrase) || isNamedPlace(phrase)) found.push("country");
  else if (isPlace(phrase)) found.push("place");
  return found;
}

const MAX_PHRASE = 6;

/** Features of every token of one segment, in order. */
export function segmentFeatures(paragraph: TaggedParagraph, segment: Segment, doc: DocumentCues): string[][] {
  const { tokens, text } = paragraph;
  const { start, end } = segment;
  const n = end - start;
  const shared: string[] = [`n=${sizeOf(n)}`];
  const before = tokens[start - 1];
  const after = tokens[end];
  shared.push(`sp=${before ? lower(before) : "<p>"}`, `sn=${after ? lower(after) : "</p>"}`);
  if (after && tokens[end + 1]) shared.push(`sn2=${lower(after)}|${lower(tokens[end + 1])}`);
  if (before && tokens[start - 2]) shared.push(`sp2=${lower(tokens[start - 2])}|${lower(before)}`);
  if (speaks(tokens, start, end)) shared.push("cue:speaks");
  if (roleBefore(tokens, start)) shared.push("cue:role");
  if (placeBefore(tokens, start)) shared.push("cue:locative");
  if (playsMatch(tokens, start, end)) shared.push("cue:match");
  if (appositionAfter(text, tokens, end) !== null) shared.push("cue:apposition");
  if (before && after && QUOTE_OPEN.has(before.text) && QUOTE_CLOSE.has(after.text)) shared.push("cue:quoted");
  const head = tokens[end - 1]!;
  shared.push(`head=${lower(head)}`);
  lexical(head.text, shared, "head:");
  if (/s$/.test(head.text) && tagsOf(head.text).length === 0 && !isSurname(head.text)) shared.push("head:plural?");
  if (doc.sports) shared.push("sports");

  // Gazetteer matches of every phrase of the segment, by the position each token has in the phrase.
  const gaz: string[][] = Array.from({ length: n }, () => []);
  for (let a = start; a < end; a++) {
    if (!isCapitalised(tokens[a]!)) continue;
    for (let b = a + 1; b <= Math.min(end, a + MAX_PHRASE); b++) {
      if (!isCapitalised(tokens[b - 1]!)) continue;
      const words = tokens.slice(a, b).map((t) => t.text);
      for (const g of gazetteers(words)) for (let k = a; k < b; k++) gaz[k - start]!.push(`gz:${g}:${positionIn(k, a, b)}`);
    }
  }

  const out: string[][] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    const f = ["b", ...shared, ...gaz[i - start]!];
    f.push(`w=${t.text}`, `l=${w}`, `sh=${shape(t.text)}`, `pos=${positionIn(i, start, end)}`);
    if (w.length > 3) f.push(`s3=${w.slice(-3)}`, `p3=${w.slice(0, 3)}`);
    if (w.length > 4) f.push(`s4=${w.slice(-4)}`);
    if (w.length > 2) f.push(`s2=${w.slice(-2)}`, `p2=${w.slice(0, 2)}`);
    if (w.length <= 3) f.push(`short=${w.length}`);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const p = prev ? lower(prev) : "<p>";
    const q = next ? lower(next) : "</p>";
    f.push(`-1=${p}`, `+1=${q}`, `-1|0=${p}|${w}`, `0|+1=${w}|${q}`);
    f.push(`-2=${tokens[i - 2] ? lower(tokens[i - 2]) : "<p>"}`, `+2=${tokens[i + 2] ? lower(tokens[i + 2]) : "</p>"}`);
    if (prev) f.push(`-1sh=${shape(prev.text)}`);
    if (next) f.push(`+1sh=${shape(next.text)}`);
    if (t.sentenceStart) {
      f.push("start", `start|l=${w}`);
      if (isCommonWord(t.text)) f.push("start|common");
    }
    if (t.upper) f.push("upper");
    if (isAcronym(t.text)) f.push("acronym");
    lexical(t.text, f);
    if (prev) lexical(prev.text, f, "-1:");
    if (next && i + 1 < end) lexical(next.text, f, "+1:");
    if (prev && !prev.cap && isRoleNoun(prev.text)) f.push("-1:lower-role");
    const sports = doc.sports && (isPlace(t.text) || isCountry(t.text));
    if (sports) f.push(isCountry(t.text) ? "sports&country" : "sports&place");
    if (isCapitalised(t)) {
      if (doc.lowercase.has(w)) f.push("doc:lowercase");
      if (doc.surnames.has(w)) f.push("doc:surname");
      if (doc.titled.has(w)) f.push("doc:titled");
      if (doc.speaking.has(w)) f.push("doc:speaks");
      if (doc.located.has(w)) f.push("doc:located");
      if (doc.playing.has(w)) f.push("doc:plays");
      if (doc.organised.has(w)) f.push("doc:organised");
    }
    out.push(f);
  }
  return out;
}
