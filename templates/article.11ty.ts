/**
 * Article pages, one per ArticlePage in the render set. Laid out in TypeScript rather than Nunjucks: the BBC
 * site's 12,600 article and folder pages spent about a third of their render in Nunjucks' runtime (loop frames,
 * lookups, macro calls); see docs/scale.md.
 */
import type { ArticlePage } from "../src/archive/index.js";
import type { SiteInfo } from "../src/site/feeds.js";
import { storyPage } from "./_includes/story.js";

interface PageData {
  entry: ArticlePage;
  site: SiteInfo;
}

export const data = {
  pagination: { data: "render.articles", size: 1, alias: "entry" },
  permalink: (page: PageData) => page.entry.url,
};

export const render = (page: PageData): string => storyPage(page.entry, page.site).value;
