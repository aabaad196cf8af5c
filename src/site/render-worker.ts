/** A render thread: slices of views in, pages written by its own Eleventy, one slice at a time. */
import { parentPort } from "node:worker_threads";
import { renderHere, type RenderJob } from "./render-pool.js";
import { collectGarbage } from "../collect.js";

parentPort!.on("message", (job: RenderJob) => {
  renderHere(job).then(
    () => {
      // A slice leaves its Eleventy, views and pages behind as garbage (about 100 MiB of a 170 MiB heap on a
      // 100,000-article build), which V8 would otherwise keep until the next slice doubled it. The thread holds
      // nothing else, so a full collection here is cheap; it took 240 MiB off that build's peak.
      collectGarbage();
      parentPort!.postMessage({ ok: true });
    },
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
