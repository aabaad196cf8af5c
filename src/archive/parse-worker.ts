/** A parse worker: seed bytes in, the stored form of its parse out. Parsing is pure, so workers share nothing but messages. */
import { parentPort } from "node:worker_threads";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import { digestOf } from "./digest.js";
import type { StoredParse } from "./store.js";

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

/**
 * A seed's parse as the store keeps it: the Article and its digest as JSON, made here so the thread that parsed
 * also serialises (the main thread only writes the text to the store and reads the small digest back).
 */
export function parseBytes(file: string, bytes: Uint8Array): StoredParse {
  const seed = readSeedBytes(file, bytes);
  const result = seed.ok ? parseSeed(seed.value) : seed;
  if (!result.ok) return { ok: false, reason: result.problem.reason };
  return { ok: true, article: JSON.stringify(result.value), digest: JSON.stringify(digestOf(result.value)) };
}

parentPort?.on("message", (job: ParseJob) => {
  let parsed: StoredParse;
  try {
    parsed = parseBytes(job.file, job.bytes);
  } catch (error) {
    // A crash in an extractor is a bug, but one article must not take the build down with it unnamed.
    parsed = { ok: false, reason: `internal error while parsing: ${(error as Error).message}` };
  }
  parentPort!.postMessage({ id: job.id, parsed });
});
