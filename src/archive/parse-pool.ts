/**
 * Parsing many seeds across every core: the main thread parses alongside one worker_thread per remaining core.
 * Results come back by seed index and are placed by index, so the output is identical to a serial parse whatever
 * order the threads finish in.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { collectIfBig } from "../collect.js";
import type { StoredParse } from "./store.js";
import type { ParseJob } from "./parse-worker.js";

export interface SeedFile {
  file: string;
  /** Reads the seed's bytes when a thread is ready for it, so a cold build never holds every seed at once. */
  read(): Uint8Array;
}

/** Below this many seeds per thread, starting a worker (each loads the NLP libraries) costs more than it saves. */
const WORTH_A_WORKER = 40;
/** Jobs a worker holds at once: one to parse and one waiting, so it never idles while the main thread parses. */
const IN_FLIGHT = 2;

/**
 * Parse threads by default: every core for a big parse, one fewer below it. Parsing allocates heavily, so V8's
 * background collector keeps part of another core busy for each parsing thread's sake, and a worker pays 2 to 3 s
 * to load and warm up its own copy of the NLP libraries. On this project's 2-core machine a second thread does not
 * pay for that on a few thousand seeds: a cold load of the BBC corpus (2,225 seeds) took 19.2, 20.2, 19.4 and
 * 17.8 s on two threads and 19.2, 20.6, 19.3 and 16.1 s on one (alternating, same hour), for 10 s more CPU. A big
 * cold build gains: 100,000 synthetic seeds parsed in 306 s on one thread and 204 s on two.
 */
export const defaultParseThreads = (seeds = 0) => Math.max(1, availableParallelism() - (seeds >= EVERY_CORE_AT ? 0 : 1));
/** Seeds from which every core parses, and a cold build starts its worker before it has hashed them. */
export const EVERY_CORE_AT = 3000;
/**
 * A parse worker's heap: its live data is the NLP libraries and one article, so a cap keeps V8 collecting instead
 * of growing the heap towards its default gigabytes while a big build parses for minutes.
 */
const WORKER_HEAP_MB = 512;
/** The main thread parses too: a full collection now and then (when the heap is big) keeps its garbage from raising the build's peak. */
const COLLECT_EVERY = 2000;

/**
 * `threads` counts the main thread: 1 parses serially. The main thread parses too rather than only feeding
 * workers: a worker in its place would pay for loading and warming up the NLP libraries once more — unless the
 * main thread has other work meanwhile (`mainThread: false`: a rebuild's few new seeds are parsed on a worker
 * while the main thread reads every other seed's digest; the promise settles when they are all parsed).
 */
export async function parseAll(
  seeds: SeedFile[],
  onParsed: (index: number, parsed: StoredParse) => void,
  threads = defaultParseThreads(seeds.length),
  options: { mainThread?: boolean; thread?: ParseThread } = {},
): Promise<void> {
  if (seeds.length === 0) {
    await options.thread?.close();
    return;
  }
  const mainThread = options.mainThread ?? true;
  const helpers = mainThread
    ? Math.max(0, Math.min(threads - 1, Math.floor(seeds.length / WORTH_A_WORKER) - 1))
    : Math.max(1, Math.min(threads, Math.ceil(seeds.length / WORTH_A_WORKER)));
  let next = 0;
  const take = () => (next < seeds.length ? next++ : -1);
  const workers = Array.from({ length: helpers }, (_, i) => runWorker(seeds, take, onParsed, i === 0 ? options.thread : undefined));
  if (helpers === 0) await options.thread?.close();
  if (!mainThread) {
    await Promise.all(workers);
    return;
  }
  // Loaded on demand: the NLP libraries take half a second to load, and a rebuild from cache needs none of them.
  const { parseBytes } = await import("./parse-worker.js");
  for (let id = take(), mine = 1; id >= 0; id = take(), mine++) {
    onParsed(id, safeParse(parseBytes, seeds[id]!));
    if (mine % COLLECT_EVERY === 0) collectIfBig();
    // Between two of the main thread's own parses, let I/O run (cache writes) and workers' results in.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
}

/**
 * A parse thread, started ahead of its seeds if need be: it loads the NLP libraries (a second or more) while the
 * build lists the seeds folder, and parses whatever it is given once they are known. Close it if it gets none.
 */
export class ParseThread {
  readonly worker: Worker;
  /** The thread's failure before anyone listened for it (a worker that could not load the parser). */
  failure?: Error;

  constructor() {
    const workerUrl = new URL("./parse-worker.ts", import.meta.url).href;
    // Workers do not inherit tsx's loader hooks, so each registers them before importing the TypeScript worker.
    const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
    this.worker = new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.on("error", (error) => {
      this.failure ??= error;
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function runWorker(seeds: SeedFile[], take: () => number, onParsed: (index: number, parsed: StoredParse) => void, thread = new ParseThread()): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const { worker } = thread;
    if (thread.failure) {
      reject(thread.failure);
      return;
    }
    let pending = 0;
    const feed = () => {
      const id = take();
      if (id < 0) {
        if (pending === 0) void thread.close().then(() => resolve());
        return;
      }
      pending++;
      let bytes: Uint8Array;
      try {
        bytes = seeds[id]!.read();
      } catch (error) {
        pending--;
        onParsed(id, { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
        feed();
        return;
      }
      const job: ParseJob = { id, file: seeds[id]!.file, bytes };
      worker.postMessage(job);
    };
    worker.on("message", (message: { id: number; parsed: StoredParse }) => {
      pending--;
      onParsed(message.id, message.parsed);
      feed();
    });
    worker.on("error", reject);
    // Jobs posted before the worker has loaded the parser wait in its queue.
    for (let i = 0; i < IN_FLIGHT; i++) feed();
  });
}

function safeParse(parseBytes: (file: string, bytes: Uint8Array) => StoredParse, seed: SeedFile): StoredParse {
  let bytes: Uint8Array;
  try {
    bytes = seed.read();
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  try {
    return parseBytes(seed.file, bytes);
  } catch (error) {
    return { ok: false, reason: `internal error while parsing: ${(error as Error).message}` };
  }
}
