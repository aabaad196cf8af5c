/** Building a throwaway site from a handful of seeds, and reading what it published, for the hardening tests. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { Parser } from "htmlparser2";
import { articleSlug } from "../../src/parse.js";
import { cli, tempDir, type Run } from "../helpers.js";

export type Seeds = Record<string, string | Uint8Array>;

/** A seeds folder holding `seeds` (names may contain folders), plus copies of `copies` (source path → name). */
export function seedsFolder(seeds: Seeds, copies: Record<string, string> = {}): string {
  const dir = tempDir("seeds");
  for (const [name, content] of Object.entries(seeds)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [from, name] of Object.entries(copies)) copyFileSync(from, join(dir, name));
  return dir;
}

/** The shipped seed and the council story: a small archive with quotes, people and organisations. */
export const GOOD_SEEDS = {
  "seeds/000_704fb2fff2903a51.txt": "diplomat.txt",
  "test/fixtures/seeds/council-library.md": "council-library.md",
  "test/fixtures/seeds/library-appeal.txt": "library-appeal.txt",
};

/** Odd but valid seeds: BOM and CRLF, names with spaces, accents, folders and other scripts, a shared headline. */
export const ODD_SEEDS = {
  "bom-crlf.txt": "\uFEFFCouncil votes to close library\r\n\r\nEastfield Borough Council voted on Tuesday, 12 March 2024, to close the library.\r\n\r\n“This is a sad day,” said Margaret Okafor.\r\n",
  "bom-crlf.md": "\uFEFF---\r\nheadline: Library campaigners go to court\r\ndate: 2024-03-20\r\n---\r\n\r\nCampaigners asked the High Court to review the decision.\r\n",
  "with spaces, accents — Café Müller.txt": "Café owner objects\n\nThe owner of Café Müller said on Monday, 4 March 2024, that the plan was rushed.\n",
  "Café.txt": "Café reopens\n\nThe café on the high street reopened on 1 March 2024.\n",
  "cafe.txt": "Cafe closes\n\nA different cafe closed on 2 March 2024.\n",
  "archives/2024 été/story.md": "---\nheadline: Summer reading scheme ends\ndate: 2024-08-30\n---\n\nThe summer reading scheme ended on Friday.\n",
  "李小龙.txt": "Martial arts club opens\n\n“我们会回来的，”李小龙说。 The club opened on 5 March 2024.\n",
  // Named to take the URL "Café.txt" gets from a hash of its name.
  [`${articleSlug("Café.txt")}.txt`]: "Impostor story\n\nThis seed is named after another seed's hashed slug.\n",
  "same-headline-1.md": "---\nheadline: Council votes\ndate: 2024-03-01\n---\n\nThe council voted on the budget.\n",
  "same-headline-2.md": "---\nheadline: Council votes\ndate: 2024-03-01\n---\n\nThe council voted on the bins.\n",
  "names-and-emoji.txt":
    "Zoë Ångström wins 🏆\n\n“We did it 🎉,” said Zoë Ångström, the captain of Eastfield Rovers, on 9 March 2024.\n\n" +
    "Siobhán Ní Bhriain and José Núñez joined the 🏳️‍🌈 parade, said Ångström. قال محمد إن الفريق فاز.\n",
};

export interface Built {
  /** The folder the site was built into (inside `parent`). */
  out: string;
  /** The folder holding `out`, which nothing else writes to. */
  parent: string;
  run: Run;
}

/** `npm run build` as a user runs it, without the shared parse cache so each test parses what it means to. */
export function build(seeds: string, ...flags: string[]): Built {
  const parent = tempDir("site");
  const out = join(parent, "_site");
  const run = cli("build", "--seeds", seeds, "--out", out, "--no-cache", ...flags);
  return { out, parent, run };
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"))
    .sort();
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

export interface Element {
  name: string;
  attrs: Record<string, string>;
  /** Text directly inside the element (for scripts: the script's source). */
  text: string;
}

/** An HTML (or XML) document's elements and its text, as a browser's parser would see them. */
export function parseDocument(markup: string, xmlMode = false): { elements: Element[]; text: string } {
  const elements: Element[] = [];
  const open: Element[] = [];
  const text: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element = { name, attrs, text: "" };
        elements.push(element);
        open.push(element);
      },
      ontext(chunk) {
        text.push(chunk);
        const current = open[open.length - 1];
        if (current) current.text += chunk;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, xmlMode },
  );
  parser.end(markup);
  return { elements, text: text.join("") };
}
