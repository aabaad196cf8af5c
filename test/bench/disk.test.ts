import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { diskUse } from "../../src/bench/disk.js";

describe("a folder's use of the disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "cuttings-disk-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("counts every file under it, nested ones included, and adds up their sizes", () => {
    mkdirSync(join(dir, "people/ada-lovelace"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "x".repeat(1000));
    writeFileSync(join(dir, "people/ada-lovelace/index.html"), "y".repeat(5000));
    writeFileSync(join(dir, "people/empty.json"), "");
    const use = diskUse(dir);
    assert.equal(use.files, 3);
    assert.equal(use.bytes, 6000);
  });

  it("reports the blocks the files were given, in bytes", () => {
    const use = diskUse(dir);
    // A 5,000-byte file cannot sit inside its inode: some blocks are allocated, counted in 512-byte units.
    assert.ok(use.allocated > 0);
    assert.equal(use.allocated % 512, 0);
  });

  it("does not follow or count links", () => {
    symlinkSync(join(dir, "index.html"), join(dir, "copy.html"));
    assert.equal(diskUse(dir).files, 3);
  });
});
