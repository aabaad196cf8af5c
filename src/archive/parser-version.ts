/**
 * The parser's version for the parse cache: a hash of every source file that shapes an Article, plus the
 * versions of the NLP libraries it leans on. Changing extraction code invalidates cached Articles; changing a
 * template or the overrides file does not (those act after parsing).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..");
const PARSER_SOURCES = ["article.ts", "parse.ts", "slug.ts", "extract", "seed"];
const LIBRARIES = ["compromise", "chrono-node"];

let version: string | undefined;

export function parserVersion(): string {
  if (version) return version;
  const hash = createHash("sha256");
  const add = (path: string) => {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      hash.update(path.slice(SRC.length)).update(readFileSync(path));
      return;
    }
    for (const name of names) add(join(path, name));
  };
  for (const source of PARSER_SOURCES) add(join(SRC, source));
  for (const library of LIBRARIES) {
    const pkg = JSON.parse(readFileSync(join(SRC, "../node_modules", library, "package.json"), "utf8")) as { version: string };
    hash.update(`${library}@${pkg.version}`);
  }
  version = hash.digest("hex").slice(0, 16);
  return version;
}
