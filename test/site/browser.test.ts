/**
 * The published site as a reader meets it, in a real browser: follow a story to a speaker's folder, search,
 * and check every kind of page against axe-core's WCAG 2.2 AA rules in light and dark mode.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch } from "./browser.js";
import { buildSite, readerSeeds } from "./fixture.js";
import { cli, tempDir } from "../helpers.js";
import { serve, type Served } from "./serve.js";

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** One page of each type the site publishes. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  article: "/articles/000_704fb2fff2903a51/",
  person: "/people/mark-smith/",
  organisation: "/organisations/fcdo/",
  "people A–Z": "/people/",
  "organisations A–Z": "/organisations/",
  "articles by month": "/archive/",
  month: "/archive/2024/08/",
  quotes: "/quotes/",
  search: "/search/?q=justification",
  "not found": "/no-such-page/",
};

let site: Served;
let browser: Browser;

before(async () => {
  // Launch first: a missing Chromium should say so before a build is spent.
  browser = await launch();
  site = await serve(buildSite(readerSeeds()));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** One tab per colour scheme, reused page after page (a fresh browser context per test costs seconds). */
const tabs = new Map<string, { page: Page; errors: string[] }>();

async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  let tab = tabs.get(colorScheme);
  if (!tab) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1200, height: 900 } });
    tab = { page: await context.newPage(), errors: [] };
    const errors = tab.errors;
    tab.page.on("pageerror", (e) => errors.push(e.message));
    tabs.set(colorScheme, tab);
  }
  tab.errors.length = 0;
  await tab.page.goto(site.url + path);
  return tab.page;
}

const scriptErrors = (scheme = "light") => tabs.get(scheme)?.errors ?? [];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<AxeResult["violations"]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(d: Document, o: unknown): Promise<AxeResult> } }).axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG,
  );
  return result.violations;
}

describe("reading the archive in a browser", () => {
  it("follows the home page to an article, a speaker's name to their folder, and finds the quote there", async () => {
    const page = await open("/");
    await page.getByRole("link", { name: /British diplomat has reportedly resigned/ }).first().click();
    await page.waitForURL(/\/articles\/000_704fb2fff2903a51\/$/);
    assert.equal(await page.locator("h1").count(), 1);
    const quote = page.locator("#p2 q.quote", { hasText: "no justification for the UK’s continued arms sales" });
    assert.equal(await quote.count(), 1, "the quote is marked in its paragraph");
    await page.locator("#p2 .speaker a", { hasText: "Mark Smith" }).click();
    await page.waitForURL(/\/people\/mark-smith\/$/);
    assert.equal(await page.locator("h1").textContent(), "Mark Smith");
    const onFolder = page.locator(".quotes li", { hasText: "“there’s no justification for the UK’s continued arms sales to Israel”" });
    assert.equal(await onFolder.count(), 1, "the quote is on the speaker's page");
    // …and its link goes back to the exact paragraph.
    assert.equal(await onFolder.locator(".attribution a").getAttribute("href"), "/articles/000_704fb2fff2903a51/#p2");
  });

  it("finds an article and its speaker's page by a phrase from a quote, with Pagefind", async () => {
    const page = await open("/");
    await page.getByLabel("Search the archive").fill("whistle blowing investigation");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\/\?q=whistle/);
    const results = page.locator("#search-results li a");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.ok(hrefs.includes("/articles/000_704fb2fff2903a51/"), `the article is a hit: ${hrefs.join(", ")}`);
    assert.ok(hrefs.includes("/people/mark-smith/"), `the speaker's page is a hit: ${hrefs.join(", ")}`);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /result/);
    assert.ok((await page.locator("#search-results mark").count()) > 0, "the matched words are highlighted");
    assert.deepEqual(scriptErrors(), []);
  });

  it("links a named person or organisation in the article text to their page", async () => {
    const page = await open("/articles/000_704fb2fff2903a51/");
    assert.equal(await page.locator("#p3 a.name", { hasText: "Hind Hassan" }).getAttribute("href"), "/people/hind-hassan/");
  });

  it("serves the not-found page for an unknown address", async () => {
    const response = await (await open("/")).goto(`${site.url}/no-such-page/`);
    assert.equal(response?.status(), 404);
    assert.match(await response!.text(), /Page not found/);
  });

  it("lays out without sideways scrolling at 320 px", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ["/", PAGE_TYPES.article!, PAGE_TYPES.person!, "/people/"]) {
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 320px`);
    }
    await context.close();
  });
});

describe("searching after a rebuild", () => {
  // Search is indexed in shards and a rebuild indexes only the shards whose pages changed: the new story must be
  // found, and so must a story indexed by the build before.
  it("finds an article added by the last rebuild, and one the build before indexed", async () => {
    const seeds = readerSeeds();
    const out = join(tempDir("rebuilt"), "_site");
    const cache = tempDir("rebuilt-cache");
    const build = () => {
      const run = cli("build", "--seeds", seeds, "--out", out, "--cache", cache);
      assert.equal(run.status, 0, run.stderr);
      return run.stdout;
    };
    build();
    writeFileSync(
      join(seeds, "ferry-timetable.md"),
      "---\nheadline: Ferry timetable changes for the winter\ndate: 2024-09-02\n---\nThe island ferry will sail twice a day from October, the harbour master said, because the quillwort beds need quiet water.\n",
    );
    assert.match(build(), /1 parsed/);
    const rebuilt = await serve(out);
    try {
      const page = await open("/");
      for (const [query, expected] of [["quillwort", "/articles/ferry-timetable/"], ["whistle blowing investigation", "/articles/000_704fb2fff2903a51/"]] as const) {
        await page.goto(`${rebuilt.url}/search/?q=${encodeURIComponent(query)}`);
        await page.locator("#search-results li a").first().waitFor();
        const hrefs = await page.locator("#search-results li a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        assert.ok(hrefs.includes(expected), `${query}: ${hrefs.join(", ")}`);
      }
      assert.deepEqual(scriptErrors(), []);
    } finally {
      await rebuilt.close();
    }
  });
});

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    for (const scheme of ["light", "dark"] as const) {
      it(`${type} page (${path}) has no violations in ${scheme} mode`, async () => {
        const page = await open(path, scheme);
        if (type === "search") await page.locator("#search-results li").first().waitFor();
        const violations = await axe(page);
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
          [],
        );
        assert.equal(await page.locator("h1").count(), 1, "one h1");
        assert.equal(await page.locator("html").getAttribute("lang"), "en");
        assert.deepEqual(scriptErrors(scheme), []);
      });
    }
  }

  it("offers a skip link that moves focus to the main content", async () => {
    const page = await open(PAGE_TYPES.article!);
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    assert.equal(await skip.textContent(), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  });
});
