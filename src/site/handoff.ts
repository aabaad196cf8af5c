/**
 * `npm run build` loads the archive and plans the site before Eleventy starts (so bad seeds stop the build
 * before anything renders); Eleventy's data step then takes both instead of reading every seed again. Watch mode
 * finds nothing handed over and loads afresh on each change.
 */
import { resolve } from "node:path";
import type { Archive } from "../archive/index.js";
import type { RenderPlan } from "./render-plan.js";

export interface Prepared {
  archive: Archive;
  plan: RenderPlan;
  /** The search index, already being built (Pagefind works in its own process while the pages render). */
  search?: Promise<unknown>;
}

let handed: (Prepared & { dir: string }) | undefined;

export function handOver(seedsDir: string, prepared: Prepared): void {
  handed = { dir: resolve(seedsDir), ...prepared };
}

/** What was handed over for these seeds, once: a second build in the same process prepares its own. */
export function takeOver(seedsDir: string): Prepared | undefined {
  const found = handed?.dir === resolve(seedsDir) ? handed : undefined;
  handed = undefined;
  return found && { archive: found.archive, plan: found.plan, ...(found.search ? { search: found.search } : {}) };
}
