/** A parse worker: seed bytes in, Parsed out. Parsing is pure, so workers share nothing but messages. */
import { parentPort } from "node:worker_threads";
import { parseSeed } from "../parse.js";
import { readSeedBytes } from "../seed/read.js";
import type { Parsed } from "./cache.js";

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export function parseBytes(file: string, bytes: Uint8Array): Parsed {
  const seed = readSeedBytes(file, bytes);
  const result = seed.ok ? parseSeed(seed.value) : seed;
  return result.ok ? { ok: true, article: result.value } : { ok: false, reason: result.problem.reason };
}

parentPort?.on("message", (job: ParseJob) => {
  let parsed: Parsed;
  try {
    parsed = parseBytes(job.file, job.bytes);
  } catch (error) {
    // A crash in an extractor is a bug, but one article must not take the build down with it unnamed.
    parsed = { ok: false, reason: `internal error while parsing: ${(error as Error).message}` };
  }
  parentPort!.postMessage({ id: job.id, parsed });
});
