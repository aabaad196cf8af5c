/**
 * Rebuilding after adding a seed does only the new work, and the parse cache never changes what is built.
 * Counts come from the build's own report line ("N parsed, M from cache"); nothing here measures time.
 */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { loadSeeds, seedKey } from "../../src/archive/load.js";
import { ArchiveStore } from "../../src/archive/store.js";
import { writeSyntheticArchive } from "../../src/bench/synthetic.js";
import { cli, tempDir } from "../helpers.js";

const counts = (stdout: string) => {
  const m = /\((\d+) parsed, (\d+) from cache\)/.exec(stdout);
  assert.ok(m, `no parse counts in: ${stdout}`);
  return { parsed: Number(m[1]), cached: Number(m[2]) };
};

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe("rebuilding", () => {
  const seeds = tempDir("rebuild-seeds");
  const cache = tempDir("rebuild-cache");
  const out = join(tempDir("rebuild-site"), "_site");
  const build = () => cli("build", "--seeds", seeds, "--out", out, "--cache", cache);
  let first: ReturnType<typeof build>;
  before(() => {
    copyFileSync("seeds/000_704fb2fff2903a51.txt", join(seeds, "000_704fb2fff2903a51.txt"));
    copyFileSync("test/fixtures/seeds/council-library.md", join(seeds, "council-library.md"));
    first = build();
  });

  it("parses every seed on a cold build", () => {
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(counts(first.stdout), { parsed: 2, cached: 0 });
  });

  it("parses no seed when nothing changed", () => {
    assert.deepEqual(counts(build().stdout), { parsed: 0, cached: 2 });
  });

  it("parses exactly the one seed added, and keeps every existing URL", () => {
    const pagesBefore = [...tree(out).keys()].filter((f) => f.endsWith(".html"));
    writeFileSync(join(seeds, "added.txt"), "Union calls strike\n\nThe union said on Monday it would strike.\n");
    const run = build();
    assert.deepEqual(counts(run.stdout), { parsed: 1, cached: 2 });
    for (const page of pagesBefore) assert.ok(existsSync(join(out, page)), `${page} disappeared`);
    assert.ok(existsSync(join(out, "articles/added/index.html")));
  });

  it("re-resolves entities from an edited overrides file without reparsing", () => {
    writeFileSync(join(seeds, "entities.yml"), "- name: Margaret Okafor\n  description: Chair of the Friends of Eastfield Library\n");
    const run = build();
    assert.equal(run.status, 0, run.stderr);
    assert.equal(counts(run.stdout).parsed, 0);
    assert.match(readFileSync(join(out, "people/margaret-okafor/index.html"), "utf8"), /Chair of the Friends of Eastfield Library/);
  });

  it("ignores a damaged entry in the store and parses that seed again", () => {
    const key = seedKey("council-library.md", readFileSync(join(seeds, "council-library.md")));
    const path = new ArchiveStore(cache, { readonly: true }).path;
    const db = new Database(path);
    assert.equal(db.prepare("UPDATE parsed SET digest = '{\"head' WHERE key = ?").run(key).changes, 1);
    db.close();
    const run = build();
    assert.equal(run.status, 0, run.stderr);
    assert.equal(counts(run.stdout).parsed, 1);
    const again = new Database(path, { readonly: true });
    assert.doesNotThrow(() => JSON.parse((again.prepare("SELECT digest FROM parsed WHERE key = ?").get(key) as { digest: string }).digest), "the entry was rewritten");
    again.close();
  });

});

describe("parallel extraction", () => {
  it("builds a site byte-identical to a serial build, to a build with no cache, and to one rendered in slices", async () => {
    const seeds = tempDir("parallel-seeds");
    await writeSyntheticArchive(seeds, 90);
    const serial = join(tempDir("serial"), "_site");
    const parallel = join(tempDir("parallel"), "_site");
    const uncached = join(tempDir("uncached"), "_site");
    const sliced = join(tempDir("sliced"), "_site");
    assert.equal(cli("build", "--seeds", seeds, "--out", serial, "--workers", "1", "--cache", tempDir("c1")).status, 0);
    const run = cli("build", "--seeds", seeds, "--out", parallel, "--workers", "2", "--cache", tempDir("c2"));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(cli("build", "--seeds", seeds, "--out", uncached, "--no-cache").status, 0);
    // Eleventy runs of 25 pages each: several runs, slices cutting across page kinds.
    const slicedRun = cli("build", "--seeds", seeds, "--out", sliced, "--no-cache", "--pages-per-run", "25");
    assert.equal(slicedRun.status, 0, slicedRun.stderr);
    const a = tree(serial);
    assert.ok(a.size > 100, `a site of ${a.size} files is too small to need several runs`);
    for (const other of [tree(parallel), tree(uncached), tree(sliced)]) {
      assert.deepEqual([...other.keys()], [...a.keys()]);
      for (const [file, bytes] of a) assert.ok(bytes.equals(other.get(file)!), `${file} differs`);
    }
  });
});

describe("a seeds folder larger than the open-file limit", () => {
  // Under `ulimit -n 256`, 600 seeds cannot all be open at once: every one must still be read, parsed and cached.
  const underLimit = (...args: string[]) =>
    spawnSync("bash", ["-c", 'ulimit -n 256 && exec "$0" --import tsx src/cli.ts "$@"', process.execPath, ...args], { encoding: "utf8" });

  it("reads, parses and caches every seed, and reads them all back from the cache", async () => {
    const seeds = tempDir("many-seeds");
    await writeSyntheticArchive(seeds, 600);
    const cache = tempDir("many-cache");
    const out = join(tempDir("many-site"), "_site");
    const cold = underLimit("build", "--seeds", seeds, "--out", out, "--cache", cache);
    assert.equal(cold.status, 0, cold.stderr.slice(-2000));
    assert.match(cold.stdout, /build: 600 articles \(600 parsed, 0 from cache\)/);
    const warm = underLimit("build", "--seeds", seeds, "--out", out, "--cache", cache);
    assert.equal(warm.status, 0, warm.stderr.slice(-2000));
    assert.match(warm.stdout, /build: 600 articles \(0 parsed, 600 from cache\)/);
  });
});

describe("new seeds parsed on a worker while the stored digests are read", () => {
  it("gives the same digests and problems as parsing them on the main thread", async () => {
    const seeds = tempDir("beside-seeds");
    await writeSyntheticArchive(seeds, 6);
    const cacheA = tempDir("beside-cache-a");
    const cacheB = tempDir("beside-cache-b");
    // Both stores know the first six seeds; then two good seeds and an empty one are added.
    for (const cache of [cacheA, cacheB]) (await loadSeeds(seeds, { cache })).close();
    await writeSyntheticArchive(seeds, 8, 6);
    writeFileSync(join(seeds, "empty.txt"), "");
    const beside = await loadSeeds(seeds, { cache: cacheA, besideDigests: 1 });
    const here = await loadSeeds(seeds, { cache: cacheB, besideDigests: Infinity });
    try {
      assert.deepEqual([beside.parsed, beside.cached], [3, 6]);
      assert.deepEqual([here.parsed, here.cached], [3, 6]);
      assert.deepEqual(beside.seeds, here.seeds);
      assert.deepEqual(beside.problems, here.problems);
      assert.equal(beside.problems.length, 1, "the empty seed is reported");
      assert.equal(beside.problems[0]!.file, "empty.txt");
    } finally {
      beside.close();
      here.close();
    }
    const again = await loadSeeds(seeds, { cache: cacheA, besideDigests: 1 });
    assert.deepEqual([again.parsed, again.cached], [0, 9], "what the worker parsed was stored");
    again.close();
  });

  it("a cold load parses on a worker started before the seeds are hashed, with the same result as one thread", async () => {
    const seeds = tempDir("prestart-seeds");
    await writeSyntheticArchive(seeds, 90);
    writeFileSync(join(seeds, "empty.txt"), "");
    const two = await loadSeeds(seeds, { cache: tempDir("prestart-cache-a"), workers: 2, everyCoreAt: 1 });
    const one = await loadSeeds(seeds, { cache: tempDir("prestart-cache-b"), workers: 1 });
    try {
      assert.deepEqual([two.parsed, two.cached], [91, 0]);
      assert.deepEqual(two.seeds, one.seeds);
      assert.deepEqual(two.problems, one.problems);
      assert.equal(two.problems[0]?.file, "empty.txt", "the empty seed is reported");
    } finally {
      two.close();
      one.close();
    }
  });
});
