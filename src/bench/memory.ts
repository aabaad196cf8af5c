/**
 * The resident memory of a process and all its descendants (Linux /proc), in KiB: a build's own peak leaves out
 * the Pagefind process it feeds, and a fair figure for the machine counts both.
 */
import { readdirSync, readFileSync } from "node:fs";

export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0; // not Linux: the build's own figure stands alone
  }
  for (const pid of pids) {
    try {
      // The parent is the fourth field, after the command name in parentheses (which may itself hold spaces).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
    } catch {
      // the process ended while we looked
    }
  }
  const visit = (pid: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += rss ? Number(rss[1]) : 0;
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}
