/**
 * Putting a finished build in place. A full build is a whole folder, swapped in by renames. An incremental build
 * holds only the pages it rendered: they are moved into the published site one by one (a rename each, so a
 * reader never sees half a page), files the archive no longer has are deleted, and each search shard indexed
 * again is swapped in as a folder (the shards that did not change stay as they are). The manifest is removed
 * first and written last: a crash in between leaves a site the next build does not trust, and renders whole.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { filesUnder } from "../files-under.js";
import { removeManifest, writeManifest, MANIFEST_FILE, type SiteManifest } from "./manifest.js";

import { SEARCH_DIR } from "./search-shards.js";

/** Site-relative paths of the files under `dir`, the search index's folder and the manifest excepted. */
function listWritten(dir: string): string[] {
  return filesUnder(dir, (folder) => folder === SEARCH_DIR).filter((path) => path !== MANIFEST_FILE);
}

/** Every file the build wrote is in the manifest: those without a fingerprint are rebuilt every time. */
async function completeManifest(staging: string, manifest: SiteManifest): Promise<SiteManifest> {
  const files = { ...manifest.files };
  for (const path of listWritten(staging)) files[path] ??= "";
  return { version: manifest.version, files };
}

/** A full build: the staging folder becomes the site. */
export async function publishWhole(staging: string, out: string, manifest: SiteManifest): Promise<void> {
  await writeManifest(staging, await completeManifest(staging, manifest));
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  if (existsSync(out)) await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}

/** An incremental build: what was rendered moves into the site; what the archive lost leaves it. */
export async function publishChanges(staging: string, out: string, manifest: SiteManifest, previous: SiteManifest, shards: readonly string[]): Promise<void> {
  const complete = await completeManifest(staging, manifest);
  await removeManifest(out);
  const made = new Set<string>();
  for (const path of listWritten(staging)) {
    const dir = dirname(join(out, path));
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await rename(join(staging, path), join(out, path));
  }
  await publishShards(join(staging, SEARCH_DIR), join(out, SEARCH_DIR), shards);
  await removeStale(out, previous, complete);
  await writeManifest(out, complete);
  await rm(staging, { recursive: true, force: true });
}

/** Each shard indexed again replaces its old folder; the list of shards follows; shards no longer listed go. */
async function publishShards(staged: string, live: string, shards: readonly string[]): Promise<void> {
  await mkdir(live, { recursive: true });
  for (const name of existsSync(staged) ? await readdir(staged) : []) {
    const from = join(staged, name);
    const to = join(live, name);
    if (name === "shards.json") continue;
    const old = join(live, `.${name}.old-${process.pid}`);
    if (existsSync(to)) await rename(to, old);
    await rename(from, to);
    await rm(old, { recursive: true, force: true });
  }
  if (existsSync(join(staged, "shards.json"))) await rename(join(staged, "shards.json"), join(live, "shards.json"));
  const keep = new Set([...shards, "shards.json"]);
  for (const name of await readdir(live)) if (!keep.has(name)) await rm(join(live, name), { recursive: true, force: true });
}

/** Deletes the files `previous` listed that `next` does not, and the folders that leaves empty. */
export async function removeStale(out: string, previous: SiteManifest, next: SiteManifest): Promise<number> {
  // Search shards are folders, kept or replaced whole by publishShards.
  const stale = Object.keys(previous.files).filter((path) => !(path in next.files) && !path.startsWith(`${SEARCH_DIR}/`));
  for (const path of stale) {
    // Paths come from a file in the output folder: never follow one that climbs out of it.
    if (path.split("/").some((part) => part === ".." || part === "") || path.startsWith("/")) continue;
    await rm(join(out, path), { force: true });
    for (let dir = dirname(path); dir !== "."; dir = dirname(dir)) {
      try {
        await rmdir(join(out, dir));
      } catch {
        break; // not empty (or gone): its parents are not empty either
      }
    }
  }
  return stale.length;
}
