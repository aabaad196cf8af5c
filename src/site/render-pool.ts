/**
 * Rendering on every core: Eleventy runs on the main thread and on worker threads at once, each on its own slice
 * of pages. The main thread makes each slice's views (it holds the archive and reads the store), hands a slice to
 * a worker that is free, and renders one itself while the workers are busy; Pagefind indexes in its own process
 * meanwhile. Slices are disjoint, so the pages come out the same whichever thread renders them.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Eleventy } from "@11ty/eleventy";
import { handOver } from "./handoff.js";
import type { RenderViews, SiteGlobals } from "./render-views.js";

export interface RenderJob {
  seeds: string;
  out: string;
  globals: SiteGlobals;
  views: RenderViews;
}

/** Renders one slice with Eleventy on this thread. */
export async function renderHere(job: RenderJob): Promise<void> {
  // Frozen again after crossing a thread: Eleventy deep-copies unfrozen global data into every page.
  handOver(job.seeds, { globals: Object.freeze(job.globals), views: job.views });
  const eleventy = new Eleventy("templates", job.out, { configPath: "eleventy.config.ts", quietMode: true });
  await eleventy.write();
}

/** Render threads besides the main one: one per core but one (the main thread renders too). */
export const defaultRenderHelpers = () => Math.max(0, availableParallelism() - 1);

/** A render thread's heap: Eleventy, one slice's views and the pages it writes. */
const RENDER_HEAP_MB = 1024;

export class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly workers: Worker[] = [];

  constructor(helpers = defaultRenderHelpers()) {
    const workerUrl = new URL("./render-worker.ts", import.meta.url).href;
    // Workers do not inherit tsx's loader hooks: register them, then import the TypeScript worker.
    const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
    for (let i = 0; i < helpers; i++) {
      // A cap keeps V8 collecting a slice's garbage instead of growing the thread's heap towards gigabytes.
      const worker = new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /**
   * Renders a slice: on a free worker if there is one (resolving at once, the slice rendering there), else on
   * this thread (resolving when it is written). Call `drain` before reading the output.
   */
  async render(job: RenderJob): Promise<void> {
    const worker = this.idle.pop();
    if (!worker) return renderHere(job);
    const done = new Promise<void>((resolve, reject) => {
      const onMessage = (message: { ok: true } | { ok: false; message: string }) => {
        worker.off("error", onError);
        this.idle.push(worker);
        if (message.ok) resolve();
        else reject(new Error(message.message));
      };
      const onError = (error: Error) => {
        worker.off("message", onMessage);
        reject(error);
      };
      worker.once("message", onMessage);
      worker.once("error", onError);
    });
    const tracked = done.finally(() => this.running.delete(tracked));
    tracked.catch(() => {});
    this.running.add(tracked);
    worker.postMessage(job);
  }

  /** Waits for the slices on workers; the first failure rejects. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.running);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
