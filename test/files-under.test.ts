/** A site's files listed folder by folder: every regular file, nothing behind a link, skipped folders unentered. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { filesUnder } from "../src/files-under.js";

describe("filesUnder", () => {
  const site = mkdtempSync(join(tmpdir(), "cuttings-files-under-"));
  const outside = mkdtempSync(join(tmpdir(), "cuttings-files-outside-"));
  after(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  for (const page of ["index.html", "people/ada-lovelace/index.html", "people/ada-lovelace/2/index.html", "pagefind/fragment/a.pf_fragment", "api/people.json"]) {
    mkdirSync(join(site, page, ".."), { recursive: true });
    writeFileSync(join(site, page), "x");
  }
  mkdirSync(join(site, "empty"));
  writeFileSync(join(outside, "secret.txt"), "not the site's");
  symlinkSync(outside, join(site, "linked-folder"));
  symlinkSync(join(outside, "secret.txt"), join(site, "linked-file.txt"));

  it("lists every regular file in every folder, with '/' between the parts, and no link or folder", () => {
    assert.deepEqual(filesUnder(site).sort(), ["api/people.json", "index.html", "pagefind/fragment/a.pf_fragment", "people/ada-lovelace/2/index.html", "people/ada-lovelace/index.html"]);
  });

  it("does not enter a skipped folder, named by its path from the top", () => {
    assert.deepEqual(filesUnder(site, (folder) => folder === "pagefind" || folder === "people/ada-lovelace/2").sort(), ["api/people.json", "index.html", "people/ada-lovelace/index.html"]);
  });
});
