/** Running the command line as a user would, for tests of its contract. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/article.js";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): Run {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CUTTINGS_SEEDS: undefined, CUTTINGS_OUT: undefined },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `cuttings-${prefix}-`));

/** A minimal Article as the parser makes one, for tests that build an Archive from articles in memory. */
export function storyArticle(slug: string, published: string | null, extra: Partial<Article> = {}): Article {
  return {
    file: `${slug}.txt`,
    slug,
    headline: `Story ${slug}`,
    headlineBasis: "first-line",
    published,
    publishedBasis: published ? "front-matter" : null,
    paragraphs: [{ id: "p1", text: `The lede of ${slug}, which names people.` }],
    people: [],
    organisations: [],
    places: [],
    quotes: [],
    sources: [],
    dates: [],
    ...extra,
  };
}
