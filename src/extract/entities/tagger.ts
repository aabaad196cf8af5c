/**
 * Names in an article's paragraphs, found by the learned tagger: segments (segments.ts) → features
 * (features.ts) → tags (model.ts) → spans of a kind. Used the same way by training (train.ts) and by the parser.
 *
 * Four guards are stated, not learned: a name ends in a capitalised word, and only a particle ("de Palacio")
 * may open one in lower case — so "of", "and" or "the" are inside a name or outside it, never at its edge; and a
 * nationality before a lower-case noun describes the noun, so it ends no name ("FCDO British diplomat"); a month
 * or day after a preposition of time is a date ("in May", "since Monday"); and a news outlet or agency of two
 * words or more, or an outlet's national edition, is an organisation ("Associated Press", "HuffPost UK").
 */
import { documentCues, FLAGS, PAIR_AFTER, PAIR_BEFORE, ROLES, segmentFeatures, wordFeatures, type DocumentCues, type Role, type SegmentFeatures, type TaggedParagraph, type TokenFeatures } from "./features.js";
import { isNewsOrganisation } from "./organisations.js";
import { ANY_TAG, kindOf, LABEL_COUNT, LABELS, labelOf, O, partOf, shippedModel, zeros, type NameKind, type TaggerModel } from "./model.js";
import { isDemonym, isWeekdayOrMonth } from "./lexicon.js";
import { isCapitalised, nameSegments, type Segment } from "./segments.js";
import { tokenize, type Token } from "./tokens.js";

// Built once: tsx's esbuild turns a regex literal with \p{…} outside brackets into `new RegExp(…)` where it
// stands, a new one at every call (see ../letters.ts).
const EDITION = /^\p{Lu}{2,3}$/u;

export interface NameSpan {
  /** Token indexes [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
  kind: NameKind;
}

/** `training`: every segment, as the model was trained (see nameSegments). */
export function taggedParagraph(text: string, tokens: Token[] = tokenize(text), training = false): TaggedParagraph {
  return { text, tokens, segments: nameSegments(tokens, training) };
}

// A capitalised word may take any tag; a small word only Outside or Inside, or Begin when it opens the segment.
const SMALL_WORD = [...LABELS.keys()].reduce((m, l) => (partOf(l) === "O" || partOf(l) === "I" ? m | (1 << l) : m), 0);
const OPENING_SMALL_WORD = [...LABELS.keys()].reduce((m, l) => (partOf(l) === "B" ? m | (1 << l) : m), SMALL_WORD);

// A nationality before a lower-case noun describes the noun ("FCDO British diplomat"): it may not end a name.
// "the UK government": a country's short name before a noun is still the country.
const COUNTRY_CODE = /^U\.?[SK]\.?$/;
const NOT_LAST = [...LABELS.keys()].reduce((m, l) => (partOf(l) === "L" || partOf(l) === "U" ? m : m | (1 << l)), 0);

// "in May", "since Monday", "by August": a month or day after a preposition of time is a date, not a name.
const OUTSIDE = 1 << O;
const TIME_PREPOSITIONS = new Set(["in", "on", "since", "until", "till", "by", "during", "through", "throughout", "last", "next", "early", "late", "mid", "before", "after"]);
function isDate(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && TIME_PREPOSITIONS.has(prev.text) && isWeekdayOrMonth(tokens[i]!.text.replace(/\.$/, "")) && !/^[’']s$/.test(tokens[i + 1]?.text ?? "");
}

/** The tags each token of a segment may take whatever the weights say (see the module comment). */
export function structurallyAllowed(tokens: Token[], segment: Segment): Uint16Array {
  const mask = new Uint16Array(segment.end - segment.start);
  for (let i = segment.start; i < segment.end; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!isCapitalised(t)) mask[i - segment.start] = i === segment.start ? OPENING_SMALL_WORD : SMALL_WORD;
    else if (next?.kind === "word" && !next.cap && isDemonym(t.text) && !COUNTRY_CODE.test(t.text)) mask[i - segment.start] = NOT_LAST;
    else if (isDate(tokens, i)) mask[i - segment.start] = OUTSIDE;
    else mask[i - segment.start] = ANY_TAG;
  }
  // "Associated Press", "Sky News", and "HuffPost UK" (an outlet's national edition): a newsroom name of two words
  // or more is the organisation, wherever it stands ("… via Associated Press" credits the agency, not a place).
  for (let a = segment.start; a < segment.end; a++) {
    if (tokens[a]!.text === "The") continue;
    for (let b = Math.min(segment.end, a + 5); b > a + 1; b--) {
      const words = tokens.slice(a, b).map((t) => t.text);
      const edition = EDITION.test(words[words.length - 1]!) && isNewsOrganisation(words.slice(0, -1));
      if (!edition && !isNewsOrganisation(words)) continue;
      for (let k = a; k < b; k++) mask[k - segment.start] = 1 << labelOf(k === a ? "B" : k === b - 1 ? "L" : "I", "organisation");
      a = b - 1;
      break;
    }
  }
  return mask;
}

/** Tags → names: B…L and U runs, with their kind. */
export function spansOf(tags: number[], offset: number): NameSpan[] {
  const spans: NameSpan[] = [];
  let open = -1;
  tags.forEach((label, i) => {
    const part = partOf(label);
    if (part === "B") open = i;
    else if (part === "U") spans.push({ start: offset + i, end: offset + i + 1, kind: kindOf(label)! });
    else if (part === "L" && open >= 0) {
      spans.push({ start: offset + open, end: offset + i + 1, kind: kindOf(label)! });
      open = -1;
    }
  });
  return spans;
}

// What a word brings in a role depends on the word alone (features.ts), so its score is computed once per model,
// role and word and kept (bounded, so a huge archive cannot grow it without limit). Caching changes no score.
class WordScores {
  private readonly byWord = new Map<string, (number[] | undefined)[]>();
  private readonly flags: number[][];
  private readonly before: PairScores;
  private readonly after: PairScores;
  constructor(private readonly model: TaggerModel) {
    this.flags = FLAGS.map((f) => model.score([f]));
    this.before = new PairScores(model, PAIR_BEFORE);
    this.after = new PairScores(model, PAIR_AFTER);
  }

  addAll(t: TokenFeatures, into: number[]): number[] {
    const { roles, words } = t;
    for (let k = 0; k < words.length; k++) {
      const role = roles[k]!;
      const word = words[k]!;
      let scores = this.byWord.get(word);
      if (!scores) {
        // Bounded, so a huge archive cannot grow it without limit.
        if (this.byWord.size > 100_000) this.byWord.clear();
        this.byWord.set(word, (scores = []));
      }
      const r = ROLE_INDEX[role];
      const score = (scores[r] ??= this.model.score(wordFeatures(role, word)));
      add(into, score);
    }
    for (const f of t.flags) add(into, this.flags[f]!);
    if (t.neighbours) {
      const { before, word, after } = t.neighbours;
      const pairBefore = this.before.get(before, word);
      if (pairBefore) add(into, pairBefore);
      const pairAfter = this.after.get(word, after);
      if (pairAfter) add(into, pairAfter);
    }
    return into;
  }
}

function add(into: number[], score: readonly number[]) {
  for (let l = 0; l < LABEL_COUNT; l++) into[l]! += score[l]!;
}

/**
 * The scores of one family of two-word features ("-1|0=the|bank"), looked up by the two words: building the
 * joined string for every token, only to hash it and find nothing most of the time, cost more than the rest of
 * the token's score. Every way of splitting a feature at a "|" is entered, so (a, b) is found exactly when the
 * feature `${a}|${b}` exists — the same answer as looking the string up.
 */
class PairScores {
  private readonly byFirst = new Map<string, Map<string, number[]>>();
  constructor(model: TaggerModel, prefix: string) {
    for (const feature of model.featureNames()) {
      if (!feature.startsWith(prefix)) continue;
      const pair = feature.slice(prefix.length);
      const score = model.score([feature]);
      for (let bar = pair.indexOf("|"); bar >= 0; bar = pair.indexOf("|", bar + 1)) {
        const first = pair.slice(0, bar);
        let seconds = this.byFirst.get(first);
        if (!seconds) this.byFirst.set(first, (seconds = new Map()));
        seconds.set(pair.slice(bar + 1), score);
      }
    }
  }

  get(first: string, second: string): number[] | undefined {
    return this.byFirst.get(first)?.get(second);
  }
}

const ROLE_INDEX = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;
const scorers = new WeakMap<TaggerModel, WordScores>();

/** Each token's score for each label: the segment's shared features, its words in their roles, its context. */
export function emissions(model: TaggerModel, features: SegmentFeatures): number[][] {
  let words = scorers.get(model);
  if (!words) scorers.set(model, (words = new WordScores(model)));
  const shared = words.addAll(features.shared, zeros());
  const out: number[][] = [];
  for (const t of features.tokens) out.push(words.addAll(t, shared.slice()));
  return out;
}

/** Every name the model finds in each paragraph, in reading order. */
export function tagNames(paragraphs: TaggedParagraph[], model: TaggerModel = shippedModel(), cues: DocumentCues = documentCues(paragraphs)): NameSpan[][] {
  return paragraphs.map((p) =>
    p.segments.flatMap((s) => spansOf(model.decode(emissions(model, segmentFeatures(p, s, cues)), structurallyAllowed(p.tokens, s)), s.start)),
  );
}
