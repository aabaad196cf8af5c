/**
 * Evaluation of the lead — headline, byline — through the whole pipeline, as a user's seed would go:
 * - headlines on PolNeAR, BBC and CoNLL-2003, whose first line is the headline (exact), and on Wikinews, whose
 *   texts print none: the headline inferred from the lede against the published one;
 * - bylines on PolNeAR (metadata.tsv `author`). Its texts carry no byline line, so the right answer is mostly
 *   none: a byline given is scored right or wrong, and one the metadata names but we miss is counted apart.
 *   Then each story is read again with its author printed "By …" under the headline, as sites print it (the
 *   author exactly as the metadata writes it: "Heidi M. Przybyla, USA TODAY", "AMY CHOZICK", "AP"): is it read,
 *   and does the headline stay the headline;
 * - saved web pages (test/fixtures/pages, committed): headline, date, byline, outlet, address and caption
 *   exact; paragraphs by exact text, precision and recall; time per page.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { missing, type Corpora } from "./corpora.js";
import { agencyName } from "../extract/sources/names.js";
import { decodeCorpusText, listFiles, parseBytes, parseFile, readTsv, takeCrashes } from "./pipeline.js";
import { pct, prf, type EvalSection } from "./report.js";

const PAGES = "test/fixtures/pages";

async function headlineRow(dir: string, files: string[], expected: (file: string, text: string) => string | null) {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const file of files) {
    const want = expected(file, decodeCorpusText(await readFile(join(dir, file))));
    if (want == null) continue;
    total++;
    const article = await parseFile(dir, file);
    const got = typeof article === "string" ? `(refused: ${article})` : article.headline;
    if (got === want) right++;
    else wrong.push(`${file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return { right, total, wrong };
}

const firstLine = (text: string) => text.replace(/\r/g, "").split("\n")[0]!.replace(/\s+/g, " ").trim();

async function headlines(corpora: Corpora): Promise<EvalSection> {
  const title = "lead: headlines";
  const rows: [string, string][] = [];
  const notes: string[] = [];
  const add = (label: string, r: { right: number; total: number; wrong: string[] }) => {
    rows.push([label, `${pct(r.right / r.total)} (${r.right}/${r.total})`]);
    if (r.wrong.length) notes.push(`${label} misses: ${r.wrong.slice(0, 3).join("; ")}`);
  };

  if (missing(corpora.polnear)) notes.push(missing(corpora.polnear)!);
  else {
    const dir = join(corpora.polnear, "text");
    const files = await listFiles(dir);
    add("polnear-train (first line)", await headlineRow(dir, files, (_f, text) => firstLine(text)));
    const titles = new Map((await readTsv(join(corpora.polnear, "metadata.tsv"))).map((row) => [`${row.filename}.txt`, row.title!]));
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
  else add("bbc (first line)", await headlineRow(corpora.bbc, await listFiles(corpora.bbc), (_f, text) => firstLine(text)));

  if (missing(corpora.conllDev)) notes.push(missing(corpora.conllDev)!);
  else {
    const gold = JSON.parse(await readFile(join(corpora.conllDev, "gold.json"), "utf8")) as { file: string; headline: string }[];
    const byFile = new Map(gold.map((g) => [g.file, g.headline]));
    add("conll2003-dev (gold headline)", await headlineRow(corpora.conllDev, gold.map((g) => g.file), (f) => byFile.get(f) ?? null));
  }

  if (missing(corpora.wikinews)) notes.push(missing(corpora.wikinews)!);
  else {
    const gold = JSON.parse(await readFile(join(corpora.wikinews, "gold.json"), "utf8")) as { file: string; headline: string }[];
    let exact = 0;
    let recall = 0;
    for (const entry of gold) {
      const article = await parseFile(corpora.wikinews, entry.file);
      const got = typeof article === "string" ? "" : article.headline;
      if (got === entry.headline) exact++;
      recall += wordRecall(got, entry.headline);
    }
    rows.push(["wikinews-2019 (none in the text: inferred from the lede)", `exact ${exact}/${gold.length}, published headline's words found ${pct(recall / gold.length)}`]);
    notes.push("wikinews: the words are content words (four letters or more), case and inflection ignored");
  }
  return { title, rows, notes };
}

/** The share of the gold headline's content words that the inferred headline holds. */
function wordRecall(got: string, want: string): number {
  const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:es|s|ed|ing)$/, "")));
  const gold = words(want);
  if (gold.size === 0) return 0;
  const ours = words(got);
  return [...gold].filter((w) => ours.has(w)).length / gold.size;
}

/** "Heidi M. Przybyla, USA TODAY" → "heidi m. przybyla": the metadata's names without the outlet after them. */
const names = (text: string) => text.split(",")[0]!.replace(/^by\s+/i, "").replace(/\s+/g, " ").trim().toLowerCase();

async function bylines(corpora: Corpora): Promise<EvalSection> {
  const title = "lead: bylines";
  if (missing(corpora.polnear)) return { title, rows: [], notes: [missing(corpora.polnear)!] };
  const dir = join(corpora.polnear, "text");
  let given = 0;
  let right = 0;
  let named = 0;
  let found = 0;
  let printed = 0;
  let read = 0;
  let headlineKept = 0;
  const wrong: string[] = [];
  const unread: string[] = [];
  for (const row of await readTsv(join(corpora.polnear, "metadata.tsv"))) {
    const file = `${row.filename}.txt`;
    const author = row.author && row.author !== "None" ? row.author : null;
    const article = await parseFile(dir, file);
    const byline = typeof article === "string" ? undefined : article.byline;
    if (author) named++;
    if (byline) {
      given++;
      if (author && sameByline(byline, author)) {
        right++;
        found++;
      } else wrong.push(`${file}: ${JSON.stringify(byline)} ≠ ${JSON.stringify(author)}`);
    }
    if (!author || typeof article === "string") continue;
    // The same story with its author printed as sites print a byline, under the headline.
    const text = decodeCorpusText(await readFile(join(dir, file))).replace(/\n/, `\n\nBy ${author}\n`);
    const withByline = parseBytes(file, new TextEncoder().encode(text));
    printed++;
    if (typeof withByline === "string") continue;
    if (withByline.byline && sameByline(withByline.byline, author)) read++;
    else unread.push(`${JSON.stringify(author)} → ${JSON.stringify(withByline.byline ?? null)}`);
    if (withByline.headline === article.headline) headlineKept++;
  }
  return {
    title,
    rows: [
      ["polnear-train bylines given", `${given} (right ${right}, wrong ${given - right})`],
      ["polnear-train authors in metadata found", `${found}/${named}`],
      ["polnear-train, author printed \"By …\" under the headline: read", `${pct(read / printed)} (${read}/${printed})`],
      ["  … and the headline unchanged", `${pct(headlineKept / printed)} (${headlineKept}/${printed})`],
    ],
    notes: [
      "PolNeAR's texts carry no byline line (the author is in metadata.tsv only), so a byline given is mostly a wrong one; the last rows print the metadata's author, as written there, above the story",
      ...(wrong.length ? [`wrong: ${wrong.slice(0, 3).join("; ")}`] : []),
      ...(unread.length ? [`not read: ${unread.slice(0, 4).join("; ")}`] : []),
    ],
  };
}

/** The same reporters, or the same agency: "Heidi M. Przybyla, USA TODAY" is Heidi M. Przybyla; "AP" is the Associated Press. */
function sameByline(byline: string, author: string): boolean {
  return names(byline) === names(author) || agencyName(author) === byline;
}

/** What test/fixtures/pages/gold.json says a reader of each page would file. */
export interface PageGold {
  file: string;
  headline: string;
  published: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  caption?: { text: string; credit: string };
  paragraphs: string[];
}

async function pages(): Promise<EvalSection> {
  const title = `lead: saved web pages (${PAGES}, made-up sites around Wikinews texts)`;
  const gold = JSON.parse(await readFile(join(PAGES, "gold.json"), "utf8")) as PageGold[];
  const fields = ["headline", "published", "byline", "outlet", "url", "caption"] as const;
  const right = Object.fromEntries(fields.map((f) => [f, 0])) as Record<(typeof fields)[number], number>;
  let [tp, predicted, wanted] = [0, 0, 0];
  let elapsed = 0;
  const misses: string[] = [];
  for (const entry of gold) {
    const started = performance.now();
    const parsed = await parseFile(PAGES, entry.file);
    elapsed += performance.now() - started;
    const article: Partial<Article> = typeof parsed === "string" ? {} : parsed;
    const want: Record<(typeof fields)[number], unknown> = { ...entry, caption: entry.caption };
    for (const field of fields) {
      if (JSON.stringify(article[field] ?? null) === JSON.stringify(want[field] ?? null)) right[field]++;
      else misses.push(`${entry.file} ${field}: ${JSON.stringify(article[field] ?? null)}`);
    }
    const got = (article.paragraphs ?? []).map((p) => p.text);
    tp += got.filter((p) => entry.paragraphs.includes(p)).length;
    predicted += got.length;
    wanted += entry.paragraphs.length;
  }
  const { precision, recall } = prf(tp, predicted, wanted);
  return {
    title,
    rows: [
      ...fields.map((f): [string, string] => [f, `${right[f]}/${gold.length}`]),
      ["paragraphs (exact text)", `P ${pct(precision)}  R ${pct(recall)}  (${tp} of ${wanted}, ${predicted} given)`],
      ["time per page (whole parser)", `${(elapsed / gold.length).toFixed(1)} ms`],
    ],
    notes: misses.length ? [`misses: ${misses.slice(0, 4).join("; ")}`] : [],
  };
}

export async function evaluate(corpora: Corpora): Promise<EvalSection[]> {
  takeCrashes();
  const sections = [await headlines(corpora), await bylines(corpora), await pages()];
  const crashes = takeCrashes();
  if (crashes.length) sections.at(-1)!.notes!.push(`the parser threw on ${crashes.length} articles, scored as misses: ${crashes.slice(0, 2).join("; ")}`);
  return sections;
}
