/**
 * The tagger's model: weights, and the best sequence of tags for a segment under them — nothing else.
 *
 * A linear sequence model over BILOU tags (Begin, Inside, Last, Unit, Outside) for three kinds of name: each
 * token's tag scores the sum of its features' weights for that tag, plus a weight for each pair of adjacent
 * tags; Viterbi finds the best-scoring sequence among those that are well formed (a name's Begin is followed by
 * its Inside or Last, never by another kind's tags). The weights were learned by an averaged perceptron
 * (train.ts) and are read from a text file whose header says how (weights.tsv).
 */
import { readFileSync } from "node:fs";

export const KINDS = ["person", "organisation", "place"] as const;
export type NameKind = (typeof KINDS)[number];

const PARTS = ["B", "I", "L", "U"] as const;
type Part = (typeof PARTS)[number];
/** "O", then B/I/L/U for each kind in order: "B-person", "I-person", … */
export const LABELS: readonly string[] = ["O", ...KINDS.flatMap((k) => PARTS.map((p) => `${p}-${k}`))];
export const LABEL_COUNT = LABELS.length;
/** The index of the boundary state in the transition table: before a segment's first tag and after its last. */
export const EDGE = LABEL_COUNT;
const STATES = LABEL_COUNT + 1;

export const O = 0;
export const labelOf = (part: Part, kind: NameKind) => 1 + KINDS.indexOf(kind) * 4 + PARTS.indexOf(part);
export const partOf = (label: number): Part | "O" => (label === O ? "O" : PARTS[(label - 1) % 4]!);
export const kindOf = (label: number): NameKind | null => (label === O ? null : KINDS[Math.floor((label - 1) / 4)]!);

/** Can tag `b` follow tag `a` (EDGE for the segment's edges)? */
export function follows(a: number, b: number): boolean {
  const open = a !== EDGE && (partOf(a) === "B" || partOf(a) === "I");
  if (b === EDGE) return !open;
  const part = partOf(b);
  if (open) return (part === "I" || part === "L") && kindOf(b) === kindOf(a);
  return part === "O" || part === "B" || part === "U";
}

const VALID: boolean[] = Array.from({ length: STATES * STATES }, (_, k) => follows(Math.floor(k / STATES), k % STATES));

/** Tags as a bit mask (bit l for label l): which tags a token may take. */
export type TagMask = number;
export const ANY_TAG: TagMask = (1 << LABEL_COUNT) - 1;

// For each tag, the tags that may precede it.
const BEFORE: number[][] = Array.from({ length: LABEL_COUNT }, (_, b) => [...Array(LABEL_COUNT).keys()].filter((a) => VALID[a * STATES + b]));

let scoreTable = new Float64Array(64 * LABEL_COUNT);
let backTable = new Int32Array(64 * LABEL_COUNT);

/**
 * The best tag sequence: `emissions[i][label]` scores token i's tags, `transitions[a * STATES + b]` a pair (with
 * EDGE at either end); `allowed[i]`, when given, is the mask of the tags token i may take (the training's partial
 * gold, or a structural guard such as "a name ends in a capitalised word"). Ties go to the lower label index, so
 * the result is deterministic.
 */
export function viterbi(emissions: ArrayLike<number>[], transitions: ArrayLike<number>, allowed?: ArrayLike<TagMask>): number[] {
  const n = emissions.length;
  if (n === 0) return [];
  const L = LABEL_COUNT;
  // The tables are kept between calls and grown when a segment needs more (a segment is decoded at a time, and
  // this runs for every one): making a pair per segment was most of what decoding cost.
  if (scoreTable.length < n * L) {
    scoreTable = new Float64Array(n * L * 2);
    backTable = new Int32Array(n * L * 2);
  }
  const score = scoreTable;
  const back = backTable;
  score.fill(-Infinity, 0, n * L);
  back.fill(0, 0, n * L);
  const first = allowed === undefined ? ANY_TAG : allowed[0]!;
  for (let b = 0; b < L; b++) {
    if (!VALID[EDGE * STATES + b] || ((first >> b) & 1) === 0) continue;
    score[b] = transitions[EDGE * STATES + b]! + emissions[0]![b]!;
  }
  for (let i = 1; i < n; i++) {
    const e = emissions[i]!;
    const may = allowed === undefined ? ANY_TAG : allowed[i]!;
    for (let b = 0; b < L; b++) {
      if (((may >> b) & 1) === 0) continue;
      let best = -Infinity;
      let from = -1;
      for (const a of BEFORE[b]!) {
        const s = score[(i - 1) * L + a]!;
        if (s === -Infinity) continue;
        const t = s + transitions[a * STATES + b]!;
        if (t > best) {
          best = t;
          from = a;
        }
      }
      if (from < 0) continue;
      score[i * L + b] = best + e[b]!;
      back[i * L + b] = from;
    }
  }
  let best = -Infinity;
  let last = -1;
  for (let a = 0; a < L; a++) {
    const s = score[(n - 1) * L + a]!;
    if (s === -Infinity || !VALID[a * STATES + EDGE]) continue;
    const t = s + transitions[a * STATES + EDGE]!;
    if (t > best) {
      best = t;
      last = a;
    }
  }
  // Nothing well formed is allowed (a contradictory partial gold): everything outside.
  if (last < 0) return new Array<number>(n).fill(O);
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * L + last]!;
  }
  return tags;
}

/** A score of zero for every label. */
export const zeros = (): number[] => new Array<number>(LABEL_COUNT).fill(0);

/** Weights as they are stored: per feature, the weight of each label that has one. */
export interface StoredWeights {
  header: string[];
  transitions: number[];
  features: Map<string, [label: number, weight: number][]>;
}

/** Weights are stored in thousandths, as integers, so the file is compact and byte-stable. */
const SCALE = 1000;

export class TaggerModel {
  private readonly index: Map<string, number>;
  private readonly weights: Float32Array;
  readonly transitions: Float64Array;

  constructor(stored: StoredWeights) {
    this.index = new Map();
    this.weights = new Float32Array(stored.features.size * LABEL_COUNT);
    let row = 0;
    for (const [feature, entries] of stored.features) {
      this.index.set(feature, row * LABEL_COUNT);
      for (const [label, weight] of entries) this.weights[row * LABEL_COUNT + label] = weight;
      row++;
    }
    this.transitions = Float64Array.from(stored.transitions);
  }

  /** Every feature the model has a weight for. */
  featureNames(): IterableIterator<string> {
    return this.index.keys();
  }

  /**
   * Adds each label's weights for these features to `into` (a fresh score vector when not given). Score vectors
   * are plain arrays: the tagger makes one per token, and a typed array costs several times as much to make.
   */
  score(features: readonly string[], into: number[] = zeros()): number[] {
    for (const f of features) {
      const at = this.index.get(f);
      if (at === undefined) continue;
      for (let l = 0; l < LABEL_COUNT; l++) into[l]! += this.weights[at + l]!;
    }
    return into;
  }

  /** The best tags for a segment whose tokens score `emissions`. */
  decode(emissions: ArrayLike<number>[], allowed?: ArrayLike<TagMask>): number[] {
    return viterbi(emissions, this.transitions, allowed);
  }
}

/** The weights file: header lines ("# …"), "transitions" with STATES² weights, then one line per feature. */
export function formatWeights(stored: StoredWeights): string {
  const lines = stored.header.map((h) => `# ${h}`);
  lines.push(`labels\t${LABELS.join(" ")}`);
  lines.push(`transitions\t${stored.transitions.map((w) => Math.round(w * SCALE)).join(" ")}`);
  const features = [...stored.features.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const f of features) {
    const entries = stored.features.get(f)!.map(([l, w]) => [l, Math.round(w * SCALE)] as const).filter(([, w]) => w !== 0);
    if (entries.length) lines.push(`${f}\t${entries.map(([l, w]) => `${l}:${w}`).join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}

export function parseWeights(text: string): StoredWeights {
  const stored: StoredWeights = { header: [], transitions: [], features: new Map() };
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.startsWith("# ")) {
      stored.header.push(line.slice(2));
      continue;
    }
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const key = line.slice(0, tab);
    const value = line.slice(tab + 1);
    if (key === "labels") {
      if (value !== LABELS.join(" ")) throw new Error(`weights: labels "${value}" are not this tagger's "${LABELS.join(" ")}"`);
    } else if (key === "transitions") {
      stored.transitions = value.split(" ").map((w) => Number(w) / SCALE);
    } else {
      const entries: [number, number][] = [];
      for (const pair of value.split(" ")) {
        const colon = pair.indexOf(":");
        entries.push([Number(pair.slice(0, colon)), Number(pair.slice(colon + 1)) / SCALE]);
      }
      stored.features.set(key, entries);
    }
  }
  if (stored.transitions.length !== STATES * STATES) throw new Error(`weights: expected ${STATES * STATES} transition weights, found ${stored.transitions.length}`);
  return stored;
}

export const WEIGHTS_FILE = new URL("./weights.tsv", import.meta.url);

let shipped: TaggerModel | undefined;

/** The committed model, read once per process on first use. */
export function shippedModel(): TaggerModel {
  shipped ??= new TaggerModel(parseWeights(readFileSync(WEIGHTS_FILE, "utf8")));
  return shipped;
}
