/**
 * `npm run train`: retrains the learned components from the corpora and writes their committed weights files.
 * Each trainer is deterministic, so the same corpora and code give the same bytes (a reader can check a committed
 * file by retraining and comparing).
 */
import { resolve } from "node:path";
import { trainAttribution } from "../extract/quotes/train.js";

const TRAINERS: Record<string, (root: string, log: (line: string) => void) => Promise<void>> = {
  attribution: trainAttribution,
};

export async function runTrain(args: string[]): Promise<number> {
  let root = resolve("../shared/corpus");
  let only = Object.keys(TRAINERS);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--corpus" && args[i + 1]) root = resolve(args[++i]!);
    else if (args[i] === "--only" && args[i + 1]) only = args[++i]!.split(",");
    else {
      process.stderr.write(`train: unknown option or missing value: ${args[i]} (options: --only ${Object.keys(TRAINERS).join(",")}, --corpus DIR)\n`);
      return 2;
    }
  }
  const unknown = only.filter((name) => !TRAINERS[name]);
  if (unknown.length) {
    process.stderr.write(`train: no model named ${unknown.join(", ")} (models: ${Object.keys(TRAINERS).join(", ")})\n`);
    return 2;
  }
  for (const name of only) {
    try {
      await TRAINERS[name]!(root, (line) => process.stdout.write(`${line}\n`));
    } catch (error) {
      process.stderr.write(`train: ${(error as Error).message}\n`);
      return 1;
    }
  }
  return 0;
}
