/** Person folders, one page per FolderChunk in the render set (front pages and blocks); see article.11ty.ts. */
import type { FolderChunk } from "../src/archive/index.js";
import type { SiteInfo } from "../src/site/feeds.js";
import { folderPage } from "./_includes/folder.js";

interface PageData {
  chunk: FolderChunk;
  site: SiteInfo;
}

export const data = {
  pagination: { data: "render.personPages", size: 1, alias: "chunk" },
  permalink: (page: PageData) => page.chunk.url,
};

export const render = (page: PageData): string => folderPage(page.chunk, page.site).value;
