/**
 * A seed file → a SeedDocument: decoded, normalised, front matter validated, split into blocks.
 * Knows about files and formats; knows nothing about quotes or people.
 *
 * Three formats: plain text, Markdown with YAML front matter, and saved web pages, whose metadata stands in for
 * front matter (html/).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { markdownBlocks, plainTextBlocks, type Block } from "./blocks.js";
import { decodeSeed } from "./decode.js";
import { readFrontMatter, type FrontMatter } from "./frontmatter.js";
import { readPage } from "./html/index.js";
import { SEED_KINDS } from "./kinds.js";
import { fail, ok, type Result } from "./problem.js";

export { isSeedFile, SEED_EXTENSIONS, SEED_KINDS } from "./kinds.js";
const FORMATS = new Map<string, SeedDocument["format"]>([[".txt", "txt"], [".md", "md"], [".html", "html"], [".htm", "html"]]);

export interface SeedDocument {
  /** The name shown in errors and kept on the Article: relative to the seeds folder. */
  file: string;
  format: "txt" | "md" | "html";
  encoding: "utf-8" | "windows-1252";
  frontMatter: FrontMatter;
  blocks: Block[];
}

/** Parse a seed already in memory; `file` names it in errors. */
export function readSeedBytes(file: string, bytes: Uint8Array): Result<SeedDocument> {
  const format = FORMATS.get(extname(file).toLowerCase());
  if (!format) return fail(file, `not a seed: expected a ${SEED_KINDS} file`);
  const decoded = decodeSeed(file, bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  let frontMatter: FrontMatter = {};
  let blocks: Block[];
  if (format === "md") {
    const parts = readFrontMatter(file, text);
    if (!parts.ok) return parts;
    frontMatter = parts.value.frontMatter;
    blocks = markdownBlocks(parts.value.body);
  } else if (format === "html") {
    const page = readPage(file, text);
    if (!page.ok) return page;
    ({ frontMatter, blocks } = page.value);
  } else {
    blocks = plainTextBlocks(text);
  }
  if (!blocks.some((b) => b.kind === "paragraph")) {
    return fail(file, format === "html" ? "no article text: the page has no paragraphs" : "no article text: the seed has no paragraphs");
  }
  return ok({ file, format, encoding, frontMatter, blocks });
}

export async function readSeed(path: string, file: string): Promise<Result<SeedDocument>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, code === "EISDIR" ? "is a folder, not a seed file" : `cannot be read (${code ?? "unknown error"})`);
  }
  return readSeedBytes(file, bytes);
}
