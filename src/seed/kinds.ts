/**
 * Which files are seeds, by extension alone: what listing a seeds folder needs, without the readers of each
 * format (Markdown, YAML, HTML and its article finder take most of a second to load, and a rebuild lists a
 * hundred thousand seeds but reads one).
 */
import { extname } from "node:path";

export const SEED_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** "expected a .txt, .md, .html or .htm file": the extensions a seed may have, for error messages. */
export const SEED_KINDS = `${SEED_EXTENSIONS.slice(0, -1).join(", ")} or ${SEED_EXTENSIONS.at(-1)}`;

export function isSeedFile(name: string): boolean {
  return (SEED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}
