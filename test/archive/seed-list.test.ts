/** Which files of a seeds folder are seeds: walked folder by folder, hidden ones and links left out, sorted. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { listSeedFiles } from "../../src/archive/load.js";

describe("listSeedFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "cuttings-seed-list-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (path: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "Council votes on the harbour plan.\n");
  };
  for (const path of ["2024/05/zebra.txt", "2024/05/Áine.md", "2024/05/B.html", "a.txt", "2023/notes.pdf", "entities.yml", "README.md", "2024/README.md"]) file(path);
  for (const path of [".DS_Store", "2024/.draft.txt", ".git/HEAD.txt", "2024/.hidden/old.txt"]) file(path);
  symlinkSync("/etc/hostname", join(dir, "2024/linked.txt"));

  it("lists seeds in nested folders with /-separated paths, sorted by code unit", async () => {
    const { seeds } = await listSeedFiles(dir);
    assert.deepEqual(seeds, ["2024/05/B.html", "2024/05/zebra.txt", "2024/05/Áine.md", "2024/README.md", "a.txt"]);
  });

  it("reports other files and links apart, and never lists hidden files or what hidden folders hold", async () => {
    const { others, links } = await listSeedFiles(dir);
    assert.deepEqual(others, ["2023/notes.pdf"]);
    assert.deepEqual(links, ["2024/linked.txt"]);
  });
});
