/**
 * `npm run check:html [-- DIR]`: every built page through html-validate (rules in .htmlvalidate.json), so a
 * template change that produces invalid or inaccessible markup fails CI. Offline; reads files only.
 *
 * The rules are html-validate's "recommended" set less three that judge how source is typed, not what a browser
 * gets: `doctype-style` and `no-trailing-whitespace` (template indentation), and `long-title` (a page's title is
 * the article's headline as written; cutting it would be string surgery on facts in a template).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { listFiles } from "./check-links.js";

export interface HtmlProblem {
  /** The page, relative to the site folder. */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface HtmlReport {
  pages: number;
  problems: HtmlProblem[];
}

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Validates every `.html` file under `siteDir` (sorted), against the project's .htmlvalidate.json. */
export async function validateHtml(siteDir: string): Promise<HtmlReport> {
  const root = resolve(siteDir);
  const pages = (await listFiles(root)).filter((f) => f.endsWith(".html"));
  // The project's rules apply wherever the site was built (tests build into a temporary folder).
  const loader = new FileSystemConfigLoader({ extends: [join(PROJECT, ".htmlvalidate.json")] });
  const validator = new HtmlValidate(loader);
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(root, page));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ file: page, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { pages: pages.length, problems };
}

export async function runValidateHtml(args: string[]): Promise<number> {
  if (args.length > 1 || args[0]?.startsWith("-")) {
    process.stderr.write("validate-html: usage: validate-html [DIR]\n");
    return 2;
  }
  const dir = args[0] ?? "_site";
  if (!existsSync(dir)) {
    process.stderr.write(`validate-html: ${dir} does not exist; run npm run build first\n`);
    return 2;
  }
  const { pages, problems } = await validateHtml(dir);
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message} (${p.rule})\n`);
  process.stdout.write(`validate-html: ${pages} pages, ${problems.length} error${problems.length === 1 ? "" : "s"}\n`);
  return problems.length ? 1 : 0;
}
