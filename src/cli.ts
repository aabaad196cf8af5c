/**
 * The command line: thin commands over the modules (`parse`, `build`, `serve`, `eval`, `bench`, `check-links`).
 * User errors print one line each and set the exit code; a stack trace means a bug.
 */
import { runBench } from "./bench/run.js";
import { runEval } from "./eval/run.js";
import { runBuild } from "./commands/build.js";
import { runParse } from "./commands/parse.js";
import { runServe } from "./commands/serve.js";
import { runCheckLinks } from "./commands/check-links.js";
import { runValidateHtml } from "./commands/validate-html.js";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  parse: runParse,
  build: runBuild,
  serve: runServe,
  eval: runEval,
  bench: runBench,
  "check-links": runCheckLinks,
  "validate-html": runValidateHtml,
};

const [command, ...args] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  process.stderr.write(`usage: cli.ts <${Object.keys(COMMANDS).join("|")}> [options]\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await run(args);
}
// The benchmark reads a command's peak memory from this line (workers share the process, so it counts them too).
if (process.env.CUTTINGS_REPORT_RESOURCES) process.stderr.write(`resources: maxRSS=${process.resourceUsage().maxRSS}\n`);
