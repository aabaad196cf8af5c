/**
 * Evaluation of the people, organisations and places extractor: per-article entity sets, scored micro over
 * articles; and a sanity figure on unannotated news (BBC): person pages per 100 articles.
 *
 * Each article runs through the real pipeline (readSeedBytes → parseSeed), so what is measured is what the site
 * shows. Gold lists surface forms ("Nasser Hussain", "Hussain", "LEICESTERSHIRE", "Leicestershire"); they are first
 * grouped into gold entities with the same compatibility test used for matching, then each predicted entity may
 * match at most one gold entity and vice versa.
 *
 * Name compatibility is documented in entity-match.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { missing, type Corpora } from "./corpora.js";
import { scoreArticle, type EntityKind, type Tally } from "./entity-match.js";
import { pct, prf, type EvalSection } from "./report.js";

interface GoldArticle {
  file: string;
  people: string[];
  organisations: string[];
  places: string[];
}

const KINDS = ["people", "organisations", "places"] as const;

const SEED_EXPECTED = new URL("../../test/fixtures/seed-entities.expected.json", import.meta.url);
const SEEDS_DIR = new URL("../../seeds/", import.meta.url);

function add(total: Tally, t: Tally) {
  total.tp += t.tp;
  total.predicted += t.predicted;
  total.gold += t.gold;
}

function rows(label: string, t: Tally): [string, string][] {
  const { precision, recall, f1 } = prf(t.tp, t.predicted, t.gold);
  return [[label, `P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (tp ${t.tp}, predicted ${t.predicted}, gold ${t.gold})`]];
}

export interface CorpusScore {
  articles: number;
  people: Tally;
  organisations: Tally;
  places: Tally;
  failures: string[];
  ms: number;
}

/** Scores every article of a CoNLL-style corpus folder (articles/*.txt + gold.json). */
export async function scoreCorpus(dir: string, onArticle?: (file: string, kind: EntityKind, s: ReturnType<typeof scoreArticle>) => void): Promise<CorpusScore> {
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as GoldArticle[];
  const score: CorpusScore = {
    articles: 0,
    people: { tp: 0, predicted: 0, gold: 0 },
    organisations: { tp: 0, predicted: 0, gold: 0 },
    places: { tp: 0, predicted: 0, gold: 0 },
    failures: [],
    ms: 0,
  };
  for (const entry of gold) {
    const bytes = await readFile(join(dir, entry.file));
    const started = performance.now();
    const doc = readSeedBytes(entry.file, bytes);
    const article = doc.ok ? parseSeed(doc.value) : doc;
    score.ms += performance.now() - started;
    if (!article.ok) {
      score.failures.push(`${entry.file}: ${article.problem.reason}`);
      continue;
    }
    score.articles++;
    for (const kind of KINDS) {
      const s = scoreArticle(article.value[kind], entry[kind] ?? [], kind);
      add(score[kind], s);
      onArticle?.(entry.file, kind, s);
    }
  }
  return score;
}

async function conllSection(title: string, dir: string, notes: string[] = []): Promise<EvalSection> {
  const absent = missing(dir);
  if (absent) return { title, rows: [], notes: [absent] };
  const s = await scoreCorpus(dir);
  return {
    title,
    rows: [
      ...rows("people", s.people),
      ...rows("organisations", s.organisations),
      ...rows("places", s.places),
      ["speed", `${(s.ms / Math.max(s.articles, 1)).toFixed(2)} ms per article (whole parser)`],
    ],
    notes: [
      ...notes,
      `${s.articles} articles; entity sets per article, micro-averaged; gold surface forms grouped into entities`,
      "a name matches on surname plus a compatible given name (initials agree; a lone surname matches), or any alias",
      "gold names in the headline, byline and dateline count too (the parser files none from them)",
      ...s.failures.slice(0, 5),
    ],
  };
}

/** Unannotated news: how many person pages per 100 articles the parser would make (a sanity figure, not a score). */
async function bbcSection(dir: string): Promise<EvalSection> {
  const title = "entities: BBC (unannotated, sanity figure)";
  const absent = missing(dir);
  if (absent) return { title, rows: [], notes: [absent] };
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".txt") && !/README/i.test(f)).sort();
  let articles = 0;
  let people = 0;
  const names = new Set<string>();
  for (const file of files) {
    const doc = readSeedBytes(file, await readFile(join(dir, file)));
    const article = doc.ok ? parseSeed(doc.value) : doc;
    if (!article.ok) continue;
    articles++;
    people += article.value.people.length;
    for (const p of article.value.people) names.add(p.name);
  }
  return {
    title,
    rows: [
      ["person pages", `${((100 * names.size) / Math.max(articles, 1)).toFixed(1)} per 100 articles (${names.size} distinct names in ${articles} articles)`],
      ["people named", `${((100 * people) / Math.max(articles, 1)).toFixed(1)} per 100 articles`],
    ],
  };
}

async function seedSection(): Promise<EvalSection> {
  const expected = JSON.parse(await readFile(SEED_EXPECTED, "utf8")) as Record<string, GoldArticle>;
  const tallies = { people: { tp: 0, predicted: 0, gold: 0 }, organisations: { tp: 0, predicted: 0, gold: 0 }, places: { tp: 0, predicted: 0, gold: 0 } };
  const notes: string[] = [];
  for (const [file, gold] of Object.entries(expected)) {
    const doc = readSeedBytes(file, await readFile(new URL(file, SEEDS_DIR)));
    const article = doc.ok ? parseSeed(doc.value) : doc;
    if (!article.ok) {
      notes.push(`${file}: ${article.problem.reason}`);
      continue;
    }
    for (const kind of KINDS) {
      const s = scoreArticle(article.value[kind], gold[kind] ?? [], kind);
      add(tallies[kind], s);
      if (s.misses.length) notes.push(`${file} ${kind} missed: ${s.misses.join(", ")}`);
      if (s.extras.length) notes.push(`${file} ${kind} extra: ${s.extras.join(", ")}`);
    }
  }
  return { title: "entities: shipped seed", rows: KINDS.flatMap((k) => rows(k, tallies[k])), notes };
}

export async function evaluate(corpora: Corpora): Promise<EvalSection[]> {
  return [
    await seedSection(),
    await conllSection("entities: conll2003-dev", corpora.conllDev, ["never trained on"]),
    await conllSection("entities: conll2003-train (the training set: not a measure of generalisation)", corpora.conllTrain),
    await bbcSection(corpora.bbc),
  ];
}
