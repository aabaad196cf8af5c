/**
 * A full garbage collection on request. V8 sizes its heap limit from the machine's memory (gigabytes here), so
 * between two render slices it lets the last slice's pages pile up rather than collect them; a build that knows
 * a slice's pages are now garbage says so, and the peak memory of a big cold build stays near what it holds.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // The documented flag, set at run time: a fresh context then sees the `gc` function it exposes.
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

/** What the collection helpers read and ask of a heap: this thread's, or a test's stand-in. */
export interface Heap {
  used(): number;
  collect(): void;
}

const thisHeap: Heap = { used: () => getHeapStatistics().used_heap_size, collect: collectGarbage };

/**
 * Heap in use from which a build's big steps (the archive after parsing, the machine files, each render slice,
 * publishing) and a long parse on the main thread start with a full collection. Below it, a forced collection costs the main thread more than it saves: a cold BBC build (heap
 * 170–310 MiB) spent 2.6 s in nine of them. Above it, they hold a 100,000-article build under its memory budget.
 */
export const BIG_HEAP = 384 * 1024 * 1024;

/** A full collection, when the heap is big enough for one to matter (see BIG_HEAP). */
export function collectIfBig(heap: Heap = thisHeap): void {
  if (heap.used() > BIG_HEAP) heap.collect();
}

/**
 * A full collection that also compacts the heap, when it is big (see BIG_HEAP). A plain one frees objects but
 * leaves the pages that still hold a few live ones: after a 100,000-article build's load, plan and machine files,
 * its heap held 305 MiB on 534 MiB of pages. Compacted, on 343 MiB, and the render's slices peaked about 90 MiB
 * lower. It costs about twice a plain collection (0.75 s there), so a build asks for it once, before it renders.
 */
export function compactIfBig(heap: Heap = thisHeap): void {
  if (heap.used() <= BIG_HEAP) return;
  // V8's own flag, read by the collector when it starts: set for this one collection only.
  setFlagsFromString("--compact-on-every-full-gc");
  try {
    heap.collect();
  } finally {
    setFlagsFromString("--no-compact-on-every-full-gc");
  }
}

/**
 * How much garbage a long loop may leave before it is collected. V8 on a machine with gigabytes lets the heap
 * grow to twice what it holds before a full collection; while a build holds a big archive, that doubling is the
 * peak. A loop that makes files or pages from it checks a `garbageWatch` now and then, and the heap stays within
 * this of what the build holds.
 */
const GARBAGE_BUDGET = 256 * 1024 * 1024;

/**
 * A watch over a long loop's garbage (a cheap check to call at each step): collects when the heap has grown by
 * the budget since the watch started, or since the collection it last asked for. Counted from the loop's start,
 * not from an empty heap: a rebuild that holds a big archive and makes a handful of files never pays for a full
 * collection (one cost a 100,000-article rebuild a second when the budget was counted from nothing).
 */
export function garbageWatch(budget = GARBAGE_BUDGET, heap: Heap = thisHeap): () => void {
  let base = heap.used();
  return () => {
    if (heap.used() - base <= budget) return;
    heap.collect();
    base = heap.used();
  };
}
