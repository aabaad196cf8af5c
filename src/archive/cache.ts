/**
 * The on-disk parse cache: one JSON file per parsed seed, keyed by the seed's name and content hash under the
 * parser's version. Entries are written to a temporary file and renamed into place, so a crash mid-write never
 * leaves a half-written entry under a real key; an unreadable entry is treated as missing and rebuilt. The
 * folder can be deleted at any time: it only saves work, never changes output.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { parserVersion } from "./parser-version.js";

export type Parsed = { ok: true; article: Article } | { ok: false; reason: string };

export function seedKey(file: string, bytes: Uint8Array): string {
  return createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
}

export class ParseCache {
  readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, parserVersion());
  }

  private path(key: string) {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<Parsed | undefined> {
    let text: string;
    try {
      text = await readFile(this.path(key), "utf8");
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { key?: string; parsed?: Parsed };
      // The key inside guards against a file renamed or copied into the wrong place.
      return entry.key === key && entry.parsed && typeof entry.parsed.ok === "boolean" ? entry.parsed : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, parsed: Parsed): Promise<void> {
    const path = this.path(key);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(temporary, JSON.stringify({ key, parsed }));
      await rename(temporary, path);
    } catch {
      // A cache that cannot be written (read-only checkout, full disk) only costs speed.
      await rm(temporary, { force: true });
    }
  }
}
