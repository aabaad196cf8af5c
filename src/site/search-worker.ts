/**
 * Builds the search index on its own thread. Pagefind is a separate process fed over a pipe; fed from the main
 * thread, it would wait whenever Eleventy holds that thread rendering pages. Here it is fed without pause.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeSearchIndexTo, type SearchRecord } from "./search-index.js";

const { dir, records } = workerData as { dir: string; records: SearchRecord[] };
writeSearchIndexTo(dir, records).then(
  (result) => parentPort!.postMessage({ ok: true, pages: result.pages }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
