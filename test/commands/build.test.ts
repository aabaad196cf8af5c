import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, tempDir } from "../helpers.js";

function seedsWith(extra: Record<string, string | Uint8Array> = {}) {
  const dir = tempDir("seeds");
  copyFileSync("seeds/000_704fb2fff2903a51.txt", join(dir, "000_704fb2fff2903a51.txt"));
  copyFileSync("test/fixtures/seeds/council-library.md", join(dir, "council-library.md"));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("npm run build", () => {
  it("builds article, person, organisation and index pages and a search index from the seeds", () => {
    const out = join(tempDir("site"), "_site");
    const run = cli("build", "--seeds", seedsWith(), "--out", out);
    assert.equal(run.status, 0, run.stderr);
    const article = readFileSync(join(out, "articles/000_704fb2fff2903a51/index.html"), "utf8");
    assert.match(article, /<p id="p1">/);
    assert.match(article, /Associated Press/);
    assert.match(readFileSync(join(out, "index.html"), "utf8"), /Council votes to close Eastfield library/);
    assert.ok(existsSync(join(out, "people/index.html")));
    assert.ok(existsSync(join(out, "organisations/index.html")));
    assert.ok(readdirSync(join(out, "people")).includes("margaret-okafor"));
    const { shards } = JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: string[] };
    assert.ok(shards.length > 1 && shards.every((shard) => existsSync(join(out, "pagefind", shard, "pagefind.js"))), "every search shard has its index");
  });

  it("lists every bad seed, builds nothing and leaves the previous site intact", () => {
    const out = join(tempDir("site"), "_site");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "previous site");
    const seeds = seedsWith({
      "blank.txt": "\n\n",
      "binary.txt": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      "typed.md": "---\ndate: yesterday\n---\nBody.\n",
    });
    const run = cli("build", "--seeds", seeds, "--out", out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^binary\.txt: binary file/m);
    assert.match(run.stderr, /^blank\.txt: empty file/m);
    assert.match(run.stderr, /^typed\.md: front matter key "date"/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace for a user error");
    assert.equal(readFileSync(join(out, "index.html"), "utf8"), "previous site");
  });

  it("with --keep-going builds the good seeds, still lists the bad ones and exits non-zero", () => {
    const out = join(tempDir("site"), "_site");
    const run = cli("build", "--seeds", seedsWith({ "blank.txt": " " }), "--out", out, "--keep-going");
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^blank\.txt: empty file/m);
    assert.ok(existsSync(join(out, "articles/000_704fb2fff2903a51/index.html")));
  });

  it("builds a site from a folder mixing plain text, Markdown and saved web pages", () => {
    const copied = [
      "Province buys two new ferries",
      "Jane Doe, The Canadian Press",
      "Published March 3, 2024",
      "Advertisement",
      "HALIFAX — Nova Scotia will spend $40 million on two new ferries for the Northumberland Strait, the premier said on Sunday.",
      "Story continues below advertisement",
      "The ferries are to enter service in 2027.",
    ].join("\n\n");
    const dir = seedsWith({ "ferries.txt": copied });
    copyFileSync("test/fixtures/pages/kosgei-microdata.html", join(dir, "kosgei.html"));
    copyFileSync("test/fixtures/pages/humberto-bare.html", join(dir, "humberto.htm"));
    const out = join(tempDir("site"), "_site");
    const run = cli("build", "--seeds", dir, "--out", out);
    assert.equal(run.status, 0, run.stderr);
    const page = (slug: string) => readFileSync(join(out, "articles", slug, "index.html"), "utf8");
    assert.match(page("kosgei"), /Kenya(?:'|&#39;|&apos;)s Brigid Kosgei sets new world record at Chicago Marathon/);
    assert.match(page("kosgei"), /Samuel Okafor/);
    assert.doesNotMatch(page("kosgei"), /Advertisement|Disqus|Packers/);
    assert.match(page("humberto"), /Tropical Storm Humberto upgraded to hurricane status/);
    assert.match(page("ferries"), /Province buys two new ferries/);
    assert.doesNotMatch(page("ferries"), /Advertisement|Story continues/);
    assert.match(page("council-library"), /Council votes to close Eastfield library/);
    assert.ok(existsSync(join(out, "archive/2019/10/index.html")), "the saved page is filed under the month its metadata gives");
    assert.ok(existsSync(join(out, "archive/2024/03/index.html")), "the pasted story under its timestamp's month");
  });
});
