/**
 * A full garbage collection on request. V8 sizes its heap limit from the machine's memory (gigabytes here), so
 * between two render slices it lets the last slice's pages pile up rather than collect them; a build that knows
 * a slice's pages are now garbage says so, and the peak memory of a big cold build stays near what it holds.
 */
import { setFlagsFromString } from "node:v8";
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
