/**
 * The floor: what a plain blog pays for the same articles — each seed as a bare Markdown page built by Eleventy
 * (no extraction, one page each, no layout logic), then a Pagefind index of that site.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { listSeedFiles } from "../archive/load.js";
import { writeSearchIndexFromHtml } from "../site/search-index.js";

export async function writeFloorInput(seedsDir: string, inputDir: string): Promise<number> {
  const { seeds } = await listSeedFiles(seedsDir);
  await mkdir(join(inputDir, "_includes"), { recursive: true });
  await writeFile(
    join(inputDir, "_includes", "page.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content }}</main></body></html>\n',
  );
  let i = 0;
  for (const file of seeds) {
    const text = (await readFile(join(seedsDir, file), "utf8")).replace(/^---[\s\S]*?\n---\n/, "");
    const title = text.split("\n", 1)[0]!.slice(0, 80).replace(/"/g, "'");
    await writeFile(join(inputDir, `page-${i++}.md`), `---\ntitle: "${title}"\nlayout: page.html\n---\n\n${text}`);
  }
  return seeds.length;
}

export async function buildFloor(inputDir: string, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(inputDir, outputDir, {
    quietMode: true,
    config: (config: { setTemplateFormats(f: string[]): void }) => config.setTemplateFormats(["md"]),
  });
  await eleventy.write();
  await writeSearchIndexFromHtml(outputDir);
}
