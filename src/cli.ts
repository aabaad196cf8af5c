/**
 * The command line: thin commands over the modules (`parse`, `build`, `serve`, `eval`, `bench`, `check-links`).
 * User errors print one line each and set the exit code; a stack trace means a bug.
 */
import { runEval } from "./eval/run.js";
import { runBuild } from "./commands/build.js";
import { runParse } from "./commands/parse.js";
import { runServe } from "./commands/serve.js";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  parse: runParse,
  build: runBuild,
  serve: runServe,
  eval: runEval,
};

const [command, ...args] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  process.stderr.write(`usage: cli.ts <${Object.keys(COMMANDS).join("|")}> [options]\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await run(args);
}
