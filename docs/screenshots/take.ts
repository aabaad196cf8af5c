/**
 * Regenerates the README's screenshots with Debian's Chromium: `npx tsx docs/screenshots/take.ts [SITE_DIR]`
 * after `npm run build -- --seeds DIR --out SITE_DIR` (default `_site`).
 */
import { join } from "node:path";
import { launch } from "../../test/site/browser.js";
import { serve } from "../../test/site/serve.js";

const site = await serve(process.argv[2] ?? "_site");
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1100, height: 820 }, deviceScaleFactor: 1 });
for (const [name, path] of [["article", "/articles/000_704fb2fff2903a51/"], ["person", "/people/mark-smith/"]] as const) {
  await page.goto(site.url + path);
  await page.screenshot({ path: join("docs/screenshots", `${name}.png`) });
}
await browser.close();
await site.close();
