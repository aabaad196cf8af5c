/**
 * Parsing many seeds across every core with worker_threads. Results come back by job id and are placed by
 * index, so the output is identical to a serial parse whatever order the workers finish in.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Parsed } from "./cache.js";
import type { ParseJob } from "./parse-worker.js";

export interface SeedBytes {
  file: string;
  bytes: Uint8Array;
}

/** Below this many seeds, starting workers (each loads the NLP libraries) costs more than it saves. */
const WORTH_A_WORKER = 40;

export async function parseAll(seeds: SeedBytes[], onParsed: (index: number, parsed: Parsed) => void, workers = availableParallelism()): Promise<void> {
  const count = Math.min(workers, Math.ceil(seeds.length / WORTH_A_WORKER));
  if (seeds.length === 0) return;
  if (count <= 1) {
    // Loaded on demand: the NLP libraries take half a second to load, and a rebuild from cache needs none of them.
    const { parseBytes } = await import("./parse-worker.js");
    seeds.forEach((seed, index) => onParsed(index, safeParse(parseBytes, seed)));
    return;
  }
  const workerUrl = new URL("./parse-worker.ts", import.meta.url).href;
  // Workers do not inherit tsx's loader hooks, so each registers them before importing the TypeScript worker.
  const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
  let next = 0;
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(bootstrap, { eval: true });
        const feed = () => {
          if (next >= seeds.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const id = next++;
          const job: ParseJob = { id, file: seeds[id]!.file, bytes: seeds[id]!.bytes };
          worker.postMessage(job);
        };
        worker.on("message", (message: { id: number; parsed: Parsed }) => {
          onParsed(message.id, message.parsed);
          feed();
        });
        worker.on("error", reject);
        worker.once("online", feed);
      }),
    ),
  );
}

function safeParse(parseBytes: (file: string, bytes: Uint8Array) => Parsed, seed: SeedBytes): Parsed {
  try {
    return parseBytes(seed.file, seed.bytes);
  } catch (error) {
    return { ok: false, reason: `internal error while parsing: ${(error as Error).message}` };
  }
}
