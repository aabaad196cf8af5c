/**
 * The TypeScript pieces as Nunjucks shortcodes, so both kinds of page print the same markup from one place.
 * Eleventy prints a shortcode's output as it is: each returns Markup made by `html`, which escaped its input.
 */
import type { SiteInfo } from "../../src/site/feeds.js";
import { articleList, blockPager, pager, quoteList, ranked, searchForm } from "./pieces.js";
import { shellClosing, shellMiddle, shellOpening } from "./shell.js";

type Optional = string | undefined | null;

export const shortcodes = {
  /** base.njk's frame, around the page's blocks. */
  shellOpening: (site: SiteInfo, url: string, title: Optional, description: Optional, ogType: Optional) =>
    shellOpening({ site, url, title: title ?? undefined, description: description ?? undefined, ogType: ogType ?? undefined }).value,
  shellMiddle: (site: SiteInfo) => shellMiddle(site).value,
  shellClosing: (site: SiteInfo) => shellClosing(site).value,
  pager: (...args: Parameters<typeof pager>) => pager(...args).value,
  blockPager: (...args: Parameters<typeof blockPager>) => blockPager(...args).value,
  articleList: (...args: Parameters<typeof articleList>) => articleList(...args).value,
  quoteList: (...args: Parameters<typeof quoteList>) => quoteList(...args).value,
  ranked: (...args: Parameters<typeof ranked>) => ranked(...args).value,
  searchForm: (...args: Parameters<typeof searchForm>) => searchForm(...args).value,
};
