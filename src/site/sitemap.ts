/**
 * The pages `sitemap.xml` lists: every HTML page in Eleventy's `all` collection (paginated templates join it
 * through `addAllPagesToCollections`), in URL order so the file never depends on template dates or build order.
 */
interface CollectionItem {
  url: string | false;
  outputPath?: string | false;
}

export function sitemapPages(api: { getAll(): CollectionItem[] }): string[] {
  const urls = api
    .getAll()
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .map((item) => item.url as string)
    .filter((url) => url !== "/404.html");
  return [...new Set(urls)].sort();
}
