/**
 * Evaluation of the lead and dates extractors, through the whole pipeline (readSeedBytes + parseSeed), as a
 * user's seed would go:
 *
 * - date expressions on TimeBank/AQUAINT (TimeML gold). Only gold values of the forms we produce (YYYY, YYYY-MM,
 *   YYYY-MM-DD) are scored. Gold has no offsets, so a prediction matches a gold mention when their texts overlap
 *   (one contains the other, case-insensitively) and its value, cut to the gold's precision, equals the gold
 *   value; each gold mention matches at most once. A prediction whose text overlaps a gold mention valued in
 *   another form (a week "1998-W02", a quarter, PRESENT_REF, "1968-XX") is neither right nor wrong: TimeML saw
 *   a date expression there but gives no calendar value to compare with, so it is left out of precision.
 * - publication dates on Wikinews (gold) and CoNLL-2003 (the day in the dateline line);
 * - headlines on PolNeAR, BBC and CoNLL-2003, whose first line is the headline.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { missing, type Corpora } from "./corpora.js";
import { pct, prf, type EvalSection } from "./report.js";

const SCORED_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface GoldDate {
  text: string;
  value: string;
}

/**
 * The article as `npm run parse` would give it, or why not. A bug elsewhere in the pipeline (an exception) is
 * counted and reported, not allowed to hide the figures for every other article.
 */
async function parseFile(dir: string, file: string): Promise<Article | string> {
  const seed = readSeedBytes(file, await readFile(join(dir, file)));
  try {
    const parsed = seed.ok ? parseSeed(seed.value) : seed;
    return parsed.ok ? parsed.value : parsed.problem.reason;
  } catch (error) {
    crashes.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return THREW;
  }
}

const THREW = "the parser threw an exception";
const crashes: string[] = [];

const overlaps = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase().trim(), b.toLowerCase().trim()];
  return x.includes(y) || y.includes(x);
};

async function timebank(dir: string): Promise<EvalSection> {
  const title = "dates: date expressions (timebank-aquaint)";
  const absent = missing(dir);
  if (absent) return { title, rows: [], notes: [absent] };
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as { file: string; published: string; dates: GoldDate[] }[];
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  let unscored = 0;
  const refused: string[] = [];
  let publishedRight = 0;
  for (const entry of gold) {
    const article = await parseFile(dir, entry.file);
    if (typeof article === "string") {
      if (article !== THREW) refused.push(`${entry.file}: ${article}`);
      goldCount += entry.dates.filter((d) => SCORED_VALUE.test(d.value)).length;
      continue;
    }
    if (article.published === entry.published) publishedRight++;
    const scored = entry.dates.filter((d) => SCORED_VALUE.test(d.value));
    const other = entry.dates.filter((d) => !SCORED_VALUE.test(d.value));
    goldCount += scored.length;
    const used = new Set<GoldDate>();
    for (const mention of article.dates) {
      const hit = scored.find(
        (g) => !used.has(g) && overlaps(g.text, mention.text) && mention.date.slice(0, g.value.length) === g.value,
      );
      if (hit) {
        used.add(hit);
        tp++;
        predicted++;
      } else if (!scored.some((g) => overlaps(g.text, mention.text)) && other.some((g) => overlaps(g.text, mention.text))) {
        unscored++;
      } else predicted++;
    }
  }
  const { precision, recall, f1 } = prf(tp, predicted, goldCount);
  return {
    title,
    rows: [
      ["articles", String(gold.length)],
      ["gold dates (scored forms)", String(goldCount)],
      ["predicted (scored)", String(predicted)],
      ["correct", String(tp)],
      ["precision", pct(precision)],
      ["recall", pct(recall)],
      ["F1", pct(f1)],
      ["published = front matter", `${publishedRight}/${gold.length}`],
    ],
    notes: [
      `${unscored} predictions overlap only gold of another value form (week, quarter, PRESENT_REF, …): left out of precision`,
      refused.length ? `seed reader refused ${refused.length}: ${refused.slice(0, 3).join("; ")}` : "seed reader refused none",
    ],
  };
}

/** Files of a corpus folder in name order, so the report is the same on every run. */
async function listTxt(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".txt") && e.name !== "README.TXT")
    .map((e) => join(e.parentPath ?? dir, e.name).slice(dir.length + 1))
    .sort();
}

async function published(corpora: Corpora): Promise<EvalSection> {
  const title = "dates: publication date";
  const rows: [string, string][] = [];
  const notes: string[] = [];
  const basis = new Map<string, number>();

  const wikinewsAbsent = missing(corpora.wikinews);
  if (wikinewsAbsent) notes.push(wikinewsAbsent);
  else {
    const gold = JSON.parse(await readFile(join(corpora.wikinews, "gold.json"), "utf8")) as { file: string; published: string }[];
    let right = 0;
    const wrong: string[] = [];
    for (const entry of gold) {
      const article = await parseFile(corpora.wikinews, entry.file);
      const got = typeof article === "string" ? null : article.published;
      if (typeof article !== "string") basis.set(article.publishedBasis ?? "none", (basis.get(article.publishedBasis ?? "none") ?? 0) + 1);
      if (got === entry.published) right++;
      else wrong.push(`${entry.file} ${got} ≠ ${entry.published}`);
    }
    rows.push(["wikinews-2019 accuracy", `${pct(right / gold.length)} (${right}/${gold.length})`]);
    if (wrong.length) notes.push(`wikinews misses: ${wrong.slice(0, 3).join("; ")}`);
  }

  const conllAbsent = missing(corpora.conllDev);
  if (conllAbsent) notes.push(conllAbsent);
  else {
    const dir = join(corpora.conllDev, "articles");
    let right = 0;
    let total = 0;
    for (const file of await listTxt(dir)) {
      // Gold is the day the Reuters dateline line gives (among the first lines: headline, byline?, dateline).
      const lines = (await readFile(join(dir, file), "utf8")).split("\n").filter((l) => l.trim()).slice(0, 4);
      const day = lines.map((l) => /^[A-Z][^a-z]*?(?:, [A-Za-z. ]+)? (\d{4}-\d{2}-\d{2})$/.exec(l.trim())?.[1]).find(Boolean);
      if (!day) continue;
      total++;
      const article = await parseFile(dir, file);
      if (typeof article !== "string" && article.published === day) right++;
    }
    rows.push(["conll2003-dev accuracy (dateline)", `${pct(right / total)} (${right}/${total})`]);
  }
  notes.push(`wikinews basis: ${[...basis].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  return { title, rows, notes };
}

async function headlineRow(dir: string, files: string[], expected: (file: string, text: string) => string | null) {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const file of files) {
    const raw = await readFile(join(dir, file));
    const want = expected(file, decode(raw));
    if (want == null) continue;
    total++;
    const article = await parseFile(dir, file);
    const got = typeof article === "string" ? `(refused: ${article})` : article.headline;
    if (got === want) right++;
    else wrong.push(`${file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return { right, total, wrong };
}

/**
 * The expected text as the corpus wrote it — UTF-8, or Windows-1252 for the one BBC file that is not — in NFC,
 * as the seed reader hands every text on.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "").normalize("NFC");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes).normalize("NFC");
  }
}

const firstLine = (text: string) => text.replace(/\r/g, "").split("\n")[0]!.replace(/\s+/g, " ").trim();

async function headlines(corpora: Corpora): Promise<EvalSection> {
  const title = "dates: headlines (first line exact)";
  const rows: [string, string][] = [];
  const notes: string[] = [];
  const add = (label: string, r: { right: number; total: number; wrong: string[] }) => {
    rows.push([label, `${pct(r.right / r.total)} (${r.right}/${r.total})`]);
    if (r.wrong.length) notes.push(`${label} misses: ${r.wrong.slice(0, 3).join("; ")}`);
  };

  if (missing(corpora.polnear)) notes.push(missing(corpora.polnear)!);
  else {
    const dir = join(corpora.polnear, "text");
    const files = await listTxt(dir);
    add("polnear-train (first line)", await headlineRow(dir, files, (_f, text) => firstLine(text)));
    // metadata.tsv gives the title without the full stop the corpus adds to the first line.
    const tsv = (await readFile(join(corpora.polnear, "metadata.tsv"), "utf8")).split("\n");
    const header = tsv[0]!.split("\t");
    const [nameCol, titleCol] = [header.indexOf("filename"), header.indexOf("title")];
    const titles = new Map(tsv.slice(1).filter(Boolean).map((l) => [`${l.split("\t")[nameCol]}.txt`, l.split("\t")[titleCol]!]));
    // The corpus ends each first line with a full stop (inside a closing quote mark too), and the NYT titles
    // join headline and deck with "; ": compare the headline proper.
    const strip = (s: string) =>
      s.normalize("NFC").replace(/\s+/g, " ").trim().split("; ")[0]!.replace(/[.;]+(?=[’”"')]?$)/, "").replace(/[\s.;]+$/, "");
    let right = 0;
    let total = 0;
    for (const file of files) {
      const t = titles.get(file);
      if (!t) continue;
      total++;
      const article = await parseFile(dir, file);
      if (typeof article !== "string" && strip(article.headline) === strip(t)) right++;
    }
    rows.push(["polnear-train (metadata title, final stop and deck ignored)", `${pct(right / total)} (${right}/${total})`]);
  }

  if (missing(corpora.bbc)) notes.push(missing(corpora.bbc)!);
  else {
    const files = await listTxt(corpora.bbc);
    add("bbc (first line)", await headlineRow(corpora.bbc, files, (_f, text) => firstLine(text)));
  }

  if (missing(corpora.conllDev)) notes.push(missing(corpora.conllDev)!);
  else {
    const gold = JSON.parse(await readFile(join(corpora.conllDev, "gold.json"), "utf8")) as { file: string; headline: string }[];
    const byFile = new Map(gold.map((g) => [g.file, g.headline]));
    add("conll2003-dev (gold headline)", await headlineRow(corpora.conllDev, gold.map((g) => g.file), (f) => byFile.get(f) ?? null));
  }
  return { title, rows, notes };
}

export async function evaluate(corpora: Corpora): Promise<EvalSection[]> {
  crashes.length = 0;
  const sections = [await timebank(corpora.timebank), await published(corpora), await headlines(corpora)];
  if (crashes.length) {
    sections.at(-1)!.notes!.push(`the parser threw on ${crashes.length} articles, scored as misses: ${crashes.slice(0, 2).join("; ")}`);
  }
  return sections;
}
