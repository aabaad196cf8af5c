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

describe("adding an article to a grown archive", () => {
  // 160 stories of one January: the prime minister's folder, the month and the quotes index run to several
  // blocks, and the newest story is added the way a newsroom adds one.
  const seeds = tempDir("stay-seeds");
  const cache = tempDir("stay-cache");
  const out = join(tempDir("stay-site"), "_site");
  const build = () => {
    const run = cli("build", "--seeds", seeds, "--out", out, "--cache", cache);
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  /** Every file of the site with what says whether it was written again: inode, modification time and bytes. */
  const snapshot = () => {
    const files = new Map<string, { ino: number; mtimeMs: number; bytes: Buffer }>();
    for (const [path, bytes] of tree(out)) {
      const s = statSync(join(out, path));
      files.set(path, { ino: s.ino, mtimeMs: s.mtimeMs, bytes });
    }
    return files;
  };
  let earlier: ReturnType<typeof snapshot>;
  let after: ReturnType<typeof snapshot>;
  let named: Set<string>;
  before(async () => {
    await writeSyntheticArchive(seeds, 160);
    build();
    earlier = snapshot();
    const [added] = await writeSyntheticArchive(seeds, 161, 160);
    const stdout = build();
    assert.match(stdout, /1 parsed, 160 from cache/);
    after = snapshot();
    const page = readFileSync(join(out, "articles", added!.replace(/\.(txt|md)$/, "").replace(/\//g, "-"), "index.html"), "utf8");
    named = new Set([...page.matchAll(/href="\/(people|organisations)\/([^/"]+)\//g)].map((m) => `${m[1]}/${m[2]}/`));
    assert.ok(named.size > 0, "the new article names people or organisations");
  });
  const untouched = (path: string) => {
    const [b, a] = [earlier.get(path)!, after.get(path)];
    return a !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.bytes.equals(b.bytes);
  };

  it("keeps every address the site had, its old paginated ones included", () => {
    // Search shards indexed again name their files by content: they are not addresses a reader keeps.
    const gone = [...earlier.keys()].filter((path) => !after.has(path) && !path.startsWith("pagefind/"));
    assert.deepEqual(gone, []);
    assert.ok([...earlier.keys()].some((path) => /^people\/[^/]+\/page\/2\/index\.html$/.test(path)), "a folder had blocks to keep");
  });

  it("leaves the pages of people and organisations it does not name untouched: not rewritten", () => {
    const folders = [...earlier.keys()].filter((path) => /^(people|organisations)\/[^/]+\/(page\/\d+\/)?index\.html$/.test(path) && !/^(people|organisations)\/page\//.test(path));
    const others = folders.filter((path) => !named.has(path.split("/").slice(0, 2).join("/") + "/"));
    assert.ok(others.length > 50, `${others.length} folders' pages checked`);
    assert.deepEqual(others.filter((path) => !untouched(path)), []);
  });

  it("leaves every full block of every list untouched: only the newest block moves", () => {
    const blocks = new Map<string, number[]>();
    for (const path of earlier.keys()) {
      const m = /^(.*\/)page\/(\d+)\/index\.html$/.exec(path);
      if (!m || /^(people|organisations)\/$/.test(m[1]!)) continue; // the A–Z indexes are alphabetical, not by age
      blocks.set(m[1]!, [...(blocks.get(m[1]!) ?? []), Number(m[2])]);
    }
    assert.ok(blocks.has("archive/2015/01/") && blocks.has("quotes/"), `lists with blocks: ${[...blocks.keys()].join(", ")}`);
    const moved: string[] = [];
    for (const [base, numbers] of blocks) {
      const newest = Math.max(...numbers);
      for (const n of numbers) if (n < newest && !untouched(`${base}page/${n}/index.html`)) moved.push(`${base}page/${n}/`);
    }
    assert.deepEqual(moved, []);
  });

  it("rewrites a handful of pages, not a share of the archive", () => {
    const rewritten = [...after.keys()].filter((path) => path.endsWith(".html") && (!earlier.has(path) || !untouched(path)));
    assert.ok(rewritten.length < 30, `${rewritten.length} pages rewritten: ${rewritten.join(", ")}`);
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
  // Folder and quotes pages here are full blocks (fifty quotes and fifty mentions; fifty quotes): 7⅔ and three
  // article pages' worth.
  const set = (counts: Record<string, number>): RenderSet => {
    const items = (kind: string) =>
      Array.from({ length: counts[kind] ?? 0 }, (_, i) => ({ url: `/${kind}/${i}/`, quotes: { from: 0, to: 50 }, articles: { from: 0, to: 50 }, from: 0, to: 50 }));
    return {
      articles: items("articles"), personPages: items("personPages"), organisationPages: items("organisationPages"),
      months: items("months"), people: items("people"), organisations: items("organisations"), quotes: items("quotes"),
    } as unknown as RenderSet;
  };
  const urls = (s: RenderSet) => [s.articles, s.personPages, s.organisationPages, s.months, s.people, s.organisations, s.quotes].flat().map((i) => (i as { url: string }).url);

  it("covers every page once, in order, in slices no larger than asked (a full folder page counting as 7⅔, a quotes page as three)", () => {
    const whole = set({ articles: 7, personPages: 5, months: 2, quotes: 3 });
    const slices = sliceRenderSet(whole, 10);
    // Each full folder page has a slice of its own (two would weigh over ten); the months fill the last one's room.
    assert.deepEqual(slices.map((s) => urls(s).length), [7, 1, 1, 1, 1, 3, 3]);
    const weight = (s: RenderSet) => s.articles.length + s.months.length + (23 / 3) * (s.personPages.length + s.organisationPages.length) + 3 * s.quotes.length;
    assert.ok(slices.every((s) => weight(s) <= 10));
    assert.deepEqual(slices.flatMap(urls), urls(whole));
  });

  it("weighs a folder's page by what it lists: a folder naming one article is about an article's worth", () => {
    const folder = (quotes: number, articles: number) => ({ url: "/people/x/", quotes: { from: 0, to: quotes }, articles: { from: 0, to: articles } });
    const render = { ...set({}), personPages: [folder(0, 1), folder(0, 1), folder(1, 1), folder(50, 50), folder(50, 50)] } as unknown as RenderSet;
    assert.deepEqual(sliceRenderSet(render, 10).map((s) => s.personPages.length), [3, 1, 1]);
    // A page heavier than a slice is still rendered, alone.
    assert.deepEqual(sliceRenderSet(render, 1).map((s) => s.personPages.length), [1, 1, 1, 1, 1]);
  });

  it("leaves a set that fits, or an empty one, as a single run", () => {
    assert.equal(sliceRenderSet(set({ articles: 3 }), 4).length, 1);
    const empty = set({});
    assert.deepEqual(sliceRenderSet(empty, 4), [empty]);
  });
});
