/**
 * Which files the last build's manifest lists are no longer in the output folder (a page deleted by hand is
 * rendered again). A big site lists hundreds of thousands: checked one by one on the main thread that is a
 * second of every rebuild, so a plain-JavaScript worker checks them while the main thread loads the archive.
 */
import { Worker } from "node:worker_threads";
import { MANIFEST_FILE } from "./manifest.js";

// Plain JavaScript, evaluated: no TypeScript loader to start, so it is checking within milliseconds. A search
// shard is listed as its folder ("pagefind/<shard>/") and counts as present when its entry file is.
const CHECK = `
const { parentPort, workerData } = require("node:worker_threads");
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const missing = [];
try {
  const manifest = JSON.parse(readFileSync(join(workerData.out, workerData.manifest), "utf8"));
  for (const path of Object.keys(manifest.files || {})) {
    const file = path.endsWith("/") ? path + "pagefind-entry.json" : path;
    if (!existsSync(join(workerData.out, file))) missing.push(file);
  }
} catch {}
parentPort.postMessage(missing);
`;

/** Starts checking; the promise holds the site-relative paths that are missing (a shard as its entry file). */
export function missingFiles(out: string): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { out, manifest: MANIFEST_FILE } });
    worker.once("message", (missing: string[]) => {
      resolve(new Set(missing));
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
