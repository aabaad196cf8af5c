/**
 * Confidence: the probability that a quote is someone's words (or stance) and that its speaker is right, from
 * a logistic model over the frame's features (features.ts), trained on the development corpora by
 * `npm run train -- --only attribution` (train.ts) and committed as attribution-model.json.
 *
 * Filing is the archive's decision, made from the confidence: a quote reaches its speaker's page when the speaker
 * is one of the article's people or organisations, it is speech (not a stance), and its confidence meets the
 * site's threshold.
 */
import { readFileSync } from "node:fs";
import type { Paragraph, Quote } from "../../article.js";
import { predict, type LogisticModel } from "../../learn/logistic.js";
import type { Entities } from "../entities/index.js";
import type { Found } from "./evidence.js";
import { FeatureContext } from "./features.js";

export { DEFAULT_THRESHOLD, meetsFiling } from "./filing-rule.js";

export const MODEL_FILE = new URL("./attribution-model.json", import.meta.url);

export interface ModelFile {
  header: Record<string, unknown>;
  bias: number;
  weights: Record<string, number>;
}

let model: LogisticModel | undefined;

function loadModel(): LogisticModel {
  if (!model) {
    const file = JSON.parse(readFileSync(MODEL_FILE, "utf8")) as ModelFile;
    model = { bias: file.bias, weights: new Map(Object.entries(file.weights)) };
  }
  return model;
}

export interface Scored {
  quote: Omit<Quote, "filed">;
  /** What the model weighed: kept for training and evaluation, never in the Article. */
  features: string[];
}

/** Features and confidence for each found quote, in the context of its article. */
export function scoreQuotes(found: Found[], paragraphs: Paragraph[], entities: Entities, weights: LogisticModel = loadModel()): Scored[] {
  // Nothing to score (most headlines): the article's context is not worth building.
  if (found.length === 0) return [];
  const context = new FeatureContext(paragraphs, entities, found);
  return found.map((f) => {
    const features = context.features(f);
    // Three decimals: as fine as calibration can be told, and the same bytes on every machine.
    const confidence = Math.round(predict(weights, features) * 1000) / 1000;
    return { quote: { ...f.quote, confidence }, features };
  });
}
