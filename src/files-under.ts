/**
 * The files under a folder, walked one folder at a time with `readdirSync`. Node 20's recursive `readdir` costs
 * about 0.2 ms a folder: a site keeps each page in its own folder (`people/ada-lovelace/index.html`), so listing
 * the BBC site's 13,000 folders that way took 2.5–2.9 s, against 0.15 s walked like this.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Site-relative paths ("/"-separated) of the regular files under `dir`, in readdir order; `skip` names folders
 * (relative paths) not to enter. Symbolic links are not followed and not listed.
 */
export function filesUnder(dir: string, skip: (folder: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip(path)) walk(path);
      } else if (entry.isFile()) files.push(path);
    }
  };
  walk("");
  return files;
}
