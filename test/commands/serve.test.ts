/**
 * `npm start` watches the seeds: a seed added while it runs gets its pages, and a seed removed takes them away.
 * Waits poll the dev server until a deadline; they prove what happens, never how fast.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { tempDir } from "../helpers.js";

const ADDED = "2019-05-21-nickey-iyambo-former-vice-president-of-namibia-dies-aged-82.txt";

/** A port nothing listens on now: the OS picks one, and it is handed to the dev server. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function until(what: string, check: () => Promise<boolean>, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`gave up waiting: ${what}\n${log().slice(-2000)}`);
}

describe("npm start (watch)", () => {
  let server: ChildProcess;
  let base = "";
  let output = "";
  const seeds = tempDir("watch-seeds");
  const status = async (path: string) => (await fetch(base + path)).status;

  before(async () => {
    copyFileSync("seeds/000_704fb2fff2903a51.txt", join(seeds, "000_704fb2fff2903a51.txt"));
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve", "--seeds", seeds, "--port", String(port)], {
      env: { ...process.env, CUTTINGS_OUT: join(tempDir("watch-site"), "_site") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    await until("the first build to be served", async () => (await status("/people/mark-smith/")) === 200, () => output);
  });

  after(() => {
    server?.kill("SIGINT");
    server?.kill();
  });

  it("builds the pages of a seed added while it runs, and keeps the existing pages' URLs", async () => {
    copyFileSync(join("test/fixtures/wikinews", ADDED), join(seeds, ADDED));
    await until("the added seed's person page", async () => (await status("/people/nickey-iyambo/")) === 200, () => output);
    assert.match(await (await fetch(base + "/")).text(), /Iyambo/);
    assert.equal(await status("/people/mark-smith/"), 200);
    assert.equal(await status("/articles/000_704fb2fff2903a51/"), 200);
  });

  it("takes a removed seed's pages away", async () => {
    rmSync(join(seeds, ADDED));
    await until("the removed seed's person page to go", async () => (await status("/people/nickey-iyambo/")) === 404, () => output);
    assert.doesNotMatch(await (await fetch(base + "/")).text(), /Iyambo/);
    assert.equal(await status("/people/mark-smith/"), 200);
  });
});
