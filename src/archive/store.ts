/**
 * The archive's store: every parsed seed, on disk, in one SQLite database (better-sqlite3), so a build holds only
 * compact digests in memory and reads a whole Article back only to render its page.
 *
 * - `parsed`: a seed's parse, keyed by its name and content hash (seedKey): its digest (./digest.ts) as JSON, or
 *   the reason it could not be read; `articles`: the Article itself, as JSON, under the same key. Apart, because a
 *   build reads every digest and few Articles, and SQLite reads a row's columns in order, through the overflow
 *   pages of a long one: with both in one row, reading the digests read every Article too (11 s of a 17 s rebuild
 *   at 100,000 articles). Content-addressed, so a renamed-back or restored seed is never parsed twice, and the
 *   database file is named by the parser's version, so new extraction code starts a new store instead of trusting
 *   old Articles.
 * - `seeds`: what each seed file looked like when it was last hashed (size, modification time, inode), so a
 *   rebuild of a hundred thousand seeds stats them instead of reading and hashing every one — as git's index does.
 *
 * Why SQLite (measured on 100,000 parsed BBC-sized Articles, see README): one file, reads that do not count
 * against the process's memory as LMDB's memory map does, concurrent readers from worker threads, and SQL
 * for what a build asks of it. The file can be deleted at any time: it only saves work, never changes output.
 */
import Database from "better-sqlite3";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../article.js";
import { parserVersion } from "./parser-version.js";

/** A seed's parse as it is stored: the Article and its digest as JSON text, or why it failed. */
export type StoredParse = { ok: true; article: string; digest: string } | { ok: false; reason: string };

/** The tables' layout: a file of another layout is another store (and the old one is simply never opened). */
const SCHEMA = "s3";

export interface SeedStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

export class ArchiveStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly getArticle: Database.Statement<[string], { article: string | null }>;
  private readonly hasParsed: Database.Statement<[string], { ok: number }>;
  private readonly putParsed: Database.Statement<[string, number, string | null, string | null]>;
  private readonly putArticle: Database.Statement<[string, string]>;
  private readonly putSeed: Database.Statement<[string, number, number, number, string]>;

  /** Opens (or creates) the store for this parser version under `dir`. */
  constructor(dir: string, options: { readonly?: boolean } = {}) {
    if (!options.readonly) mkdirSync(dir, { recursive: true });
    this.path = join(dir, `articles-${parserVersion()}-${SCHEMA}.sqlite`);
    this.db = new Database(this.path, { readonly: options.readonly ?? false });
    if (!options.readonly) {
      // WAL: render workers read while the build writes; NORMAL sync: a crash may lose the last parses, never corrupt.
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, ok INTEGER NOT NULL, reason TEXT, digest TEXT);
        CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, article TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS seeds (file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, ino INTEGER NOT NULL, key TEXT NOT NULL) WITHOUT ROWID;
      `);
    }
    this.getArticle = this.db.prepare("SELECT article FROM articles WHERE key = ?");
    this.hasParsed = this.db.prepare("SELECT ok FROM parsed WHERE key = ?");
    this.putParsed = this.db.prepare("INSERT OR REPLACE INTO parsed (key, ok, reason, digest) VALUES (?, ?, ?, ?)");
    this.putArticle = this.db.prepare("INSERT OR REPLACE INTO articles (key, article) VALUES (?, ?)");
    this.putSeed = this.db.prepare("INSERT OR REPLACE INTO seeds (file, size, mtime, ino, key) VALUES (?, ?, ?, ?, ?)");
  }

  /** The whole Article of a seed key, as the parser made it (before filing). */
  article(key: string): Article {
    const row = this.getArticle.get(key);
    if (!row?.article) throw new Error(`store: no article under ${key}`);
    return JSON.parse(row.article) as Article;
  }

  /** Whether a seed key's parse (or its failure) is stored. */
  has(key: string): boolean {
    return this.hasParsed.get(key) !== undefined;
  }

  /** Stores parses in one transaction (one per batch: a transaction per row would cost a disk sync each). */
  putAll(entries: readonly (readonly [string, StoredParse])[]): void {
    this.db.transaction(() => {
      for (const [key, p] of entries) {
        if (p.ok) {
          this.putArticle.run(key, p.article);
          this.putParsed.run(key, 1, null, p.digest);
        } else this.putParsed.run(key, 0, p.reason, null);
      }
    })();
  }

  /** Every remembered seed file: what it looked like when hashed, and its key. One scan, not a query per seed. */
  knownSeeds(): Map<string, SeedStat & { key: string }> {
    const known = new Map<string, SeedStat & { key: string }>();
    for (const row of this.db.prepare("SELECT file, size, mtime, ino, key FROM seeds").iterate() as IterableIterator<{ file: string; size: number; mtime: number; ino: number; key: string }>) {
      known.set(row.file, { size: row.size, mtimeMs: row.mtime, ino: row.ino, key: row.key });
    }
    return known;
  }

  /**
   * Each stored digest (or failure) whose key `wants`, handed over as it is read in one pass over the table — not
   * collected first: a hundred thousand digests' JSON held at once was a fifth of a rebuild's peak memory.
   */
  eachDigest(wants: (key: string) => boolean, visit: (key: string, stored: { ok: true; digest: string } | { ok: false; reason: string }) => void): void {
    const rows = this.db.prepare("SELECT key, ok, reason, digest FROM parsed").iterate() as IterableIterator<{ key: string; ok: number; reason: string | null; digest: string | null }>;
    for (const row of rows) {
      if (!wants(row.key)) continue;
      if (row.ok) {
        if (row.digest) visit(row.key, { ok: true, digest: row.digest });
      } else visit(row.key, { ok: false, reason: row.reason ?? "could not be read" });
    }
  }

  rememberSeeds(entries: readonly (readonly [string, SeedStat, string])[]): void {
    this.db.transaction(() => {
      for (const [file, stat, key] of entries) this.putSeed.run(file, stat.size, stat.mtimeMs, stat.ino, key);
    })();
  }

  close(): void {
    this.db.close();
  }
}

/** A store in a fresh temporary folder, for a build with no cache: removed by the returned function. */
export function temporaryStore(dir: string): { store: ArchiveStore; remove: () => void } {
  const store = new ArchiveStore(dir);
  return {
    store,
    remove: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
