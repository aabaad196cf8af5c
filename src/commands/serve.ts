/**
 * `npm start [-- --seeds DIR --port N]`: Eleventy's dev server with live reload. Adding, editing or removing a
 * seed rebuilds the site; only the changed seeds are parsed again (the loader remembers the rest by content).
 */
import { resolve } from "node:path";
import { Eleventy } from "@11ty/eleventy";

export async function runServe(args: string[]): Promise<number> {
  let port = 8080;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--seeds" && args[i + 1]) process.env.CUTTINGS_SEEDS = resolve(args[++i]!);
    else if (args[i] === "--port" && args[i + 1]) port = Number(args[++i]);
    else {
      process.stderr.write(`serve: unknown option ${args[i]} (options: --seeds DIR, --port N)\n`);
      return 2;
    }
  }
  const eleventy = new Eleventy("templates", undefined, { configPath: "eleventy.config.ts", runMode: "serve" }) as Eleventy & {
    init(): Promise<void>;
    stopWatch(): Promise<void>;
  };
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  // Keep serving until interrupted; Eleventy's watcher and server hold the event loop open.
  await new Promise<void>((done) => process.once("SIGINT", () => void eleventy.stopWatch().then(done)));
  return 0;
}
