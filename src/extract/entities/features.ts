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

// Built once, here: a regex literal inside a function is a new RegExp object every time it runs, and tsx's
// esbuild turns one with \p{…} outside brackets into `new RegExp(…)`, built from its source each time (see
// ../letters.ts).
const CAPITAL = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const EDITION = /^\p{Lu}{2,3}$/u;
const FINAL_STOP = /\.$/;

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

const PLAIN = /^[a-z]+$/;

export function documentCues(paragraphs: TaggedParagraph[]): DocumentCues {
  const cues: DocumentCues = {
    lowercase: new Set(),
    surnames: new Set(),
    titled: new Set(),
    speaking: new Set(),
    located: new Set(),
    playing: new Set(),
    organised: new Set(),
    sports: isSportsReport(paragraphs),
  };
  for (const { tokens, segments } of paragraphs) {
    for (const t of tokens) if (t.kind === "word" && !t.cap && !t.upper) cues.lowercase.add(PLAIN.test(t.text) ? t.text : fold(t.text));
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

/**
 * "Smith" → "Xx", "FCDO" → "X", "U.S." → "X.X.", "al-Assad" → "x-Xx", "1860s" → "dx": each run of one kind of
 * character once, at most 10 of them (no name is longer, and a 1 MB "word" must cost no more than a short one).
 */
export function shape(word: string): string {
  let s = SHAPE_CACHE.get(word);
  if (s !== undefined) return s;
  s = "";
  let last = "";
  let runs = 0;
  for (const c of word) {
    const k = CAPITAL.test(c) ? "X" : LOWER.test(c) ? "x" : DIGIT.test(c) ? "d" : c;
    if (k === last) continue;
    if (++runs > 10) break;
    s += k;
    last = k;
  }
  if (SHAPE_CACHE.size > 20_000) SHAPE_CACHE.clear();
  if (word.length < 100) SHAPE_CACHE.set(word, s);
  return s;
}

const QUOTE_OPEN = new Set(["“", "‘", '"', "'", "«"]);
const QUOTE_CLOSE = new Set(["”", "’", '"', "'", "»"]);

/** Word-level lexicon knowledge, the same wherever the word stands. */
function lexical(word: string, prefix: string): string[] {
  const out: string[] = [];
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
  if (isWeekdayOrMonth(word.replace(FINAL_STOP, ""))) out.push(`${prefix}calendar`);
  if (isCommonWord(word)) out.push(`${prefix}common`);
  return out;
}

/** What the word alone says: its form, shape, affixes and lexicon entries. */
function wordAlone(word: string): string[] {
  const w = fold(word);
  const f = [`w=${word}`, `l=${w}`, `sh=${shape(word)}`];
  if (w.length > 3) f.push(`s3=${w.slice(-3)}`, `p3=${w.slice(0, 3)}`);
  if (w.length > 4) f.push(`s4=${w.slice(-4)}`);
  if (w.length > 2) f.push(`s2=${w.slice(-2)}`, `p2=${w.slice(0, 2)}`);
  if (w.length <= 3) f.push(`short=${w.length}`);
  if (word.replace(/[^\p{L}]/gu, "").length >= 2 && word === word.toUpperCase() && CAPITAL.test(word)) f.push("upper");
  if (isAcronym(word)) f.push("acronym");
  f.push(...lexical(word, ""));
  return f;
}

/**
 * Where a word stands relative to the token being tagged: itself, one or two before or after, the next word
 * inside the same segment, the segment's last word, itself opening a sentence, or the words just before and
 * after the segment. What a word contributes in
 * each role depends on the word alone, so the tagger can score it once per word (tagger.ts).
 */
export const ROLES = ["self", "-2", "-1", "+1", "+2", "+1:", "head", "start", "sp", "sn"] as const;
export type Role = (typeof ROLES)[number];

/** The features a word brings in a role (pure; "" is no word: the paragraph's edge). */
export function wordFeatures(role: Role, word: string): string[] {
  switch (role) {
    case "self":
      return wordAlone(word);
    case "-2":
    case "+2":
      return [`${role}=${word === "" ? (role === "-2" ? "<p>" : "</p>") : fold(word)}`];
    case "-1":
      return word === "" ? ["-1=<p>"] : [`-1=${fold(word)}`, `-1sh=${shape(word)}`, ...lexical(word, "-1:")];
    case "+1":
      return word === "" ? ["+1=</p>"] : [`+1=${fold(word)}`, `+1sh=${shape(word)}`];
    case "+1:":
      return lexical(word, "+1:");
    case "head":
      return [`head=${fold(word)}`, ...lexical(word, "head:"), ...(word.endsWith("s") && tagsOf(word).length === 0 && !isSurname(word) ? ["head:plural?"] : [])];
    case "start":
      return ["start", `start|l=${fold(word)}`, ...(isCommonWord(word) ? ["start|common"] : [])];
    case "sp":
      return [`sp=${word === "" ? "<p>" : fold(word)}`];
    case "sn":
      return [`sn=${word === "" ? "</p>" : fold(word)}`];
  }
}

/** Gazetteers over phrases: which of them a phrase of the segment is in. */
const GAZETTEER_MEMO = new Map<string, readonly string[]>();

function gazetteers(words: string[], phrase: string): readonly string[] {
  let known = GAZETTEER_MEMO.get(phrase);
  if (known === undefined) {
    if (GAZETTEER_MEMO.size > 50_000) GAZETTEER_MEMO.clear();
    known = lookUp(words, phrase);
    GAZETTEER_MEMO.set(phrase, known);
  }
  return known;
}

function lookUp(words: string[], phrase: string): string[] {
  const found: string[] = [];
  // An outlet's national edition is the outlet: "HuffPost UK", "Reuters UK".
  const edition = words.length > 1 && EDITION.test(words[words.length - 1]!) && isNewsOrganisation(words.slice(0, -1));
  if (isNewsOrganisation(words) || edition) found.push("outlet");
  if (isPublicBody(words)) found.push("body");
  if (isKnownOrganisation(phrase)) found.push("org");
  if (words.length > 1 && isKnownPerson(phrase)) found.push("person");
  if (isCountry(phrase) || isNamedPlace(phrase)) found.push("country");
  else if (isPlace(phrase)) found.push("place");
  return found;
}

const MAX_PHRASE = 6;
const GAZETTEERS = ["outlet", "body", "org", "person", "country", "place"] as const;
const PARTS = ["B", "I", "L", "U"] as const;

/**
 * Features that name no word, from a fixed list: the bias, where the token stands in its segment, the segment's
 * size, the cues around the segment, the gazetteers a phrase holding the token is in, what the article says of
 * the word. A token carries them as indexes into this list (the model looks each up once, not per token).
 */
export const FLAGS = [
  "b",
  ...["1", "2", "3", "4+"].map((n) => `n=${n}`),
  ...PARTS.map((p) => `pos=${p}`),
  ...["speaks", "role", "locative", "match", "apposition", "quoted", "label"].map((c) => `cue:${c}`),
  "sports",
  "sports&country",
  "sports&place",
  "-1:lower-role",
  "demonym+lower",
  ...["lowercase", "surname", "titled", "speaks", "located", "plays", "organised"].map((d) => `doc:${d}`),
  ...["given", "unknown", "unsupported", "start", "before-lower"].map((c) => `lone:${c}`),
  ...GAZETTEERS.flatMap((g) => PARTS.map((p) => `gz:${g}:${p}`)),
] as const;
const FLAG = new Map<string, number>(FLAGS.map((f, i) => [f, i]));
function flag(name: string): number {
  const index = FLAG.get(name);
  if (index === undefined) throw new Error(`features: "${name}" is not in FLAGS`);
  return index;
}
const POSITION = PARTS.map((p) => flag(`pos=${p}`));
const SIZE = ["1", "2", "3", "4+"].map((n) => flag(`n=${n}`));
/** What the article says of a capitalised word: each set of DocumentCues with its flag, in FLAGS' order. */
const DOC_FLAGS: [Exclude<keyof DocumentCues, "sports">, number][] = [
  ["lowercase", flag("doc:lowercase")],
  ["surnames", flag("doc:surname")],
  ["titled", flag("doc:titled")],
  ["speaking", flag("doc:speaks")],
  ["located", flag("doc:located")],
  ["playing", flag("doc:plays")],
  ["organised", flag("doc:organised")],
];
const LONE = {
  given: flag("lone:given"),
  unknown: flag("lone:unknown"),
  unsupported: flag("lone:unsupported"),
  start: flag("lone:start"),
  beforeLower: flag("lone:before-lower"),
};
/** A gazetteer's flag for each position a token may hold in the phrase found ("gz:org:B" …). */
const GAZETTEER_FLAGS = new Map(GAZETTEERS.map((g) => [g as string, PARTS.map((p) => flag(`gz:${g}:${p}`))]));
const positionIn = (i: number, start: number, end: number) => (end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1);

/** A token and its neighbours, folded ("<p>", "</p>" at the paragraph's edges): the features that join two words. */
export interface Neighbours {
  before: string;
  word: string;
  after: string;
}

/** "-1|0=the|bank", "0|+1=bank|of": the word with the one before it, and with the one after it. */
export const PAIR_BEFORE = "-1|0=";
export const PAIR_AFTER = "0|+1=";
export const pairFeatures = (n: Neighbours) => [`${PAIR_BEFORE}${n.before}|${n.word}`, `${PAIR_AFTER}${n.word}|${n.after}`];

/**
 * A token's features: the words around it in their roles, flags, and its neighbours (kept as words, not joined
 * into strings: the tagger looks the pair up without building its string; training spells it out, pairFeatures).
 */
export interface TokenFeatures {
  /** The words around the token, each in the role at the same index of `roles` (two arrays, not a pair per word). */
  roles: readonly Role[];
  words: string[];
  flags: number[];
  neighbours?: Neighbours;
}

/** A segment's features: those every one of its tokens has (its context), then each token's own. */
export interface SegmentFeatures {
  shared: TokenFeatures;
  tokens: TokenFeatures[];
}

const stringsOf = (t: TokenFeatures) => [...t.words.flatMap((word, k) => wordFeatures(t.roles[k]!, word)), ...t.flags.map((f) => FLAGS[f]!), ...(t.neighbours ? pairFeatures(t.neighbours) : [])];

/** Every feature of a segment's i-th token, as strings. */
export const featuresOf = (f: SegmentFeatures, i: number): string[] => [...stringsOf(f.shared), ...stringsOf(f.tokens[i]!)];

// The roles of a segment's shared words and of a token's own, in the order they are listed (and scored): one
// array for each way they can fall, shared by every segment and token.
const SHARED_ROLES: readonly Role[] = ["head", "sp", "sn"];
const SHARED_ROLES_OF_LABEL: readonly Role[] = ["head", "sp"];
const TOKEN_ROLES: readonly Role[] = ["self", "-1", "+1", "-2", "+2"];
const TOKEN_ROLES_INSIDE: readonly Role[] = [...TOKEN_ROLES, "+1:"];
const TOKEN_ROLES_START: readonly Role[] = [...TOKEN_ROLES, "start"];
const TOKEN_ROLES_INSIDE_START: readonly Role[] = [...TOKEN_ROLES, "+1:", "start"];

export function segmentFeatures(paragraph: TaggedParagraph, segment: Segment, doc: DocumentCues): SegmentFeatures {
  const { tokens, text } = paragraph;
  const { start, end } = segment;
  const n = end - start;
  const before = tokens[start - 1];
  const after = tokens[end];
  // "Scorers:", "Balance Sheet Data:": a label opening a line is no name; "told Reuters:" is one.
  const label = start === 0 && after?.text === ":";
  const shared: TokenFeatures = {
    roles: label ? SHARED_ROLES_OF_LABEL : SHARED_ROLES,
    words: label ? [tokens[end - 1]!.text, before?.text ?? ""] : [tokens[end - 1]!.text, before?.text ?? "", after?.text ?? ""],
    flags: [flag("b"), SIZE[Math.min(n, 4) - 1]!],
  };
  const cues: [boolean, string][] = [
    [speaks(tokens, start, end), "cue:speaks"],
    [roleBefore(tokens, start), "cue:role"],
    [placeBefore(tokens, start), "cue:locative"],
    [playsMatch(tokens, start, end), "cue:match"],
    [appositionAfter(text, tokens, end) !== null, "cue:apposition"],
    [before !== undefined && after !== undefined && QUOTE_OPEN.has(before.text) && QUOTE_CLOSE.has(after.text), "cue:quoted"],
    [doc.sports, "sports"],
    [label, "cue:label"],
  ];
  for (const [on, name] of cues) if (on) shared.flags.push(flag(name));

  const out: TokenFeatures[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const words = [t.text, prev?.text ?? "", next?.text ?? "", tokens[i - 2]?.text ?? "", tokens[i + 2]?.text ?? ""];
    const inside = next !== undefined && i + 1 < end;
    if (inside) words.push(next.text);
    if (t.sentenceStart) words.push(t.text);
    const roles = inside ? (t.sentenceStart ? TOKEN_ROLES_INSIDE_START : TOKEN_ROLES_INSIDE) : t.sentenceStart ? TOKEN_ROLES_START : TOKEN_ROLES;
    const flags = [POSITION[positionIn(i, start, end)]!];
    if (prev !== undefined && !prev.cap && isRoleNoun(prev.text)) flags.push(flag("-1:lower-role"));
    // "FCDO British diplomat": a nationality before a lower-case noun describes the noun.
    if (isDemonym(t.text) && next?.kind === "word" && !next.cap) flags.push(flag("demonym+lower"));
    if (doc.sports && isPlace(t.text)) flags.push(flag(isCountry(t.text) ? "sports&country" : "sports&place"));
    if (isCapitalised(t)) {
      for (const [cue, f] of DOC_FLAGS) if (doc[cue].has(w)) flags.push(f);
      // A name of one word is a person far less often than a full name: what backs it up, or does not.
      if (n === 1) {
        if (isGivenish(t.text) && !isSurname(t.text)) flags.push(LONE.given);
        if (tagsOf(t.text).length === 0) flags.push(LONE.unknown);
        if (!doc.surnames.has(w) && !doc.titled.has(w)) flags.push(LONE.unsupported);
        if (t.sentenceStart) flags.push(LONE.start);
        if (next?.kind === "word" && !next.cap) flags.push(LONE.beforeLower);
      }
    }
    out.push({ roles, words, flags, neighbours: { before: prev ? lower(prev) : "<p>", word: w, after: next ? lower(next) : "</p>" } });
  }

  // Gazetteer matches of every phrase of the segment, by the position each token has in the phrase.
  for (let a = start; a < end; a++) {
    if (!isCapitalised(tokens[a]!)) continue;
    // The phrases opening at this word, each the one before and a word more (not sliced and joined afresh).
    const words: string[] = [];
    let phrase = "";
    for (let b = a + 1; b <= Math.min(end, a + MAX_PHRASE); b++) {
      const word = tokens[b - 1]!.text;
      phrase = words.length === 0 ? word : `${phrase} ${word}`;
      words.push(word);
      if (!isCapitalised(tokens[b - 1]!)) continue;
      for (const g of gazetteers(words, phrase)) {
        const byPosition = GAZETTEER_FLAGS.get(g)!;
        for (let k = a; k < b; k++) out[k - start]!.flags.push(byPosition[positionIn(k, a, b)]!);
      }
    }
  }
  return { shared, tokens: out };
}
