/**
 * A synthetic archive for scale: N articles generated deterministically from the committed fixtures, each a
 * fixture with its people renamed from a fixed pool and its publication date moved, so the archive grows the way
 * a paper's does:
 *
 * - in time: article i is published on day i / ARTICLES_PER_DAY after 1 January 2015 (a regional paper's pace), so
 *   a bigger archive spans more years and months, and the seeds added last are the newest stories;
 * - in entities: about 3,600 people recur in a handful of articles each, while a few are in thousands — the
 *   prime minister in one article in three, and every organisation a fixture names in one article in eight.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";

const GIVEN = ["Amara", "Ben", "Chiara", "Dmitri", "Eilidh", "Farid", "Grace", "Hiroshi", "Ines", "Jonas", "Kemi", "Lars", "Mei", "Niamh", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Ursula", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zofia", "Aoife", "Bruno", "Carmen", "Dara"];
const FAMILY = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Haddad", "Kowalski", "Mensah", "Rossi", "Novak", "Achebe", "Fischer", "Nakamura", "O'Neill", "Castillo", "Petrov", "Ibrahim", "Larsen", "Duarte", "Whitfield", "Sandoval", "Kaur", "Abara", "Holm", "Ferreira", "Quigley", "Varga", "Yilmaz", "Zeller", "Mbeki", "Dufresne", "Galloway", "Hakimi", "Jovanovic", "Keane", "Lombardi", "Marsh", "Nygaard", "Ortega", "Pryce"];
/** The person every third story names: a long-running archive's prime minister. */
const BIG_NAME = { given: "Rosalind", family: "Achterberg" };

const FIXTURE_DIRS = ["seeds", "test/fixtures/seeds", "test/fixtures/wikinews"];
export const ARTICLES_PER_DAY = 25;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Template {
  text: string;
  ext: string;
  people: string[];
}

async function templates(): Promise<Template[]> {
  const found: Template[] = [];
  for (const dir of FIXTURE_DIRS) {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => /\.(txt|md)$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const bytes = await readFile(join(dir, name));
      const seed = readSeedBytes(name, bytes);
      const article = seed.ok ? parseSeed(seed.value) : undefined;
      if (!article?.ok) continue;
      const people = article.value.people.map((p) => p.name).filter((n) => n.includes(" "));
      found.push({ text: bytes.toString("utf8"), ext: name.endsWith(".md") ? ".md" : ".txt", people });
    }
  }
  return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The day article `i` is published on. */
export function syntheticDay(i: number): Date {
  return new Date(FIRST_DAY + Math.floor(i / ARTICLES_PER_DAY) * 86_400_000);
}

/**
 * The fixture dated `day`: front matter's `date` in Markdown; in plain text, a dateline line of its own
 * ("Monday, January 7, 2019") in place of the fixture's or above its first line.
 */
function dated(text: string, ext: string, day: Date): string {
  const iso = day.toISOString().slice(0, 10);
  if (ext === ".md") return text.replace(/^date: .*$/m, `date: ${iso}`);
  const line = `${WEEKDAYS[day.getUTCDay()]}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  const weekdayLine = new RegExp(`^(?:${WEEKDAYS.join("|")}), \\w+ \\d{1,2}, \\d{4} *\\n`);
  return weekdayLine.test(text) ? text.replace(weekdayLine, `${line}\n`) : `${line}\n\n${text}`;
}

/** Article `i` of the synthetic archive: its path inside the seeds folder and its text. */
export function syntheticArticle(pool: Template[], i: number): { path: string; text: string } {
  const template = pool[i % pool.length]!;
  let text = template.text;
  template.people.forEach((name, j) => {
    // About 3,600 distinct people, each recurring in a handful of articles; the first person of every third
    // article is the prime minister.
    const n = (i * 7 + j * 131) % (GIVEN.length * FAMILY.length * 3);
    const big = j === 0 && i % 3 === 0;
    const given = big ? BIG_NAME.given : GIVEN[n % GIVEN.length]!;
    const family = big ? BIG_NAME.family : FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]!;
    const middle = !big && n >= GIVEN.length * FAMILY.length ? ` ${"ABC"[Math.floor(n / (GIVEN.length * FAMILY.length))]}.` : "";
    const surname = name.split(" ").at(-1)!;
    text = text.replace(new RegExp(escapeRegExp(name), "g"), `${given}${middle} ${family}`);
    text = text.replace(new RegExp(`\\b${escapeRegExp(surname)}\\b`, "g"), family);
  });
  const folder = `batch-${String(Math.floor(i / 500)).padStart(3, "0")}`;
  return { path: `${folder}/synthetic-${String(i).padStart(6, "0")}${template.ext}`, text: dated(text, template.ext, syntheticDay(i)) };
}

/** The fixtures the archive is made from, read once. */
export const syntheticPool = templates;

/** Writes articles `from` to `count - 1` into `dir` (spread over folders of 500, as an archive would be). */
export async function writeSyntheticArchive(dir: string, count: number, from = 0): Promise<string[]> {
  const pool = await templates();
  if (pool.length === 0) throw new Error("no fixtures to build a synthetic archive from");
  const written: string[] = [];
  const folders = new Set<string>();
  for (let i = from; i < count; i++) {
    const { path, text } = syntheticArticle(pool, i);
    const folder = join(dir, path.split("/")[0]!);
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    await writeFile(join(dir, path), text);
    written.push(path);
  }
  return written;
}
