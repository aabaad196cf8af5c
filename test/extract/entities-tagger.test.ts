import assert from "node:assert/strict";
import { test } from "node:test";
import { documentCues, featuresOf, segmentFeatures } from "../../src/extract/entities/features.js";
import { goldTags } from "../../src/extract/entities/gold-labels.js";
import { formatWeights, LABELS, parseWeights, TaggerModel, follows, EDGE } from "../../src/extract/entities/model.js";
import { taggedParagraph, tagNames } from "../../src/extract/entities/tagger.js";
import { train, type TrainingDocument } from "../../src/extract/entities/train.js";

const words = (p: ReturnType<typeof taggedParagraph>, s: { start: number; end: number }) => p.tokens.slice(s.start, s.end).map((t) => t.text).join(" ");

test("features are a pure function of the token in its context: the same text gives the same strings, nothing is changed", () => {
  const text = "Foreign Ministry spokesman Shen Guofang told Reuters the talks in Beijing would resume.";
  const p = taggedParagraph(text);
  const before = JSON.stringify(p);
  const first = p.segments.map((s) => segmentFeatures(p, s, documentCues([p])));
  const again = taggedParagraph(text).segments.map((s, i) => segmentFeatures(p, s, documentCues([p])).tokens.map((_, k) => featuresOf(first[i]!, k)));
  assert.deepEqual(first.map((f) => f.tokens.map((_, k) => featuresOf(f, k))), again);
  assert.equal(JSON.stringify(p), before);
  const shen = first.find((f, i) => words(p, p.segments[i]!) === "Shen Guofang")!;
  assert.ok(featuresOf(shen, 0).includes("-1=spokesman"));
  assert.ok(featuresOf(shen, 0).includes("cue:role"));
});

test("gold lists become tags by matching their tokens, longest first; a form in two lists or run into an unlisted name is left open", () => {
  const p = taggedParagraph("The Welsh National Farmers ' Union met in Taiwan Strait talks, and Kent beat Essex at the U.S. Open.");
  const [tags] = goldTags([p], { people: [], organisations: ["Welsh National Farmers ' Union", "Kent"], places: ["Taiwan Strait", "Taiwan", "Kent", "U.S."] });
  const label = (word: string) => {
    const i = p.tokens.findIndex((t) => t.text === word);
    return LABELS.filter((_, l) => (tags![i]! >> l) & 1);
  };
  assert.deepEqual(label("Welsh"), ["B-organisation"]);
  assert.deepEqual(label("'"), ["I-organisation"]);
  assert.deepEqual(label("Union"), ["L-organisation"]);
  assert.deepEqual(label("Taiwan"), ["B-place"]);
  assert.deepEqual(label("Kent"), ["U-organisation", "U-place"]);
  assert.deepEqual(label("Essex"), ["O"]);
  assert.equal(label("U.S.").length, LABELS.length);
});

// A tiny corpus written here: who is a person, who a company, where a place, by context.
const CORPUS: { text: string; people: string[]; organisations: string[]; places: string[] }[] = [
  { text: "Anna Berg said the plan would fail. Berg works for Norsk Data in Oslo.", people: ["Anna Berg", "Berg"], organisations: ["Norsk Data"], places: ["Oslo"] },
  { text: "Karl Lund told Vesta Group that prices in Bergen would rise.", people: ["Karl Lund"], organisations: ["Vesta Group"], places: ["Bergen"] },
  { text: "In Oslo, Norsk Data said profits rose. Anna Berg agreed.", people: ["Anna Berg"], organisations: ["Norsk Data"], places: ["Oslo"] },
  { text: "Vesta Group hired Karl Lund in Bergen.", people: ["Karl Lund"], organisations: ["Vesta Group"], places: ["Bergen"] },
];
const documents = (): TrainingDocument[] =>
  CORPUS.map((c) => {
    const paragraphs = [taggedParagraph(c.text, undefined, true)];
    return { paragraphs, allowed: goldTags(paragraphs, c) };
  });
const OPTIONS = { epochs: 5, seed: 7, minCount: 1, prune: 0, trainedOn: "an inline test corpus", command: "none" };

test("training is deterministic: the same corpus and seed give the same bytes, and the weights read back to the same model", () => {
  const a = formatWeights(train(documents(), OPTIONS));
  const b = formatWeights(train(documents(), OPTIONS));
  assert.equal(a, b);
  assert.match(a, /^# .*\n/);
  assert.equal(formatWeights(parseWeights(a)), a);
  assert.notEqual(formatWeights(train(documents(), { ...OPTIONS, seed: 8, epochs: 1 })), "");
});

test("a model trained on the tiny corpus tags its own kind of sentence, with well-formed tags", () => {
  const model = new TaggerModel(parseWeights(formatWeights(train(documents(), OPTIONS))));
  const p = taggedParagraph("Anna Berg said Norsk Data would open in Bergen.");
  const [spans] = tagNames([p], model);
  assert.deepEqual(
    spans!.map((s) => `${words(p, s)}/${s.kind}`),
    ["Anna Berg/person", "Norsk Data/organisation", "Bergen/place"],
  );
  // The decoder never lets a name's Begin be followed by another kind or by nothing.
  assert.ok(!follows(LABELS.indexOf("B-person"), LABELS.indexOf("L-place")));
  assert.ok(!follows(LABELS.indexOf("B-person"), EDGE));
});
