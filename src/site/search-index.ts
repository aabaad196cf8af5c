/**
 * The Pagefind search index, built from the Archive rather than from the rendered HTML: the words a reader sees
 * on each article page and on each searchable folder's front page, in reading order. Pagefind runs as its own
 * process, fed from a worker thread, so the index is built while Eleventy renders the pages; it is cut into
 * shards (./search-shards.ts) and only the shards whose pages changed are indexed again.
 *
 * Records of the pages a build renders are taken from the views made for rendering them; the rest of a stale
 * shard's records are made afterwards. A shard is indexed when its last record arrives, its records in archive
 * order whichever way they came, so an incremental build writes the bytes a full build writes.
 */
import * as pagefind from "pagefind";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Folder } from "../archive/index.js";
import { articlePage, quoteView, type ArticlePage, type ArticleReader } from "../archive/views.js";
import { plural, readableDate } from "./filters.js";
import { SEARCH_QUOTES, type SearchPlan } from "./search-shards.js";

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
}

/** A record on its way to its shard: `order` places it in the shard whatever order records arrive in. */
export interface ShardRecord extends SearchRecord {
  shard: string;
  order: number;
}

/** Folders come after every article in a shard: positions in the archive stay far below this. */
const FOLDERS_AFTER = 2 ** 40;

const words = (...parts: (string | undefined | null | false)[]) => parts.filter(Boolean).join(" · ");

/** An article page as search reads it: headline, the meta line, caption, then every paragraph. */
export function articleRecord(page: ArticlePage): SearchRecord {
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

/**
 * A folder as search reads it: name, kind, description, other names, descriptions, and its newest quotes (a
 * phrase from a quote finds the speaker's folder as well as the article). No counts: they would change the
 * record, and re-index its shard, with every article that names them.
 */
export function folderRecord(reader: ArticleReader, folder: Folder): SearchRecord {
  const lines = [
    folder.name,
    folder.kind === "person" ? "Person" : "Organisation",
    folder.description,
    folder.aliases.length ? `Also named: ${folder.aliases.join(", ")}` : "",
    ...folder.descriptors.map((d) => d.text),
    ...folder.quotes.slice(0, SEARCH_QUOTES).map((q) => {
      const view = quoteView(reader, q.article, q.quote);
      return words(view.kind === "direct" ? `“${view.text}”` : view.text, view.article.headline);
    }),
  ];
  return { url: folder.url, title: folder.name, content: lines.filter(Boolean).join("\n") };
}

/** Writes one shard's records into `dir` as a Pagefind index of its own. */
export async function writeShard(dir: string, records: readonly SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  // Sent without waiting for each answer (Pagefind reads its requests in order, so the index does not change),
  // in batches so a big shard never queues every record's text at once.
  for (let i = 0; i < records.length; i += 500) {
    const added = await Promise.all(
      records.slice(i, i + 500).map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: { title: r.title } })),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(`pagefind: ${failed.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await index.deleteIndex();
}

export const closeSearch = () => pagefind.close();

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
 * Feeds the stale shards' records to a worker thread that indexes each shard as soon as it is complete. The
 * build offers the views it renders (`offer`), then `finish` makes the records no rendered page gave and waits
 * for the last shard. A failure surfaces from `finish`, never as an unhandled rejection.
 */
export class SearchIndexer {
  private readonly shardOfArticle = new Map<number, string>();
  private readonly shardOfFolder = new Map<string, { shard: string; order: number; folder: Folder }>();
  private readonly sent = new Set<string>();
  private readonly worker?: Worker;
  private readonly done: Promise<void>;
  private batch: ShardRecord[] = [];

  constructor(
    dir: string,
    readonly plan: SearchPlan,
  ) {
    const expected: Record<string, number> = {};
    let order = 0;
    for (const shard of plan.stale) {
      expected[shard.name] = shard.articles.length + shard.folders.length;
      for (const i of shard.articles) this.shardOfArticle.set(i, shard.name);
      for (const folder of shard.folders) this.shardOfFolder.set(folder.url, { shard: shard.name, order: order++, folder });
    }
    const names = Object.keys(expected).filter((name) => expected[name]! > 0);
    if (names.length === 0) {
      this.done = Promise.resolve();
      return;
    }
    const workerUrl = new URL("./search-worker.ts", import.meta.url).href;
    // Workers do not inherit tsx's loader hooks: register them, then import the TypeScript worker.
    const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
    const worker = (this.worker = new Worker(bootstrap, { eval: true, workerData: { dir, expected } }));
    this.done = new Promise<void>((resolve, reject) => {
      worker.once("message", (message: { ok: true } | { ok: false; message: string }) => {
        if (message.ok) resolve();
        else reject(new Error(message.message));
        void worker.terminate();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`pagefind: the search worker stopped (exit code ${code})`)));
    });
    this.done.catch(() => {});
  }

  /** A rendered article page's record, if its shard is being indexed. */
  offerArticle(position: number, page: ArticlePage): void {
    const shard = this.shardOfArticle.get(position);
    if (shard === undefined || this.sent.has(`a${position}`)) return;
    this.sent.add(`a${position}`);
    this.push({ ...articleRecord(page), shard, order: position });
  }

  /** A folder's record, if its shard is being indexed. */
  offerFolder(reader: ArticleReader, folder: Folder): void {
    const member = this.shardOfFolder.get(folder.url);
    if (!member || this.sent.has(`f${folder.url}`)) return;
    this.sent.add(`f${folder.url}`);
    this.push({ ...folderRecord(reader, folder), shard: member.shard, order: FOLDERS_AFTER + member.order });
  }

  private push(record: ShardRecord): void {
    this.batch.push(record);
    if (this.batch.length >= 200) this.flush();
  }

  private flush(): void {
    if (this.batch.length && this.worker) this.worker.postMessage(this.batch);
    this.batch = [];
  }

  /**
   * Makes every record not offered yet and sends it. A rebuild calls it before rendering: it renders a handful of
   * pages but re-indexes whole shards (a month's articles), so Pagefind indexes them while the pages render.
   */
  offerRest(reader: ArticleReader): void {
    for (const position of this.shardOfArticle.keys()) {
      if (!this.sent.has(`a${position}`)) this.offerArticle(position, articlePage(reader, position));
    }
    for (const { folder } of this.shardOfFolder.values()) this.offerFolder(reader, folder);
    this.flush();
  }

  /** Makes the records no rendered page gave, then waits for every stale shard to be written. */
  async finish(reader: ArticleReader): Promise<void> {
    this.offerRest(reader);
    await this.done;
  }

  /** Waits for the worker without adding anything (a build that failed must not leave it writing). */
  async abandon(): Promise<void> {
    await this.worker?.terminate();
  }
}

/** `pagefind/shards.json`: the shards the browser merges, the first one loaded, the rest merged into it. */
export async function writeShardList(dir: string, shards: readonly string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "shards.json"), `${JSON.stringify({ shards })}\n`);
}
