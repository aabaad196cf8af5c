/** A render thread: slices of views in, pages written by its own Eleventy, one slice at a time. */
import { parentPort } from "node:worker_threads";
import { renderHere, type RenderJob } from "./render-pool.js";

parentPort!.on("message", (job: RenderJob) => {
  renderHere(job).then(
    () => parentPort!.postMessage({ ok: true }),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
