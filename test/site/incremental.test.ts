/**
 * A rebuild renders only the pages whose inputs changed, and the site it leaves is byte for byte the site a full
 * build of the same seeds makes: pages of removed seeds and entities are gone, a page deleted by hand comes back,
 * and a damaged manifest only costs a full render. Counts come from the build's report line; nothing is timed.
 */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import { writeSyntheticArchive } from "../../src/bench/synthetic.js";
import { MANIFEST_FILE } from "../../src/site/manifest.js";
import { outputPath, sliceRenderSet, type RenderSet } from "../../src/site/render-plan.js";
import { cli, tempDir } from "../helpers.js";

const rendered = (stdout: string) => {
  const m = /(\d+) pages? rendered, (\d+) unchanged/.exec(stdout);
  assert.ok(m, `no render counts in: ${stdout}`);
  return { rendered: Number(m[1]), unchanged: Number(m[2]) };
};

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function assertSameSite(actual: string, expected: string) {
  const a = tree(actual);
  const b = tree(expected);
  assert.deepEqual([...a.keys()], [...b.keys()], "the same files");
  for (const [file, bytes] of b) assert.ok(bytes.equals(a.get(file)!), `${file} differs from a full build`);
}

describe("incremental rendering", () => {
  const seeds = tempDir("incremental-seeds");
  const cache = tempDir("incremental-cache");
  const out = join(tempDir("incremental-site"), "_site");
  const build = () => {
    const run = cli("build", "--seeds", seeds, "--out", out, "--cache", cache);
    assert.equal(run.status, 0, run.stderr);
    return rendered(run.stdout);
  };
  const fullBuild = () => {
    const full = join(tempDir("incremental-full"), "_site");
    const run = cli("build", "--seeds", seeds, "--out", full, "--no-cache");
    assert.equal(run.status, 0, run.stderr);
    assert.equal(rendered(run.stdout).unchanged, 0);
    return full;
  };
  let first: ReturnType<typeof build>;
  before(async () => {
    await writeSyntheticArchive(seeds, 40);
    first = build();
  });

  it("renders every page on the first build, and none when nothing changed", () => {
    assert.equal(first.unchanged, 0);
    assert.ok(first.rendered > 40);
    assert.deepEqual(build(), { rendered: 0, unchanged: first.rendered });
  });

  it("after adding, editing and removing seeds renders only what they touch, and equals a full build", () => {
    const names = (readdirSync(seeds, { recursive: true }) as string[]).filter((f) => /\.(txt|md)$/.test(f)).sort();
    const removed = names[0]!;
    const removedSlug = removed.replace(/\.(txt|md)$/, "").replace(/\//g, "-");
    assert.ok(existsSync(join(out, "articles", removedSlug, "index.html")));
    rmSync(join(seeds, removed));
    const edited = join(seeds, names[1]!);
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nThe council said on Friday the library would reopen in spring.\n`);
    copyFileSync("seeds/000_704fb2fff2903a51.txt", join(seeds, "zz-added.txt"));

    const run = build();
    assert.ok(run.rendered > 0 && run.unchanged > 0, `some pages kept: ${JSON.stringify(run)}`);
    assert.ok(run.rendered < run.unchanged, `most pages kept: ${JSON.stringify(run)}`);
    assert.ok(!existsSync(join(out, "articles", removedSlug, "index.html")), "the removed seed's page is gone");
    assert.ok(existsSync(join(out, "articles/zz-added/index.html")));
    assert.ok(existsSync(join(out, "people/mark-smith/feed.xml")), "the new speaker's feed is written");
    assertSameSite(out, fullBuild());
  });

  it("renders again a page deleted by hand", () => {
    const page = join(out, outputPath("/articles/zz-added/"));
    rmSync(page);
    assert.deepEqual(build().rendered, 1);
    assert.ok(existsSync(page));
  });

  it("renders everything when the manifest is damaged, and still equals a full build", () => {
    writeFileSync(join(out, MANIFEST_FILE), '{"version": "');
    assert.equal(build().unchanged, 0);
    assertSameSite(out, fullBuild());
  });
});

describe("output paths", () => {
  it("maps a page's URL to the file Eleventy writes", () => {
    assert.equal(outputPath("/"), "index.html");
    assert.equal(outputPath("/people/ann-lee/"), "people/ann-lee/index.html");
    assert.equal(outputPath("/quotes/page/3/"), "quotes/page/3/index.html");
    assert.equal(outputPath("/404.html"), "404.html");
  });
});

describe("rendering in slices", () => {
  const set = (counts: Record<string, number>): RenderSet => {
    const items = (kind: string) => Array.from({ length: counts[kind] ?? 0 }, (_, i) => ({ url: `/${kind}/${i}/` }));
    return {
      articles: items("articles"), personPages: items("personPages"), organisationPages: items("organisationPages"),
      months: items("months"), people: items("people"), organisations: items("organisations"), quotes: items("quotes"),
      sitemap: ["/", "/articles/0/"],
    } as unknown as RenderSet;
  };
  const urls = (s: RenderSet) => [s.articles, s.personPages, s.organisationPages, s.months, s.people, s.organisations, s.quotes].flat().map((i) => (i as { url: string }).url);

  it("covers every page once, in order, in slices no larger than asked, each with the whole sitemap", () => {
    const whole = set({ articles: 7, personPages: 5, months: 2, quotes: 3 });
    const slices = sliceRenderSet(whole, 4);
    assert.deepEqual(slices.map((s) => urls(s).length), [4, 4, 4, 4, 1]);
    assert.deepEqual(slices.flatMap(urls), urls(whole));
    for (const s of slices) assert.equal(s.sitemap, whole.sitemap);
  });

  it("leaves a set that fits, or an empty one, as a single run", () => {
    assert.equal(sliceRenderSet(set({ articles: 3 }), 4).length, 1);
    const empty = set({});
    assert.deepEqual(sliceRenderSet(empty, 4), [empty]);
  });
});
