/**
 * A full garbage collection on request. V8 sizes its heap limit from the machine's memory (gigabytes here), so
 * between two render slices it lets the last slice's pages pile up rather than collect them; a build that knows
 * a slice's pages are now garbage says so, and the peak memory of a big cold build stays near what it holds.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;
/** The heap in use after the last collection asked for here. */
let heldAfterCollection = 0;

export function collectGarbage(): void {
  if (!gc) {
    // The documented flag, set at run time: a fresh context then sees the `gc` function it exposes.
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  heldAfterCollection = getHeapStatistics().used_heap_size;
}

/**
 * How much garbage a long loop may leave before it is collected. V8 on a machine with gigabytes lets the heap
 * grow to twice what it holds before a full collection; while a build holds a big archive, that doubling is the
 * peak. A loop that makes files or pages from it calls `collectWhenGrown` now and then, and the heap stays within
 * this of what the build holds.
 */
const GARBAGE_BUDGET = 256 * 1024 * 1024;

/** Collects when the heap has grown by the budget since the last collection asked for here (a cheap check). */
export function collectWhenGrown(): void {
  if (getHeapStatistics().used_heap_size - heldAfterCollection > GARBAGE_BUDGET) collectGarbage();
}
