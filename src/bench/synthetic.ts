/**
 * A synthetic archive for scale: N articles generated deterministically from the committed fixtures, each a
 * fixture with its people renamed from a fixed pool, so the archive grows in articles and in entities the way a
 * real one does (the same few thousand people recur across many articles).
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";

const GIVEN = ["Amara", "Ben", "Chiara", "Dmitri", "Eilidh", "Farid", "Grace", "Hiroshi", "Ines", "Jonas", "Kemi", "Lars", "Mei", "Niamh", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Ursula", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zofia", "Aoife", "Bruno", "Carmen", "Dara"];
const FAMILY = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Haddad", "Kowalski", "Mensah", "Rossi", "Novak", "Achebe", "Fischer", "Nakamura", "O'Neill", "Castillo", "Petrov", "Ibrahim", "Larsen", "Duarte", "Whitfield", "Sandoval", "Kaur", "Abara", "Holm", "Ferreira", "Quigley", "Varga", "Yilmaz", "Zeller", "Mbeki", "Dufresne", "Galloway", "Hakimi", "Jovanovic", "Keane", "Lombardi", "Marsh", "Nygaard", "Ortega", "Pryce"];

const FIXTURE_DIRS = ["seeds", "test/fixtures/seeds", "test/fixtures/wikinews"];

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

/** Writes `count` articles into `dir` (spread over folders of 500, as an archive would be). */
export async function writeSyntheticArchive(dir: string, count: number): Promise<void> {
  const pool = await templates();
  if (pool.length === 0) throw new Error("no fixtures to build a synthetic archive from");
  for (let i = 0; i < count; i++) {
    const template = pool[i % pool.length]!;
    let text = template.text;
    template.people.forEach((name, j) => {
      // About 3,000 distinct people, each recurring in a handful of articles.
      const n = (i * 7 + j * 131) % (GIVEN.length * FAMILY.length * 3);
      const given = GIVEN[n % GIVEN.length]!;
      const family = FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]!;
      const middle = n >= GIVEN.length * FAMILY.length ? ` ${"ABC"[Math.floor(n / (GIVEN.length * FAMILY.length))]}.` : "";
      const surname = name.split(" ").at(-1)!;
      text = text.replace(new RegExp(escapeRegExp(name), "g"), `${given}${middle} ${family}`);
      text = text.replace(new RegExp(`\\b${escapeRegExp(surname)}\\b`, "g"), family);
    });
    const folder = join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, "0")}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `synthetic-${String(i).padStart(5, "0")}${template.ext}`), text);
  }
}
