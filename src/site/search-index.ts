/**
 * The Pagefind search index, built from the Archive rather than from the rendered HTML: the words a reader
 * sees on each article page and on each searchable folder's first page, in reading order. Pagefind runs as its
 * own process, so the index is built while Eleventy renders the pages, and it never has to read ten thousand
 * HTML files back from disk.
 */
import * as pagefind from "pagefind";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Archive, ArticlePage, FolderChunk } from "../archive/index.js";
import { plural, readableDate } from "./filters.js";

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
}

const words = (...parts: (string | undefined | null | false)[]) => parts.filter(Boolean).join(" · ");

/** An article page as search reads it: headline, the meta line, caption, then every paragraph. */
function articleRecord(page: ArticlePage): SearchRecord {
  const a = page.article;
  const meta = words(readableDate(a.published), a.dateline, a.byline && `By ${a.byline}`, a.outlet);
  const caption = a.caption ? words(a.caption.text, a.caption.credit && `Photo: ${a.caption.credit}`) : "";
  const body = page.body.map((p) =>
    p.segments
      .map((s) => {
        const text = s.runs.map((r) => r.text).join("");
        const speaker = s.credit === undefined ? undefined : page.quotes[s.credit]?.speaker?.name;
        return speaker ? `${text} — ${speaker}` : text;
      })
      .join(""),
  );
  return { url: page.url, title: page.headline, content: [page.headline, meta, caption, ...body].filter(Boolean).join("\n") };
}

/** A folder's first page as search reads it: name, what it holds, description, other names, descriptions, quotes. */
function folderRecord(chunk: FolderChunk): SearchRecord {
  const e = chunk.entity;
  const kind = e.kind === "person" ? "Person" : "Organisation";
  const lines = [
    e.name,
    words(kind, `in ${plural(e.articles.length, "article")}`, plural(e.quotes.length, "quote")),
    e.description,
    e.aliases.length ? `Also named: ${e.aliases.join(", ")}` : "",
    ...e.descriptors.map((d) => d.text),
    // A phrase from a quote finds the speaker's folder as well as the article.
    ...chunk.quotes.map((q) => words(q.kind === "direct" ? `“${q.text}”` : q.text, q.article.headline)),
  ];
  return { url: chunk.url, title: e.name, content: lines.filter(Boolean).join("\n") };
}

/** What search indexes, in a fixed order: every article, and the first page of every searchable folder. */
export function searchRecords(archive: Archive): SearchRecord[] {
  const folders = [...archive.personPages, ...archive.organisationPages].filter((c) => c.pager.number === 1 && c.entity.searchable);
  return [...archive.articles.map(articleRecord), ...folders.map(folderRecord)];
}

/** Writes the index of `records` into `dir` (the site's `pagefind/` folder). */
export async function writeSearchIndexTo(dir: string, records: SearchRecord[]): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    // Sent without waiting for each answer (Pagefind reads its requests in order, so the index does not change),
    // in batches so a huge archive never queues every record's text at once.
    for (let i = 0; i < records.length; i += 500) {
      const added = await Promise.all(
        records.slice(i, i + 500).map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: { title: r.title } })),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`pagefind: ${failed.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return { pages: records.length };
}

/** The floor's index: a plain blog's Pagefind run over its rendered HTML. */
export async function writeSearchIndexFromHtml(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/**
 * Starts indexing the archive into `dir` and returns at once: the caller renders pages meanwhile and awaits the
 * promise before publishing. A failure surfaces there, never as an unhandled rejection.
 */
export function startSearchIndex(dir: string, archive: Archive): Promise<{ pages: number }> {
  const workerUrl = new URL("./search-worker.ts", import.meta.url).href;
  // Workers do not inherit tsx's loader hooks: register them, then import the TypeScript worker.
  const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
  const job = new Promise<{ pages: number }>((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { dir, records: searchRecords(archive) } });
    worker.once("message", (message: { ok: true; pages: number } | { ok: false; message: string }) => {
      if (message.ok) resolve({ pages: message.pages });
      else reject(new Error(message.message));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`pagefind: the search worker stopped (exit code ${code})`)));
  });
  job.catch(() => {});
  return job;
}
