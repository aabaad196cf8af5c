/**
 * The site manifest: every file a build left in the output folder, with the fingerprint it was made from. It
 * lives inside the output folder (`.cuttings-manifest.json`), so it goes wherever the site goes: delete the
 * site and the next build renders everything; a manifest that is missing, unreadable or from another renderer
 * version is simply not used. Only a complete build writes it, last.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const MANIFEST_FILE = ".cuttings-manifest.json";

export interface SiteManifest {
  /** The renderer version the fingerprints were made under. */
  version: string;
  /** Site-relative path → fingerprint ("" for files rebuilt every time). */
  files: Record<string, string>;
}

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), "../..");
// Everything that shapes a page besides its data: templates, site.json, every source file (filters, the view
// model, the parser), the Eleventy config and the pinned library versions.
const RENDERER_SOURCES = ["templates", "src", "eleventy.config.ts", "package-lock.json"];

let version: string | undefined;

export function rendererVersion(): string {
  if (version) return version;
  const hash = createHash("sha256");
  const add = (path: string) => {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      hash.update(path.slice(PROJECT.length)).update("\0").update(readFileSync(path));
      return;
    }
    for (const name of names) add(join(path, name));
  };
  for (const source of RENDERER_SOURCES) add(join(PROJECT, source));
  version = hash.digest("hex").slice(0, 16);
  return version;
}

export function readManifest(siteDir: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(siteDir, MANIFEST_FILE), "utf8")) as Partial<SiteManifest>;
    if (typeof manifest.version !== "string" || !manifest.files || typeof manifest.files !== "object") return undefined;
    return { version: manifest.version, files: manifest.files };
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a manifest under the real name. */
export async function writeManifest(siteDir: string, manifest: SiteManifest): Promise<void> {
  const path = join(siteDir, MANIFEST_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  const sorted = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(temporary, JSON.stringify({ version: manifest.version, files: sorted }));
  await rename(temporary, path);
}

export const removeManifest = (siteDir: string) => rm(join(siteDir, MANIFEST_FILE), { force: true });
