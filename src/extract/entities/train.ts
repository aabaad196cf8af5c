/**
 * The training loop: documents with (partial) gold tags in, weights out. An averaged structured perceptron
 * (Collins 2002): for each segment, decode with the current weights; where the best sequence differs from the
 * gold, move the weights of the gold's features and transitions up by one and the prediction's down by one;
 * the weights kept are the average over every step, which generalises far better than the last ones.
 *
 * Where the gold leaves a token open (gold-labels.ts), the gold sequence is the model's own best among those the
 * gold allows (a latent-variable perceptron), so open tokens teach nothing either way.
 *
 * Deterministic: documents are visited in an order shuffled by a seeded generator (no clock, no Math.random),
 * features are numbered in the order they are first met, and the weights are written sorted, rounded and pruned,
 * so the same corpus gives the same bytes.
 */
import type { AllowedTags } from "./gold-labels.js";
import { documentCues, featuresOf, segmentFeatures, type TaggedParagraph } from "./features.js";
import { EDGE, LABEL_COUNT, LABELS, viterbi, type StoredWeights } from "./model.js";
import { structurallyAllowed } from "./tagger.js";

export interface TrainingDocument {
  paragraphs: TaggedParagraph[];
  /** Per paragraph, the tags each token may take (gold-labels.ts). */
  allowed: AllowedTags[];
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** A feature must fire on at least this many training tokens to get weights. */
  minCount: number;
  /** Averaged weights smaller than this (in absolute value) are dropped from the file. */
  prune: number;
  /** What the weights were trained on, for the file's header. */
  trainedOn: string;
  command: string;
  /** Progress lines (one per epoch). */
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS = { epochs: 10, seed: 1, minCount: 2, prune: 0.05 } as const;

interface Instance {
  /** Feature ids per token (features under the count cut-off are left out). */
  features: Int32Array[];
  /** Allowed tags per token: structure and gold together, and structure alone. */
  gold: Uint16Array;
  structure: Uint16Array;
  /** Every token has exactly one allowed tag: the gold sequence is known without decoding. */
  closed: boolean;
}

/** mulberry32: a small seeded generator, so the visiting order is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const single = (m: number) => m !== 0 && (m & (m - 1)) === 0;

/** Documents → instances (one per segment), with features numbered and counted. */
function prepare(documents: TrainingDocument[], minCount: number) {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const raw: { features: number[][]; gold: Uint16Array; structure: Uint16Array }[][] = [];
  for (const doc of documents) {
    const cues = documentCues(doc.paragraphs);
    const instances: (typeof raw)[number] = [];
    doc.paragraphs.forEach((p, pi) => {
      for (const s of p.segments) {
        const n = s.end - s.start;
        const structure = structurallyAllowed(p.tokens, s);
        const gold = new Uint16Array(n);
        // A gold tag the structure rules out (a listed name ending in lower case) leaves the token open.
        for (let i = 0; i < n; i++) gold[i] = structure[i]! & doc.allowed[pi]![s.start + i]! || structure[i]!;
        const segment = segmentFeatures(p, s, cues);
        const features = segment.tokens.map((_, i) =>
          featuresOf(segment, i).map((f) => {
            let id = ids.get(f);
            if (id === undefined) {
              id = counts.length;
              ids.set(f, id);
              counts.push(0);
            }
            counts[id]!++;
            return id;
          }),
        );
        instances.push({ features, gold, structure });
      }
    });
    raw.push(instances);
  }
  // Renumber the features that pass the cut-off, in the order they were first met.
  const kept = new Int32Array(counts.length).fill(-1);
  const names: string[] = [];
  for (const [name, id] of ids) {
    if (counts[id]! >= minCount) {
      kept[id] = names.length;
      names.push(name);
    }
  }
  const docs: Instance[][] = raw.map((instances) =>
    instances.map((r) => ({
      features: r.features.map((fs) => Int32Array.from(fs.map((f) => kept[f]!).filter((f) => f >= 0))),
      gold: r.gold,
      structure: r.structure,
      closed: [...r.gold].every(single),
    })),
  );
  return { docs, names };
}

export function train(documents: TrainingDocument[], options: TrainingOptions): StoredWeights {
  const { docs, names } = prepare(documents, options.minCount);
  const L = LABEL_COUNT;
  const S = L + 1;
  const w = new Float64Array(names.length * L);
  const acc = new Float64Array(names.length * L);
  const tw = new Float64Array(S * S);
  const tacc = new Float64Array(S * S);
  let step = 1;
  const random = generator(options.seed);

  const emissions = (inst: Instance) =>
    inst.features.map((fs) => {
      const e = new Float64Array(L);
      for (const f of fs) for (let l = 0; l < L; l++) e[l]! += w[f * L + l]!;
      return e;
    });
  const bump = (weights: Float64Array, sums: Float64Array, k: number, delta: number) => {
    weights[k]! += delta;
    sums[k]! += step * delta;
  };
  /** The gold's features and transitions up by one, the prediction's down by one. */
  const update = (inst: Instance, gold: number[], predicted: number[]) => {
    gold.forEach((label, i) => {
      const p = predicted[i]!;
      if (label === p) return;
      for (const f of inst.features[i]!) {
        bump(w, acc, f * L + label, 1);
        bump(w, acc, f * L + p, -1);
      }
    });
    const g = [EDGE, ...gold, EDGE];
    const q = [EDGE, ...predicted, EDGE];
    for (let i = 1; i < g.length; i++) {
      bump(tw, tacc, g[i - 1]! * S + g[i]!, 1);
      bump(tw, tacc, q[i - 1]! * S + q[i]!, -1);
    }
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let tokens = 0;
    let wrong = 0;
    for (const instances of shuffled(docs, random)) {
      for (const inst of instances) {
        const e = emissions(inst);
        const predicted = viterbi(e, tw, inst.structure);
        const gold = inst.closed ? [...inst.gold].map((m) => 31 - Math.clz32(m)) : viterbi(e, tw, inst.gold);
        tokens += predicted.length;
        const errors = predicted.filter((label, i) => label !== gold[i]).length;
        if (errors) {
          wrong += errors;
          update(inst, gold, predicted);
        }
        step++;
      }
    }
    options.log?.(`epoch ${epoch}: ${wrong} of ${tokens} segment tokens mistagged`);
  }

  const average = (weights: Float64Array, sums: Float64Array, k: number) => weights[k]! - sums[k]! / step;
  const features = new Map<string, [number, number][]>();
  names.forEach((name, f) => {
    const entries: [number, number][] = [];
    for (let l = 0; l < L; l++) {
      const v = average(w, acc, f * L + l);
      if (Math.abs(v) >= options.prune) entries.push([l, v]);
    }
    if (entries.length) features.set(name, entries);
  });
  const transitions = Array.from({ length: S * S }, (_, k) => average(tw, tacc, k));
  return {
    header: [
      "cuttings entity tagger: an averaged structured perceptron over BILOU tags for person, organisation and place,",
      "decoded by Viterbi over capitalised segments (src/extract/entities/: features.ts, model.ts, train.ts).",
      `Trained on ${options.trainedOn}.`,
      `Options: ${options.epochs} epochs, seed ${options.seed}, features firing on at least ${options.minCount} training tokens,`,
      `averaged weights under ${options.prune} pruned; weights in thousandths. Labels: ${LABELS.join(" ")}.`,
      `Reproduce byte for byte: ${options.command}`,
    ],
    transitions,
    features,
  };
}
