/**
 * `npm run build` loads the archive and plans the site before Eleventy starts (so bad seeds stop the build
 * before anything renders), then hands each Eleventy run the views of its slice of pages; Eleventy's data step
 * takes them instead of reading every seed again. Watch mode finds nothing handed over and loads afresh on each
 * change.
 */
import { resolve } from "node:path";
import type { RenderViews, SiteGlobals } from "./render-views.js";

export interface Prepared {
  globals: Readonly<SiteGlobals>;
  views: RenderViews;
}

let handed: (Prepared & { dir: string }) | undefined;

export function handOver(seedsDir: string, prepared: Prepared): void {
  handed = { dir: resolve(seedsDir), ...prepared };
}

/** What was handed over for these seeds, once: a second build in the same process prepares its own. */
export function takeOver(seedsDir: string): Prepared | undefined {
  const found = handed?.dir === resolve(seedsDir) ? handed : undefined;
  handed = undefined;
  return found && { globals: found.globals, views: found.views };
}
