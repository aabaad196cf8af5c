/** Garbage collected as a long loop piles it up, counted from what the heap held when the loop began. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BIG_HEAP, collectIfBig, compactIfBig, garbageWatch } from "../src/collect.js";

describe("garbageWatch", () => {
  it("collects only once the heap has grown by the budget since the loop began, then counts from what is left", () => {
    let used = 600; // a rebuild already holds a big archive
    const collections: number[] = [];
    const check = garbageWatch(256, { used: () => used, collect: () => collections.push((used = 650)) });
    used = 800;
    check();
    assert.deepEqual(collections, [], "600 → 800 is within the budget: no collection, however big the heap");
    used = 900;
    check();
    assert.deepEqual(collections, [650], "600 → 900 is past it");
    used = 850;
    check();
    assert.deepEqual(collections, [650], "counted from the 650 the collection left");
    used = 907;
    check();
    assert.deepEqual(collections, [650, 650]);
  });
});

describe("collectIfBig", () => {
  it("collects only once the heap holds more than a small archive's build does", () => {
    let collections = 0;
    const heap = (used: number) => ({ used: () => used, collect: () => collections++ });
    collectIfBig(heap(300 * 1024 * 1024)); // a cold BBC build holds 170–310 MiB
    assert.equal(collections, 0);
    collectIfBig(heap(BIG_HEAP + 1));
    assert.equal(collections, 1);
  });
});

describe("compactIfBig", () => {
  it("compacts only a heap as big as a large archive's, and leaves later collections plain", () => {
    let collections = 0;
    const heap = (used: number) => ({ used: () => used, collect: () => collections++ });
    compactIfBig(heap(300 * 1024 * 1024));
    assert.equal(collections, 0);
    compactIfBig(heap(BIG_HEAP + 1));
    assert.equal(collections, 1);
    // A failing collection is reported, not swallowed.
    assert.throws(() => compactIfBig({ used: () => BIG_HEAP + 1, collect: () => { throw new Error("collector"); } }), /collector/);
  });
});
