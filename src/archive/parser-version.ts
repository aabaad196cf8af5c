/**
 * The parser's version for the parse cache: a hash of every source file that shapes an Article, plus the
 * versions of the NLP libraries it leans on. Changing extraction code invalidates cached Articles; changing a
 * template or the overrides file does not (those act after parsing).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..");
const PARSER_SOURCES = ["article.ts", "parse.ts", "slug.ts", "extract", "seed"];
/** Libraries whose behaviour shapes an Article: the NLP, and the HTML parser and article finder of saved pages. */
const LIBRARIES = ["compromise", "chrono-node", "@mozilla/readability", "linkedom"];

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
  for (const library of LIBRARIES) hash.update(`${library}@${installedVersion(join(SRC, "../node_modules", library))}`);
  // linkedom parses with its own copy of htmlparser2 when the project's is another major version.
  const parser = join(SRC, "../node_modules/linkedom/node_modules/htmlparser2");
  hash.update(`htmlparser2@${installedVersion(existsSync(parser) ? parser : join(SRC, "../node_modules/htmlparser2"))}`);
  version = hash.digest("hex").slice(0, 16);
  return version;
}

function installedVersion(folder: string): string {
  return (JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { version: string }).version;
}
