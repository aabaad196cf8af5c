/**
 * What a folder takes on disk: how many files, their bytes, and the blocks the file system gave them. A site is
 * hundreds of thousands of small pages, each rounded up to a whole block, so its bytes and its footprint differ;
 * the plan for a bigger archive (docs/scale.md) needs both: bytes for object storage, blocks for one disk.
 */
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../files-under.js";

export interface DiskUse {
  files: number;
  /** The files' sizes added up. */
  bytes: number;
  /** The blocks allocated to them (`st_blocks`, in 512-byte units), in bytes. */
  allocated: number;
}

export function diskUse(dir: string): DiskUse {
  const use: DiskUse = { files: 0, bytes: 0, allocated: 0 };
  for (const file of filesUnder(dir)) {
    const s = lstatSync(join(dir, file));
    use.files++;
    use.bytes += s.size;
    use.allocated += s.blocks * 512;
  }
  return use;
}
