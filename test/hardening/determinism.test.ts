/**
 * Same seeds, same bytes: two builds of one seeds folder (odd names, hostile text, a Windows-1252 file) give
 * byte-identical sites — no build-time clock, no unordered iteration, no process id or temporary path in output.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { build, filesUnder, GOOD_SEEDS, ODD_SEEDS, seedsFolder, type Built } from "./site.js";

let first: Built;
let second: Built;

before(() => {
  const hostile = Object.fromEntries(["script-in-text.txt", "hostile-front-matter.md"].map((f) => [`test/fixtures/hostile-xss/${f}`, f]));
  const legacy = new Uint8Array([...new TextEncoder().encode("Minister resigns\n\nThe minister"), 0x92, ...new TextEncoder().encode("s reply, on 3 May 2024.\n")]);
  const seeds = seedsFolder({ ...ODD_SEEDS, "legacy.txt": legacy }, { ...GOOD_SEEDS, ...hostile });
  first = build(seeds);
  second = build(seeds);
  for (const built of [first, second]) assert.equal(built.run.status, 0, built.run.stderr);
});

describe("two builds of the same seeds", () => {
  it("write the same files", () => {
    assert.deepEqual(filesUnder(second.out), filesUnder(first.out));
  });

  it("write the same bytes in every file", () => {
    const differing = filesUnder(first.out).filter((f) => !readFileSync(join(first.out, f)).equals(readFileSync(join(second.out, f))));
    assert.deepEqual(differing, []);
  });

  it("print no build time, process id or temporary folder into the site", () => {
    const year = String(new Date().getUTCFullYear());
    for (const file of filesUnder(first.out).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const text = readFileSync(join(first.out, file), "utf8");
      assert.ok(!text.includes(first.parent) && !text.includes("/tmp/"), `${file} names a temporary folder`);
      assert.ok(!text.includes(`.building-`), `${file} names the staging folder`);
      // No seed is dated this year, so the year appearing at all means a clock leaked in.
      assert.ok(year < "2025" || !text.includes(`${year}-`), `${file} holds a date from this year`);
    }
  });
});
