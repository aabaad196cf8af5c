/**
 * Front matter never runs code. gray-matter (used by the seed reader, and inside Eleventy for templates)
 * evaluates `---js` / `---javascript` front matter with `eval` unless told otherwise. Each payload here writes
 * a marker file when run; a control proves it does run under the defaults, so its absence means something.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import matter from "gray-matter";
import { tempDir } from "../helpers.js";
import { build, filesUnder, GOOD_SEEDS, seedsFolder } from "./site.js";

/** Front matter whose evaluation writes `marker` (gray-matter's eval runs with CommonJS `require` in scope). */
const payload = (opener: string, marker: string) =>
  `${opener}\n{ headline: (require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "Owned") }\n---\nThe council voted on Tuesday.\n`;

describe("code in front matter", () => {
  it("runs under gray-matter's defaults (the control)", () => {
    const marker = join(tempDir("marker"), "ran");
    matter(payload("---js", marker));
    assert.ok(existsSync(marker), "the payload is live: without the guard it runs");
  });

  it("is refused by name in a seed, and never runs, whichever way the opener is written", () => {
    const markers = tempDir("markers");
    const openers = ["---js", "---javascript", "---JS", "--- javascript ", "---coffee"];
    const seeds = Object.fromEntries(openers.map((o, i) => [`code-${i}.md`, payload(o, join(markers, `ran-${i}`))]));
    const { run, out } = build(seedsFolder(seeds, GOOD_SEEDS), "--keep-going");
    assert.equal(run.status, 1);
    openers.forEach((opener, i) => {
      assert.match(run.stderr, new RegExp(`^code-${i}\\.md: front matter in ".+" is not allowed, only YAML`, "m"), opener);
    });
    assert.deepEqual(filesUnder(markers), [], "no payload ran");
    assert.ok(!filesUnder(out).some((f) => f.startsWith("articles/code-")), "no page for a refused seed");
  });

  it("cannot hide in YAML: JavaScript tags are unknown to the core schema", () => {
    const { run } = build(seedsFolder({ "tagged.md": '---\nheadline: !!js/function "function () { return 1 }"\n---\nBody text.\n' }));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^tagged\.md: malformed YAML front matter: unknown tag/m);
  });

  it("is refused by Eleventy for templates too, with the project's config (and runs without it)", () => {
    // The child runs in a folder of its own, so the packages it loads are named by their resolved URLs.
    const eleventy = import.meta.resolve("@11ty/eleventy");
    const tsx = import.meta.resolve("tsx");
    const config = resolve("eleventy.config.ts");
    const attempt = (configPath: string) => {
      const project = tempDir("eleventy");
      mkdirSync(join(project, "templates"));
      const marker = join(project, "ran");
      writeFileSync(join(project, "templates/page.njk"), payload("---js", marker).replace("headline", "title"));
      const script = `const { Eleventy } = await import(${JSON.stringify(eleventy)});
        try { await new Eleventy(undefined, join("out"), { configPath: ${JSON.stringify(configPath)}, quietMode: true }).write(); }
        catch (error) { console.error(String(error.originalError?.message ?? error.message)); process.exitCode = 1; }`;
      const run = spawnSync(process.execPath, ["--import", tsx, "--input-type=module", "-e", `import { join } from "node:path";\n${script}`], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, CUTTINGS_SEEDS: resolve("test/fixtures/seeds"), CUTTINGS_OUT: join(project, "out") },
      });
      return { ran: existsSync(marker), run };
    };
    const bare = tempDir("bare-config");
    writeFileSync(join(bare, "eleventy.config.mjs"), "export default function () {}\n");
    const control = attempt(join(bare, "eleventy.config.mjs"));
    assert.equal(control.ran, true, `control: Eleventy's defaults run it ${control.run.stderr}`);
    const guarded = attempt(config);
    assert.equal(guarded.ran, false, "the project's config never runs it");
    assert.match(guarded.run.stderr, /JavaScript front matter is disabled/);
  });
});
