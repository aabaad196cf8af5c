/**
 * The command line: thin commands over the modules (`parse`, `build`, `serve`, `eval`, `bench`, `check-links`,
 * `validate-html`, `train`, `review`). User errors print one line each and set the exit code; a stack trace means
 * a bug. Every command answers `--help` with its usage and exits 0.
 */
import { USAGE } from "./commands/usage.js";

// Each command loads only its own modules: a rebuild should not pay for the evaluator's or the validator's.
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  parse: async (args) => (await import("./commands/parse.js")).runParse(args),
  build: async (args) => (await import("./commands/build.js")).runBuild(args),
  serve: async (args) => (await import("./commands/serve.js")).runServe(args),
  eval: async (args) => (await import("./eval/run.js")).runEval(args),
  train: async (args) => (await import("./commands/train.js")).runTrain(args),
  bench: async (args) => (await import("./bench/run.js")).runBench(args),
  "check-links": async (args) => (await import("./commands/check-links.js")).runCheckLinks(args),
  "validate-html": async (args) => (await import("./commands/validate-html.js")).runValidateHtml(args),
  review: async (args) => (await import("./commands/review.js")).runReview(args),
};

const [command, ...args] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  const help = command === "--help" || command === "help";
  (help ? process.stdout : process.stderr).write(`usage: cli.ts <${Object.keys(COMMANDS).join("|")}> [options] (--help for a command's options)\n`);
  process.exitCode = help ? 0 : 2;
} else if (args.includes("--help") && USAGE[command!]) {
  process.stdout.write(USAGE[command!]!);
  process.exitCode = 0;
} else {
  process.exitCode = await run(args);
}
// The benchmark reads a command's peak memory from this line (workers share the process, so it counts them too).
if (process.env.CUTTINGS_REPORT_RESOURCES) process.stderr.write(`resources: maxRSS=${process.resourceUsage().maxRSS}\n`);
