/** Evaluation of the entities extractor (being built). */
import type { Corpora } from "./corpora.js";
import type { EvalSection } from "./report.js";

export async function evaluate(_corpora: Corpora): Promise<EvalSection[]> {
  return [{ title: "entities", rows: [], notes: ["not evaluated yet"] }];
}
