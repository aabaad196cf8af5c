/**
 * `npm run train -- [--only NAME,…] [--corpus DIR] [--check]`: retrains the parser's learned parts from the
 * annotated corpora and writes their weights files, which are committed. Each trainer reads only the training
 * split it names (never a split the evaluation scores) and is deterministic: run twice, the bytes are the same.
 * `--check` trains and compares with the committed file instead of writing it (exit 1 if they differ).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { missing } from "../eval/corpora.js";
import { MODEL_FILE } from "../extract/quotes/confidence.js";

interface Trainer {
  /** One line for the usage text. */
  about: string;
  /** The corpus folders it trains on, under the corpus root. */
  corpora: string[];
  /** Where its weights go. */
  output: URL;
  /** Corpus root → the weights file's text. */
  train: (root: string, log: (line: string) => void) => Promise<string>;
}

const ENTITY_WEIGHTS = new URL("../extract/entities/weights.tsv", import.meta.url);

// In the order they depend on each other: the attribution model weighs speakers the entity tagger found.
const TRAINERS: Record<string, Trainer> = {
  entities: {
    about: "the entity tagger (person, organisation, place)",
    corpora: ["conll2003-train"],
    output: ENTITY_WEIGHTS,
    train: async (root, log) => {
      const dir = join(root, "conll2003-train");
      const { readTrainingCorpus } = await import("../extract/entities/corpus.js");
      const { train, DEFAULT_OPTIONS } = await import("../extract/entities/train.js");
      const { formatWeights } = await import("../extract/entities/model.js");
      const { documents, problems } = await readTrainingCorpus(dir);
      for (const p of problems) log(`skipped ${p}`);
      const weights = train(documents, {
        ...DEFAULT_OPTIONS,
        trainedOn: `conll2003-train (${documents.length} Reuters articles, CoNLL-2003 English training set; gold name lists matched to tokens)`,
        command: "npm run train -- --only entities",
        log,
      });
      return formatWeights(weights);
    },
  },
  attribution: {
    about: "the quote-attribution confidence (logistic model)",
    corpora: ["polnear-train", "news-attributions"],
    output: MODEL_FILE,
    train: async (root, log) => (await import("../extract/quotes/train.js")).attributionModel(root, log),
  },
};

const USAGE = `usage: npm run train -- [--only NAME,...] [--corpus DIR] [--check]

Retrains the parser's learned parts from the annotated corpora and writes their committed weights files.
  --only NAME,...  train only these (default: all)
  --corpus DIR     the corpus root (default: ../shared/corpus)
  --check          train, then compare with the committed weights instead of writing them (exit 1 if they differ)
  --help           this text

trainers:
${Object.entries(TRAINERS)
  .map(([name, t]) => `  ${name.padEnd(12)} ${t.about}: ${t.corpora.join(" + ")} → ${relative(process.cwd(), fileURLToPath(t.output))}`)
  .join("\n")}
`;

export async function runTrain(args: string[]): Promise<number> {
  let root = resolve("../shared/corpus");
  const only: string[] = [];
  let check = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(USAGE);
      return 0;
    } else if (arg === "--corpus" && args[i + 1]) root = resolve(args[++i]!);
    else if (arg === "--only" && args[i + 1]) only.push(...args[++i]!.split(","));
    else if (arg === "--check") check = true;
    else {
      process.stderr.write(`train: unknown option or missing value: ${arg} (see --help)\n`);
      return 2;
    }
  }
  const unknown = only.filter((name) => !TRAINERS[name]);
  if (unknown.length) {
    process.stderr.write(`train: no trainer called ${unknown.join(", ")} (trainers: ${Object.keys(TRAINERS).join(", ")})\n`);
    return 2;
  }
  let status = 0;
  for (const [name, trainer] of Object.entries(TRAINERS)) {
    if (only.length && !only.includes(name)) continue;
    const absent = trainer.corpora.map((c) => missing(join(root, c))).filter(Boolean);
    if (absent.length) {
      process.stderr.write(`train: ${name}: ${absent.join("; ")}\n`);
      status = 1;
      continue;
    }
    const text = await trainer.train(root, (line) => process.stderr.write(`${name}: ${line}\n`));
    const target = fileURLToPath(trainer.output);
    if (check) {
      const committed = await readFile(target, "utf8").catch(() => "");
      const same = committed === text;
      process.stdout.write(`${name}: ${same ? "the same bytes as" : "differs from"} ${relative(process.cwd(), target)}\n`);
      if (!same) status = 1;
    } else {
      await writeFile(target, text);
      process.stdout.write(`${name}: wrote ${relative(process.cwd(), target)} (${text.length} bytes)\n`);
    }
  }
  return status;
}
