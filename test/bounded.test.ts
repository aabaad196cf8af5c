/** The bounded job queue behind seed reads, cache writes and feed writes. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { boundedQueue } from "../src/bounded.js";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("boundedQueue", () => {
  it("runs every job, never more than the limit at once", async () => {
    const queue = boundedQueue(3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    for (let i = 0; i < 20; i++) {
      queue.add(async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done.push(i);
      });
    }
    await queue.drain();
    assert.equal(most, 3);
    assert.deepEqual([...done].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
  });

  it("rejects on drain with a job's failure, after the other jobs have run", async () => {
    const queue = boundedQueue(2);
    const done: number[] = [];
    queue.add(async () => {
      throw new Error("EACCES: permission denied, open 'api/people/ann.json'");
    });
    for (let i = 0; i < 5; i++) queue.add(async () => void done.push(i));
    await assert.rejects(queue.drain(), /EACCES/);
    assert.equal(done.length, 5);
  });

  it("drains at once when nothing was added", async () => {
    await boundedQueue(4).drain();
  });
});
