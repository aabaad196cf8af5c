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
  const rebuild = (await eleventy.watch()) as ((path: string) => Promise<void>) | undefined;
  // Eleventy 3 logs a deleted file and rebuilds nothing: a removed seed (or overrides file) must leave the site.
  const seeds = resolve(process.env.CUTTINGS_SEEDS ?? "seeds");
  const watcher = (eleventy as unknown as { watcher?: { on(event: "unlink", listener: (path: string) => void): void } }).watcher;
  watcher?.on("unlink", (path) => {
    if (rebuild && resolve(path).startsWith(`${seeds}/`)) void rebuild(path);
  });
  await eleventy.serve(port);
  // Keep serving until interrupted; Eleventy's watcher and server hold the event loop open.
  await new Promise<void>((done) => process.once("SIGINT", () => void eleventy.stopWatch().then(done)));
  return 0;
}
