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
 * - publication dates on Wikinews (gold) and CoNLL-2003 (the day in the dateline line), where the text prints
 *   them; and where it does not — Wikinews with its dateline line taken out, PolNeAR (metadata.tsv), whose texts
 *   carry no dateline — the date inferred from the story, where the honest answers are the right day or none:
 *   a wrong date is counted apart from an undated article.
 * Headlines and bylines are the lead evaluation's (lead.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { missing, type Corpora } from "./corpora.js";
import { listFiles, parseBytes, parseFile, readTsv, takeCrashes, THREW } from "./pipeline.js";
import { pct, prf, type EvalSection } from "./report.js";

const SCORED_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface GoldDate {
  text: string;
  value: string;
}

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
    for (const file of await listFiles(dir)) {
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
  await inferred(corpora, rows, notes);
  return { title, rows, notes };
}

export async function evaluate(corpora: Corpora): Promise<EvalSection[]> {
  takeCrashes();
  const sections = [await timebank(corpora.timebank), await published(corpora)];
  const crashes = takeCrashes();
  if (crashes.length) {
    sections.at(-1)!.notes!.push(`the parser threw on ${crashes.length} articles, scored as misses: ${crashes.slice(0, 2).join("; ")}`);
  }
  return sections;
}

interface Tally {
  right: number;
  /** Wrong by a day or two: the day of the news rather than the day it was published. */
  near: number;
  wrong: number;
  undated: number;
  misses: string[];
}

function tally(): Tally {
  return { right: 0, near: 0, wrong: 0, undated: 0, misses: [] };
}

function count(t: Tally, file: string, got: string | null, want: string): void {
  if (got === want) t.right++;
  else if (got === null) t.undated++;
  else {
    const days = Math.abs(Date.parse(got) - Date.parse(want)) / 86_400_000;
    if (days <= 2) t.near++;
    else t.wrong++;
    t.misses.push(`${file} ${got} ≠ ${want}`);
  }
}

function tallyRow(t: Tally): string {
  const total = t.right + t.near + t.wrong + t.undated;
  return `right ${t.right}, wrong ${t.near + t.wrong} (${t.near} by ≤ 2 days), undated ${t.undated}  (of ${total})`;
}

/**
 * The publication date where the text does not print it: inferred from the story's own dates, or none. An
 * undated article is an honest answer; a wrong date files the story in the wrong month.
 */
async function inferred(corpora: Corpora, rows: [string, string][], notes: string[]): Promise<void> {
  const wikinewsAbsent = missing(corpora.wikinews);
  if (wikinewsAbsent) notes.push(wikinewsAbsent);
  else {
    const gold = JSON.parse(await readFile(join(corpora.wikinews, "gold.json"), "utf8")) as { file: string; published: string }[];
    const t = tally();
    for (const entry of gold) {
      // The first line is the dateline ("Friday, January 4, 2019"); without it the story must speak for itself.
      const text = (await readFile(join(corpora.wikinews, entry.file), "utf8")).replace(/^[^\n]*\n/, "");
      const article = parseBytes(entry.file, new TextEncoder().encode(text));
      count(t, entry.file, typeof article === "string" ? null : article.published, entry.published);
    }
    rows.push(["wikinews-2019, dateline line removed", tallyRow(t)]);
    if (t.misses.length) notes.push(`wikinews (no dateline) wrong: ${t.misses.slice(0, 3).join("; ")}`);
  }

  const polnearAbsent = missing(corpora.polnear);
  if (polnearAbsent) notes.push(polnearAbsent);
  else {
    const t = tally();
    for (const row of await readTsv(join(corpora.polnear, "metadata.tsv"))) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(row.publication_date ?? "")) continue;
      const file = `${row.filename}.txt`;
      const article = await parseFile(join(corpora.polnear, "text"), file);
      count(t, file, typeof article === "string" ? null : article.published, row.publication_date!);
    }
    rows.push(["polnear-train (metadata publication_date)", tallyRow(t)]);
    if (t.misses.length) notes.push(`polnear wrong: ${t.misses.slice(0, 3).join("; ")}`);
  }
  notes.push("where the text prints no date, a wrong date is worse than none: it files the story in the wrong month");
}
